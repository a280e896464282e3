package com.cloudwright.ui.palette;

import com.cloudwright.export.IconBitmaps;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The official AWS icons (SVG) as JavaFX images, rendered with jsvg at the pixel size the canvas
 * needs (rounded up to a power of two, so zooming reuses a handful of images per icon).
 * FX thread only.
 */
public final class IconCache {

    private final SVGLoader loader = new SVGLoader();
    private final Map<String, Optional<SVGDocument>> documents = new HashMap<>();
    private final Map<String, Image> images = new HashMap<>();

    /** The icon at least {@code pixels} wide, or null if it cannot be read. */
    public Image get(String iconPath, double pixels) {
        int size = IconBitmaps.bucket(pixels);
        String key = iconPath + "@" + size;
        Image image = images.get(key);
        if (image == null) {
            SVGDocument doc = documents.computeIfAbsent(iconPath, this::load).orElse(null);
            if (doc == null) {
                return null;
            }
            image = SwingFXUtils.toFXImage(IconBitmaps.render(doc, size), null);
            images.put(key, image);
        }
        return image;
    }

    private Optional<SVGDocument> load(String iconPath) {
        URL url = IconCache.class.getResource("/palettes/" + iconPath);
        if (url == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(loader.load(url, LoaderContext.createDefault()));
    }
}
