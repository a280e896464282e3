package com.cloudwright.ui.problems;

import com.cloudwright.ui.UiText;
import com.cloudwright.validate.Problem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The context menu of a row in the problems table. */
final class ProblemRowMenu {

    private ProblemRowMenu() {
    }

    /** Its quick fixes, then Show, Copy and (when the rule has documentation) Copy Documentation Link. */
    static List<MenuItem> items(ProblemsModel model, QuickFixMenu fixItems, Problem problem, Consumer<Problem> reveal) {
        List<MenuItem> items = new ArrayList<>(fixItems.items(model.quickFixes(problem)));
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        MenuItem show = new MenuItem(UiText.get("problems.context.reveal"));
        show.setId("problem-reveal");
        show.setOnAction(e -> reveal.accept(problem));
        MenuItem copy = new MenuItem(UiText.get("problems.context.copy"));
        copy.setId("problem-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(problem.ruleId() + " " + problem.message());
            Clipboard.getSystemClipboard().setContent(content);
        });
        items.add(show);
        items.add(copy);
        model.rule(problem.ruleId()).ifPresent(info -> {
            MenuItem docs = new MenuItem(UiText.get("problems.context.docs"));
            docs.setMnemonicParsing(false);
            docs.setId("problem-docs");
            docs.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(info.documentation());
                Clipboard.getSystemClipboard().setContent(content);
                model.document().say(UiText.get("problems.docs.copied", info.documentation()));
            });
            items.add(docs);
        });
        return items;
    }
}
