package com.cloudwright.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are written for people: plain numbers without trailing zeros, money with cents. */
public final class CostFormat {

    private CostFormat() {
    }

    /** 730, 0.5, 1000000 (no exponent, at most six decimals). */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return plain(BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP));
    }

    public static String plain(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        return v.stripTrailingZeros().toPlainString();
    }

    /** A property value as written next to a line. */
    public static String value(Object v) {
        if (v instanceof Number n) {
            return number(n.doubleValue());
        }
        return String.valueOf(v);
    }

    /** $1,234.56 */
    public static String money(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "$%,.2f", v.setScale(2, RoundingMode.HALF_UP));
    }

    /** A unit price: enough decimals to show the list price exactly ($0.0104, $0.0000166667). */
    public static String unitPrice(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 2) {
            s = s.setScale(2, RoundingMode.UNNECESSARY);
        }
        return "$" + s.toPlainString();
    }
}
