package com.cloudwright.ui.export;

import com.cloudwright.export.ImageOptions;
import com.cloudwright.export.PictureExporter.Format;

import java.util.List;

/**
 * What the picture dialog asks for; the selection itself is taken when the export starts.
 *
 * @param selectionOnly crop to the selected nodes instead of the whole diagram
 * @param padding       margin around the content, in pixels at 1×
 */
record PictureSettings(Format format, double scale, ImageOptions.Background background, boolean selectionOnly,
                       double padding) {

    static PictureSettings defaults() {
        return new PictureSettings(Format.PNG, 2, ImageOptions.Background.WHITE, false, ImageOptions.DEFAULT_PADDING);
    }

    ImageOptions options(List<String> selection) {
        return new ImageOptions(scale, background, selectionOnly ? selection : List.of(), padding);
    }
}
