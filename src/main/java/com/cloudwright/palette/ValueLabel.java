package com.cloudwright.palette;

import java.util.Objects;

/**
 * The name a node of an entry goes by while one of its properties has one value — a subnet with
 * {@code public: true} is a "Public subnet" — with its translations.
 */
public record ValueLabel(String label, Localized texts) {

    public ValueLabel {
        Objects.requireNonNull(label, "label");
        texts = texts == null ? Localized.NONE : texts;
    }

    /** The label in the current language. */
    public String displayLabel() {
        return texts.display("label", label);
    }
}
