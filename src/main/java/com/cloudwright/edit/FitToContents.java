package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Fit to contents": shrinks or grows containers to their children plus {@link Containment}
 * padding (with the header band on top), deepest first, then grows ancestors that no longer
 * hold them. A container without children keeps its size. One undo step.
 */
public final class FitToContents extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final List<String> ids;
    private String firstLabel = "";

    public FitToContents(Collection<String> containerIds) {
        this.ids = List.copyOf(containerIds);
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        List<Node> containers = new ArrayList<>();
        for (String id : ids) {
            d.node(id).filter(n -> NodeTypes.isContainer(n.type())).ifPresent(containers::add);
        }
        containers.sort(Comparator.comparingInt((Node n) -> d.ancestors(n).size()).reversed());
        for (Node c : containers) {
            if (firstLabel.isEmpty()) {
                firstLabel = c.displayLabel();
            }
            Bounds need = Containment.required(d, c.id());
            if (need == null) {
                continue;
            }
            Bounds fitted = new Bounds(need.x(), need.y(),
                    Math.max(need.w(), Containment.MIN_WIDTH), Math.max(need.h(), Containment.MIN_HEIGHT));
            edit.putNode(d.requireNode(c.id()).withBounds(fitted));
        }
        for (Node c : containers) {
            Containment.grow(edit, c.parent());
        }
    }

    @Override
    public String description() {
        return TEXT.get("command.fit", ids.size(), firstLabel);
    }
}
