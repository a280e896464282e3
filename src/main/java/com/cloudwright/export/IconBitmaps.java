package com.cloudwright.export;

import com.github.weisj.jsvg.SVGDocument;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The palette's icons as bitmaps at the pixel size a screen needs, rounded up to a power of two
 * so that zooming reuses a handful of bitmaps per icon. Painting a cached bitmap is far cheaper
 * than painting the SVG again, which is what makes a view of thousands of icons fast. Thread-safe.
 */
public final class IconBitmaps {

    private static final int MIN_SIZE = 16;
    private static final int MAX_SIZE = 512;

    private static final IconBitmaps BUNDLED = new IconBitmaps(Icons.bundled());

    private final Icons icons;
    private final Map<String, Optional<BufferedImage>> bitmaps = new ConcurrentHashMap<>();

    IconBitmaps(Icons icons) {
        this.icons = icons;
    }

    /**
     * The bitmaps the app's views share (the palette, type-to-add, the canvas overlay), so that
     * icons drawn before the window opens are ready when it does.
     */
    public static IconBitmaps bundled() {
        return BUNDLED;
    }

    /** The bitmap at least {@code pixels} wide (up to 512), or null if the icon cannot be read. */
    public BufferedImage get(String iconPath, double pixels) {
        int size = bucket(pixels);
        return bitmaps.computeIfAbsent(iconPath + "@" + size,
                key -> icons.document(iconPath).map(doc -> render(doc, size))).orElse(null);
    }

    /** Reads and parses the icon now (on any thread), so that its first bitmap later takes only the painting. */
    public void prepare(String iconPath) {
        icons.document(iconPath);
    }

    /** The power of two from 16 to 512 at or above the size asked for. */
    public static int bucket(double pixels) {
        int size = MIN_SIZE;
        while (size < pixels && size < MAX_SIZE) {
            size *= 2;
        }
        return size;
    }

    /** Paints the SVG into a square bitmap of the given size. */
    public static BufferedImage render(SVGDocument doc, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            var viewBox = doc.size();
            g.scale(size / viewBox.width, size / viewBox.height);
            doc.render(null, g);
        } finally {
            g.dispose();
        }
        return img;
    }
}
