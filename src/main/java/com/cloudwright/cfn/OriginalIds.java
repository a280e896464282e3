package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the plumbing an export generates (route tables, routes, associations, gateway attachments,
 * Elastic IPs, listeners, security groups, permissions …) the logical ids the same parts had in the
 * template the diagram was imported from, so a round trip updates the stack's resources instead of
 * replacing them under new names. A generated resource takes an original id when both have the
 * same type and play the same role: they are tied to the same resources (by reference either way),
 * and no other candidate is tied as closely. Matching runs until nothing changes, as each match
 * ties more resources together (the association of a subnet names its route table, whose route
 * names the gateway). Diagrams that were not imported carry no originals and are left as they are.
 */
final class OriginalIds {

    static final String FIELD = "cfnOriginals";
    private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private OriginalIds() {
    }

    /** The original resources the diagram stores: logical id → body as the template had it. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> of(com.cloudwright.model.Diagram diagram) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        if (diagram.extra().get(FIELD) instanceof Map<?, ?> stored) {
            stored.forEach((id, body) -> {
                if (body instanceof Map<?, ?> m && m.get("Type") instanceof String) {
                    out.put(String.valueOf(id), (Map<String, Object>) m);
                }
            });
        }
        return out;
    }

    /** Renames the template's generated resources after their original counterparts. */
    static void apply(Build b) {
        Map<String, Map<String, Object>> originals = of(b.diagram);
        if (originals.isEmpty()) {
            return;
        }
        Template t = b.template;
        Map<String, Set<String>> originalTies = ties(originals.keySet(), id -> refsOfBody(originals.get(id)));
        Map<String, String> toOriginal = new HashMap<>();
        for (Resource r : t.resources().values()) {
            Map<String, Object> o = originals.get(r.logicalId());
            if (o != null && r.type().equals(o.get("Type"))) {
                toOriginal.put(r.logicalId(), r.logicalId());
            }
        }
        Map<String, Set<String>> generatedTies = ties(t.resources().keySet(), id -> refsOfResource(t.resource(id)));
        Set<String> claimed = new LinkedHashSet<>(toOriginal.values());
        Map<String, String> renames = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, String> best = new TreeMap<>();
            Map<String, Integer> bestScore = new HashMap<>();
            Map<String, Integer> ties = new HashMap<>();
            Map<String, Integer> originalBest = new HashMap<>();
            Map<String, Integer> originalTieCount = new HashMap<>();
            for (Resource r : t.resources().values()) {
                if (toOriginal.containsKey(r.logicalId())) {
                    continue;
                }
                Set<String> mine = new LinkedHashSet<>();
                generatedTies.getOrDefault(r.logicalId(), Set.of()).forEach(x -> {
                    if (toOriginal.containsKey(x)) {
                        mine.add(toOriginal.get(x));
                    }
                });
                for (Map.Entry<String, Map<String, Object>> o : originals.entrySet()) {
                    String oid = o.getKey();
                    if (claimed.contains(oid) || !r.type().equals(o.getValue().get("Type"))
                            || t.parameters().containsKey(oid) || t.resource(oid) != null) {
                        continue;
                    }
                    Set<String> theirs = new LinkedHashSet<>(originalTies.getOrDefault(oid, Set.of()));
                    theirs.retainAll(mine);
                    // ties decide; equal settings (Egress, Port …) tell apart parts tied alike
                    int score = theirs.size() * 100 + sameSettings(r, o.getValue());
                    if (score == 0) {
                        continue;
                    }
                    int top = bestScore.getOrDefault(r.logicalId(), 0);
                    if (score > top) {
                        best.put(r.logicalId(), oid);
                        bestScore.put(r.logicalId(), score);
                        ties.put(r.logicalId(), 1);
                    } else if (score == top) {
                        ties.merge(r.logicalId(), 1, Integer::sum);
                    }
                    int otop = originalBest.getOrDefault(oid, 0);
                    if (score > otop) {
                        originalBest.put(oid, score);
                        originalTieCount.put(oid, 1);
                    } else if (score == otop) {
                        originalTieCount.merge(oid, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<String, String> m : best.entrySet()) {
                String gid = m.getKey();
                String oid = m.getValue();
                boolean unique = ties.get(gid) == 1 && originalTieCount.get(oid) == 1
                        && originalBest.get(oid).equals(bestScore.get(gid));
                if (unique && !claimed.contains(oid)) {
                    toOriginal.put(gid, oid);
                    claimed.add(oid);
                    renames.put(gid, oid);
                    changed = true;
                }
            }
        }
        if (!renames.isEmpty()) {
            t.rename(renames, v -> rewrite(v, renames));
        }
        keepMetadata(t, originals);
        Set<String> unmatchedTypes = new LinkedHashSet<>();
        t.resources().values().stream()
                .filter(r -> !originals.containsKey(r.logicalId()) || !r.type().equals(originals.get(r.logicalId()).get("Type")))
                .forEach(r -> unmatchedTypes.add(r.type()));
        WrittenBack.add(t, b.diagram, originals, unmatchedTypes);
        OriginalOutputs.add(b);
    }

    /**
     * A resource keeps the Metadata it was imported with: the checks its owners suppressed for it
     * (cfn-lint, cfn-guard, cdk-nag) still apply to the same resource. Instructions for cfn-init
     * are not kept on a generated resource: its user data is the drawing's own and does not run
     * them (a resource written back unchanged keeps them with the user data that does).
     */
    @SuppressWarnings("unchecked")
    private static void keepMetadata(Template t, Map<String, Map<String, Object>> originals) {
        for (Resource r : t.resources().values()) {
            Map<String, Object> o = originals.get(r.logicalId());
            if (o != null && r.type().equals(o.get("Type")) && o.get("Metadata") instanceof Map<?, ?> metadata) {
                Map<String, Object> kept = new LinkedHashMap<>();
                metadata.forEach((k, v) -> {
                    if (!String.valueOf(k).startsWith("AWS::CloudFormation::")) {
                        kept.put(String.valueOf(k), v);
                    }
                });
                if (!kept.isEmpty()) {
                    r.originalMetadata((Map<String, Object>) WrittenBack.intrinsics(kept));
                }
            }
        }
    }

    private static int sameSettings(Resource r, Map<String, Object> original) {
        int same = 0;
        if (original.get("Properties") instanceof Map<?, ?> props) {
            for (Map.Entry<?, ?> e : props.entrySet()) {
                Object mine = r.get(String.valueOf(e.getKey()));
                boolean scalar = mine instanceof String || mine instanceof Number || mine instanceof Boolean;
                if (scalar && String.valueOf(mine).equalsIgnoreCase(String.valueOf(e.getValue()))) {
                    same++;
                }
            }
        }
        return Math.min(same, 99);
    }

    /** Each resource → the resources it names and the resources that name it. */
    private static Map<String, Set<String>> ties(Iterable<String> ids,
                                                 java.util.function.Function<String, Set<String>> refs) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String id : ids) {
            out.computeIfAbsent(id, k -> new LinkedHashSet<>());
        }
        for (String id : ids) {
            for (String other : refs.apply(id)) {
                if (out.containsKey(other) && !other.equals(id)) {
                    out.get(id).add(other);
                    out.get(other).add(id);
                }
            }
        }
        return out;
    }

