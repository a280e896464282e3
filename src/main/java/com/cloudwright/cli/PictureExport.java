package com.cloudwright.cli;

import com.cloudwright.export.ExportMonitor;
import com.cloudwright.export.ImageOptions;
import com.cloudwright.export.PictureExporter;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;

/** The steps PNG and SVG export share: load, check the options, write, report in one line. */
final class PictureExport {

    private PictureExport() {
    }

    static int run(CommandSpec spec, Path file, PictureOptions options, PictureExporter exporter) {
        var err = spec.commandLine().getErr();
        Diagram diagram;
        ImageOptions imageOptions;
        try {
            diagram = DiagramInput.load(file);
            imageOptions = options.toImageOptions();
        } catch (DiagramInput.BadInputException | IllegalArgumentException e) {
            err.println("cloudwright: " + Cli.oneLine(e));
            return Cli.EXIT_BAD_INPUT;
        }
        try {
            exporter.export(diagram, Palette.bundled(), imageOptions, options.output, ExportMonitor.NONE);
        } catch (IllegalArgumentException e) {
            err.println("cloudwright: " + file + ": " + Cli.oneLine(e));
            return Cli.EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println("cloudwright: " + Cli.TEXT.get("export.cannotWrite", options.output, Cli.oneLine(e)));
            return Cli.EXIT_BAD_INPUT;
        }
        return 0;
    }
}
