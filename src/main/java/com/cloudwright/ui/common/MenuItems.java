package com.cloudwright.ui.common;

import com.cloudwright.ui.UiText;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items made the same way everywhere: text from the bundle, an id derived from the key, an optional shortcut. */
public final class MenuItems {

    private MenuItems() {
    }

    /** The item for a message key ({@code menu.file.open} gets the id {@code menu-file-open}). */
    public static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem mi = new MenuItem(UiText.get(key));
        mi.setId(key.replace('.', '-'));
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }
}
