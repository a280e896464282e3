package com.cloudwright.ui.common;

import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;

/** Java2D's bitmaps (premultiplied ARGB ints: rendered layers, icons) shown by JavaFX without copying their pixels. */
public final class Bitmaps {

    private Bitmaps() {
    }

    /** A rendered bitmap (premultiplied ARGB) as a JavaFX image sharing its pixels. */
    public static WritableImage fxImage(BufferedImage bitmap) {
        return new WritableImage(new PixelBuffer<>(bitmap.getWidth(), bitmap.getHeight(), IntBuffer.wrap(pixels(bitmap)),
                PixelFormat.getIntArgbPreInstance()));
    }

    public static int[] pixels(BufferedImage bitmap) {
        return ((DataBufferInt) bitmap.getRaster().getDataBuffer()).getData();
    }
}
