package com.cloudwright.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What dropping dragged nodes where they are now would do: one {@link Landing} per dragged root
 * (nodes inside another dragged node travel with it). A pure value, for previews and for the drop.
 */
public record DropPlan(List<Landing> landings) {

    public DropPlan {
        landings = List.copyOf(landings);
    }

    /** The first reason the drop is refused, if any landing is forbidden. */
    public Optional<String> refusal() {
        return landings.stream().flatMap(l -> l.problem().stream()).findFirst();
    }

    public boolean refused() {
        return refusal().isPresent();
    }

    /** The containers that receive a node from elsewhere: what the canvas highlights while dragging. */
    public Set<String> targets() {
        Set<String> out = new LinkedHashSet<>();
        for (Landing l : landings) {
            if (l.changesParent() && l.to() != null) {
                out.add(l.to());
            }
        }
        return out;
    }

    /** The landings that move a node into another container (or out to the top level). */
    public List<Landing> reparented() {
        return landings.stream().filter(Landing::changesParent).toList();
    }
}
