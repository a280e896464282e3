package com.cloudwright.model.net;

/** A CIDR block that cannot be parsed; the message says what is wrong with which text. */
public final class CidrFormatException extends IllegalArgumentException {

    public CidrFormatException(String message) {
        super(message);
    }
}
