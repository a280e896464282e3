package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.canvas.CanvasMenus;
import com.cloudwright.ui.common.MenuItems;
import com.cloudwright.edit.Alignment;
import com.cloudwright.edit.Axis;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;

import java.util.List;
import java.util.Locale;

/** The Arrange menu (groups, align, distribute, fit, tidy layout) and the same commands in the canvas's context menus. */
final class ArrangeMenus {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final EditActions edits;

    ArrangeMenus(EditActions edits) {
        this.edits = edits;
    }

    static Menu menuBarMenu(EditActions edits) {
        Menu arrange = new Menu(TEXT.get("menu.arrange"));
        arrange.setId("menu-arrange");
        arrange.getItems().addAll(
                MenuItems.item("menu.arrange.groupAsg", "Shortcut+G", () -> edits.groupAs(NodeTypes.AUTO_SCALING_GROUP)),
                MenuItems.item("menu.arrange.groupSg", "Shortcut+Shift+G", () -> edits.groupAs(NodeTypes.SECURITY_GROUP)),
                MenuItems.item("menu.arrange.ungroup", "Shortcut+Shift+U", edits::ungroup),
                new SeparatorMenuItem(),
                alignMenu(edits),
                distributeMenu(edits),
                new SeparatorMenuItem(),
                MenuItems.item("menu.arrange.fit", "Shortcut+Shift+F", edits::fitToContents),
                MenuItems.item("menu.arrange.tidy", "Shortcut+Shift+L", edits::tidyLayout));
        return arrange;
    }

    private static Menu alignMenu(EditActions edits) {
        Menu align = new Menu(TEXT.get("menu.arrange.align"));
        align.setId("menu-arrange-align");
        for (Alignment a : Alignment.values()) {
            align.getItems().add(MenuItems.item("menu.arrange.align." + a.name().toLowerCase(Locale.ROOT), null, () -> edits.align(a)));
        }
        return align;
    }

    private static Menu distributeMenu(EditActions edits) {
        Menu distribute = new Menu(TEXT.get("menu.arrange.distribute"));
        distribute.setId("menu-arrange-distribute");
        for (Axis axis : Axis.values()) {
            distribute.getItems().add(MenuItems.item("menu.arrange.distribute." + axis.name().toLowerCase(Locale.ROOT), null,
                    () -> edits.distribute(axis)));
        }
        return distribute;
    }

    private static MenuItem labelled(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Adds copy/duplicate, grouping, align and fit to the canvas's context menus. */
    void addTo(CanvasMenus menus) {
        menus.addExtension((target, items) -> {
            switch (target) {
                case NODE -> {
                    items.add(0, CanvasMenus.item("context.duplicate", edits::duplicate));
                    items.add(0, CanvasMenus.item("context.copy", edits::copy));
                    items.add(new SeparatorMenuItem());
                    items.add(CanvasMenus.item("menu.arrange.groupAsg", () -> edits.groupAs(NodeTypes.AUTO_SCALING_GROUP)));
                    items.add(CanvasMenus.item("menu.arrange.groupSg", () -> edits.groupAs(NodeTypes.SECURITY_GROUP)));
                    for (Node group : edits.groupsOfSelection()) {
                        items.add(labelled("context-group-leave-" + group.id(),
                                TEXT.get("context.group.leave", group.displayLabel()), () -> edits.leaveGroup(group)));
                    }
                }
                case CONTAINER -> {
                    items.add(0, CanvasMenus.item("context.duplicate", edits::duplicate));
                    items.add(0, CanvasMenus.item("context.copy", edits::copy));
                    items.add(0, CanvasMenus.item("context.paste", edits::paste));
                    items.add(new SeparatorMenuItem());
                    items.add(edits.singleIsGroup()
                            ? CanvasMenus.item("menu.arrange.ungroup", edits::ungroup)
                            : CanvasMenus.item("menu.arrange.fit", edits::fitToContents));
                }
                case MANY -> {
                    items.add(0, CanvasMenus.item("context.duplicate", edits::duplicate));
                    items.add(0, CanvasMenus.item("context.copy", edits::copy));
                    items.add(new SeparatorMenuItem());
                    edits.groupToJoin().ifPresent(group -> items.add(labelled("context-group-join",
                            TEXT.get("context.group.join", edits.newMembersOf(group).size(), group.displayLabel()),
                            edits::joinGroup)));
                    items.addAll(List.of(
                            CanvasMenus.item("menu.arrange.groupAsg", () -> edits.groupAs(NodeTypes.AUTO_SCALING_GROUP)),
                            CanvasMenus.item("menu.arrange.groupSg", () -> edits.groupAs(NodeTypes.SECURITY_GROUP)),
                            alignMenu(edits), distributeMenu(edits)));
                }
                case CANVAS -> {
                    items.add(1, CanvasMenus.item("context.paste", edits::paste));
                    items.add(CanvasMenus.item("menu.arrange.tidy", edits::tidyLayout));
                }
                default -> {
                }
            }
        });
    }
}
