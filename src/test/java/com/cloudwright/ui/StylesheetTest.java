package com.cloudwright.ui;

import com.cloudwright.ui.common.Styles;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's stylesheet parses cleanly. Several branches append blocks to it and git merges it
 * with merge=union, which can drop a closing brace where two appended blocks meet; JavaFX then
 * silently ignores the rules that follow.
 */
class StylesheetTest {

    private static final URL CSS = Styles.class.getResource(Styles.STYLESHEET);

    @Test
    void parsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();
        new CssParser().parse(CSS);
        assertThat(List.copyOf(CssParser.errorsProperty())).extracting(Object::toString).isEmpty();
    }

    @Test
    void everyBlockIsClosedBeforeTheNextOneStarts() throws Exception {
        String css;
        try (var in = CSS.openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth).as("'{' inside an open block at line %d (a lost '}' before it?)", line).isEqualTo(1);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("'}' without a block at line %d", line).isZero();
            }
        }
        assertThat(depth).as("blocks still open at the end").isZero();
    }

    @Test
    void everyColourTokenUsedIsDefined() throws Exception {
        String css;
        try (var in = CSS.openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher defined = Pattern.compile("(-cw-[a-z-]+)\\s*:").matcher(css);
        java.util.Set<String> names = new java.util.HashSet<>();
        while (defined.find()) {
            names.add(defined.group(1));
        }
        Matcher used = Pattern.compile(":\\s*[^;]*?(-cw-[a-z-]+)").matcher(css);
        while (used.find()) {
            assertThat(names).as("defined colour tokens").contains(used.group(1));
        }
    }
}
