package com.cloudwright.validate;

import com.cloudwright.i18n.Bundle;
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

    private static final Bundle TEXT = Bundle.named("com.cloudwright.validate.messages");

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

    /**
     * A node for messages, in quotes, as the canvas titles it: its label, else what its type and
     * properties say ("'Public subnet 10.0.1.0/24'", "'Amazon VPC 10.0.0.0/16'"), never its id.
     */
    public String name(Node node) {
        return "'" + com.cloudwright.render.Labels.title(diagram, palette, node).replaceAll("\\s+", " ") + "'";
    }

    /** At most this many nodes are named in one message; the rest are counted. */
    public static final int NAMED_IN_MESSAGE = 5;

    /** Several nodes for messages: "'a', 'b'", or "'a', 'b', 'c', 'd', 'e' and 7 more". */
    public String names(Collection<Node> nodes) {
        return list(nodes.stream().map(this::name).toList());
    }

    /** Several kinds and names for messages ("Amazon S3 'logs', Amazon SQS 'jobs'"), counted beyond five. */
    public String descriptions(Collection<Node> nodes) {
        return list(nodes.stream().map(this::describe).toList());
    }

    private static String list(java.util.List<String> items) {
        if (items.size() <= NAMED_IN_MESSAGE) {
            return String.join(", ", items);
        }
        return TEXT.get("validator.andMore", String.join(", ", items.subList(0, NAMED_IN_MESSAGE)),
                items.size() - NAMED_IN_MESSAGE);
    }

    /** What a node is, for messages: the palette label ("Amazon RDS"), else the type id. */
    public String kind(Node node) {
        return palette.entryOf(node).map(PaletteEntry::displayLabel).orElse(node.type());
    }

    /** Kind and name: "Amazon RDS 'MySQL'"; just the kind for a node titled by it. */
    public String describe(Node node) {
        String name = name(node);
        // an unlabelled node is titled by its kind already: "Amazon RDS 'Amazon RDS'" says it twice
        return name.equals("'" + kind(node) + "'") ? kind(node) : kind(node) + " " + name;
    }
}
