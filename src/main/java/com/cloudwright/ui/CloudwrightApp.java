package com.cloudwright.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application. */
public final class CloudwrightApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(CloudwrightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new BorderPane(), 1280, 800));
        stage.setTitle("Cloudwright");
        stage.show();
    }
}
