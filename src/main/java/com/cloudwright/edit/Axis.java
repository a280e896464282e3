package com.cloudwright.edit;

/** The direction {@link DistributeNodes} spreads nodes along. */
public enum Axis {
    HORIZONTAL, VERTICAL
}
