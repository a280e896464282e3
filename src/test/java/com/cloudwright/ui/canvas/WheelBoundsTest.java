package com.cloudwright.ui.canvas;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WheelBoundsTest {

    @Test
    void theWheelStopsWhereOnlyAStripOfTheDrawingIsLeft() {
        // drawing 0..1000, view 200..700 (500 wide)
        assertThat(WheelBounds.bounded(-100, 200, 500, 0.0, 1000.0)).as("well inside: as asked").isEqualTo(-100);
        assertThat(WheelBounds.bounded(-5000, 200, 500, 0.0, 1000.0)).as("stops with 80 left at the left edge")
                .isEqualTo(200 - (1000 - WheelBounds.KEEP));
        assertThat(WheelBounds.bounded(5000, 200, 500, 0.0, 1000.0)).as("stops with 80 left at the right edge")
                .isEqualTo(200 - (WheelBounds.KEEP - 500));
        assertThat(WheelBounds.bounded(5000, 200, 500, null, null)).as("an empty diagram: anywhere").isEqualTo(5000);
    }

    @Test
    void fromFarAwayTheWheelMayComeBackButNotGoFurther() {
        // view 3000..3500, far right of a drawing 0..1000
        assertThat(WheelBounds.bounded(100, 3000, 500, 0.0, 1000.0)).as("back towards the drawing").isEqualTo(100);
        assertThat(WheelBounds.bounded(-100, 3000, 500, 0.0, 1000.0)).as("further away").isEqualTo(0);
    }
}
