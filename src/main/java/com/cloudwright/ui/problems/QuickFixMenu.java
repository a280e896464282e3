package com.cloudwright.ui.problems;

import com.cloudwright.ui.canvas.CanvasMenus;
import com.cloudwright.ui.UiText;
import com.cloudwright.validate.QuickFix;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.ArrayList;
import java.util.List;

/**
 * "Fix: …" menu items: the quick fixes for a node's or a connection's problems, first in its
 * context menu on the canvas, and for one problem in the problems panel. Each applies as one undo
 * step named after the fix.
 */
final class QuickFixMenu implements CanvasMenus.Extension {

    private final ProblemsModel model;
    private final java.util.function.Consumer<String> showProblemsOf;

    /** @param showProblemsOf shows the problems panel with the first problem of a node or edge selected */
    QuickFixMenu(ProblemsModel model, java.util.function.Consumer<String> showProblemsOf) {
        this.model = model;
        this.showProblemsOf = showProblemsOf;
    }

    @Override
    public void contribute(CanvasMenus.Target target, List<MenuItem> items) {
        if (target != CanvasMenus.Target.NODE && target != CanvasMenus.Target.CONTAINER && target != CanvasMenus.Target.EDGE) {
            return;
        }
        String id = model.document().singleSelection();
        if (id == null || model.report() == null || model.report().problemsOf(id).isEmpty()) {
            return;
        }
        List<MenuItem> ours = new ArrayList<>(items(model.quickFixesFor(id)));
        MenuItem show = new MenuItem(UiText.get("problems.context.show", model.report().problemsOf(id).size()));
        show.setId("context-show-problems");
        show.setOnAction(e -> showProblemsOf.accept(id));
        ours.add(show);
        ours.add(new SeparatorMenuItem());
        items.addAll(0, ours);
    }

    /** One item per fix: "Fix: Move 'db' into 'Private subnet'". */
    List<MenuItem> items(List<QuickFix> fixes) {
        List<MenuItem> out = new ArrayList<>();
        for (int i = 0; i < fixes.size(); i++) {
            QuickFix fix = fixes.get(i);
            MenuItem mi = new MenuItem(UiText.get("problems.fix", fix.title()));
            mi.setMnemonicParsing(false);
            mi.setId("quick-fix-" + i);
            mi.getStyleClass().add("quick-fix-item");
            mi.setOnAction(e -> model.apply(fix));
            out.add(mi);
        }
        return out;
    }
}
