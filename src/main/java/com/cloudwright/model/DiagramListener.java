package com.cloudwright.model;

/** Hears of every change to a diagram, once per edit, undo or redo. */
@FunctionalInterface
public interface DiagramListener {
    void diagramChanged(DiagramChange change);
}
