package com.cloudwright.edit;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one dragged node lands: the container under its centre that would receive it.
 *
 * @param from    its parent before the drop (null: top level)
 * @param to      the container that receives it (null: top level)
 * @param problem why the palette forbids that container, when it does; empty when allowed
 */
public record Landing(String nodeId, String from, String to, Optional<String> problem) {

    public Landing {
        Objects.requireNonNull(nodeId, "nodeId");
        problem = problem == null ? Optional.empty() : problem;
    }

    public boolean changesParent() {
        return !Objects.equals(from, to);
    }
}
