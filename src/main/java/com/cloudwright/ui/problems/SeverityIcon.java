package com.cloudwright.ui.problems;

import com.cloudwright.ui.UiText;
import com.cloudwright.validate.Severity;
import javafx.scene.control.Label;

/**
 * A small severity mark for lists and buttons: a red circle with "!", an orange triangle with
 * "!", a blue circle with "i". Shape and colours come from the stylesheet
 * ({@code .severity-icon.severity-error} …), so themes can change them.
 */
final class SeverityIcon {

    private SeverityIcon() {
    }

    static Label of(Severity severity) {
        Label icon = new Label(severity == Severity.INFO ? "i" : "!");
        icon.getStyleClass().addAll("severity-icon", "severity-" + severity.id());
        icon.setAccessibleText(UiText.get("problems.severity." + severity.id()));
        icon.setMouseTransparent(true);
        return icon;
    }
}
