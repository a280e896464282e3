package com.cloudwright.cfn;

import java.util.Objects;

/**
 * What the caller chose for an export.
 *
 * @param format  YAML (default) or JSON
 * @param force   export even though the diagram has validation errors
 * @param keyPair add a {@code KeyName} parameter for EC2 instances (SSH stays closed either way;
 *                instances are reached through SSM Session Manager)
 */
public record ExportOptions(TemplateFormat format, boolean force, boolean keyPair) {

    public ExportOptions {
        Objects.requireNonNull(format, "format");
    }

    public static ExportOptions defaults() {
        return new ExportOptions(TemplateFormat.YAML, false, false);
    }

    public ExportOptions withFormat(TemplateFormat newFormat) {
        return new ExportOptions(newFormat, force, keyPair);
    }

    public ExportOptions withForce(boolean newForce) {
        return new ExportOptions(format, newForce, keyPair);
    }

    public ExportOptions withKeyPair(boolean newKeyPair) {
        return new ExportOptions(format, force, newKeyPair);
    }
}
