package com.cloudwright.edit;

/**
 * An edit that Cloudwright refuses, with the reason to show as is ("Amazon RDS lives in a
 * subnet"). Thrown from {@code history().execute(...)} by the commands of this package; the
 * diagram and the undo history are left exactly as they were.
 */
public final class EditRefusedException extends RuntimeException {

    public EditRefusedException(String message) {
        super(message);
    }
}
