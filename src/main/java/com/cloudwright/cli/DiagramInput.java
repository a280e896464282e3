package com.cloudwright.cli;

import com.cloudwright.cfn.read.TemplateFiles;
import com.cloudwright.cfn.read.TemplateFormatException;
import com.cloudwright.cfn.read.TemplateImporter;
import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.nio.file.Path;
import java.util.Map;

/** Loads the FILE argument of a command, turning bad input into exit code 2 with one line. */
final class DiagramInput {

    private DiagramInput() {
    }

    /** A diagram, or a CloudFormation template imported with its defaults (told apart by name and content). */
    static Diagram load(Path file) throws BadInputException {
        try {
            if (TemplateFiles.isTemplate(file)) {
                return new TemplateImporter(Palette.bundled()).read(file, Map.of(), null);
            }
            return new DiagramReader(Palette.bundled()).read(file);
        } catch (DiagramFormatException | TemplateFormatException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Reported as one line on stderr with exit code 2. */
    static final class BadInputException extends Exception {
        BadInputException(String message) {
            super(message);
        }
    }
}
