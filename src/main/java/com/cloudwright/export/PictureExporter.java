package com.cloudwright.export;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a diagram as a picture in one format. The command line and the window both get theirs
 * from {@link #forFormat}, so PNG and SVG are told apart in this one place.
 */
public sealed interface PictureExporter permits PictureExporter.Png, PictureExporter.Svg {

    /** The picture formats, with the file extension each is saved under. */
    enum Format {
        PNG("png"), SVG("svg");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    static PictureExporter forFormat(Format format) {
        return switch (format) {
            case PNG -> new Png();
            case SVG -> new Svg();
        };
    }

    Format format();

    /**
     * Writes the picture to {@code target} through a temporary sibling and one rename, so the file is
     * complete or absent; the monitor hears progress and may cancel.
     */
    void export(Diagram diagram, Palette palette, ImageOptions options, Path target, ExportMonitor monitor)
            throws IOException;

    /** The picture's size in pixels; an SVG declares the same width and height as the PNG would have. */
    default PngExporter.Dimension size(Diagram diagram, ImageOptions options) {
        return PngExporter.size(diagram, options);
    }

    /** A raster picture, drawn in bands so a large diagram fits in memory. */
    record Png() implements PictureExporter {
        @Override
        public Format format() {
            return Format.PNG;
        }

        @Override
        public void export(Diagram diagram, Palette palette, ImageOptions options, Path target, ExportMonitor monitor)
                throws IOException {
            PngExporter.export(diagram, palette, options, target, monitor);
        }
    }

    /** A vector picture with the icons embedded. */
    record Svg() implements PictureExporter {
        @Override
        public Format format() {
            return Format.SVG;
        }

        @Override
        public void export(Diagram diagram, Palette palette, ImageOptions options, Path target, ExportMonitor monitor)
                throws IOException {
            SvgExporter.export(diagram, palette, options, target, monitor);
        }
    }
}
