package com.cloudwright.cli;

import com.cloudwright.export.PictureExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code export png FILE -o OUT.png [--scale N] [--transparent] [--selection ID,…] [--padding PX]}. */
@Command(name = "png", mixinStandardHelpOptions = true,
        description = {"Export the diagram as a PNG picture (headless). Exit 0: written; 2: bad input."})
final class ExportPngCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the diagram (.cwd.json)")
    Path file;

    @Mixin
    PictureOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return PictureExport.run(spec, file, options, PictureExporter.forFormat(PictureExporter.Format.PNG));
    }
}
