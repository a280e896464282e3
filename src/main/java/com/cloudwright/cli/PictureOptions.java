package com.cloudwright.cli;

import com.cloudwright.export.ImageOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** The options PNG and SVG export share (described by the usage bundle's unqualified keys). */
final class PictureOptions {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT")
    Path output;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N")
    double scale;

    @Option(names = "--transparent")
    boolean transparent;

    @Option(names = "--selection", split = ",", paramLabel = "ID")
    List<String> selection = List.of();

    @Option(names = "--padding", paramLabel = "PX", defaultValue = "" + ImageOptions.DEFAULT_PADDING)
    double padding;

    ImageOptions toImageOptions() {
        return new ImageOptions(scale, transparent ? ImageOptions.Background.TRANSPARENT : ImageOptions.Background.WHITE,
                selection, padding);
    }
}
