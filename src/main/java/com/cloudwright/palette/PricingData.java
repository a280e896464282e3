package com.cloudwright.palette;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code palettes/pricing.json} — how each palette service is priced — and merges it into
 * the entries: the service's block becomes the entry's {@code pricing} map, and its usage
 * assumptions (hours per month, GB stored, requests …) become properties of group "usage", so the
 * property inspector shows and edits them like any other property. Strict like the rest of the
 * palette: unknown fields, unknown palette ids and malformed dimensions are refused.
 *
 * <pre>
 * {"usageProperties": {"hoursPerMonth": {"type": "number", "default": 730, "unit": "h"}},
 *  "services": {
 *    "nat-gateway": {"usage": ["hoursPerMonth", {"name": "gbPerMonth", "type": "number", "default": 100}],
 *                    "dimensions": [{"id": "hours", "description": "NAT gateway hours", "service": "AmazonEC2",
 *                                    "filters": {"productFamily": "NAT Gateway"},
 *                                    "match": {"usagetype": "*NatGateway-Hours"},
 *                                    "unit": "h", "quantity": "hoursPerMonth"}]},
 *    "iam-role": {"free": "IAM is free", "ko": {"free": "IAM은 무료입니다"}}}}
 * </pre>
 * A usage property, a dimension (description, unit, note) and a service (free, note) may carry
 * translation blocks, as the entries do ({@link Localized}).
 */
final class PricingData {

    static final String FILE = "pricing.json";

    private static final Set<String> TOP_FIELDS = Set.of("description", "usageProperties", "services");
    private static final Set<String> SERVICE_FIELDS = Set.of("usage", "dimensions", "values", "free", "members",
            "unpriced", "note");
    private static final Set<String> DIMENSION_FIELDS = Set.of("id", "description", "service", "filters", "match",
            "unit", "per", "quantity", "when", "global", "regionField", "onlyIf", "skipIf", "note");
    private static final Set<String> MEMBERS_FIELDS = Set.of("count", "types");
    /** What translation blocks ("ko": {…}) may translate: the text the cost tab shows. */
    private static final Set<String> SERVICE_TEXTS = Set.of("free", "note", "unpriced");
    private static final Set<String> DIMENSION_TEXTS = Set.of("description", "unit", "note");
    private static final java.util.regex.Pattern TEMPLATE_REF = java.util.regex.Pattern.compile("\\{([^}:]*)(?::([^}]*))?}");

    private PricingData() {
    }

    static List<PaletteEntry> merge(List<PaletteEntry> entries, JsonNode root) {
        String file = "palettes/" + FILE;
        PaletteLoader.refuseUnknown(root, TOP_FIELDS, file);
        Map<String, PropertySpec> shared = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> defs = root.path("usageProperties").fields();
        while (defs.hasNext()) {
            Map.Entry<String, JsonNode> def = defs.next();
            shared.put(def.getKey(), usageProperty(def.getValue(), def.getKey(), file + ": usageProperties"));
        }
        Map<String, JsonNode> services = new LinkedHashMap<>();
        root.path("services").fields().forEachRemaining(e -> services.put(e.getKey(), e.getValue()));
        Set<String> known = new java.util.HashSet<>();
        entries.forEach(e -> known.add(e.id()));
        for (String id : services.keySet()) {
            if (!known.contains(id)) {
                throw new PaletteException(file + ": services." + id + ": no palette entry '" + id + "'");
            }
        }
        List<PaletteEntry> out = new ArrayList<>(entries.size());
        for (PaletteEntry entry : entries) {
            JsonNode service = services.get(entry.id());
            if (service == null) {
                out.add(entry);
                continue;
            }
            String at = file + ": services." + entry.id();
            PaletteLoader.refuseUnknown(service, SERVICE_FIELDS, at, true);
            Localized.read(service, SERVICE_FIELDS, SERVICE_TEXTS, at);
            List<PropertySpec> usage = new ArrayList<>();
            List<String> usageNames = new ArrayList<>();
            for (JsonNode u : service.path("usage")) {
                PropertySpec spec;
                if (u.isTextual()) {
                    spec = shared.get(u.asText());
                    if (spec == null) {
                        throw new PaletteException(at + ".usage: '" + u.asText() + "' is not in usageProperties");
                    }
                } else {
                    spec = usageProperty(u, null, at + ".usage");
                }
                usage.add(spec);
                usageNames.add(spec.name());
            }
            checkDimensions(service.path("dimensions"), service.path("values"), at);
            if (service.has("members")) {
                PaletteLoader.refuseUnknown(service.get("members"), MEMBERS_FIELDS, at + ".members");
            }
            Map<String, Object> pricing = PaletteLoader.map(service);
            pricing.put("usage", usageNames);
            out.add(entry.withPricing(pricing, usage));
        }
        return out;
    }

