package com.cloudwright.export;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.render.Geometry;

/**
 * The part of the canvas a picture shows and its exact pixel size: the content (or selection)
 * bounds plus padding, {@code ceil(units × scale)} pixels each way, at least one.
 *
 * @param window the canvas rectangle shown, in canvas units; pixel (0, 0) is its top-left corner
 */
record Frame(Bounds window, double scale, int width, int height) {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.export.messages");

    /** Pixels are limited so a picture's byte count stays within what one PNG row loop and a long can address. */
    static final long MAX_PIXELS = 1L << 31;

    static Frame of(Diagram diagram, ImageOptions options) {
        Bounds content = options.selection().isEmpty() ? Geometry.contentBounds(diagram) : selectionBounds(diagram, options);
        if (content == null) {
            content = new Bounds(0, 0, 0, 0);
        }
        Bounds window = content.inflate(options.padding());
        int width = pixelCount(window.w(), options.scale());
        int height = pixelCount(window.h(), options.scale());
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException(TEXT.get("export.tooLarge", width, height));
        }
        return new Frame(window, options.scale(), width, height);
    }

    private static int pixelCount(double units, double scale) {
        // A small tolerance so 600.0000000001 units at 1× is 600 px, not 601.
        double px = Math.ceil(units * scale - 1e-6);
        if (px > Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return Math.max(1, (int) px);
    }

    private static Bounds selectionBounds(Diagram diagram, ImageOptions options) {
        Bounds union = null;
        for (String id : options.selection()) {
            Node node = diagram.node(id).orElseThrow(() ->
                    new IllegalArgumentException(TEXT.get("export.unknownNode", id)));
            Bounds b = Geometry.outline(diagram, node);
            union = union == null ? b : union.union(b);
        }
        return union;
    }

    /** The canvas rectangle covered by a rectangle of the picture's pixels. */
    Bounds pixels(int left, int top, int width, int height) {
        return new Bounds(window.x() + left / scale, window.y() + top / scale, width / scale, height / scale);
    }
}
