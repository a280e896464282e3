package com.cloudwright.render;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Point;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels of the example pictures stay readable: edge labels do not sit on each other or on a
 * container's title, and a service label crossed by a border gets a backing. Painted onto a
 * recording surface, so the boxes come from the painter's own calls.
 */
class LabelPlacementTest {

    private static final Palette PALETTE = Palette.bundled();

    /** One text call, with the box it covers, and whether a fill was painted just before it (a backing). */
    record Drawn(String text, Bounds box, Bounds backing) {
    }

    /** Records text; widths are a fixed advance per character, enough for layout. */
    static final class Recorder implements Painter {
        final List<Drawn> texts = new ArrayList<>();
        private Bounds lastFill;

        @Override
        public void fillRect(Bounds b, int argb, double cornerRadius) {
            lastFill = b;
        }

        @Override
        public void strokeRect(Bounds b, int argb, double width, double[] dash, double cornerRadius) {
            lastFill = null;
        }

        @Override
        public void polyline(List<Point> points, int argb, double width, double[] dash) {
            lastFill = null;
        }

        @Override
        public void fillPolygon(List<Point> points, int argb) {
            lastFill = null;
        }

        @Override
        public void text(String text, double x, double y, TextStyle style) {
            double w = textWidth(text, style);
            double left = switch (style.align()) {
                case LEFT -> x;
                case CENTER -> x - w / 2;
                case RIGHT -> x - w;
            };
            texts.add(new Drawn(text, new Bounds(left, y, w, style.lineHeight()), lastFill));
            lastFill = null;
        }

        @Override
        public double textWidth(String text, TextStyle style) {
            return text.length() * style.size() * 0.55;
        }

        @Override
        public void icon(String iconPath, Bounds box) {
            lastFill = null;
        }

        List<Drawn> named(String text) {
            return texts.stream().filter(d -> d.text().equals(text)).toList();
        }
    }

    private static Diagram example(String name) throws Exception {
        return new DiagramReader(PALETTE).read(Path.of("examples", name));
    }

    private static Recorder paint(Diagram d, Bounds visible) {
        Recorder r = new Recorder();
        new DiagramPainter(PALETTE, Theme.bundled()).paint(d, r, visible);
        return r;
    }

    @Test
    void twoLabelledEdgesLeavingTheSameNodeKeepTheirLabelsApart() throws Exception {
        // 01: the ALB's two "HTTP 80" edges start side by side; their usual spots coincide.
        List<Drawn> labels = paint(example("01-under-1000-users.cwd.json"), null).named("HTTP 80");
        assertThat(labels).hasSize(2);
        assertThat(labels.get(0).box().intersects(labels.get(1).box())).isFalse();
    }

    @Test
    void anEdgeLabelDoesNotCoverTheTitleOfTheSubnetItEnters() throws Exception {
        // 05: "6379" from the app tier into the data subnet used to sit on "Data subnet  10.0.30.0/24".
        Recorder r = paint(example("05-highly-available-lamp.cwd.json"), null);
        Bounds label = r.named("6379").get(0).box();
        Bounds title = r.named("Data subnet  10.0.30.0/24").get(0).box();
        assertThat(label.intersects(title)).isFalse();
    }

    @Test
    void labelsAreWhereTheyAreWhateverPartIsPainted() throws Exception {
        // Pictures are drawn in bands: each band must put a label where the others do.
        Diagram d = example("01-under-1000-users.cwd.json");
        List<Drawn> whole = paint(d, null).named("HTTP 80");
        for (Drawn label : whole) {
            List<Drawn> band = paint(d, label.box().inflate(4)).named("HTTP 80");
            assertThat(band).extracting(Drawn::box).contains(label.box());
        }
    }

    @Test
    void aServiceLabelCrossedByABorderGetsABackingAndOthersDoNot() throws Exception {
        // 03: the Aurora cluster sits across the two Availability Zones' borders.
        Recorder r = paint(example("03-over-10000-users.cwd.json"), null);
        Drawn aurora = r.texts.stream().filter(t -> t.text().startsWith("Aurora")).findFirst().orElseThrow();
        assertThat(aurora.backing()).as("backing behind the crossed label").isNotNull();
        assertThat(aurora.backing().contains(aurora.box())).isTrue();
        assertThat(r.named("CodeBuild").get(0).backing()).as("nothing crosses CodeBuild's label").isNull();
    }
}
