package com.cloudwright.cli;

import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.nio.file.Path;

/** Loads the FILE argument of a command, turning bad input into exit code 2 with one line. */
final class DiagramInput {

    private DiagramInput() {
    }

    static Diagram load(Path file) throws BadInputException {
        try {
            return new DiagramReader(Palette.bundled()).read(file);
        } catch (DiagramFormatException e) {
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
