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
        // not even a note: its /24 subnets hold a few addresses' worth each, far from full
        assertThat(report.problems()).isEmpty();
    }
}
