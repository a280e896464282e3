package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Validator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drop the editor allows must not be a placement error of the validator (CW-P001 to CW-P003),
 * and a drop it refuses must be one: for every palette type in every kind of container.
 */
class PlacementAgreesWithValidatorTest {

    private static final Set<String> PLACEMENT_RULES = Set.of("CW-P001", "CW-P002", "CW-P003");

    @Test
    void everyTypeInEveryContainer() {
        Validator validator = new Validator(PALETTE);
        PlacementCheck check = new PlacementCheck(PALETTE);
        Diagram base = Fixtures.sample();
        List<String> disagreements = new ArrayList<>();
        int cases = 0;
        for (PaletteEntry entry : PALETTE.entries()) {
            if (entry.isGroup()) {
                continue;   // overlay groups never have a parent: nothing for the validator to judge
            }
            for (String parent : Arrays.asList(null, "r1", "vpc", "aza", "pub-a", "priv-a", "web")) {
                cases++;
                List<Node> nodes = new ArrayList<>(base.nodes());
                nodes.add(new Node("probe", entry.id(), parent, null, new Bounds(200, 220, 64, 64), Props.EMPTY, Map.of()));
                Diagram d = new Diagram("probe", base.region(), Map.of(), nodes, base.edges());
                boolean allowed = check.placementProblem(base, entry.id(), parent).isEmpty();
                List<String> errors = validator.validate(d).problemsOf("probe").stream()
                        .filter(p -> PLACEMENT_RULES.contains(p.ruleId())).map(Problem::ruleId).toList();
                if (allowed != errors.isEmpty()) {
                    disagreements.add(entry.id() + " in " + parent + ": editor " + (allowed ? "allows" : "refuses")
                            + ", validator " + errors);
                }
            }
        }
        assertThat(cases).isGreaterThan(300);
        assertThat(disagreements).isEmpty();
    }
}
