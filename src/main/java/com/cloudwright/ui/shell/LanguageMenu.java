package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.i18n.Language;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.function.Consumer;

/** View → Language: each language listed by its own name, the current one ticked. */
final class LanguageMenu {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private LanguageMenu() {
    }

    static Menu create(Consumer<Language> choose) {
        Menu menu = new Menu(TEXT.get("menu.view.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.endonym());
            item.setId("menu-language-" + language.tag());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(language == Language.current());
            item.setOnAction(e -> choose.accept(language));
            menu.getItems().add(item);
        }
        return menu;
    }
}
