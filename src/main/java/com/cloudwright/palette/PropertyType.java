package com.cloudwright.palette;

/** The kind of value a property holds, which decides its editor and how it is checked. */
public enum PropertyType {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    /** One of {@link PropertySpec#values()}. */
    CHOICE,
    /** An IPv4 or IPv6 CIDR block. */
    CIDR,
    /** The id of another node (e.g. {@code sqs.deadLetterQueue}). */
    NODE_REF,
    /** A list of node ids (e.g. an overlay group's {@code members}). */
    NODE_REFS,
    /** A list of CIDR blocks; a comma-separated text is read as the same list. */
    CIDRS,
    /** Text of several lines (a script); edited in a text area. */
    TEXT
}
