package com.cloudwright.ui.canvas;

import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;

/** The renderer's bitmaps (Java2D, premultiplied ARGB ints) shown on the canvas without copying their pixels. */
final class Bitmaps {

    private Bitmaps() {
    }

    /** A rendered bitmap (premultiplied ARGB) as a JavaFX image sharing its pixels. */
    static WritableImage fxImage(BufferedImage bitmap) {
        return new WritableImage(new PixelBuffer<>(bitmap.getWidth(), bitmap.getHeight(), IntBuffer.wrap(pixels(bitmap)),
                PixelFormat.getIntArgbPreInstance()));
    }

    static int[] pixels(BufferedImage bitmap) {
        return ((DataBufferInt) bitmap.getRaster().getDataBuffer()).getData();
    }
}
