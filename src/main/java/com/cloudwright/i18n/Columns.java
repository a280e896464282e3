package com.cloudwright.i18n;

/**
 * Text laid out in a terminal's columns: Hangul and the other East Asian wide characters take two
 * columns, so padding by {@code String.length()} would push a Korean table out of line.
 */
public final class Columns {

    private Columns() {
    }

    /** The columns a terminal gives the text. */
    public static int width(String s) {
        return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    /** The text followed by spaces up to {@code columns}; longer text is left as it is. */
    public static String pad(String s, int columns) {
        int w = width(s);
        return w >= columns ? s : s + " ".repeat(columns - w);
    }

    /** Spaces and then the text, right-aligned in {@code columns}; longer text gets one space before it. */
    public static String padLeft(String s, int columns) {
        int w = width(s);
        return w >= columns ? " " + s : " ".repeat(columns - w) + s;
    }

    /** The text cut to fit {@code columns}, ending in … when it was cut. */
    public static String truncate(String s, int columns) {
        if (width(s) <= columns) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = wide(cp) ? 2 : 1;
            if (used + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /** Hangul Jamo and Syllables, CJK, fullwidth forms (Unicode East Asian Width W and F). */
    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
