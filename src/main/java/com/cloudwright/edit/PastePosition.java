package com.cloudwright.edit;

/** Where {@link Paste} puts the copies: shifted from where they were copied, or centred on a point. */
public sealed interface PastePosition {

    /** Shifted by (dx, dy) from the copied position (Ctrl+V: a grid step down and right). */
    record Offset(double dx, double dy) implements PastePosition {
    }

    /** The copied content's bounding box centred on (x, y) (paste at the mouse). */
    record At(double x, double y) implements PastePosition {
    }

    static PastePosition offset(double dx, double dy) {
        return new Offset(dx, dy);
    }

    static PastePosition at(double x, double y) {
        return new At(x, y);
    }
}
