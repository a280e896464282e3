package com.cloudwright.cli;

import com.cloudwright.export.ImageOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** The options PNG and SVG export share. */
final class PictureOptions {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "the file to write")
    Path output;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "pixels per canvas unit: 1, 2, 4 or any positive number (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--transparent", description = "a transparent background instead of white")
    boolean transparent;

    @Option(names = "--selection", split = ",", paramLabel = "ID",
            description = "crop to these nodes (ids, comma-separated) instead of the whole diagram")
    List<String> selection = List.of();

    @Option(names = "--padding", paramLabel = "PX", defaultValue = "" + ImageOptions.DEFAULT_PADDING,
            description = "margin around the content, in pixels at 1x (default: ${DEFAULT-VALUE})")
    double padding;

    ImageOptions toImageOptions() {
        return new ImageOptions(scale, transparent ? ImageOptions.Background.TRANSPARENT : ImageOptions.Background.WHITE,
                selection, padding);
    }
}
