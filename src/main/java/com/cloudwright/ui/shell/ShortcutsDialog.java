package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Styles;
import javafx.scene.control.Label;

/** Help → Keyboard Shortcuts: the keys and what they do, from the bundle's tab-separated lines. */
final class ShortcutsDialog {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private ShortcutsDialog() {
    }

    static void show(javafx.stage.Window owner) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        String[] lines = TEXT.get("shortcuts.text").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String[] parts = lines[i].split("\t", 2);
            Label keys = new Label(parts[0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(i, keys, new Label(parts.length > 1 ? parts[1] : ""));
        }
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        Styles.applyTo(alert);
        alert.setTitle(TEXT.get("shortcuts.title"));
        alert.setHeaderText(TEXT.get("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcuts-dialog");
        alert.show();
    }
}
