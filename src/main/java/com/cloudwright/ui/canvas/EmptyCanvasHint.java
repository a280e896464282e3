package com.cloudwright.ui.canvas;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Document;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What an empty diagram says on the canvas until its first node exists: how to add a service,
 * how to connect, how to find everything and where the examples are. It takes no clicks, so the
 * canvas under it works as usual (typing there still opens quick add).
 */
final class EmptyCanvasHint {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private EmptyCanvasHint() {
    }

    static VBox create(Document doc) {
        Label title = new Label(TEXT.get("canvas.hint.title"));
        title.getStyleClass().add("canvas-hint-title");
        Label text = new Label(TEXT.get("canvas.hint.text"));
        text.getStyleClass().add("canvas-hint-text");
        VBox box = new VBox(8, title, text);
        box.setId("canvas-hint");
        box.getStyleClass().add("canvas-hint");
        box.setMouseTransparent(true);
        box.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> doc.diagram().nodeCount() == 0,
                doc.revisionProperty(), doc.diagramProperty()));
        return box;
    }
}
