package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Outputs of an imported template, written back under their own names and Export names: other
 * stacks import those exports, and CloudFormation refuses to update a stack in a way that would
 * remove an export in use. The parameters and conditions an output uses come back with it. An
 * output whose value names something the diagram no longer has (a deleted node) is left out, and
 * the export says so.
 */
final class OriginalOutputs {

    private OriginalOutputs() {
    }

    static void add(Build b) {
        Template t = b.template;
        Map<String, Object> parameters = WrittenBack.section(b.diagram, "Parameters");
        Map<String, Object> conditions = WrittenBack.section(b.diagram, "Conditions");
        for (Map.Entry<String, Object> e : new TreeMap<>(WrittenBack.section(b.diagram, "Outputs")).entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> body) || body.get("Value") == null) {
                continue;
            }
            Object value = body.get("Value");
            Object export = body.get("Export");
            String condition = body.get("Condition") == null ? null : String.valueOf(body.get("Condition"));
            Set<String> conditionsUsed = new TreeSet<>(conditionsIn(value));
            if (condition != null) {
                conditionsUsed.add(condition);
            }
            for (List<String> next = List.copyOf(conditionsUsed); !next.isEmpty(); ) {
                List<String> deeper = new ArrayList<>();
                for (String c : next) {
                    conditionsIn(conditions.get(c)).stream().filter(conditionsUsed::add).forEach(deeper::add);
                }
                next = deeper;
            }
            Set<String> names = References.of(export == null ? value : List.of(value, export));
            for (String c : conditionsUsed) {
                names.addAll(References.of(conditions.get(c)));
            }
            Set<String> missing = new TreeSet<>();
            for (String name : names) {
                boolean known = name.startsWith("AWS::") || t.resource(name) != null || t.parameters().containsKey(name)
                        || parameters.get(name) instanceof Map<?, ?>;
                if (!known) {
                    missing.add(name);
                }
            }
            conditionsUsed.stream().filter(c -> !t.conditions().containsKey(c) && !conditions.containsKey(c))
                    .forEach(missing::add);
            if (!missing.isEmpty()) {
                b.note(Build.text("export.note.outputNotCarried", e.getKey(), String.join(", ", missing)));
                continue;
            }
            for (String name : names) {
                if (t.resource(name) == null && !t.parameters().containsKey(name) && parameters.get(name) instanceof Map<?, ?> p) {
                    WrittenBack.parameter(t, name, p);
                }
            }
            conditionsUsed.forEach(c -> t.conditions().computeIfAbsent(c, k -> WrittenBack.intrinsics(conditions.get(k))));
            Object description = body.get("Description");
            t.replaceOutput(new Template.Output(e.getKey(), description == null ? null : String.valueOf(description),
                    WrittenBack.intrinsics(value), export == null ? Template.Output.NO_EXPORT : WrittenBack.intrinsics(export),
                    condition));
        }
    }

    /** The conditions an {@code Fn::If} inside the value chooses by, and those they are built from. */
    private static List<String> conditionsIn(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            if (m.get("Fn::If") instanceof List<?> args && !args.isEmpty() && args.get(0) instanceof String c) {
                out.add(c);
            }
            if (m.get("Condition") instanceof String c && m.size() == 1) {
                out.add(c);
            }
            m.values().forEach(v -> out.addAll(conditionsIn(v)));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> out.addAll(conditionsIn(v)));
        }
        return out;
    }
}
