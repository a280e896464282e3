package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.render.Geometry;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static com.cloudwright.edit.Fixtures.bounds;
import static com.cloudwright.edit.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;

class ResizeSessionTest {

    private final Diagram d = Fixtures.sample();

    @Test
    void everyFrameOfOneResizeIsOneUndoStep() {
        Map<String, Object> before = state(d);
        ResizeSession resize = ResizeSession.begin(d, PALETTE, "web");
        assertThat(resize.start()).isEqualTo(new Bounds(120, 200, 64, 64));
        resize.resizeTo(new Bounds(120, 200, 80, 70));
        resize.resizeTo(new Bounds(120, 200, 96, 90));
        assertThat(bounds(d, "web")).isEqualTo(new Bounds(120, 200, 96, 90));

        d.history().undo();
        assertThat(state(d)).isEqualTo(before);
        assertThat(d.history().canUndo()).isFalse();
        d.history().redo();
        assertThat(bounds(d, "web")).isEqualTo(new Bounds(120, 200, 96, 90));
    }

    @Test
    void aContainerStaysAroundItsChildrenWithRoomForItsTitle() {
        ResizeSession resize = ResizeSession.begin(d, PALETTE, "priv-a");
        assertThat(resize.minWidth()).isEqualTo(80);
        assertThat(resize.minHeight()).isEqualTo(60);
        resize.resizeTo(new Bounds(300, 470, 100, 100));
        Bounds db = Geometry.withLabel(d.requireNode("db")).inflate(8);
        Bounds shrunk = bounds(d, "priv-a");
        assertThat(shrunk.x()).isEqualTo(db.x());
        assertThat(shrunk.y()).isEqualTo(db.y() - 16);
        assertThat(shrunk.maxX()).isEqualTo(Math.max(400, db.maxX()));
        assertThat(shrunk.maxY()).isEqualTo(Math.max(570, db.maxY()));
        assertThat(shrunk.w()).as("smaller than it was").isLessThan(460);
    }

    @Test
    void aServiceHasTheSmallerMinimumAndIsNotKeptAroundAnything() {
        ResizeSession resize = ResizeSession.begin(d, PALETTE, "s3");
        assertThat(resize.minWidth()).isEqualTo(24);
        assertThat(resize.minHeight()).isEqualTo(24);
        resize.resizeTo(new Bounds(1200, 100, 24, 24));
        assertThat(bounds(d, "s3")).isEqualTo(new Bounds(1200, 100, 24, 24));
    }

    @Test
    void aNodeDeletedMidResizeIsLeftAlone() {
        ResizeSession resize = ResizeSession.begin(d, PALETTE, "s3");
        d.history().execute(new com.cloudwright.model.RemoveElements(java.util.Set.of("s3")));
        long revision = d.revision();
        resize.resizeTo(new Bounds(0, 0, 50, 50));
        assertThat(d.revision()).isEqualTo(revision);
        assertThat(d.node("s3")).isEmpty();
    }
}
