package com.cloudwright.model;

/** A point in absolute canvas units, e.g. a bend of an edge. */
public record Point(double x, double y) {
}
