package com.cloudwright.ui.canvas;

import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.UiText;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.UpdateEdge;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;

/** Right-click menus for the canvas, nodes, containers and edges, each with what applies there. */
public final class CanvasMenus {

    private final DiagramCanvas canvas;
    private final CanvasGestures gestures;
    private final Runnable quickAdd;
    private final List<Extension> extensions = new ArrayList<>();
    private ContextMenu open;

    /** Adds items for a kind of target; later features (copy, group…) register here. */
    public interface Extension {
        void contribute(Target target, List<MenuItem> items);
    }

    public enum Target { CANVAS, NODE, CONTAINER, EDGE, MANY }

    public CanvasMenus(DiagramCanvas canvas, CanvasGestures gestures, Runnable quickAdd) {
        this.canvas = canvas;
        this.gestures = gestures;
        this.quickAdd = quickAdd;
        // The secondary click opens the menu on every platform; the menu key opens it from the keyboard.
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                show(e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                show(e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    public void addExtension(Extension extension) {
        extensions.add(extension);
    }

    private void show(double screenX, double screenY) {
        if (open != null) {
            open.hide();
        }
        Target target = target();
        List<MenuItem> items = new ArrayList<>(baseItems(target));
        for (Extension ext : extensions) {
            ext.contribute(target, items);
        }
        open = new ContextMenu(items.toArray(MenuItem[]::new));
        open.setId("canvas-context-menu");
        open.show(canvas, screenX, screenY);
    }

    Target target() {
        Document doc = canvas.document();
        if (doc.selection().isEmpty()) {
            return Target.CANVAS;
        }
        if (doc.selection().size() > 1) {
            return Target.MANY;
        }
        Diagram d = doc.diagram();
        String id = doc.singleSelection();
        if (d.edge(id).isPresent()) {
            return Target.EDGE;
        }
        return d.node(id).map(n -> NodeKinds.isContainerOrGroup(canvas.document().palette(), n)).orElse(false) ? Target.CONTAINER : Target.NODE;
    }

    private List<MenuItem> baseItems(Target target) {
        Document doc = canvas.document();
        List<MenuItem> items = new ArrayList<>();
        switch (target) {
            case CANVAS -> {
                items.add(item("context.addService", quickAdd));
                items.add(item("context.selectAll", () -> doc.diagram().nodes().forEach(n -> doc.selection().add(n.id()))));
                items.add(item("context.zoomFit", canvas::zoomToFit));
            }
            case NODE, CONTAINER -> {
                items.add(item("context.rename", () -> gestures.rename(doc.singleSelection())));
                items.add(item("context.zoomSelection", canvas::zoomToSelection));
                items.add(new SeparatorMenuItem());
                items.add(item("context.delete", gestures::deleteSelection));
            }
            case EDGE -> {
                String id = doc.singleSelection();
                Edge edge = doc.diagram().edge(id).orElseThrow();
                items.add(item("context.edge.label", () -> gestures.rename(id)));
                MenuItem straighten = item("context.edge.straighten", () -> doc.execute(UpdateEdge.bends(id, List.of())));
                straighten.setDisable(edge.bends().isEmpty());
                items.add(straighten);
                items.add(new SeparatorMenuItem());
                items.add(item("context.delete", gestures::deleteSelection));
            }
            case MANY -> {
                items.add(item("context.zoomSelection", canvas::zoomToSelection));
                items.add(new SeparatorMenuItem());
                items.add(item("context.delete", gestures::deleteSelection));
            }
        }
        return items;
    }

    public static MenuItem item(String key, Runnable action) {
        MenuItem mi = new MenuItem(UiText.get(key));
        mi.setId(key.replace('.', '-'));
        mi.setOnAction(e -> action.run());
        return mi;
    }
}
