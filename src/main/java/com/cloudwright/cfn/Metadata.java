package com.cloudwright.cfn;

import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The template's {@code Metadata.Cloudwright}: the diagram's name, every node with its type,
 * label, parent, position, properties and the resources made for it (so a later import can
 * restore the drawing), the edges, the resources made for no one node (a shared route table, a
 * rule's role: an import tells them from resources added to the template later), the nodes with
 * no resources and why, and the exporter's notes.
 */
final class Metadata {

    private Metadata() {
    }

    static Map<String, Object> of(Build b, List<Node> nodes) {
        Map<String, Object> nodeMap = new TreeMap<>();
        java.util.SortedSet<String> shared = new java.util.TreeSet<>(b.template.resources().keySet());
        for (Node n : nodes) {
            List<String> resources = new ArrayList<>(b.resourcesOf(n));
            shared.removeAll(resources);
            if (resources.isEmpty() && n.type().equals("ec2")) {
                b.group(n, NodeTypes.AUTO_SCALING_GROUP).filter(g -> !b.resourcesOf(g).isEmpty())
                        .ifPresent(g -> resources.add(b.id(g)));
            }
            nodeMap.put(n.id(), Json.obj(
                    "Type", n.type(),
                    "Label", n.label(),
                    "Parent", n.parent(),
                    "Position", Json.obj("X", n.bounds().x(), "Y", n.bounds().y(),
                            "W", n.bounds().w(), "H", n.bounds().h()),
                    "Props", n.props().isEmpty() ? null : n.props().asMap(),
                    "Resources", resources));
        }
        Map<String, Object> edgeMap = new TreeMap<>();
        for (Edge e : b.diagram.edges()) {
            boolean here = nodeMap.containsKey(e.from()) && nodeMap.containsKey(e.to());
            if (here) {
                edgeMap.put(e.id(), Json.obj("From", e.from(), "To", e.to(), "Label", e.label(),
                        "Props", e.props().isEmpty() ? null : e.props().asMap(),
                        "Bends", e.bends().isEmpty() ? null
                                : e.bends().stream().map(p -> Json.obj("X", p.x(), "Y", p.y())).toList()));
            }
        }
        return Json.obj(
                "Diagram", b.diagram.name() == null ? "" : b.diagram.name(),
                "Region", b.region,
                "Nodes", nodeMap,
                "Edges", edgeMap,
                "Shared", shared.isEmpty() ? null : List.copyOf(shared),
                "NotMapped", new TreeMap<>(b.notMapped()),
                "NotWired", notWired(b),
                "Notes", b.notesInEnglish());
    }

    /** Edge id → why the template does not wire it, in English: the connections {@code CfnCoverage} leaves out. */
    private static Map<String, Object> notWired(Build b) {
        Map<String, Object> out = new TreeMap<>();
        for (var d : b.drops) {
            if (d.isConnection()) {
                out.merge(d.edgeId(), d.reasonInEnglish(), (x, y) -> x + "; " + y);
            }
        }
        return out.isEmpty() ? null : out;
    }
}
