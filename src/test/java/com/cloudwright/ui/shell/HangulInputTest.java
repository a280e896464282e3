package com.cloudwright.ui.shell;

import javafx.scene.SnapshotParameters;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a Korean session, Hangul typed into the app's text fields shows as Hangul, not as the font's
 * empty boxes, and finds and names services.
 */
class HangulInputTest extends AppTestBase {

    private static Locale before;

    @BeforeAll
    static void korean() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.KOREA);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    /** A character no font here has: it draws as the font's missing-glyph box. */
    private static final String MISSING = new String(Character.toChars(0x10FFFD));

    @Test
    void hangulTypedIntoQuickAddShowsInAFontThatHasIt() {
        fx(() -> window.openQuickAdd(""));
        waitUntil(() -> lookup("#quick-add-query").tryQuery().isPresent());
        write("람다 함수");
        TextField query = lookup("#quick-add-query").queryAs(TextField.class);
        waitUntil(() -> "람다 함수".equals(query.getText()));
        assertShowsEveryGlyph(query, "람다 함수");
        assertThat(window.menuItem("menu-file").getText()).isEqualTo("파일(_F)");
        type(KeyCode.ENTER);
        waitUntil(() -> diagram().nodeCount() == 1);
        assertThat(diagram().nodes().iterator().next().type()).isEqualTo("lambda");
    }

    @Test
    void hangulTypedAsALabelShowsInAFontThatHasIt() {
        fx(() -> window.gestures().addAt(doc().palette().require("ec2"), 300, 250));
        String id = diagram().nodesOfType("ec2").get(0).id();
        fx(() -> doc().select(id));
        fx(() -> window.gestures().rename(id));
        waitUntil(() -> lookup("#inline-editor").query().isVisible());
        TextField editor = lookup("#inline-editor").queryAs(TextField.class);
        fx(editor::selectAll);
        write("웹 서버");
        waitUntil(() -> "웹 서버".equals(editor.getText()));
        assertShowsEveryGlyph(editor, "웹 서버");
        type(KeyCode.ENTER);
        waitUntil(() -> "웹 서버".equals(diagram().requireNode(id).label()));
    }

    @Test
    void otherTextFieldsUseTheHangulFontToo() {
        assertThat(lookup("#palette-search").queryAs(TextField.class).getFont().getFamily()).isEqualTo("Pretendard");
    }

    /** The field's font is the bundled Hangul face, and each character draws as a glyph of its own, not as the missing-glyph box. */
    private void assertShowsEveryGlyph(TextField field, String text) {
        Font font = field.getFont();
        assertThat(font.getFamily()).isEqualTo("Pretendard");
        List<int[]> missing = new ArrayList<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> missing.add(pixels(font, MISSING))));
        for (String ch : text.replace(" ", "").split("")) {
            List<int[]> glyph = new ArrayList<>();
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> glyph.add(pixels(font, ch))));
            assertThat(ink(glyph.get(0))).as("ink of " + ch).isGreaterThan(5);
            assertThat(glyph.get(0)).as(ch + " drawn as the missing-glyph box").isNotEqualTo(missing.get(0));
        }
    }

    private static int[] pixels(Font font, String text) {
        Text t = new Text(text);
        t.setFont(font);
        t.setFill(Color.BLACK);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = t.snapshot(params, new WritableImage(40, 40));
        PixelReader reader = image.getPixelReader();
        int[] argb = new int[40 * 40];
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                argb[y * 40 + x] = reader.getArgb(x, y);
            }
        }
        return argb;
    }

    private static int ink(int[] argb) {
        int dark = 0;
        for (int p : argb) {
            if ((p & 0xff) < 128) {
                dark++;
            }
        }
        return dark;
    }
}
