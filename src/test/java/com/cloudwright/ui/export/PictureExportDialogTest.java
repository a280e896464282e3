package com.cloudwright.ui.export;

import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.SetBounds;
import com.cloudwright.render.Geometry;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Export → Picture… and Export Again driven with the robot; the written files read back and measured. */
class PictureExportDialogTest extends ExportDialogTestBase {

    private static final Path EXAMPLE = Path.of("examples/01-under-1000-users.cwd.json").toAbsolutePath();

    /** Pixels the exporter gives a window of {@code units} at {@code scale}. */
    private static int pixels(double units, double scale) {
        return (int) Math.ceil(units * scale - 1e-6);
    }

    private void setPadding(int value) {
        Spinner<?> spinner = lookup("#picture-padding").queryAs(Spinner.class);
        clickOn(spinner.getEditor());
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write(String.valueOf(value)).push(KeyCode.TAB); // Enter would press the default button, Export…
        waitUntil(() -> Integer.valueOf(value).equals(spinner.getValue()));
    }

    private void exportTo(Path file) {
        dialogs.toExport.add(file);
        clickOn("#picture-export");
        waitUntil(() -> Files.exists(file) && lookup("#picture-dialog").tryQuery().isEmpty());
    }

    private static BufferedImage read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        return image;
    }

    private static int opaquePixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int argb = img.getRGB(x, y);
                if ((argb >>> 24) == 255 && (argb & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    private MenuItem exportAgainItem() {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        Menu export = (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "menu-export".equals(i.getId()))
                .findFirst().orElseThrow();
        return export.getItems().stream().filter(i -> "menu-export-again".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void pngHasScaleTimesExtentPlusPaddingAndRealPixelsOnTransparentOrWhite() throws Exception {
        openDiagram(EXAMPLE);
        Bounds content = Geometry.contentBounds(diagram());
        exportMenu("Picture…");
        waitUntil(() -> showing("#picture-dialog"));
        clickOn("#picture-png");
        clickOn("#picture-scale-2");
        clickOn("#picture-transparent");
        clickOn("#picture-whole");
        setPadding(10);
        int w = pixels(content.w() + 20, 2);
        int h = pixels(content.h() + 20, 2);
        assertThat(lookup("#picture-size").queryAs(Label.class).getText()).startsWith(w + " × " + h + " px");

        Path transparent = tempDir.resolve("transparent.png");
        exportTo(transparent);
        BufferedImage img = read(transparent);
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
        assertThat(img.getColorModel().hasAlpha()).isTrue();
        assertThat(img.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(img.getRGB(w - 1, h - 1) >>> 24).as("corner alpha").isZero();
        assertThat(opaquePixels(img)).as("drawn pixels").isGreaterThan(w * h / 4 / 50);
        assertThat(doc().statusProperty().get()).contains("transparent.png", w + " × " + h);

        exportMenu("Picture…");
        waitUntil(() -> showing("#picture-dialog"));
        assertThat(lookup("#picture-transparent").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("the dialog opens with the last settings").isTrue();
        clickOn("#picture-scale-1");
        clickOn("#picture-white");
        Path white = tempDir.resolve("white.png");
        exportTo(white);
        BufferedImage opaque = read(white);
        assertThat(opaque.getWidth()).isEqualTo(pixels(content.w() + 20, 1));
        assertThat(opaque.getRGB(0, 0)).as("white corner").isEqualTo(0xFFFFFFFF);
        assertThat(opaquePixels(opaque)).isGreaterThan(opaque.getWidth() * opaque.getHeight() / 4 / 50);
    }

    @Test
    void svgOfTheSelectionIsXmlSizedToTheSelection() throws Exception {
        openDiagram(EXAMPLE);
        String id = diagram().nodesOfType("rds").get(0).id();
        fx(() -> doc().select(id));
        Bounds outline = Geometry.outline(diagram(), diagram().requireNode(id));
        exportMenu("Picture…");
        waitUntil(() -> showing("#picture-dialog"));
        clickOn("#picture-svg");
        clickOn("#picture-scale-2");
        clickOn("#picture-white");
        clickOn("#picture-selection");
        setPadding(8);
        Path svg = tempDir.resolve("database");
        exportTo(tempDir.resolve("database.svg"));
        assertThat(dialogs.exportTypesAsked).extracting(FileDialogs.FileType::extension).containsExactly("svg");

        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.resolveSibling("database.svg").toFile())
                .getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo(String.valueOf(pixels(outline.w() + 16, 2)));
        assertThat(root.getAttribute("height")).isEqualTo(String.valueOf(pixels(outline.h() + 16, 2)));
        assertThat(root.getElementsByTagName("text").getLength()).isGreaterThan(0);
    }

    @Test
    void exportAgainRepeatsTheLastExportAfterTheDiagramChanged() throws Exception {
        openDiagram(EXAMPLE);
        assertThat(exportAgainItem().isDisable()).as("disabled before a first export").isTrue();
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);

        exportMenu("Picture…");
        waitUntil(() -> showing("#picture-dialog"));
        clickOn("#picture-png");
        clickOn("#picture-scale-1");
        clickOn("#picture-white");
        clickOn("#picture-whole");
        setPadding(30);
        Path file = tempDir.resolve("again.png");
        exportTo(file);
        byte[] first = Files.readAllBytes(file);
        assertThat(exportAgainItem().isDisable()).isFalse();
        Bounds before = Geometry.contentBounds(diagram());

        // The diagram grows: the outermost container gets 200 units wider.
        var outer = diagram().roots().stream().max(java.util.Comparator.comparingDouble(n -> n.bounds().w())).orElseThrow();
        Bounds b = outer.bounds();
        fx(() -> doc().execute(new SetBounds(outer.id(), new Bounds(b.x(), b.y(), b.w() + 200, b.h()), null)));
        Bounds after = Geometry.contentBounds(diagram());
        assertThat(after.w()).isGreaterThan(before.w());

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> doc().statusProperty().get().startsWith("Exported again"));
        assertThat(lookup("#picture-dialog").tryQuery()).as("no dialog").isEmpty();
        byte[] second = Files.readAllBytes(file);
        assertThat(second).isNotEqualTo(first);
        BufferedImage img = read(file);
        assertThat(img.getWidth()).isEqualTo(pixels(after.w() + 60, 1));
        assertThat(img.getHeight()).isEqualTo(pixels(after.h() + 60, 1));
        assertThat(img.getRGB(0, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(doc().statusProperty().get()).contains("again.png", "same settings");
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFile() throws Exception {
        openDiagram(ExportFixtures.write(tempDir, "big.cwd.json", ExportFixtures.bigRegion(4000, 2500)));
        exportMenu("Picture…");
        waitUntil(() -> showing("#picture-dialog"));
        clickOn("#picture-png");
        clickOn("#picture-scale-4");
        clickOn("#picture-white");
        Path out = Files.createDirectory(tempDir.resolve("out"));
        Path file = out.resolve("big.png");
        dialogs.toExport.add(file);
        clickOn("#picture-export");
        waitUntil(() -> showing("#picture-progress-row")
                && lookup("#picture-progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress() > 0);
        clickOn("#picture-cancel");
        waitUntil(() -> doc().statusProperty().get().contains("cancelled"));
        assertThat(file).doesNotExist();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.toList()).as("no temporary file left behind").isEmpty();
        }
        assertThat(showing("#picture-dialog")).as("the dialog stays for another try").isTrue();
        assertThat(lookup("#picture-form").query().isDisabled()).isFalse();
        clickOn("#picture-cancel");
        waitUntil(() -> lookup("#picture-dialog").tryQuery().isEmpty());
        assertThat(exportAgainItem().isDisable()).as("a cancelled export is not one to repeat").isTrue();
        assertThat(List.of(file)).allMatch(p -> !Files.exists(p));
    }
}
