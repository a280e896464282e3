package com.cloudwright.cfn.read;

import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.PropertySpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a node's palette properties from its resource's properties: a resource property of the
 * same name (InstanceType → instanceType) or the one {@code property-names.properties} names.
 * A value that is known only at deployment, or that the palette would refuse, is kept as written
 * in the node's {@code cfn.unresolved}, never guessed.
 */
final class PropertyReader {

    private static final Properties NAMES = load();

    private PropertyReader() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = PropertyReader.class.getResourceAsStream("property-names.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static void read(ImportContext ctx, Draft draft, CfnResource resource) {
        PaletteEntry entry = ctx.palette.entry(draft.type).orElse(null);
        if (entry == null) {
            return;
        }
        Map<String, Object> props = ctx.props(resource);
        for (PropertySpec spec : entry.properties()) {
            String name = NAMES.getProperty(entry.id() + "." + spec.name(), capitalised(spec.name()));
            if (!props.containsKey(name) || draft.props.containsKey(spec.name()) || isStructural(spec)) {
                continue;
            }
            Object raw = props.get(name);
            Object value = coerce(spec, raw);
            if (value != null) {
                draft.props.put(spec.name(), value);
            } else {
                draft.unresolved.put(spec.name(), Expressions.show(raw));
            }
        }
        label(ctx, draft, resource);
    }

    /** Node references (subnets, members) come from the structure readers, not from a property. */
    private static boolean isStructural(PropertySpec spec) {
        return spec.type() == com.cloudwright.palette.PropertyType.NODE_REF
                || spec.type() == com.cloudwright.palette.PropertyType.NODE_REFS;
    }

    /** The resource's Name tag, when it resolves to text, labels the node. */
    static void label(ImportContext ctx, Draft draft, CfnResource resource) {
        for (Object tag : ImportContext.list(ctx.props(resource).get("Tags"))) {
            if (tag instanceof Map<?, ?> t && "Name".equals(t.get("Key")) && t.get("Value") instanceof String name
                    && !name.isBlank()) {
                draft.label = name;
            }
        }
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The value in the palette's terms, or null when it cannot be known or is not one the palette takes. */
    static Object coerce(PropertySpec spec, Object raw) {
        String text = ImportContext.text(raw);
        if (text == null) {
            return null;
        }
        return switch (spec.type()) {
            case INTEGER -> {
                try {
                    yield (int) Math.round(Double.parseDouble(text.strip()));
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case NUMBER -> {
                try {
                    yield Double.parseDouble(text.strip());
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case BOOLEAN -> text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
            case CHOICE -> spec.values().stream().filter(v -> v.equalsIgnoreCase(text.strip())).findFirst()
                    .map(v -> (Object) v).orElse(null);
            case STRING, CIDR -> text;
            default -> null;
        };
    }
}
