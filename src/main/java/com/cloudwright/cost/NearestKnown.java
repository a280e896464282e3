package com.cloudwright.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For a product a snapshot has no price for, the products that differ from it in one attribute
 * only (another instance type, another engine) and have a price in the same region: "no price for
 * db.x9.huge in eu-west-1; nearest known: db.x2g.large …". Built once, on the first miss.
 */
final class NearestKnown {

    /** Attributes that name what a product is, in the order a person would recognise it by. */
    private static final List<String> SUBJECT_FIELDS = List.of("instanceType", "volumeApiName", "databaseEngine",
            "cacheEngine", "group", "usagetype", "fromLocation", "location", "transferType", "productFamily");
    private static final int SHOWN = 3;

    /** Per product with one attribute left out: the values that attribute takes, with their entries. */
    private final Map<String, List<Map.Entry<String, PriceSnapshot.Entry>>> byOutline = new HashMap<>();

    NearestKnown(PriceSnapshot snapshot) {
        for (PriceSnapshot.Entry e : snapshot.entries()) {
            for (String field : fields(e.key())) {
                byOutline.computeIfAbsent(outline(e.key(), field), k -> new ArrayList<>())
                        .add(Map.entry(value(e.key(), field), e));
            }
        }
    }

    /** Up to three values, most alike first, of products priced in {@code region} that differ from {@code key} in one attribute. */
    List<String> near(PriceKey key, String region) {
        List<String> out = new ArrayList<>();
        for (String field : fields(key)) {
            String wanted = value(key, field);
            List<Map.Entry<String, PriceSnapshot.Entry>> others = byOutline.getOrDefault(outline(key, field), List.of());
            others.stream()
                    .filter(o -> !o.getKey().equals(wanted))
                    .filter(o -> {
                        PriceSnapshot.Figure f = o.getValue().regions().get(region);
                        return f != null && f.price() != null;
                    })
                    .map(Map.Entry::getKey)
                    .distinct()
                    .sorted(Comparator.comparingInt((String v) -> -commonPrefix(v, wanted))
                            .thenComparingInt(v -> distance(v, wanted)).thenComparing(v -> v))
                    .limit(SHOWN)
                    .forEach(out::add);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    /** What a product is, in a few words: its instance type, volume type, engine … or its usage type. */
    static String subject(PriceKey key) {
        for (String field : SUBJECT_FIELDS) {
            String v = key.filters().get(field);
            if (v == null) {
                v = key.match().get(field);
            }
            if (v != null) {
                boolean speaksForItself = field.equals("instanceType") || field.equals("volumeApiName");
                return (speaksForItself ? "" : key.service() + " ") + v.replace("*", "");
            }
        }
        return key.service();
    }

    private static List<String> fields(PriceKey key) {
        List<String> out = new ArrayList<>();
        for (String f : SUBJECT_FIELDS) {
            if (key.filters().containsKey(f)) {
                out.add("f:" + f);
            }
        }
        key.filters().keySet().stream().filter(f -> !SUBJECT_FIELDS.contains(f)).forEach(f -> out.add("f:" + f));
        key.match().keySet().forEach(f -> out.add("m:" + f));
        return out;
    }

    private static String value(PriceKey key, String field) {
        return field.startsWith("f:") ? key.filters().get(field.substring(2)) : key.match().get(field.substring(2));
    }

    private static String outline(PriceKey key, String field) {
        Map<String, String> filters = new TreeMap<>(key.filters());
        Map<String, String> match = new TreeMap<>(key.match());
        (field.startsWith("f:") ? filters : match).put(field.substring(2), "?");
        return new PriceKey(key.service(), filters, match, key.regionField(), key.global()).canonical();
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
