package com.cloudwright.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an icon's SVG may contain before jsvg and Java 2D are given it. Found by {@code
 * IconSvgFuzzTest}, each of these took a one-kilobyte file to a full heap or a hang:
 * <ul>
 *   <li>jsvg (2.1.0 and 2.2.0) reads anything but a command right after a close-path ({@code "M1 1z3"},
 *       {@code "M1 1z*4"}: invalid SVG) as another close-path, again and again, until the heap is full;</li>
 *   <li>Java 2D dashes a stroke one dash at a time, so a dash pattern far smaller than the shape
 *       (tiny dashes, or coordinates in the billions) takes minutes.</li>
 * </ul>
 * Icons are drawn on a 48-unit grid; an attribute number beyond a million or, when not zero, below
 * a ten-thousandth has no place in one, and such an icon is drawn as a plain outline instead.
 */
final class SvgLimits {

    private static final BigDecimal LARGEST = new BigDecimal("1e6");
    private static final BigDecimal SMALLEST = new BigDecimal("1e-4");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    /** Attributes that name things: digits in them are not measures. */
    private static final Pattern NAMING = Pattern.compile("(?i)id|class|(?:xlink:)?href|data-.*|xmlns.*");
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern STYLE_SHEET = Pattern.compile("(?is)<style[^>]*>(.*?)</style");
    private static final Pattern PATH_TOKEN = Pattern.compile(
            "[\\s,]*(?:([MmZzLlHhVvCcSsQqTtAa])|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)");

    private SvgLimits() {
    }

    /** Whether the SVG stays within what can be read and painted in bounded time and memory. */
    static boolean withinLimits(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8);
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String name = attribute.group(1);
            if (NAMING.matcher(name).matches()) {
                continue;
            }
            String value = HEX_COLOUR.matcher(attribute.group(2)).replaceAll("#");
            if (name.equals("d") && !wellFormedPath(value.substring(1, value.length() - 1)) || !numbersInRange(value)) {
                return false;
            }
        }
        Matcher sheet = STYLE_SHEET.matcher(text);
        while (sheet.find()) {
            if (!numbersInRange(HEX_COLOUR.matcher(sheet.group(1)).replaceAll("#"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether path data is made only of commands and numbers, with a command after every close-path:
     * jsvg repeats a close-path over anything else that follows it.
     */
    static boolean wellFormedPath(String data) {
        Matcher token = PATH_TOKEN.matcher(data);
        int at = 0;
        boolean afterClose = false;
        while (at < data.length() && token.find(at) && token.start() == at && token.end() > at) {
            String command = token.group(1);
            if (afterClose && command == null) {
                return false;
            }
            afterClose = command != null && (command.equals("z") || command.equals("Z"));
            at = token.end();
        }
        return data.substring(at).isBlank();
    }

    private static boolean numbersInRange(String value) {
        Matcher n = NUMBER.matcher(value);
        while (n.find()) {
            String text = n.group();
            if (text.length() > 40) {
                return false;
            }
            BigDecimal magnitude;
            try {
                magnitude = new BigDecimal(text.startsWith("+") ? text.substring(1) : text).abs();
            } catch (NumberFormatException e) {
                return false; // an exponent beyond what a decimal can hold
            }
            if (magnitude.compareTo(LARGEST) > 0 || magnitude.signum() != 0 && magnitude.compareTo(SMALLEST) < 0) {
                return false;
            }
        }
        return true;
    }
}
