package com.cloudwright.validate;

import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class QuickFixTest {

    record FixCase(String rule, String name, Supplier<Fixture> fixture, int fixes) {
        @Override
        public String toString() {
            return rule + ": " + name;
        }
    }

    static FixCase c(String rule, String name, Supplier<Fixture> fixture, int fixes) {
        return new FixCase(rule, name, fixture, fixes);
    }

    static Stream<FixCase> cases() {
        return Stream.of(
                c("CW-P004", "move RDS to a private subnet of its AZ", () -> Fixture.web().parent("db", "pub-a"), 1),
                c("CW-P004", "drop public subnets from a cache's list",
                        () -> Fixture.web().node("cache", "elasticache", "vpc", "subnets", List.of("app-a", "pub-b")), 1),
                c("CW-P005", "move the NAT gateway to a public subnet", () -> Fixture.web().parent("nat-b", "app-b"), 1),
                c("CW-P006", "add an internet gateway", () -> Fixture.web().remove("igw"), 1),
                c("CW-P006", "keep one internet gateway", () -> Fixture.web().node("igw2", "internet-gateway", "vpc"), 1),
                c("CW-P007", "move an internet-facing ALB to a public subnet", () -> Fixture.web().parent("alb", "app-a"), 1),
                c("CW-P008", "add a NAT gateway, or an S3 endpoint",
                        () -> Fixture.web().remove("nat-a").remove("nat-b").node("bucket", "s3", "r1").edge("web-a", "bucket"), 2),
                c("CW-P010", "move Lambda to a private subnet",
                        () -> Fixture.web().node("fn", "lambda", "pub-a").node("table", "dynamodb", "r1").edge("fn", "table"), 1),
                c("CW-N001", "shrink a /8 VPC to a /16", () -> Fixture.web().set("vpc", "cidr", "10.0.0.0/8"), 1),
                c("CW-N002", "move a subnet into the VPC's range", () -> Fixture.web().set("app-b", "cidr", "10.1.12.0/24"), 1),
                c("CW-N003", "give an overlapping subnet the next free block", () -> Fixture.web().set("app-b", "cidr", "10.0.11.0/24"), 1),
                c("CW-N008", "give a subnet a block", () -> Fixture.web().set("app-b", "cidr", null), 1),
                c("CW-C002", "add a dead-letter queue", () -> Fixture.web().node("q", "sqs", "r1").node("fn", "lambda", "r1").edge("q", "fn"), 1),
                c("CW-C005", "fan out through SNS",
                        () -> Fixture.web().node("q1", "sqs", "r1").node("q2", "sqs", "r1").edge("web-a", "q1").edge("web-a", "q2"), 1),
                c("CW-C006", "make the dead-letter queue FIFO",
                        () -> Fixture.web().node("q", "sqs", "r1", "fifo", true).node("dlq", "sqs", "r1").set("q", "deadLetterQueue", "dlq"), 1),
                c("CW-R002", "turn on Multi-AZ", () -> Fixture.web().set("db", "multiAz", false), 1),
                c("CW-R002", "give Aurora a second instance", () -> Fixture.web().node("aur", "aurora", "vpc", "instances", 1), 1),
                c("CW-R004", "add a NAT gateway in the other AZ", () -> Fixture.web().remove("nat-b"), 1),
                c("CW-R005", "move the replica to another AZ",
                        () -> Fixture.web().parent("db", "app-a").node("replica", "rds", "app-a").edge("db", "replica"), 1),
                c("CW-R008", "clamp desired into min..max", () -> Fixture.web().set("asg", "desired", 9), 1),
                c("CW-R009", "turn on versioning", () -> Fixture.web().node("backups", "s3", "r1"), 1),
                c("CW-S002", "turn on encryption", () -> Fixture.web().set("db", "encrypted", false), 1),
                c("CW-S002", "encrypt a bucket", () -> Fixture.web().node("bucket", "s3", "r1", "encryption", "none"), 1),
                c("CW-S004", "make a CloudFront-served bucket private",
                        () -> Fixture.web().node("site", "s3", "r1", "public", true).node("cdn", "cloudfront", null).edge("cdn", "site"), 1),
                c("CW-S005", "turn off public accessibility", () -> Fixture.web().set("db", "publiclyAccessible", true), 1),
                c("CW-K001", "t2 to t3", () -> Fixture.web().set("web-a", "instanceType", "t2.micro"), 1),
                c("CW-K002", "move logs to Glacier after six months", () -> Fixture.web().node("access-logs", "s3", "r1"), 1),
                c("CW-K003", "delete an idle Elastic IP", () -> Fixture.web().node("eip3", "elastic-ip", "vpc"), 1),
                c("CW-K004", "add a gateway endpoint for S3", () -> Fixture.web().node("bucket", "s3", "r1").edge("web-a", "bucket"), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFixIsOneUndoStepThatRemovesTheProblem(FixCase fc) {
        Validator validator = RuleCase.validator();
        int offered = -1;
        for (int i = 0; offered < 0 || i < offered; i++) {
            Diagram d = fc.fixture().get().build();
            ValidationReport before = validator.validate(d);
            Problem problem = before.problems().stream().filter(p -> p.ruleId().equals(fc.rule())).findFirst()
                    .orElseThrow(() -> new AssertionError(fc.rule() + " does not trip"));
            List<QuickFix> fixes = validator.quickFixes(d, problem);
            offered = fixes.size();
            assertThat(fixes).as("fixes offered").hasSize(fc.fixes());
            QuickFix fix = fixes.get(i);
            assertThat(fix.ruleId()).isEqualTo(fc.rule());
            assertThat(fix.title()).isNotBlank().doesNotContain("{").doesNotContain("''");

            d.history().execute(fix.command());
            assertThat(d.history().undoDescription()).contains(fix.command().description());
            List<Problem> after = validator.validate(d).problems();
            assertThat(after).as("after '%s'", fix.title())
                    .noneMatch(p -> p.ruleId().equals(problem.ruleId()) && p.node().equals(problem.node()));
            assertThat(after).as("no new error after '%s'", fix.title())
                    .filteredOn(p -> p.severity() == Severity.ERROR).isSubsetOf(before.problems());

            d.history().undo();
            assertThat(d.history().canUndo()).as("one undo step").isFalse();
            assertThat(validator.validate(d).problems()).isEqualTo(before.problems());

            d.history().redo();
            assertThat(validator.validate(d).problems()).isEqualTo(after);
        }
    }

    @Test
    void aProblemThatNoLongerAppliesOffersNothing() {
        Diagram d = Fixture.web().parent("db", "pub-a").build();
        Problem problem = RuleCase.problems(d, "CW-P004").get(0);
        Diagram fixed = Fixture.web().remove("db").build();
        assertThat(RuleCase.validator().quickFixes(fixed, problem)).isEmpty();
    }

    @Test
    void fixesAreNamedForPeople() {
        Diagram d = Fixture.web().parent("db", "pub-a").build();
        Problem problem = RuleCase.problems(d, "CW-P004").get(0);
        assertThat(RuleCase.validator().quickFixes(d, problem)).extracting(QuickFix::title)
                .containsExactly("Move 'Amazon RDS' to private subnet 'Private subnet 10.0.11.0/24'");
    }

    @Test
    void aMovedNodeLandsInsideItsNewSubnetClearOfTheOthers() {
        Diagram d = Fixture.web().parent("db", "pub-a").build();
        Problem problem = RuleCase.problems(d, "CW-P004").get(0);
        d.history().execute(RuleCase.validator().quickFixes(d, problem).get(0).command());
        assertThat(d.requireNode("db").parent()).isEqualTo("app-a");
        assertThat(d.requireNode("app-a").bounds().contains(d.requireNode("db").bounds())).isTrue();
        assertThat(d.requireNode("db").bounds().intersects(d.requireNode("web-a").bounds())).isFalse();
    }
}
