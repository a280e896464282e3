package com.cloudwright.validate;

import com.cloudwright.validate.rules.placement.ContainerNesting;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetTest {

    private static final RuleSet RULES = RuleSet.discovered();

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(textBlock = """
            CW-P001, ERROR,   RELIABILITY
            CW-P002, ERROR,   RELIABILITY
            CW-P003, ERROR,   SECURITY
            CW-P004, ERROR,   SECURITY
            CW-P005, ERROR,   RELIABILITY
            CW-P006, ERROR,   RELIABILITY
            CW-P007, ERROR,   RELIABILITY
            CW-P008, WARNING, RELIABILITY
            CW-P009, ERROR,   RELIABILITY
            CW-P010, WARNING, RELIABILITY
            CW-N001, ERROR,   RELIABILITY
            CW-N002, ERROR,   RELIABILITY
            CW-N003, ERROR,   RELIABILITY
            CW-N004, INFO,    PERFORMANCE_EFFICIENCY
            CW-N005, ERROR,   RELIABILITY
            CW-N006, ERROR,   RELIABILITY
            CW-N007, WARNING, OPERATIONAL_EXCELLENCE
            CW-N008, WARNING, OPERATIONAL_EXCELLENCE
            CW-N009, INFO,    COST_OPTIMIZATION
            CW-N010, ERROR,   RELIABILITY
            CW-C001, ERROR,   SECURITY
            CW-C002, WARNING, RELIABILITY
            CW-C003, ERROR,   SECURITY
            CW-C004, ERROR,   RELIABILITY
            CW-C005, INFO,    RELIABILITY
            CW-C006, ERROR,   RELIABILITY
            CW-C007, ERROR,   RELIABILITY
            CW-R001, WARNING, RELIABILITY
            CW-R002, WARNING, RELIABILITY
            CW-R003, WARNING, RELIABILITY
            CW-R004, WARNING, RELIABILITY
            CW-R005, WARNING, RELIABILITY
            CW-R006, WARNING, RELIABILITY
            CW-R007, WARNING, RELIABILITY
            CW-R008, ERROR,   RELIABILITY
            CW-R009, WARNING, RELIABILITY
            CW-R010, ERROR,   RELIABILITY
            CW-S001, WARNING, SECURITY
            CW-S002, WARNING, SECURITY
            CW-S003, INFO,    SECURITY
            CW-S004, WARNING, SECURITY
            CW-S005, ERROR,   SECURITY
            CW-S006, WARNING, SECURITY
            CW-S007, INFO,    SECURITY
            CW-K001, INFO,    COST_OPTIMIZATION
            CW-K002, INFO,    COST_OPTIMIZATION
            CW-K003, INFO,    COST_OPTIMIZATION
            CW-K004, INFO,    COST_OPTIMIZATION
            CW-X001, WARNING, OPERATIONAL_EXCELLENCE
            CW-X002, WARNING, OPERATIONAL_EXCELLENCE
            """)
    void everyRuleIsDiscoveredWithItsSeverityAndPillar(String id, Severity severity, Pillar pillar) {
        RuleInfo info = RULES.rule(id).orElseThrow(() -> new AssertionError(id + " was not discovered")).info();
        assertThat(info.severity()).isEqualTo(severity);
        assertThat(info.pillar()).isEqualTo(pillar);
        assertThat(info.title()).isNotBlank().doesNotContain("''");
        assertThat(info.description()).isNotBlank().doesNotContain("''");
        assertThat(info.fixHint()).isNotBlank().doesNotContain("''");
        assertThat(info.origin()).isNotBlank();
        assertThat(info.documentation()).startsWith("https://");
    }

    @Test
    void theSetHoldsExactlyTheTabledRulesInReferenceOrder() {
        assertThat(RULES.size()).isEqualTo(50);
        List<String> ids = RULES.rules().stream().map(r -> r.info().id()).toList();
        assertThat(ids).isSortedAccordingTo(RuleInfo.ID_ORDER).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo("CW-P001");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("CW-X002");
    }

    @Test
    void aSecondRuleWithAKnownIdIsRefusedNamingBothClasses() {
        Rule impostor = new AbstractRule("CW-P001", Severity.INFO, Pillar.SECURITY, "https://example.com") {
            @Override
            public List<Problem> check(RuleContext context) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> RuleSet.of(List.of(new ContainerNesting(), impostor)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rule id CW-P001 is declared twice")
                .hasMessageContaining(ContainerNesting.class.getName())
                .hasMessageContaining(impostor.getClass().getName());
    }

    @Test
    void aBadIdIsRefused() {
        assertThatThrownBy(() -> new RuleInfo("P001", Severity.INFO, Pillar.SECURITY, "t", "d", "h", "https://x", ""))
                .hasMessageContaining("does not look like CW-P001");
    }

    @Test
    void everyRuleClassIsRegisteredForDiscovery() {
        Set<String> implementations = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.cloudwright").stream()
                .filter(c -> c.isAssignableTo(Rule.class) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> discovered = RULES.rules().stream().map(r -> r.getClass().getName()).collect(Collectors.toSet());
        assertThat(discovered).as("rule classes without @AutoService(Rule.class)").containsExactlyInAnyOrderElementsOf(implementations);
    }

    @Test
    void bundleTextsWriteApostrophesTwiceAndBelongToKnownRules() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/com/cloudwright/validate/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String key : p.stringPropertyNames()) {
            assertThat(loneApostrophe.matcher(p.getProperty(key)).find()).as("lone apostrophe in %s", key).isFalse();
            String prefix = key.substring(0, key.indexOf('.'));
            assertThat(prefix.equals("validator") || RULES.rule(prefix).isPresent()).as("key %s names no rule", key).isTrue();
        }
    }
}
