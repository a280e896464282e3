package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Bundle;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** With Korean as the default language when the window is built, the window speaks Korean. */
class KoreanMainWindowTest extends AppTestBase {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");
    private static final String HANGUL = ".*[\\uAC00-\\uD7A3].*";

    private static Locale before;

    /** Runs before the base class builds the window for each test. */
    @BeforeAll
    static void korean() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.KOREAN);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theMenuBarIsKoreanWithLatinMnemonics() {
        MenuBar bar = lookup((javafx.scene.Node n) -> n instanceof MenuBar).queryAs(MenuBar.class);
        List<String> menus = bar.getMenus().stream().map(Menu::getText).toList();
        assertThat(menus).containsExactly(TEXT.get("menu.file"), TEXT.get("menu.edit"), TEXT.get("menu.arrange"),
                TEXT.get("menu.view"), TEXT.get("menu.help"));
        assertThat(menus).containsExactly("파일(_F)", "편집(_E)", "정렬(_A)", "보기(_V)", "도움말(_H)");
        assertThat(menus).allMatch(t -> t.matches(HANGUL));

        for (String key : List.of("menu.file.new", "menu.file.open", "menu.file.saveAs", "menu.edit.selectAll",
                "menu.view.fit", "menu.arrange.ungroup", "menu.help.shortcuts")) {
            MenuItem item = window.menuItem(key.replace('.', '-'));
            assertThat(item.getText()).as(key).isEqualTo(TEXT.get(key)).matches(HANGUL);
        }
        assertThat(window.menuItem("menu-file-saveAs").getText()).isEqualTo("다른 이름으로 저장…");
        assertThat(window.menuItem("menu-view-problems").getText()).isEqualTo(TEXT.get("menu.view.problems")).matches(HANGUL);
        assertThat(window.menuItem("menu-view-cost").getText()).isEqualTo(TEXT.get("menu.view.cost")).matches(HANGUL);
        assertThat(window.stage().getTitle()).isEqualTo("제목 없음 — Cloudwright");
    }

    @Test
    void theSideTabsAndTheProblemsPanelAreKorean() {
        TabPane tabs = lookup("#side-tabs").queryAs(TabPane.class);
        List<String> titles = tabs.getTabs().stream().map(Tab::getText).toList();
        assertThat(titles).containsExactly(TEXT.get("tab.properties"), TEXT.get("tab.cost"));
        assertThat(titles).allMatch(t -> t.matches(HANGUL));

        Label header = lookup(".problems-title").queryAs(Label.class);
        assertThat(header.getText()).isEqualTo(TEXT.get("problems.title")).matches(HANGUL);
        TableView<?> table = lookup("#problems-table").queryAs(TableView.class);
        assertThat(table.getColumns().stream().skip(1).map(TableColumn::getText).toList())
                .containsExactly("규칙", "노드", "문제");
        waitUntil(() -> TEXT.get("problems.none").equals(lookup("#status-problems").queryAs(Label.class).getText()));
        assertThat(lookup("#status-problems").queryAs(Label.class).getText()).matches(HANGUL);
    }

    @Test
    void countsAndTheUndoItemFollowTheLanguage() {
        assertThat(lookup("#status-counts").queryAs(Label.class).getText()).isEqualTo("노드 0개 · 연결 0개");
        fx(() -> window.gestures().addAt(doc().palette().require("ec2"), 300, 200));
        waitUntil(() -> "노드 1개 · 연결 0개".equals(lookup("#status-counts").queryAs(Label.class).getText()));

        clickOn("#menu-edit");
        MenuItem undo = window.menuItem("menu-undo");
        waitUntil(() -> undo.getText().startsWith("실행 취소: "));
        assertThat(undo.getText()).isEqualTo(TEXT.get("menu.edit.undo.named", diagram().history().undoDescription().orElseThrow()))
                .endsWith(" 추가");
        push(KeyCode.ESCAPE);
    }

    @Test
    void anOpenedExampleIsNamedInTheStatusBarAsTheMenuNamesIt() {
        fx(() -> window.menuItem("example-05").fire());
        waitUntil(() -> diagram().nodeCount() > 20);
        waitUntil(() -> doc().statusProperty().get() != null && doc().statusProperty().get().contains("LAMP"));
        assertThat(doc().statusProperty().get()).contains("“고가용성 LAMP 서비스(화이트보드 설명)”").matches(HANGUL)
                .doesNotContain("Highly available");
    }
}
