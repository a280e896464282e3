package com.cloudwright.cli;

import com.cloudwright.export.PictureExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code export svg FILE -o OUT.svg [--scale N] [--transparent] [--selection ID,…] [--padding PX]}. */
@Command(name = "svg", mixinStandardHelpOptions = true)
final class ExportSvgCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Mixin
    PictureOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return PictureExport.run(spec, file, options, PictureExporter.forFormat(PictureExporter.Format.SVG));
    }
}
