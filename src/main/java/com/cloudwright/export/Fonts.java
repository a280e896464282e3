package com.cloudwright.export;

import com.cloudwright.render.TextStyle;
import com.cloudwright.render.Typeface;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typefaces of exported pictures, bundled so a PNG looks the same on every machine: Liberation
 * Sans (metric-compatible with Arial, so an SVG lays out the same wherever Arial is installed) and,
 * for Korean text, Pretendard ({@link Typeface#forText}). Text neither can show (Hanja, emoji…)
 * falls back to the platform's logical {@code SansSerif} font.
 */
final class Fonts {

    /**
     * The SVG {@code font-family}: the bundled face first, then its metric twins, then faces with
     * Hangul (the bundled one first) for the viewer to fall back to for a Korean label.
     */
    static final String CSS_FAMILY = "'Liberation Sans', Arial, Helvetica, Pretendard, 'Noto Sans KR', "
            + "'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

    /** The {@code font-family} of a Korean label: the face it was measured in first, then faces with Hangul. */
    static final String KOREAN_CSS_FAMILY = "Pretendard, 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', "
            + "'Malgun Gothic', sans-serif";

    /** Measuring context: fractional metrics, so widths scale exactly with the picture. */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private static final Map<String, Font> FACES = new ConcurrentHashMap<>();
    private static final Map<String, Font> DERIVED = new ConcurrentHashMap<>();

    private Fonts() {
    }

    /** The font for the style and text (the fallback font when the bundled one lacks a glyph). */
    static Font font(TextStyle style, String text) {
        String resource = Typeface.forText(text).resource(style.bold());
        Font base = FACES.computeIfAbsent(resource, Fonts::load);
        boolean fallback = base.canDisplayUpTo(text) >= 0;
        String key = (fallback ? "f" : resource) + (style.bold() ? "b" : "r") + style.size();
        return DERIVED.computeIfAbsent(key, k -> fallback
                ? new Font(Font.SANS_SERIF, style.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) style.size())
                : base.deriveFont((float) style.size()));
    }

    static double width(String text, TextStyle style) {
        return font(style, text).getStringBounds(text, MEASURE).getWidth();
    }

    /** Distance from the top of the line box to the baseline. */
    static double ascent(TextStyle style, String text) {
        LineMetrics m = font(style, text).getLineMetrics(text, MEASURE);
        return m.getAscent();
    }

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // Known by name too, so that SVG rendered in this JVM (jsvg resolves font-family by name)
            // uses the bundled face rather than whatever the system calls Arial or sans-serif.
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the export font: " + e.getMessage(), e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("cannot load the export font " + resource + ": " + e.getMessage(), e);
        }
    }
}
