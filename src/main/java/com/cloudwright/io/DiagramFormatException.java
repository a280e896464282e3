package com.cloudwright.io;

/**
 * A diagram file that cannot be opened, with what is wrong and where: the file, the JSON path
 * (or node id) and the reason, in one line fit for a dialog or stderr.
 */
public final class DiagramFormatException extends Exception {

    private final String source;
    private final String path;
    private final String reason;

    public DiagramFormatException(String source, String path, String reason) {
        super(compose(source, path, reason));
        this.source = source;
        this.path = path;
        this.reason = reason;
    }

    private static String compose(String source, String path, String reason) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source).append(": ");
        }
        if (path != null) {
            sb.append(path).append(": ");
        }
        return sb.append(reason).toString();
    }

    /** The file (or other source) read, or null. */
    public String source() {
        return source;
    }

    /** The JSON path of the offending value, e.g. {@code $.nodes[3].parent}, or null. */
    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
