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
@Command(name = "png", mixinStandardHelpOptions = true)
final class ExportPngCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
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