    static Set<String> refsOfResource(Resource r) {
        Set<String> out = new LinkedHashSet<>(r.dependsOn());
        References.collect(r.properties(), out);
        return out;
    }

    /** The resources a body as the template had it names: Ref, Fn::GetAtt, Fn::Sub and DependsOn. */
    static Set<String> refsOfBody(Map<String, Object> body) {
        Set<String> out = new LinkedHashSet<>();
        Object depends = body.get("DependsOn");
        if (depends instanceof String s) {
            out.add(s);
        } else if (depends instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        References.collect(body.get("Properties"), out);
        return out;
    }

    /** A value with every reference to a renamed resource pointing at its new name. */
    static Object rewrite(Object value, Map<String, String> names) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = map instanceof TreeMap<?, ?> ? new TreeMap<>() : new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, rewrite(v, names)));
            return out;
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(rewrite(v, names)));
            return out;
        } else if (value instanceof Fn.Ref ref) {
            return Fn.ref(names.getOrDefault(ref.target(), ref.target()));
        } else if (value instanceof Fn.GetAtt att) {
            return Fn.getAtt(names.getOrDefault(att.resource(), att.resource()), att.attribute());
        } else if (value instanceof Fn.Sub sub) {
            return new Fn.Sub(rewriteSub(sub.text(), names), castMap(rewrite(sub.variables(), names)));
        } else if (value instanceof Fn.Select s) {
            return new Fn.Select(s.index(), rewrite(s.list(), names));
        } else if (value instanceof Fn.Join j) {
            return new Fn.Join(j.delimiter(), (List<?>) rewrite(j.parts(), names));
        } else if (value instanceof Fn.Split s) {
            return new Fn.Split(s.delimiter(), rewrite(s.source(), names));
        } else if (value instanceof Fn.Base64 b) {
            return new Fn.Base64(rewrite(b.value(), names));
        } else if (value instanceof Fn.Call c) {
            return new Fn.Call(c.longName(), rewrite(c.argument(), names));
        }
        return value;
    }

    static String rewriteSub(String text, Map<String, String> names) {
        Matcher m = SUB_NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            int dot = name.indexOf('.');
            String head = dot > 0 ? name.substring(0, dot) : name;
            String renamed = names.getOrDefault(head, head) + (dot > 0 ? name.substring(dot) : "");
            m.appendReplacement(out, Matcher.quoteReplacement("${" + renamed + "}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
