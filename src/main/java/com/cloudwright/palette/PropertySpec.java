package com.cloudwright.palette;

import java.util.List;
import java.util.Objects;

/**
 * One editable property of a palette entry.
 *
 * @param defaultValue the value assumed when a node does not set it (may be null: no default)
 * @param values       allowed values of a {@link PropertyType#CHOICE} (suggestions otherwise)
 * @param group        "config" for what the resource is, "usage" for cost assumptions
 * @param targetType   for node references, the palette id the referenced node must have
 * @param texts        translations of the label, unit and description
 */
public record PropertySpec(String name, String label, PropertyType type, Object defaultValue,
                           List<String> values, Double min, Double max, String unit, String group,
                           String targetType, String description, Localized texts) {

    public static final String GROUP_CONFIG = "config";
    public static final String GROUP_USAGE = "usage";

    public PropertySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        label = label == null ? name : label;
        values = values == null ? List.of() : List.copyOf(values);
        group = group == null ? GROUP_CONFIG : group;
        texts = texts == null ? Localized.NONE : texts;
    }

    /** A property with English text only. */
    public PropertySpec(String name, String label, PropertyType type, Object defaultValue, List<String> values,
                        Double min, Double max, String unit, String group, String targetType, String description) {
        this(name, label, type, defaultValue, values, min, max, unit, group, targetType, description, Localized.NONE);
    }

    /** The label in the current language (the English label, or the name when it has none). */
    public String displayLabel() {
        return texts.display("label", label);
    }

    /** The description in the current language, or null when there is none. */
    public String displayDescription() {
        return texts.display("description", description);
    }

    /** The unit in the current language, or null when there is none. */
    public String displayUnit() {
        return unit == null ? null : texts.display("unit", unit);
    }

    public boolean isUsage() {
        return GROUP_USAGE.equals(group);
    }
}
