package com.cloudwright.ui;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The official AWS icons (SVG) as JavaFX images, rendered with jsvg at the pixel size the canvas
 * needs (rounded up to a power of two, so zooming reuses a handful of images per icon).
 * FX thread only.
 */
final class IconCache {

    private static final int MIN_SIZE = 16;
    private static final int MAX_SIZE = 512;

    private final SVGLoader loader = new SVGLoader();
    private final Map<String, Optional<SVGDocument>> documents = new HashMap<>();
    private final Map<String, Image> images = new HashMap<>();

    /** The icon at least {@code pixels} wide, or null if it cannot be read. */
    Image get(String iconPath, double pixels) {
        int size = bucket(pixels);
        String key = iconPath + "@" + size;
        Image image = images.get(key);
        if (image == null) {
            SVGDocument doc = documents.computeIfAbsent(iconPath, this::load).orElse(null);
            if (doc == null) {
                return null;
            }
            image = SwingFXUtils.toFXImage(render(doc, size), null);
            images.put(key, image);
        }
        return image;
    }

    static int bucket(double pixels) {
        int size = MIN_SIZE;
        while (size < pixels && size < MAX_SIZE) {
            size *= 2;
        }
        return size;
    }

    private Optional<SVGDocument> load(String iconPath) {
        URL url = IconCache.class.getResource("/palettes/" + iconPath);
        if (url == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(loader.load(url, LoaderContext.createDefault()));
    }

    static BufferedImage render(SVGDocument doc, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
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
