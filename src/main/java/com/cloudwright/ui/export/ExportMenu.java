package com.cloudwright.ui.export;

import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.ui.common.MenuItems;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import java.util.function.Supplier;

/** File → Export ▸ CloudFormation…, Picture…, Export Again. */
public final class ExportMenu {

    private ExportMenu() {
    }

    /** Adds the export items to the menu; returns the picture exports (for Export Again). */
    public static PictureExports install(Menu exportMenu, Document doc, Supplier<Window> owner, FileDialogs dialogs) {
        PictureExports pictures = new PictureExports(doc, owner, dialogs);
        MenuItem cfn = MenuItems.item("menu.export.cfn", null, () -> CfnExportDialog.open(doc, owner.get(), dialogs));
        MenuItem picture = MenuItems.item("menu.export.picture", null, pictures::openDialog);
        MenuItem again = MenuItems.item("menu.export.again", "Shortcut+Shift+E", pictures::exportAgain);
        again.disableProperty().bind(pictures.hasLastExportProperty().not());
        exportMenu.getItems().addAll(cfn, picture, new SeparatorMenuItem(), again);
        return pictures;
    }
}