    private static PropertySpec usageProperty(JsonNode node, String name, String at) {
        if (!node.isObject()) {
            throw new PaletteException(at + ": a usage property must be an object or the name of one");
        }
        ObjectNode p = node.deepCopy();
        if (name != null) {
            p.put("name", name);
        }
        if (p.has("group") && !PropertySpec.GROUP_USAGE.equals(p.get("group").asText())) {
            throw new PaletteException(at + "." + p.path("name").asText() + ": usage properties have group \"usage\"");
        }
        p.put("group", PropertySpec.GROUP_USAGE);
        return PaletteLoader.property(p, at);
    }

    private static void checkDimensions(JsonNode dimensions, JsonNode tables, String at) {
        if (dimensions.isMissingNode()) {
            return;
        }
        if (!dimensions.isArray()) {
            throw new PaletteException(at + ".dimensions: expected an array");
        }
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < dimensions.size(); i++) {
            JsonNode d = dimensions.get(i);
            String where = at + ".dimensions[" + i + "]";
            PaletteLoader.refuseUnknown(d, DIMENSION_FIELDS, where, true);
            for (String required : List.of("id", "description", "service", "unit", "quantity")) {
                PaletteLoader.text(d, required, where, true);
            }
            // a translated description names the same properties, through tables of its own if it likes
            Localized texts = Localized.read(d, DIMENSION_FIELDS, DIMENSION_TEXTS, where);
            Set<String> refs = templateRefs(d.get("description").asText(), tables, where + ".description");
            texts.byLanguage().forEach((language, fields) -> {
                String translated = fields.get("description");
                String tAt = where + "." + language + ".description";
                if (translated != null && !templateRefs(translated, tables, tAt).equals(refs)) {
                    throw new PaletteException(tAt + ": names " + templateRefs(translated, tables, tAt)
                            + ", the English names " + refs);
                }
            });
            if (!ids.add(d.get("id").asText())) {
                throw new PaletteException(where + ": dimension id '" + d.get("id").asText() + "' is used twice");
            }
            for (String map : List.of("filters", "match", "onlyIf", "skipIf")) {
                JsonNode m = d.path(map);
                if (!m.isMissingNode() && (!m.isObject() || !allText(m))) {
                    throw new PaletteException(where + "." + map + ": expected an object of strings");
                }
            }
            if (d.has("per") && (!d.get("per").isNumber() || d.get("per").asDouble() <= 0)) {
                throw new PaletteException(where + ".per: expected a positive number");
            }
        }
    }

    /** The properties a description template names ({property} or {property:table}); each table must exist. */
    static Set<String> templateRefs(String template, JsonNode tables, String at) {
        Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = TEMPLATE_REF.matcher(template);
        while (m.find()) {
            out.add(m.group(1));
            if (m.group(2) != null && !tables.has(m.group(2))) {
                throw new PaletteException(at + ": no values table \"" + m.group(2) + "\"");
            }
        }
        return out;
    }

    private static boolean allText(JsonNode object) {
        for (JsonNode v : object) {
            if (!v.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
