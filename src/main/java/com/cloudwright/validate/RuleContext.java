package com.cloudwright.validate;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

import java.util.Collection;
import java.util.Objects;

/**
 * What a rule sees during one run: the diagram, the palette and the {@link Topology} worked out
 * once for all rules. A new context is made for every run; rules must not keep it.
 */
public final class RuleContext {

    private final Diagram diagram;
    private final Palette palette;
    private final Topology topology;

    private RuleContext(Diagram diagram, Palette palette) {
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.palette = Objects.requireNonNull(palette, "palette");
        this.topology = new Topology(diagram, palette);
    }

    public static RuleContext of(Diagram diagram, Palette palette) {
        return new RuleContext(diagram, palette);
    }

    public Diagram diagram() {
        return diagram;
    }

    public Palette palette() {
        return palette;
    }

    public Topology topology() {
        return topology;
    }

    /** A node for messages: its label (or id) in quotes. */
    public String name(Node node) {
        return "'" + node.displayLabel() + "'";
    }

    /** Several nodes for messages: "'a', 'b'". */
    public String names(Collection<Node> nodes) {
        return String.join(", ", nodes.stream().map(this::name).toList());
    }

    /** What a node is, for messages: the palette label ("Amazon RDS"), else the type id. */
    public String kind(Node node) {
        return palette.entryOf(node).map(PaletteEntry::label).orElse(node.type());
    }

    /** Kind and name: "Amazon RDS 'MySQL'". */
    public String describe(Node node) {
        return kind(node) + " " + name(node);
    }
}
