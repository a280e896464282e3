package com.cloudwright.ui.cost;

import com.cloudwright.ui.UiText;
import com.cloudwright.cost.CostFormat;
import com.cloudwright.palette.PropertySpec;
import com.cloudwright.palette.PropertyType;

import java.math.BigDecimal;

/**
 * Turns what was typed for a usage assumption into the property value to store, checked against
 * the palette's property spec (type, choices, bounds). No JavaFX.
 */
final class AssumptionInput {

    private AssumptionInput() {
    }

    /** The outcome of reading an edit. */
    sealed interface Result {
    }

    /** Store this value; null removes the property, so the palette default applies again. */
    record Value(Object value) implements Result {
    }

    /** The text is not a value of the property: the message says why (one line). */
    record Invalid(String message) implements Result {
    }

    /**
     * @param spec the property's spec, or null when the palette does not describe it (then a
     *             number is read as a number and anything else kept as text)
     */
    static Result read(String text, String property, PropertySpec spec) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Value(null);
        }
        PropertyType type = spec == null ? null : spec.type();
        if (type == null) {
            Number n = number(t);
            return new Value(n != null ? n : t);
        }
        return switch (type) {
            case INTEGER, NUMBER -> {
                Number n = number(t.replace(",", "").replace("_", ""));
                if (n == null) {
                    yield new Invalid(UiText.get("cost.edit.notNumber", property, t));
                }
                if (type == PropertyType.INTEGER && !(n instanceof Long)) {
                    yield new Invalid(UiText.get("cost.edit.notWhole", property, t));
                }
                double v = n.doubleValue();
                if (spec.min() != null && v < spec.min() || spec.max() != null && v > spec.max()) {
                    yield new Invalid(UiText.get("cost.edit.outOfRange", property, t,
                            spec.min() == null ? "…" : CostFormat.number(spec.min()),
                            spec.max() == null ? "…" : CostFormat.number(spec.max())));
                }
                if (spec.min() == null && v < 0) {
                    yield new Invalid(UiText.get("cost.edit.negative", property, t));
                }
                yield new Value(n);
            }
            case BOOLEAN -> switch (t.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on" -> new Value(Boolean.TRUE);
                case "false", "no", "off" -> new Value(Boolean.FALSE);
                default -> new Invalid(UiText.get("cost.edit.notBoolean", property, t));
            };
            case CHOICE -> spec.values().stream().filter(v -> v.equalsIgnoreCase(t)).findFirst()
                    .<Result>map(Value::new)
                    .orElseGet(() -> new Invalid(UiText.get("cost.edit.notChoice", property, t, String.join(", ", spec.values()))));
            default -> new Value(t);
        };
    }

    /** A whole number as a Long, any other number as a Double; null when the text is not a number. */
    static Number number(String t) {
        try {
            BigDecimal d = new BigDecimal(t);
            if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException tooBig) {
                    return d.doubleValue();
                }
            }
            return d.doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when storing {@code value} would not change what the node has now. */
    static boolean same(Object current, Object value) {
        if (current instanceof Number a && value instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return java.util.Objects.equals(current, value);
    }
}
