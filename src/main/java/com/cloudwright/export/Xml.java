package com.cloudwright.export;

import java.util.Locale;

/** Small helpers for writing XML by hand: escaping and compact, locale-free numbers. */
final class Xml {

    private Xml() {
    }

    /** Escapes text content or an attribute value; drops characters XML 1.0 cannot hold. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r') {
                        b.append("&#").append((int) c).append(';');
                    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        // not allowed in XML 1.0: dropped
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        }
                    } else if (!Character.isLowSurrogate(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A number with at most three decimals and no trailing zeros, the same on every locale. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        s = s.substring(0, end);
        return s.equals("-0") ? "0" : s;
    }
}
