package com.cloudwright.validate;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The usual base of a rule: metadata from the constructor and the message bundle
 * ({@code <id>.title}, {@code .description}, {@code .hint}, {@code .origin}), and helpers that
 * turn bundle keys ({@code <id>.message[.variant]}) into {@link Problem}s.
 */
public abstract class AbstractRule implements Rule {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.validate.messages");

    private final RuleInfo info;

    protected AbstractRule(String id, Severity severity, Pillar pillar, String documentation) {
        this.info = new RuleInfo(id, severity, pillar, TEXT.get(id + ".title"), TEXT.get(id + ".description"),
                TEXT.get(id + ".hint"), documentation,
                TEXT.optional(id + ".origin").orElse(""));
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    /** The rule's text for {@code <id>.<suffix>}, formatted with the arguments. */
    protected final String text(String suffix, Object... args) {
        return TEXT.get(info.id() + "." + suffix, args);
    }

    /**
     * A problem whose message is {@code <id>.message} (variant null) or {@code <id>.message.<variant>},
     * and whose hint is {@code <id>.hint.<variant>} when the bundle has one, else the rule's hint.
     */
    protected final Problem problem(Collection<Node> nodes, Collection<Edge> edges, String variant, Object... args) {
        Set<String> nodeIds = new LinkedHashSet<>();
        for (Node n : nodes) {
            nodeIds.add(n.id());
        }
        Set<String> edgeIds = new LinkedHashSet<>();
        for (Edge e : edges) {
            edgeIds.add(e.id());
        }
        String suffix = variant == null ? "" : "." + variant;
        String message = TEXT.get(info.id() + ".message" + suffix, args);
        String hint = TEXT.has(info.id() + ".hint" + suffix)
                ? TEXT.get(info.id() + ".hint" + suffix, args)
                : info.fixHint();
        return new Problem(info.id(), info.severity(), List.copyOf(nodeIds), List.copyOf(edgeIds), message, hint);
    }

    protected final Problem problem(Node node, String variant, Object... args) {
        return problem(List.of(node), List.of(), variant, args);
    }

    protected final QuickFix fix(String titleSuffix, DiagramCommand command, Object... args) {
        return new QuickFix(info.id(), text("fix." + titleSuffix, args), command);
    }
}
