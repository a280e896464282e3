package com.cloudwright.cfn;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.util.List;

/**
 * The errors that block an export (warnings and infos never do). The exporter asks this before it
 * writes anything; {@link ExportOptions#force()} skips it.
 */
@FunctionalInterface
public interface DiagramCheck {

    /** Accepts every diagram (for callers that validated already, and for tests). */
    DiagramCheck NONE = (diagram, palette) -> List.of();

    List<ExportProblem> errors(Diagram diagram, Palette palette);
}
