package com.cloudwright.export;

import java.util.List;
import java.util.Objects;

/**
 * How a picture is exported.
 *
 * @param scale      output pixels per canvas unit (1, 2, 4 or any positive number)
 * @param background white or transparent
 * @param selection  ids of the nodes to crop to (with their labels); empty for the whole diagram
 * @param padding    margin around the content in canvas units (pixels at 1×; scaled with the picture)
 */
public record ImageOptions(double scale, Background background, List<String> selection, double padding) {

    public static final double DEFAULT_PADDING = 24;

    public enum Background { WHITE, TRANSPARENT }

    public ImageOptions {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, not " + scale);
        }
        if (!(padding >= 0) || Double.isInfinite(padding)) {
            throw new IllegalArgumentException("padding must be zero or more, not " + padding);
        }
        Objects.requireNonNull(background, "background");
        selection = List.copyOf(selection);
    }

    /** 1×, white, the whole diagram, the default padding. */
    public static ImageOptions defaults() {
        return new ImageOptions(1, Background.WHITE, List.of(), DEFAULT_PADDING);
    }

    public ImageOptions withScale(double value) {
        return new ImageOptions(value, background, selection, padding);
    }

    public ImageOptions withBackground(Background value) {
        return new ImageOptions(scale, value, selection, padding);
    }

    public ImageOptions withSelection(List<String> ids) {
        return new ImageOptions(scale, background, ids, padding);
    }

    public ImageOptions withPadding(double value) {
        return new ImageOptions(scale, background, selection, value);
    }
}
