package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;

import java.util.ArrayList;
import java.util.List;

/** Diagrams in need of a tidy, for the tidy-layout tests of the core and of the window. */
public final class MessyDiagrams {

    private MessyDiagrams() {
    }

    /**
     * The diagram with every service inside a container piled onto that container's top-left
     * corner (icons on top of each other, on the titles), and a bend left on the first edge.
     */
    public static Diagram pileUp(Diagram tidy) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : tidy.nodes()) {
            Node parent = n.parent() == null ? null : tidy.requireNode(n.parent());
            boolean pile = parent != null && !NodeTypes.isContainer(n.type()) && !NodeTypes.isOverlayGroup(n.type());
            nodes.add(pile ? n.withBounds(new Bounds(parent.bounds().x() + 4, parent.bounds().y() + 4,
                    n.bounds().w(), n.bounds().h())) : n);
        }
        List<Edge> edges = new ArrayList<>(tidy.edges());
        edges.set(0, edges.get(0).withBends(List.of(new Point(5, 5))));
        return new Diagram(tidy.name(), tidy.region(), tidy.extra(), nodes, edges);
    }
}
