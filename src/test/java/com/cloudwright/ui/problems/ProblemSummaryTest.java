package com.cloudwright.ui.problems;

import com.cloudwright.validate.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemSummaryTest {

    @ParameterizedTest(name = "{0}/{1}/{2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "0 | 0 | 0 | No problems",
            "1 | 0 | 0 | 1 error",
            "2 | 3 | 0 | 2 errors, 3 warnings",
            "0 | 1 | 0 | 1 warning",
            "0 | 0 | 4 | 4 info",
            "1 | 1 | 1 | 1 error, 1 warning, 1 info",
    })
    void countsOnlyWhatThereIs(long errors, long warnings, long info, String expected) {
        assertThat(ProblemSummary.of(Map.of(Severity.ERROR, errors, Severity.WARNING, warnings, Severity.INFO, info)))
                .isEqualTo(expected);
    }
}
