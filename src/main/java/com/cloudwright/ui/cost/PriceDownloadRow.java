package com.cloudwright.ui.cost;

import com.cloudwright.i18n.Bundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Shown while current prices download: a bar (the share of the file received, or moving when its
 * size is unknown), what is being read, and Cancel.
 */
final class PriceDownloadRow extends HBox {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    PriceDownloadRow(PriceDownload download) {
        super(6);
        setId("cost-download-row");
        getStyleClass().add("cost-progress-row");
        setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("cost-download-bar");
        bar.setPrefWidth(60);
        bar.progressProperty().bind(download.fractionProperty());
        Label text = new Label();
        text.setId("cost-download-progress");
        text.setWrapText(true);
        text.textProperty().bind(download.progressProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button cancel = new Button(TEXT.get("cost.cancel"));
        cancel.setId("cost-download-cancel");
        cancel.setOnAction(e -> download.cancel());
        getChildren().addAll(bar, text, cancel);
        visibleProperty().bind(download.runningProperty());
        managedProperty().bind(visibleProperty());
    }
}
