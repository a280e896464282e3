package com.cloudwright.cli;

import com.cloudwright.validate.RuleSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {

    @Test
    void listsEveryRuleWithIdSeverityPillarAndTitle() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("rules");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(RuleSet.discovered().size());
        assertThat(r.out()).contains("CW-P004  error    Security                Databases and caches live in private subnets")
                .contains("CW-K001  info     Cost optimization       Current-generation instance families");
    }

    @Test
    void theCommittedRuleReferenceIsUpToDate() throws IOException {
        ValidateCommandTest.Run r = ValidateCommandTest.run("rules", "--format", "markdown");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# Cloudwright validation rules").contains("### CW-N006").contains("| [CW-C002](#cw-c002) | warning |");
        Path committed = Path.of("docs/rules.md");
        assertThat(Files.readString(committed))
                .as("docs/rules.md is stale: regenerate with `java -jar target/cloudwright.jar --lang en rules --format markdown > docs/rules.md`")
                .isEqualTo(r.out());
    }
}
