package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Language;
import com.cloudwright.io.Settings;
import com.cloudwright.ui.palette.PalettePane;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start: what is read before the window is built, and what waits until it is asked for
 * (the Cost tab's pane, type-to-add, a palette row's tooltip).
 */
class StartupTest extends AppTestBase {

    private static final Path LAMP = Path.of("examples/05-highly-available-lamp.cwd.json");

    private String homeBefore;

    @BeforeEach
    void ownHome() {
        homeBefore = System.getProperty("cloudwright.home");
        System.setProperty("cloudwright.home", tempDir.resolve("home").toString());
    }

    @AfterEach
    void restore() {
        if (homeBefore == null) {
            System.clearProperty("cloudwright.home");
        } else {
            System.setProperty("cloudwright.home", homeBefore);
        }
        Locale.setDefault(Locale.US);
    }

    @Test
    void theDiagramNamedOnTheCommandLineIsReadBeforeTheWindowAndShownInItsFirstLayout() {
        StartupWork.Ready ready = StartupWork.await(List.of(LAMP.toString()));

        assertThat(ready.file()).isEqualTo(LAMP);
        assertThat(ready.diagram().nodeCount()).isEqualTo(42);
        assertThat(ready.palette().knows("ec2")).isTrue();

        fx(() -> window.files().show(ready.file(), ready.diagram()));
        assertThat(diagram()).isSameAs(ready.diagram());
        assertThat(doc().file()).isEqualTo(LAMP);
        assertThat(doc().isDirty()).isFalse();
        assertThat(window.files().recentFiles()).containsExactly(LAMP.toAbsolutePath().normalize());
        assertThat(doc().statusProperty().get()).contains("05-highly-available-lamp.cwd.json");
    }

    @Test
    void aFileThatCannotBeReadIsLeftForTheWindowToOpenAndReport() throws Exception {
        Path broken = Files.writeString(tempDir.resolve("broken.cwd.json"), "{ not json");

        StartupWork.Ready ready = StartupWork.await(List.of(broken.toString()));

        assertThat(ready.file()).isEqualTo(broken);
        assertThat(ready.diagram()).isNull();
        assertThat(StartupWork.await(List.of()).file()).isNull();
    }

    @Test
    void theLanguageChosenLastTimeIsTakenBeforeTheWindowIsBuilt() throws Exception {
        new Settings(tempDir.resolve("home/config/settings.json")).put(MainWindow.LANGUAGE_SETTING, "ko");

        StartupWork.await(List.of());

        assertThat(Language.current()).isEqualTo(Language.KOREAN);
    }

    @Test
    void theCostTabsPaneIsBuiltWhenTheTabIsFirstChosen() {
        Tab cost = window.sideTabs().getTabs().stream().filter(t -> "tab-cost".equals(t.getId())).findFirst().orElseThrow();
        assertThat(cost.getContent()).isNull();
        assertThat(lookup("#cost-pane").tryQuery()).isEmpty();

        fx(() -> window.sideTabs().getSelectionModel().select(cost));

        waitUntil(() -> lookup("#cost-pane").tryQuery().isPresent());
        assertThat(cost.getContent().getId()).isEqualTo("cost-pane");
    }

    @Test
    void typeToAddIsBuiltWhenFirstAskedFor() {
        assertThat(lookup("#quick-add-query").tryQuery()).isEmpty();

        fx(() -> window.openQuickAdd("lamb"));

        waitUntil(() -> lookup("#quick-add-query").tryQuery().isPresent());
        assertThat(lookup("#quick-add-query").queryTextInputControl().getText()).isEqualTo("lamb");
        assertThat(window.quickAdd()).isSameAs(window.quickAdd());
    }

    @Test
    void aPaletteRowGetsItsTooltipWhenThePointerComesOverIt() {
        // the filter is typed without the pointer crossing the list, which would give rows their tooltips
        moveTo(window.canvas());
        fx(() -> lookup("#palette-search").queryTextInputControl().setText("ec2"));
        ListCell<?> cell = (ListCell<?>) paletteCell("ec2");
        assertThat(cell.getTooltip()).isNull();

        moveTo(cell);

        waitUntil(() -> cell.getTooltip() != null);
        assertThat(((PalettePane.Item) cell.getItem()).entry().id()).isEqualTo("ec2");
        assertThat(cell.getTooltip().getText()).startsWith("Amazon EC2\n").contains("virtual machine");
    }
}
