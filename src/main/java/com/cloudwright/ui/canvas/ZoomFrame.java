package com.cloudwright.ui.canvas;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.nio.IntBuffer;

/**
 * The canvas's rendered layer while a zoom is under way: each frame the layer's pixels are resampled
 * (nearest neighbour) into a view-sized image that is shown pixel for pixel. In the software
 * pipeline drawing an image scaled costs ~14 ms a frame for a window-sized view whatever it
 * shows; resampling here and drawing unscaled costs a few. Crisp again once zooming pauses and the
 * layer is rendered at the new scale. Two images take turns, so the one being written is never the
 * one the renderer may still be reading. FX thread only.
 */
final class ZoomFrame {

    private final ImageView view = new ImageView();
    private final int[][] pixels = new int[2][];
    private final PixelBuffer<?>[] buffers = new PixelBuffer<?>[2];
    private final WritableImage[] images = new WritableImage[2];
    private int[] columns = new int[0];
    private int width;
    private int height;
    private int turn;

    ZoomFrame() {
        view.setMouseTransparent(true);
        view.setVisible(false);
    }

    ImageView node() {
        return view;
    }

    boolean showing() {
        return view.isVisible();
    }

    /** The colour (premultiplied ARGB) shown at a device pixel of the view (tests). */
    int argbAt(int px, int py) {
        return pixels[turn][py * width + px];
    }

    void hide() {
        view.setVisible(false);
    }

    /**
     * Shows the source bitmap with its top-left corner at ({@code x}, {@code y}) of the view and
     * {@code unitsPerPixel} view units per source pixel; where it does not reach, the background.
     *
     * @param outputScale device pixels per view unit
     */
    void show(int[] source, int sourceWidth, int sourceHeight, double x, double y, double unitsPerPixel,
              double viewWidth, double viewHeight, double outputScale, int background) {
        int w = Math.max(1, (int) Math.ceil(viewWidth * outputScale));
        int h = Math.max(1, (int) Math.ceil(viewHeight * outputScale));
        if (w != width || h != height) {
            allocate(w, h);
        }
        turn = 1 - turn;
        int[] out = pixels[turn];
        for (int px = 0; px < w; px++) {
            int sx = (int) Math.floor(((px + 0.5) / outputScale - x) / unitsPerPixel);
            columns[px] = sx >= 0 && sx < sourceWidth ? sx : -1;
        }
        for (int py = 0; py < h; py++) {
            int sy = (int) Math.floor(((py + 0.5) / outputScale - y) / unitsPerPixel);
            int row = py * w;
            if (sy < 0 || sy >= sourceHeight) {
                java.util.Arrays.fill(out, row, row + w, background);
                continue;
            }
            int base = sy * sourceWidth;
            for (int px = 0; px < w; px++) {
                int sx = columns[px];
                out[row + px] = sx < 0 ? background : source[base + sx];
            }
        }
        buffers[turn].updateBuffer(b -> null);
        view.setImage(images[turn]);
        view.setFitWidth(viewWidth);
        view.setFitHeight(viewHeight);
        view.setVisible(true);
    }

    private void allocate(int w, int h) {
        width = w;
        height = h;
        columns = new int[w];
        for (int i = 0; i < 2; i++) {
            pixels[i] = new int[w * h];
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels[i]), PixelFormat.getIntArgbPreInstance());
            buffers[i] = buffer;
            images[i] = new WritableImage(buffer);
        }
    }
}
