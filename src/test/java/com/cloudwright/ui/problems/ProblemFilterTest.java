package com.cloudwright.ui.problems;

import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemFilterTest {

    private static final ProblemRow DB_PUBLIC = new ProblemRow(new Problem("CW-P004", Severity.ERROR, List.of("db"), List.of(),
            "Amazon RDS 'Orders DB' sits in public subnet 'Public subnet'.", "Move it to a private subnet."), "Orders DB");
    private static final ProblemRow SINGLE_AZ = new ProblemRow(new Problem("CW-R002", Severity.WARNING, List.of("db"), List.of(),
            "RDS 'Orders DB' is single-AZ.", "Turn on Multi-AZ."), "Orders DB");
    private static final ProblemRow ADDRESSES = new ProblemRow(new Problem("CW-N005", Severity.INFO, List.of("s1"), List.of(),
            "Subnet 's1' has 251 usable addresses.", ""), "App subnet");

    @ParameterizedTest(name = "shown={0} text=''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
            "ERROR,WARNING,INFO | ''               | CW-P004 CW-R002 CW-N005",
            "ERROR             | ''               | CW-P004",
            "WARNING,INFO      | ''               | CW-R002 CW-N005",
            "''                | ''               | ''",
            "ERROR,WARNING,INFO | cw-r002         | CW-R002",
            "ERROR,WARNING,INFO | orders db       | CW-P004 CW-R002",
            "ERROR,WARNING,INFO | 'db   public'   | CW-P004",
            "ERROR,WARNING,INFO | multi-az        | CW-R002",
            "ERROR,WARNING,INFO | 'app subnet'    | CW-N005",
            "WARNING,INFO      | public           | ''",
            "ERROR,WARNING,INFO | nothing-matches | ''",
    })
    void showsTheSeveritiesSwitchedOnWhoseTextHasEveryWord(String shown, String text, String expected) {
        EnumSet<Severity> severities = EnumSet.noneOf(Severity.class);
        for (String s : shown.split(",")) {
            if (!s.isBlank()) {
                severities.add(Severity.valueOf(s.strip()));
            }
        }
        ProblemFilter filter = new ProblemFilter(severities, text);
        List<String> kept = List.of(DB_PUBLIC, SINGLE_AZ, ADDRESSES).stream().filter(filter).map(ProblemRow::ruleId).toList();
        assertThat(String.join(" ", kept)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void togglingASeverityKeepsTheText() {
        ProblemFilter f = ProblemFilter.ALL.withText("orders").withSeverity(Severity.ERROR, false);
        assertThat(f.shown()).containsExactly(Severity.WARNING, Severity.INFO);
        assertThat(f.text()).isEqualTo("orders");
        assertThat(f.test(DB_PUBLIC)).isFalse();
        assertThat(f.test(SINGLE_AZ)).isTrue();
        assertThat(f.withSeverity(Severity.ERROR, true).test(DB_PUBLIC)).isTrue();
    }
}
