package com.cloudwright.render;

/** Colour helpers: ARGB ints from CSS-style hex. */
public final class Rgba {

    private Rgba() {
    }

    /** Parses {@code #RRGGBB} or {@code #AARRGGBB}. */
    public static int parse(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 6) {
            return 0xFF000000 | Integer.parseUnsignedInt(h, 16);
        }
        if (h.length() == 8) {
            return Integer.parseUnsignedInt(h, 16);
        }
        throw new IllegalArgumentException("not a colour: " + hex);
    }

    public static int alpha(int argb) {
        return (argb >>> 24) & 0xFF;
    }

    public static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    public static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    public static int blue(int argb) {
        return argb & 0xFF;
    }

    /** {@code #rrggbb} (alpha dropped). */
    public static String hex(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }
}
