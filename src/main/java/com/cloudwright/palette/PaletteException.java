package com.cloudwright.palette;

/** The palette data is broken: names the file and entry. */
public final class PaletteException extends RuntimeException {

    public PaletteException(String message) {
        super(message);
    }

    public PaletteException(String message, Throwable cause) {
        super(message, cause);
    }
}
