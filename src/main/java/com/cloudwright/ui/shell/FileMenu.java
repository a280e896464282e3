package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.io.BundledExamples;
import com.cloudwright.ui.common.MenuItems;
import com.cloudwright.ui.file.FileActions;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.nio.file.Path;

/** The File menu: new, open, recent files, the bundled examples, save, export and quit. */
final class FileMenu {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private FileMenu() {
    }

    static Menu create(FileActions files, com.cloudwright.palette.Palette palette, Menu exportMenu, Runnable quit) {
        Menu file = new Menu(TEXT.get("menu.file"));
        file.setId("menu-file");
        Menu recentMenu = new Menu(TEXT.get("menu.file.recent"));
        recentMenu.setId("menu-recent");
        file.setOnShowing(e -> fillRecent(files, recentMenu));
        file.getItems().addAll(
                MenuItems.item("menu.file.new", "Shortcut+N", files::newDocument),
                MenuItems.item("menu.file.open", "Shortcut+O", files::open),
                recentMenu,
                examples(files, palette),
                new SeparatorMenuItem(),
                MenuItems.item("menu.file.save", "Shortcut+S", () -> files.save(null)),
                MenuItems.item("menu.file.saveAs", "Shortcut+Shift+S", () -> files.saveAs(null)),
                new SeparatorMenuItem(),
                exportMenu,
                new SeparatorMenuItem(),
                MenuItems.item("menu.file.quit", "Shortcut+Q", quit));
        return file;
    }

    /** One item per bundled example, named by its number and its title in the language of the UI. */
    private static Menu examples(FileActions files, com.cloudwright.palette.Palette palette) {
        Menu menu = new Menu(TEXT.get("menu.file.examples"));
        menu.setId("menu-examples");
        for (String name : BundledExamples.files()) {
            String title = title(name);
            MenuItem item = new MenuItem(title);
            item.setMnemonicParsing(false);
            item.setId("example-" + name.substring(0, 2));
            item.setOnAction(e -> files.openExample(name, title.substring(2).strip()));
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * "05-highly-available-lamp.cwd.json" → "05  Highly available LAMP service (whiteboard walkthrough)",
     * the title from the bundle ({@code example.title.05}); an example without one is named by its file.
     */
    static String title(String fileName) {
        String stem = fileName.replace(".cwd.json", "");
        String number = stem.substring(0, 2);
        String key = "example.title." + number;
        if (TEXT.has(key)) {
            return number + "  " + TEXT.get(key);
        }
        String words = stem.substring(3).replace('-', ' ');
        return number + "  " + Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void fillRecent(FileActions files, Menu recentMenu) {
        recentMenu.getItems().clear();
        for (Path p : files.recentFiles()) {
            MenuItem mi = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> files.open(p));
            recentMenu.getItems().add(mi);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(TEXT.get("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }
}
