package com.cloudwright.model.net;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Which of some address blocks overlap one another, found with one sweep in address order. */
public final class Overlaps {

    /** Two things whose blocks overlap; {@code first}'s block starts no later than {@code second}'s. */
    public record Pair<T>(T first, T second) {
    }

    private Overlaps() {
    }

    /**
     * Every overlapping pair among {@code items}, ordered by the first block's start address (then
     * prefix length, then the order given), each pair once.
     */
    public static <T> List<Pair<T>> of(List<T> items, Function<T, Cidr> block) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((T t) -> block.apply(t).first()).thenComparingInt(t -> block.apply(t).prefix()));
        List<Pair<T>> out = new ArrayList<>();
        for (int a = 0; a < sorted.size(); a++) {
            Cidr first = block.apply(sorted.get(a));
            for (int b = a + 1; b < sorted.size() && block.apply(sorted.get(b)).first().compareTo(first.last()) <= 0; b++) {
                out.add(new Pair<>(sorted.get(a), sorted.get(b)));
            }
        }
        return out;
    }
}
