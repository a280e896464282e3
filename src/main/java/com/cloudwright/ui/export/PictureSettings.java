package com.cloudwright.ui.export;

import com.cloudwright.ui.common.Background;
import com.cloudwright.export.ImageOptions;

import java.util.List;

/**
 * What the picture dialog asks for; the selection itself is taken when the export starts.
 *
 * @param selectionOnly crop to the selected nodes instead of the whole diagram
 * @param padding       margin around the content, in pixels at 1×
 */
record PictureSettings(Format format, double scale, ImageOptions.Background background, boolean selectionOnly,
                       double padding) {

    enum Format {
        PNG("png"), SVG("svg");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        String extension() {
            return extension;
        }
    }

    static PictureSettings defaults() {
        return new PictureSettings(Format.PNG, 2, ImageOptions.Background.WHITE, false, ImageOptions.DEFAULT_PADDING);
    }

    ImageOptions options(List<String> selection) {
        return new ImageOptions(scale, background, selectionOnly ? selection : List.of(), padding);
    }
}
