package com.cloudwright.validate;

import com.cloudwright.model.Diagram;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row of a rule table: a diagram and the nodes the rule must name first (empty for a
 * near-miss that must not trip it).
 */
public record RuleCase(String name, String rule, Supplier<Fixture> fixture, List<String> expected) {

    private static final Validator VALIDATOR = new Validator(Fixture.palette());

    public static RuleCase trips(String rule, String name, Supplier<Fixture> fixture, String... firstNodes) {
        return new RuleCase(name, rule, fixture, List.of(firstNodes));
    }

    public static RuleCase passes(String rule, String name, Supplier<Fixture> fixture) {
        return new RuleCase(name, rule, fixture, List.of());
    }

    public static Validator validator() {
        return VALIDATOR;
    }

    public static List<Problem> problems(Diagram d, String rule) {
        return VALIDATOR.validate(d).problems().stream().filter(p -> p.ruleId().equals(rule)).toList();
    }

    /** Checks the rule names exactly the expected nodes first, and that every problem reads well. */
    public void verify() {
        List<Problem> found = problems(fixture.get().build(), rule);
        assertThat(found).as("%s problems", rule).extracting(p -> p.node().orElse("")).containsExactlyInAnyOrderElementsOf(expected);
        for (Problem p : found) {
            assertThat(p.message()).isNotBlank().doesNotContain("{").doesNotContain("''");
            assertThat(p.hint()).isNotBlank().doesNotContain("{");
            assertThat(p.severity()).isEqualTo(VALIDATOR.rules().rule(rule).orElseThrow().info().severity());
        }
    }

    @Override
    public String toString() {
        return rule + " " + (expected.isEmpty() ? "passes: " : "trips: ") + name;
    }
}
