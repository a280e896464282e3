package com.cloudwright.cfn.read;

import com.cloudwright.palette.Palette;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What the readers of one import share: the template, its resolved values, the nodes made so far
 * (keyed by id; a resource's node has the resource's logical id) and the resources folded into
 * another node or kept aside.
 */
final class ImportContext {

    final CfnTemplate template;
    final Resolver resolver;
    final Palette palette;
    final TypeIndex types;
    final Map<String, Draft> drafts = new LinkedHashMap<>();
    /** Resources drawn as part of another node: logical id → the node's id. */
    final Map<String, String> partOf = new LinkedHashMap<>();
    /** Resources no node stands for (no palette entry knows the type): logical id → type. */
    final Map<String, String> unmapped = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> resolved = new HashMap<>();

    ImportContext(CfnTemplate template, Resolver resolver, Palette palette) {
        this.template = template;
        this.resolver = resolver;
        this.palette = palette;
        this.types = new TypeIndex(palette);
    }

    /** The resources the template creates with these parameter values, in file order. */
    List<CfnResource> resources() {
        List<CfnResource> out = new ArrayList<>();
        for (CfnResource r : template.resources().values()) {
            if (resolver.creates(r)) {
                out.add(r);
            }
        }
        return out;
    }

    List<CfnResource> resourcesOfType(String type) {
        return resources().stream().filter(r -> r.type().equals(type)).toList();
    }

    Optional<CfnResource> resource(String logicalId) {
        CfnResource r = logicalId == null ? null : template.resources().get(logicalId);
        return r != null && resolver.creates(r) ? Optional.of(r) : Optional.empty();
    }

    String typeOf(String logicalId) {
        return resource(logicalId).map(CfnResource::type).orElse("");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> props(CfnResource r) {
        return resolved.computeIfAbsent(r.logicalId(), k -> {
            Object v = resolver.resolve(r.properties());
            return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        });
    }

    /** A property, resolved; a dotted name walks into maps ({@code VpcConfig.SubnetIds}). */
    Object prop(CfnResource r, String path) {
        Object at = props(r);
        for (String step : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(step);
        }
        return at;
    }

    /** The node a logical id is drawn as: its own, or the one it is part of. */
    Optional<Draft> drawnAs(String logicalId) {
        if (logicalId == null) {
            return Optional.empty();
        }
        Draft own = drafts.get(logicalId);
        if (own != null) {
            return Optional.of(own);
        }
        String owner = partOf.get(logicalId);
        return owner == null ? Optional.empty() : Optional.ofNullable(drafts.get(owner));
    }

    Draft add(Draft d) {
        drafts.put(d.id, d);
        return d;
    }

    void fold(String logicalId, Draft into) {
        if (!drafts.containsKey(logicalId) && !partOf.containsKey(logicalId)) {
            partOf.put(logicalId, into.id);
            into.parts.add(logicalId);
        }
    }

    // ---- references in resolved values ------------------------------------------------------

    /** Every resource a value names, in order, without repeats. */
    static List<String> refs(Object value) {
        Set<String> out = new LinkedHashSet<>();
        collect(value, out);
        return new ArrayList<>(out);
    }

    static String ref(Object value) {
        List<String> all = refs(value);
        return all.isEmpty() ? null : all.get(0);
    }

    private static void collect(Object value, Set<String> out) {
        if (value instanceof Reference r) {
            out.add(r.logicalId());
        } else if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.get("Fn::Sub") != null) {
                Object sub = map.get("Fn::Sub");
                String text = sub instanceof String s ? s : sub instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0)) : "";
                Matcher m = TemplateReader.SUB_VARIABLE.matcher(text);
                while (m.find()) {
                    String name = m.group(1).strip();
                    int dot = name.indexOf('.');
                    out.add(dot > 0 ? name.substring(0, dot) : name);
                }
            }
            if (map.size() == 1 && map.get("Ref") instanceof String name) {
                out.add(name);
            }
            if (map.size() == 1 && map.get("Fn::GetAtt") instanceof List<?> l && !l.isEmpty()) {
                out.add(String.valueOf(l.get(0)));
            }
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        }
    }

    /** A resolved text, or null when the value is not (yet) one. */
    static String text(Object value) {
        return value instanceof String s ? s : value instanceof Number || value instanceof Boolean ? String.valueOf(value) : null;
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : value == null ? List.of() : List.of(value);
    }
}
