package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes into each resource the best-practice findings its template accepts on purpose, with
 * reasons naming what was drawn. The decisions are data ({@code accepted-risks.txt} next to this
 * class): one line a rule, the resource type it applies to, when, and the reason; the reason in
 * Korean, for the export dialog of the Korean UI, is the same line of {@code accepted-risks_ko.txt}.
 * A condition states exactly when cdk-nag's rule fires on what the exporter writes, so that no
 * suppression sits on a resource the rule would not flag (CdkNagTest checks this).
 */
final class AcceptedRisks {

    private static final String FILE = "accepted-risks.txt";
    private static final String KOREAN_FILE = "accepted-risks_ko.txt";
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    /** One line of the data file, with its Korean reason (English where the Korean file lacks the line). */
    record Rule(String type, String rule, String when, String reason, String koreanReason) {

        /** The key the Korean file repeats: type, rule and condition. */
        String key() {
            return key(type, rule, when);
        }

        static String key(String type, String rule, String when) {
            return type + " | " + rule + " | " + when;
        }
    }

    /** The Korean file's lines, reason by key, in file order. */
    static final Map<String, String> KOREAN_REASONS = reasons(load(KOREAN_FILE));

    static final List<Rule> RULES = load(FILE).stream()
            .map(r -> new Rule(r.type(), r.rule(), r.when(), r.reason(),
                    KOREAN_REASONS.getOrDefault(r.key(), r.reason())))
            .toList();

    private AcceptedRisks() {
    }

    /** Adds the suppressions to the template's resources and returns them, in resource order. */
    static List<AcceptedRisk> apply(Build b) {
        List<AcceptedRisk> out = new ArrayList<>();
        for (Resource r : b.template.resources().values()) {
            String label = r.nodeId() == null ? r.logicalId()
                    : b.diagram.node(r.nodeId()).map(Node::displayLabel).orElse(r.logicalId());
            for (Rule rule : RULES) {
                if (!rule.type().equals(r.type())) {
                    continue;
                }
                for (String detail : details(b, r, rule.when())) {
                    String id = detail.isEmpty() ? rule.rule() : rule.rule() + "[" + detail + "]";
                    Object[] args = {r.logicalId(), label, detail};
                    String reason = format(rule.reason(), args);
                    r.suppress(id, reason);
                    out.add(new AcceptedRisk(b.region, r.logicalId(), id, reason, format(rule.koreanReason(), args)));
                }
            }
        }
        return out;
    }

    private static String format(String pattern, Object[] args) {
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(args);
    }

    /** The findings the rule accepts on the resource: none, one plain ("") or one per detail. */
    private static List<String> details(Build b, Resource r, String when) {
        List<String> out = List.of("");
        for (String one : when.split("\\s*&\\s*")) {
            List<String> these = detailsOfOne(b, r, one);
            if (these.isEmpty()) {
                return List.of();
            }
            if (!these.equals(List.of(""))) {
                out = these;
            }
        }
        return out;
    }

    private static List<String> detailsOfOne(Build b, Resource r, String when) {
        String text = String.valueOf(r.properties());
        int colon = when.indexOf(':');
        String kind = colon < 0 ? when : when.substring(0, colon);
        String arg = colon < 0 ? "" : when.substring(colon + 1);
        return switch (kind) {
            case "always" -> List.of("");
            case "has" -> text.contains(arg) ? List.of("") : List.of();
            case "lacks" -> text.contains(arg) ? List.of() : List.of("");
            case "unset" -> r.get(arg) == null ? List.of("") : List.of();
            case "unreferencedBy" -> b.template.resources().values().stream()
                    .noneMatch(o -> o.type().equals(arg) && References.of(o.properties()).contains(r.logicalId()))
                    ? List.of("") : List.of();
            case "deadLetterQueue" -> r.nodeId() != null && b.deadLetterQueues().contains(r.nodeId())
                    ? List.of("") : List.of();
            case "off" -> r.nodeId() == null || b.diagram.node(r.nodeId()).map(n -> !b.bool(n, arg, false)).orElse(true)
                    ? List.of("") : List.of();
            case "managed" -> managed(r, arg);
            case "wildcard" -> wildcards(r);
            default -> throw new IllegalStateException(FILE + ": unknown condition " + when);
        };
    }

    private static List<String> managed(Resource r, String policy) {
        Object arns = r.get("ManagedPolicyArns");
        if (!(arns instanceof List<?> list)) {
            return List.of();
        }
        for (Object arn : list) {
            if (render(arn).equals("arn:<AWS::Partition>:iam::aws:policy/" + policy)) {
                return List.of("Policy::" + render(arn));
            }
        }
        return List.of();
    }

    private static List<String> wildcards(Resource r) {
        List<String> out = new ArrayList<>();
        if (r.get("PolicyDocument") instanceof Map<?, ?> doc && doc.get("Statement") instanceof List<?> statements) {
            for (Object s : statements) {
                if (s instanceof Map<?, ?> statement && "Allow".equals(statement.get("Effect"))) {
                    Object resources = statement.get("Resource");
                    for (Object one : resources instanceof List<?> l ? l : List.of(resources == null ? "" : resources)) {
                        String shown = render(one);
                        if (shown.contains("*") && !out.contains("Resource::" + shown)) {
                            out.add("Resource::" + shown);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A value the way cdk-nag names it in a finding: {@code ${X}} and GetAtt as {@code <X>}. */
    static String render(Object value) {
        if (value instanceof Fn.Sub sub) {
            Matcher m = SUB_VARIABLE.matcher(sub.text());
            return m.replaceAll(v -> Matcher.quoteReplacement("<" + v.group(1) + ">"));
        }
        if (value instanceof Fn.GetAtt att) {
            return "<" + att.resource() + "." + att.attribute() + ">";
        }
        if (value instanceof Fn.Ref ref) {
            return "<" + ref.target() + ">";
        }
        return String.valueOf(value);
    }

    private static Map<String, String> reasons(List<Rule> rules) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (out.put(r.key(), r.reason()) != null) {
                throw new IllegalStateException(KOREAN_FILE + ": the line " + r.key() + " is there twice");
            }
        }
        return out;
    }

    private static List<Rule> load(String file) {
        List<Rule> out = new ArrayList<>();
        try (InputStream in = AcceptedRisks.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s*\\|\\s*", 4);
                if (parts.length != 4) {
                    throw new IllegalStateException(file + " line " + number + ": expected type | rule | when | reason");
                }
                out.add(new Rule(parts[0].strip(), parts[1], parts[2], parts[3].strip(), parts[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
