package com.cloudwright.edit;

/** How {@link AlignNodes} lines nodes up, against the bounding box of the selection. */
public enum Alignment {
    LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM
}
