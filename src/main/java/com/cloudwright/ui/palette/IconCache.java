package com.cloudwright.ui.palette;

import com.cloudwright.export.IconBitmaps;
import com.cloudwright.ui.common.Bitmaps;
import javafx.scene.image.Image;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * The official AWS icons (SVG) as JavaFX images, at the pixel size a view needs (rounded up to a
 * power of two, so zooming reuses a handful of images per icon). The SVG is read and painted
 * once for the whole app ({@link IconBitmaps#bundled()}), possibly before the window opens.
 * FX thread only.
 */
public final class IconCache {

    private final Map<String, Image> images = new HashMap<>();

    /** The icon at least {@code pixels} wide, or null if it cannot be read. */
    public Image get(String iconPath, double pixels) {
        String key = iconPath + "@" + IconBitmaps.bucket(pixels);
        Image image = images.get(key);
        if (image == null) {
            BufferedImage bitmap = IconBitmaps.bundled().get(iconPath, pixels);
            if (bitmap == null) {
                return null;
            }
            image = Bitmaps.fxImage(bitmap); // the shared bitmap is never drawn on again
            images.put(key, image);
        }
        return image;
    }
}
