package com.cloudwright.cfn.read;

/**
 * A CloudFormation template that cannot be imported, with what is wrong and where: the file, the
 * place (a line and column, or a path such as {@code Resources.Web.Properties.SubnetId}) and the
 * reason, in one line fit for a dialog or stderr.
 */
public final class TemplateFormatException extends Exception {

    private final String source;
    private final String where;
    private final String reason;

    public TemplateFormatException(String source, String where, String reason) {
        super(compose(source, where, reason));
        this.source = source;
        this.where = where;
        this.reason = reason;
    }

    private static String compose(String source, String where, String reason) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source).append(": ");
        }
        if (where != null) {
            sb.append(where).append(": ");
        }
        return sb.append(reason.replace('\n', ' ')).toString();
    }

    /** The file (or other source) read, or null. */
    public String source() {
        return source;
    }

    /** Where in the file, or null when the whole file is at fault. */
    public String where() {
        return where;
    }

    public String reason() {
        return reason;
    }
}
