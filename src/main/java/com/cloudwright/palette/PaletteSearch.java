package com.cloudwright.palette;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Type-to-find over ids, labels (English and translated) and aliases ("redis" finds ElastiCache,
 * "elb" the load balancers, "인터넷 게이트웨이" the internet gateway). Exact words beat prefixes,
 * prefixes beat substrings, substrings beat a fuzzy in-order match of the letters ("asg" → Auto
 * Scaling group). Spaces may be left out or added ("로드밸런서" finds "로드 밸런서"): Korean is
 * often typed either way.
 */
final class PaletteSearch {

    private record Hit(PaletteEntry entry, int score, int order) {
    }

    /** Initials or better: the query names the entry. */
    private static final int NAMED = 39;
    /** An in-order match of scattered letters, or a phrase whose weakest word is one. */
    private static final int SCATTERED = 10;

    private PaletteSearch() {
    }

    static List<PaletteEntry> search(Collection<PaletteEntry> entries, String query) {
        String q = normalize(query);
        if (q.isEmpty()) {
            return List.copyOf(entries);
        }
        List<Hit> hits = new ArrayList<>();
        int order = 0;
        for (PaletteEntry e : entries) {
            int best = score(q, e.id(), 0);
            for (String label : e.labels()) {
                best = Math.max(best, score(q, label, 0));
            }
            for (String alias : e.aliases()) {
                best = Math.max(best, score(q, alias, 1));
            }
            if (best == 0 && q.contains(" ")) {
                best = everyWord(q, e);
            }
            if (best > 0) {
                hits.add(new Hit(e, best, order));
            }
            order++;
        }
        hits.sort(Comparator.comparingInt((Hit h) -> -h.score).thenComparingInt(h -> h.order));
        // letters scattered in a long name ("vpc" in "serVice for aPaChe flink") only help when
        // nothing is named by the query: next to a real match they are noise
        boolean named = !hits.isEmpty() && hits.get(0).score >= NAMED;
        return hits.stream().filter(h -> !named || h.score > SCATTERED).map(Hit::entry).toList();
    }

    static int matchScore(String query, Collection<String> names, Collection<String> aliases) {
        String q = normalize(query);
        if (q.isEmpty()) {
            return 0;
        }
        int best = 0;
        for (String name : names) {
            best = Math.max(best, score(q, name, 0));
        }
        for (String alias : aliases) {
            best = Math.max(best, score(q, alias, 1));
        }
        return best;
    }

    /**
     * A query of several words that no single name holds ("람다 함수", "mysql database"): each word
     * must match one of the entry's names, and the entry ranks by its weakest word, below every
     * whole-query match.
     */
    private static int everyWord(String q, PaletteEntry e) {
        int weakest = Integer.MAX_VALUE;
        for (String word : q.split(" ")) {
            int best = score(word, e.id(), 0);
            for (String label : e.labels()) {
                best = Math.max(best, score(word, label, 0));
            }
            for (String alias : e.aliases()) {
                best = Math.max(best, score(word, alias, 1));
            }
            if (best == 0) {
                return 0;
            }
            weakest = Math.min(weakest, best);
        }
        return Math.max(1, weakest / 4);
    }

    /** Higher is better; 0 is no match. Aliases rank one step below names with the same match. */
    private static int score(String q, String text, int aliasPenalty) {
        String t = normalize(text);
        if (t.isEmpty()) {
            return 0;
        }
        if (t.equals(q)) {
            return 100 - aliasPenalty;
        }
        if (t.startsWith(q)) {
            return 80 - aliasPenalty;
        }
        for (String word : t.split(" ")) {
            if (word.startsWith(q)) {
                return 70 - aliasPenalty;
            }
        }
        if (t.contains(q)) {
            return 50 - aliasPenalty;
        }
        int spacing = spacingScore(q.replace(" ", ""), t.replace(" ", ""));
        if (spacing > 0) {
            return spacing - aliasPenalty;
        }
        if (initialsMatch(q, t)) {
            return 40 - aliasPenalty;
        }
        if (q.length() >= 3 && subsequence(q, t.replace(" ", ""))) {
            return 10 - aliasPenalty;
        }
        return 0;
    }

    /** The same text but for spaces: a little below the spaced match of the same kind. */
    private static int spacingScore(String q, String t) {
        if (q.isEmpty()) {
            return 0;
        }
        if (t.equals(q)) {
            return 95;
        }
        if (t.startsWith(q)) {
            return 75;
        }
        return q.length() >= 3 && t.contains(q) ? 45 : 0;
    }

    private static boolean initialsMatch(String q, String t) {
        StringBuilder initials = new StringBuilder();
        for (String word : t.split(" ")) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.toString().startsWith(q);
    }

    private static boolean subsequence(String q, String t) {
        int i = 0;
        for (int j = 0; j < t.length() && i < q.length(); j++) {
            if (t.charAt(j) == q.charAt(i)) {
                i++;
            }
        }
        return i == q.length();
    }

    private static String normalize(String s) {
        if (s == null) {
            return "";
        }
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
                .replaceFirst("^(amazon|aws) ", "");
    }
}
