package com.cloudwright.validate;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The usual base of a rule: metadata from the constructor and the message bundle
 * ({@code <id>.title}, {@code .description}, {@code .hint}, {@code .origin}), and helpers that
 * turn bundle keys ({@code <id>.message[.variant]}) into {@link Problem}s.
 *
 * <p>Rules are made once per run of the program ({@link RuleSet#discovered()}) but the language
 * can change while it runs, so the metadata is read per locale rather than once.
 */
public abstract class AbstractRule implements Rule {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.validate.messages");

    private final String id;
    private final Severity severity;
    private final Pillar pillar;
    private final String documentation;
    private final Map<Locale, RuleInfo> infoByLocale = new ConcurrentHashMap<>();

    protected AbstractRule(String id, Severity severity, Pillar pillar, String documentation) {
        this.id = id;
        this.severity = severity;
        this.pillar = pillar;
        this.documentation = documentation;
        info(); // a rule whose texts are missing fails here, when it is loaded
    }

    /** The rule's metadata in the current language. */
    @Override
    public final RuleInfo info() {
        return infoByLocale.computeIfAbsent(Locale.getDefault(), locale -> new RuleInfo(id, severity, pillar,
                TEXT.get(id + ".title"), TEXT.get(id + ".description"), TEXT.get(id + ".hint"), documentation,
                TEXT.optional(id + ".origin").orElse("")));
    }

    /** The rule's text for {@code <id>.<suffix>}, formatted with the arguments. */
    protected final String text(String suffix, Object... args) {
        return TEXT.get(id + "." + suffix, args);
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
        String message = SaidOnce.apply(TEXT.get(id + ".message" + suffix, args));
        String hint = SaidOnce.apply(TEXT.has(id + ".hint" + suffix)
                ? TEXT.get(id + ".hint" + suffix, args)
                : TEXT.get(id + ".hint"));
        return new Problem(id, severity, List.copyOf(nodeIds), List.copyOf(edgeIds), message, hint);
    }

    protected final Problem problem(Node node, String variant, Object... args) {
        return problem(List.of(node), List.of(), variant, args);
    }

    protected final QuickFix fix(String titleSuffix, DiagramCommand command, Object... args) {
        return new QuickFix(id, text("fix." + titleSuffix, args), command);
    }
}
