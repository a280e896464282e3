package com.cloudwright.cfn;

import com.cloudwright.model.Diagram;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Validator;

import java.util.ArrayList;
import java.util.List;

/** The standard gate: the validator's errors (never its warnings or infos) block an export. */
final class ValidationGate {

    private ValidationGate() {
    }

    static DiagramCheck standard() {
        return (Diagram diagram, com.cloudwright.palette.Palette palette) -> {
            List<ExportProblem> out = new ArrayList<>();
            for (Problem p : new Validator(palette).validate(diagram).atLeast(Severity.ERROR)) {
                out.add(new ExportProblem(ExportProblem.Kind.VALIDATION, p.node().orElse(p.edge().orElse("")),
                        p.ruleId(), p.message()));
            }
            return out;
        };
    }
}
