package com.cloudwright.validate;

import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The usual base of a rule: metadata from the constructor and the message bundle
 * ({@code <id>.title}, {@code .description}, {@code .hint}, {@code .origin}), and helpers that
 * turn bundle keys ({@code <id>.message[.variant]}) into {@link Problem}s.
 */
public abstract class AbstractRule implements Rule {

    private final RuleInfo info;

    protected AbstractRule(String id, Severity severity, Pillar pillar, String documentation) {
        this.info = new RuleInfo(id, severity, pillar, Text.format(id + ".title"), Text.format(id + ".description"),
                Text.format(id + ".hint"), documentation,
                Text.optional(id + ".origin").map(o -> Text.format(id + ".origin")).orElse(""));
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    /** The rule's text for {@code <id>.<suffix>}, formatted with the arguments. */
    protected final String text(String suffix, Object... args) {
        return Text.format(info.id() + "." + suffix, args);
    }

    /**
     * A problem whose message is {@code <id>.message} (variant null) or {@code <id>.message.<variant>},
     * and whose hint is {@code <id>.hint.<variant>} when the bundle has one, else the rule's hint.
     */
    protected final Problem problem(Collection<Node> nodes, Collection<Edge> edges, String variant, Object... args) {
        List<String> nodeIds = new ArrayList<>();
        for (Node n : nodes) {
            if (!nodeIds.contains(n.id())) {
                nodeIds.add(n.id());
            }
        }
        List<String> edgeIds = new ArrayList<>();
        for (Edge e : edges) {
            if (!edgeIds.contains(e.id())) {
                edgeIds.add(e.id());
            }
        }
        String suffix = variant == null ? "" : "." + variant;
        String message = Text.format(info.id() + ".message" + suffix, args);
        String hint = Text.optional(info.id() + ".hint" + suffix).isPresent()
                ? Text.format(info.id() + ".hint" + suffix, args)
                : info.fixHint();
        return new Problem(info.id(), info.severity(), nodeIds, edgeIds, message, hint);
    }

    protected final Problem problem(Node node, String variant, Object... args) {
        return problem(List.of(node), List.of(), variant, args);
    }

    protected final QuickFix fix(String titleSuffix, DiagramCommand command, Object... args) {
        return new QuickFix(info.id(), text("fix." + titleSuffix, args), command);
    }
}
