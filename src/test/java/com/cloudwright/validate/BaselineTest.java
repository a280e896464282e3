package com.cloudwright.validate;

import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineTest {

    @Test
    void theWellArchitectedBaselineHasNoErrorsAndNoWarnings() {
        Diagram d = Fixture.web().build();
        ValidationReport report = RuleCase.validator().validate(d);
        assertThat(report.atLeast(Severity.WARNING)).isEmpty();
        assertThat(report.problems()).extracting(Problem::ruleId).containsOnly("CW-N004");
        assertThat(report.problems()).hasSize(4);
        assertThat(report.problemsOf("pub-a").get(0).message())
                .isEqualTo("Subnet 'pub-a' (10.0.1.0/24): 251 usable addresses of 256 (AWS reserves 5).");
    }
}
