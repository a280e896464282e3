package com.cloudwright.ui.cost;

import com.cloudwright.palette.PropertySpec;
import com.cloudwright.palette.PropertyType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What typing a usage assumption in the cost table stores, checked against the property's spec. */
class AssumptionInputTest {

    private static PropertySpec spec(String type) {
        return switch (type) {
            case "INTEGER" -> new PropertySpec("hours", "Hours", PropertyType.INTEGER, 730, List.of(), 0.0, 744.0, "h", "usage", null, null);
            case "NUMBER" -> new PropertySpec("gb", "GB", PropertyType.NUMBER, 100, List.of(), null, null, "GB", "usage", null, null);
            case "CHOICE" -> new PropertySpec("api", "API", PropertyType.CHOICE, "REST", List.of("REST", "HTTP"), null, null, null, "usage", null, null);
            case "BOOLEAN" -> new PropertySpec("multiAz", "Multi-AZ", PropertyType.BOOLEAN, false, List.of(), null, null, null, "config", null, null);
            case "NONE" -> null;
            default -> throw new IllegalArgumentException(type);
        };
    }

    @ParameterizedTest(name = "{0} ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
            "INTEGER | 500      | 500 (Long)",
            "INTEGER | ' 24 '   | 24 (Long)",
            "INTEGER | 1e2      | 100 (Long)",
            "INTEGER | ''       | null",
            "INTEGER | 12.5     | hours: '12.5' is not a whole number.",
            "INTEGER | 800      | hours: 800 is outside 0 to 744.",
            "INTEGER | -1       | hours: -1 is outside 0 to 744.",
            "INTEGER | lots     | hours: 'lots' is not a number.",
            "NUMBER  | 1000     | 1000 (Long)",
            "NUMBER  | '1,000'  | 1000 (Long)",
            "NUMBER  | 0.5      | 0.5 (Double)",
            "NUMBER  | -3       | gb: -3 is negative.",
            "CHOICE  | http     | HTTP (String)",
            "CHOICE  | SOAP     | api: 'SOAP' is not one of REST, HTTP.",
            "BOOLEAN | yes      | true (Boolean)",
            "BOOLEAN | maybe    | multiAz: 'maybe' is not true or false.",
            "NONE    | 42       | 42 (Long)",
            "NONE    | gp3      | gp3 (String)",
    })
    void readsWhatWasTyped(String type, String text, String expected) {
        String property = spec(type) == null ? "x" : spec(type).name();
        AssumptionInput.Result r = AssumptionInput.read(text, property, spec(type));
        String shown = r instanceof AssumptionInput.Invalid i ? i.message()
                : ((AssumptionInput.Value) r).value() == null ? "null"
                : ((AssumptionInput.Value) r).value() + " (" + ((AssumptionInput.Value) r).value().getClass().getSimpleName() + ")";
        assertThat(shown).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"730, 730.0, true", "730, 731, false", "REST, REST, true"})
    void sameValueIsNotAChange(String a, String b, boolean same) {
        Object x = AssumptionInput.number(a) != null ? AssumptionInput.number(a) : a;
        Object y = AssumptionInput.number(b) != null ? AssumptionInput.number(b) : b;
        assertThat(AssumptionInput.same(x, y)).isEqualTo(same);
    }
}
