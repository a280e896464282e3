package com.cloudwright.cfn;

/** How a template is written. */
public enum TemplateFormat {
    /** YAML with short-form intrinsics ({@code !Ref}, {@code !GetAtt}, {@code !Sub} …). */
    YAML("yaml"),
    /** JSON with long-form intrinsics ({@code {"Ref": …}}). */
    JSON("json");

    private final String extension;

    TemplateFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
