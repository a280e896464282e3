package com.cloudwright.palette;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code palettes/index.json} and the entry files it lists. Strict: an unknown field, a
 * missing one or a bad value is refused with the file and entry named, so a typo in the data
 * cannot silently drop a rule.
 */
public final class PaletteLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "label", "category", "aliases", "icon", "kind",
            "placement", "multiSubnet", "size", "cfn", "properties", "port", "ports", "targets", "pricing", "docs",
            "description", "presets", "roles", "iam");
    private static final Set<String> PROPERTY_FIELDS = Set.of("name", "label", "type", "default", "values", "min",
            "max", "unit", "group", "target", "description");
    private static final Set<String> INDEX_FIELDS = Set.of("categories", "files");
    /** What a translation block may translate, per kind of object. */
    private static final Set<String> ENTRY_TEXTS = Set.of("label", "description");
    private static final Set<String> PROPERTY_TEXTS = Set.of("label", "description", "unit");

    /** Reads one file of the palette. */
    interface Source {
        InputStream open(String name) throws IOException;

        /** Where a file of the palette (an icon) can be read from, or null. */
        URL url(String name);

        default boolean exists(String name) {
            return url(name) != null;
        }
    }

    private PaletteLoader() {
    }

    static Palette fromClasspath() {
        return load(new Source() {
            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = PaletteLoader.class.getResourceAsStream("/palettes/" + name);
                if (in == null) {
                    throw new IOException("palettes/" + name + " is not on the classpath");
                }
                return in;
            }

            @Override
            public URL url(String name) {
                return PaletteLoader.class.getResource("/palettes/" + name);
            }
        });
    }

    /** Loads a palette from a folder laid out like {@code palettes/} (tests, custom palettes). */
    public static Palette fromDirectory(Path dir) {
        return load(new Source() {
            @Override
            public InputStream open(String name) throws IOException {
                return Files.newInputStream(dir.resolve(name));
            }

            @Override
            public URL url(String name) {
                Path file = dir.resolve(name);
                try {
                    return Files.isRegularFile(file) ? file.toUri().toURL() : null;
                } catch (MalformedURLException e) {
                    return null;
                }
            }
        });
    }

    private static Palette load(Source source) {
        JsonNode index = read(source, "index.json");
        List<String> categories = strings(index.path("categories"));
        // a block beside the list names each category in a language: "ko": {"Networking": "네트워킹"}
        Localized categoryNames = Localized.read(index, INDEX_FIELDS, Set.copyOf(categories), "palettes/index.json");
        refuseUnknown(index, INDEX_FIELDS, "palettes/index.json", true);
        List<PaletteEntry> entries = new ArrayList<>();
        Map<String, String> declared = new HashMap<>();
        for (String file : strings(index.path("files"))) {
            JsonNode root = read(source, file);
            JsonNode list = root.path("entries");
            if (!list.isArray()) {
                throw new PaletteException("palettes/" + file + ": expected an \"entries\" array");
            }
            for (int i = 0; i < list.size(); i++) {
                String where = "palettes/" + file + ": entries[" + i + "]";
                PaletteEntry entry = entry(list.get(i), where);
                String first = declared.putIfAbsent(entry.id(), where);
                if (first != null) {
                    throw new PaletteException(where + ": palette id '" + entry.id() + "' is declared twice (first at " + first + ")");
                }
                entries.add(entry);
            }
        }
        if (source.exists(PricingData.FILE)) {
            entries = PricingData.merge(entries, read(source, PricingData.FILE));
        }
        return new Palette(entries, categories, categoryNames, source::url);
    }

    private static JsonNode read(Source source, String name) {
        try (InputStream in = source.open(name)) {
            return JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new PaletteException("palettes/" + name + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PaletteException("cannot read palettes/" + name + ": " + e.getMessage(), e);
        }
    }

    private static PaletteEntry entry(JsonNode n, String where) {
        String id = text(n, "id", where, true);
        String at = where + " (" + id + ")";
        refuseUnknown(n, ENTRY_FIELDS, at, true);
        double w = 64;
        double h = 64;
        if (n.has("size")) {
            JsonNode size = n.get("size");
            if (!size.isArray() || size.size() != 2 || !size.get(0).isNumber() || !size.get(1).isNumber()) {
                throw new PaletteException(at + ": \"size\" must be [width, height]");
            }
            w = size.get(0).asDouble();
            h = size.get(1).asDouble();
        }
        List<PropertySpec> properties = new ArrayList<>();
        for (JsonNode p : n.path("properties")) {
            properties.add(property(p, at));
        }
        List<String> aliases = strings(n.path("aliases"));
        return new PaletteEntry(id, text(n, "label", at, true), text(n, "category", at, true),
                aliases, text(n, "icon", at, false),
                enumValue(EntryKind.class, text(n, "kind", at, true), at + ".kind"),
                enumValue(Placement.class, text(n, "placement", at, true), at + ".placement"),
                n.path("multiSubnet").asBoolean(false), w, h, strings(n.path("cfn")), properties,
                n.has("port") ? n.get("port").asInt() : null, ports(n.path("ports"), at),
                n.has("targets") ? strings(n.get("targets")) : null, map(n.path("pricing")),
                text(n, "docs", at, false), text(n, "description", at, false),
                presets(n.path("presets"), aliases, properties, at), roles(n.path("roles"), at),
                IamAccessReader.read(n.path("iam"), properties, at), Localized.read(n, ENTRY_FIELDS, ENTRY_TEXTS, at));
    }

    /** Quick-add presets: each names one of the entry's aliases and sets only properties it declares. */
    static Map<String, Map<String, Object>> presets(JsonNode n, List<String> aliases, List<PropertySpec> properties,
                                                    String at) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw new PaletteException(at + ": \"presets\" must be an object of alias → property values");
        }
        var fields = n.fields();
        while (fields.hasNext()) {
            var preset = fields.next();
            String where = at + ".presets." + preset.getKey();
            if (!aliases.contains(preset.getKey())) {
                throw new PaletteException(where + ": not one of the entry's aliases");
            }
            if (!preset.getValue().isObject()) {
                throw new PaletteException(where + ": must be an object of property values");
            }
            Map<String, Object> values = map(preset.getValue());
            for (String name : values.keySet()) {
                if (properties.stream().noneMatch(p -> p.name().equals(name))) {
                    throw new PaletteException(where + ": the entry has no property \"" + name + "\"");
                }
            }
            out.put(preset.getKey(), values);
        }
        return out;
    }

    /** The entry's roles, each one of {@link ServiceRole} written in lower case with dashes. */
    static Set<ServiceRole> roles(JsonNode n, String at) {
        Set<ServiceRole> out = java.util.EnumSet.noneOf(ServiceRole.class);
        for (String role : strings(n)) {
            if (!role.equals(role.toLowerCase(Locale.ROOT))) {
                throw new PaletteException(at + ".roles: '" + role + "' must be written in lower case with dashes");
            }
            out.add(enumValue(ServiceRole.class, role, at + ".roles"));
        }
        return out;
    }

    static PropertySpec property(JsonNode p, String entryWhere) {
        String name = text(p, "name", entryWhere + ".properties", true);
        String at = entryWhere + ".properties." + name;
        refuseUnknown(p, PROPERTY_FIELDS, at, true);
        PropertyType type = enumValue(PropertyType.class, text(p, "type", at, true), at + ".type");
        Object def = p.has("default") ? JSON.convertValue(p.get("default"), Object.class) : null;
        List<String> values = strings(p.path("values"));
        if (type == PropertyType.CHOICE && values.isEmpty()) {
            throw new PaletteException(at + ": a choice needs \"values\"");
        }
        if (type == PropertyType.CHOICE && def != null && !values.contains(def.toString())) {
            throw new PaletteException(at + ": default '" + def + "' is not one of " + values);
        }
        return new PropertySpec(name, text(p, "label", at, false), type, def, values,
                p.has("min") ? p.get("min").asDouble() : null, p.has("max") ? p.get("max").asDouble() : null,
                text(p, "unit", at, false), text(p, "group", at, false), text(p, "target", at, false),
                text(p, "description", at, false), Localized.read(p, PROPERTY_FIELDS, PROPERTY_TEXTS, at));
    }

    private static Map<String, Map<String, Integer>> ports(JsonNode n, String at) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> byProperty = fields.next();
            Map<String, Integer> byValue = new LinkedHashMap<>();
            byProperty.getValue().fields().forEachRemaining(v -> {
                if (!v.getValue().canConvertToInt()) {
                    throw new PaletteException(at + ".ports." + byProperty.getKey() + "." + v.getKey() + ": not a port");
                }
                byValue.put(v.getKey(), v.getValue().asInt());
            });
            out.put(byProperty.getKey(), byValue);
        }
        return out;
    }

    static void refuseUnknown(JsonNode n, Set<String> known, String at) {
        refuseUnknown(n, known, at, false);
    }

    /** As {@link #refuseUnknown(JsonNode, Set, String)}, letting translation blocks through when asked. */
    static void refuseUnknown(JsonNode n, Set<String> known, String at, boolean translations) {
        n.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f) && !(translations && Localized.isLanguageBlock(f, known))) {
                throw new PaletteException(at + ": unknown field \"" + f + "\" (known: " + known + ")");
            }
        });
    }

    static String text(JsonNode n, String field, String at, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new PaletteException(at + ": \"" + field + "\" is missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new PaletteException(at + ": \"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String at) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new PaletteException(at + ": '" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return Map.of();
        }
        return JSON.convertValue(n, LinkedHashMap.class);
    }
}
