package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.render.Labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Connect from the keyboard: the diagram's nodes the selected one could be connected to, found by
 * what the user knows them by (the title drawn on the canvas, the service's name in any language,
 * its aliases: "db", "mysql", "redis"). Exact names first, then prefixes, then looser matches; among
 * equal matches the nodes the caller may call come before those it may not, in drawing order.
 * Containers (Region, VPC, AZ, subnet) are not offered: nothing connects to them.
 */
public final class ConnectSearch {

    /** A node offered as a target, the title it is shown by, and whether the palette allows the call. */
    public record Candidate(Node node, String title, boolean allowed) {
    }

    private record Scored(Candidate candidate, int score, int order) {
    }

    private ConnectSearch() {
    }

    public static List<Candidate> search(Palette palette, Diagram diagram, String fromId, String query) {
        boolean all = query == null || query.isBlank();
        List<Scored> hits = new ArrayList<>();
        int order = 0;
        for (Node n : diagram.nodes()) {
            order++;
            if (n.id().equals(fromId) || NodeTypes.isContainer(n.type())) {
                continue;
            }
            String title = Labels.title(diagram, palette, n);
            int score = all ? 1 : score(palette, n, title, query);
            if (score > 0) {
                boolean allowed = Connections.connectProblem(palette, diagram, fromId, n.id()).isEmpty();
                hits.add(new Scored(new Candidate(n, title, allowed), score, order));
            }
        }
        hits.sort(Comparator.comparingInt((Scored s) -> -s.score)
                .thenComparing(s -> !s.candidate.allowed())
                .thenComparingInt(Scored::order));
        return hits.stream().map(Scored::candidate).toList();
    }

    /** The node's own names count a little more than its service's: "web" finds the node labelled so. */
    private static int score(Palette palette, Node n, String title, String query) {
        List<String> own = new ArrayList<>(List.of(title, n.id()));
        if (n.label() != null) {
            own.add(n.label());
        }
        int best = Palette.matchScore(query, own, List.of()) * 2;
        PaletteEntry entry = palette.entryOf(n).orElse(null);
        if (entry != null) {
            List<String> names = new ArrayList<>(entry.labels());
            names.add(entry.id());
            best = Math.max(best, Palette.matchScore(query, names, entry.aliases()) * 2 - 1);
        }
        return best;
    }
}
