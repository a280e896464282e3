package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Language;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTest extends AppTestBase {

    @AfterEach
    void english() {
        Locale.setDefault(Locale.US);
    }

    @Test
    void switchingTheLanguageKeepsTheDocumentItsUndoHistorySelectionAndView() throws Exception {
        fx(() -> {
            window.gestures().addAt(doc().palette().require("ec2"), 200, 200);
            window.gestures().addAt(doc().palette().require("s3"), 420, 200);
        });
        Diagram drawn = diagram();
        Node bucket = drawn.nodesOfType("s3").get(0);
        fx(() -> {
            doc().select(bucket.id());
            window.canvas().zoomBy(1.5);
            window.sideTabs().getSelectionModel().select(1);
        });
        String before = new DiagramWriter().write(drawn);
        double zoom = window.canvas().scale();
        MainWindow first = window;

        fx(() -> first.menuItem("menu-language-ko").fire());

        MainWindow korean = first.current();
        assertThat(korean).isNotSameAs(first);
        assertThat(Language.current()).isEqualTo(Language.KOREAN);
        assertThat(window.stage().getScene().getRoot()).isSameAs(korean.canvas().getScene().getRoot());
        assertThat(korean.menuItem("menu-view").getText()).isEqualTo("보기(_V)");
        assertThat(korean.menuItem("menu-language").getText()).isEqualTo("언어");
        assertThat(korean.document().diagram()).isSameAs(drawn);
        assertThat(new DiagramWriter().write(korean.document().diagram())).isEqualTo(before);
        assertThat(korean.document().isDirty()).isTrue();
        assertThat(korean.document().selection()).containsExactly(bucket.id());
        assertThat(korean.canvas().scale()).isEqualTo(zoom);
        assertThat(korean.sideTabs().getSelectionModel().getSelectedIndex()).as("the Cost tab stays open").isEqualTo(1);
        assertThat(window.stage().getTitle()).startsWith("*");
        // the replaced window's document lets the diagram go, so its views stop following it
        assertThat(first.document().diagram()).isNotSameAs(drawn);
        assertThat(Files.readString(tempDir.resolve("settings.json"))).contains("\"language\" : \"ko\"");

        fx(() -> korean.document().diagram().history().undo());
        assertThat(drawn.nodesOfType("s3")).isEmpty();
        fx(() -> korean.document().diagram().history().redo());
        assertThat(drawn.nodesOfType("s3")).hasSize(1);

        fx(() -> korean.menuItem("menu-language-en").fire());
        MainWindow english = first.current();
        assertThat(english).isNotSameAs(korean);
        assertThat(Language.current()).isEqualTo(Language.ENGLISH);
        assertThat(english.document().diagram()).isSameAs(drawn);
        assertThat(english.menuItem("menu-view").getText()).isEqualTo("_View");
        assertThat(Files.readString(tempDir.resolve("settings.json"))).contains("\"language\" : \"en\"");
    }

    @Test
    void theLanguageMenuTicksTheCurrentLanguage() {
        assertThat(((javafx.scene.control.RadioMenuItem) window.menuItem("menu-language-en")).isSelected()).isTrue();
        assertThat(((javafx.scene.control.RadioMenuItem) window.menuItem("menu-language-ko")).isSelected()).isFalse();
        assertThat(window.menuItem("menu-language-ko").getText()).isEqualTo("한국어");
    }
}
