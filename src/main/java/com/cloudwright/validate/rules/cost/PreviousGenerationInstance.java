package com.cloudwright.validate.rules.cost;

import com.cloudwright.model.Node;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.palette.PropertySpec;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CW-K001: an instance type, DB instance class or cache node type of a previous generation
 * (t2, m4, c4, r4 …: the list and each family's successor are in
 * {@code previous-generation.properties}). Current families cost less for more.
 */
@AutoService(Rule.class)
public final class PreviousGenerationInstance extends AbstractRule {

    /** The properties that name an instance size, whatever the service. */
    private static final List<String> SIZE_PROPERTIES = List.of("instanceType", "instanceClass", "nodeType", "nodeInstanceType",
            "headNodeInstanceType", "computeInstanceType", "primaryInstanceType", "coreInstanceType");
    private static final Pattern TYPE = Pattern.compile("(db\\.|cache\\.|dax\\.|mq\\.)?([a-z]+\\d+[a-z]*)\\.([a-z0-9]+)");
    private static final Map<String, String> SUCCESSORS = load();

    public PreviousGenerationInstance() {
        super("CW-K001", Severity.INFO, Pillar.COST_OPTIMIZATION, "https://aws.amazon.com/ec2/previous-generation/");
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = PreviousGenerationInstance.class.getResourceAsStream("previous-generation.properties")) {
            if (in == null) {
                throw new IllegalStateException("previous-generation.properties is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(k.toString().trim(), v.toString().trim()));
        return out;
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        Map<String, Optional<String>> successors = new HashMap<>();
        for (Node node : ctx.diagram().nodes()) {
            for (String property : SIZE_PROPERTIES) {
                if (!node.props().has(property) && !ctx.topology().declares(node, property)) {
                    continue;
                }
                ctx.topology().string(node, property).ifPresent(value ->
                        successors.computeIfAbsent(value, PreviousGenerationInstance::successor).ifPresent(next ->
                                out.add(problem(node, null, ctx.describe(node), value, next))));
            }
        }
        return out;
    }

    /** The current-generation type of the same size (t2.micro → t3.micro), if the value is previous-generation. */
    static Optional<String> successor(String value) {
        Matcher m = TYPE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || !SUCCESSORS.containsKey(m.group(2))) {
            return Optional.empty();
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        return Optional.of(prefix + SUCCESSORS.get(m.group(2)) + "." + m.group(3));
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Node node = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (node == null) {
            return List.of();
        }
        List<QuickFix> fixes = new ArrayList<>();
        for (String property : SIZE_PROPERTIES) {
            ctx.topology().string(node, property).ifPresent(value -> successor(value).ifPresent(next -> {
                List<String> allowed = ctx.palette().entryOf(node).flatMap(e -> e.property(property))
                        .map(PropertySpec::values).orElse(List.of());
                if (allowed.isEmpty() || allowed.contains(next)) {
                    fixes.add(fix("upgrade", new SetNodeProperty(node.id(), property, next), ctx.name(node), next));
                }
            }));
        }
        return fixes;
    }
}
