package com.cloudwright.validate.rules;

import com.cloudwright.validate.Fixture;
import com.cloudwright.validate.RuleCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.cloudwright.validate.RuleCase.passes;
import static com.cloudwright.validate.RuleCase.trips;

class ConnectionRulesTest {

    static Fixture queueToLambda() {
        return Fixture.web().node("q", "sqs", "r1").node("fn", "lambda", "r1").edge("q", "fn");
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                trips("CW-C001", "CloudFront with an RDS origin",
                        () -> Fixture.web().node("cdn", "cloudfront", null).edge("cdn", "db"), "cdn"),
                trips("CW-C001", "an edge drawn backwards (RDS calls EC2)", () -> Fixture.web().edge("db", "web-a"), "db"),
                trips("CW-C001", "a group member the caller may not call (and that may not call what the group calls)",
                        () -> Fixture.web().node("q", "sqs", "r1").set("asg", "members", List.of("web-a", "web-b", "q")), "alb", "q"),
                passes("CW-C001", "CloudFront with an ALB origin", () -> Fixture.web().node("cdn", "cloudfront", null).edge("cdn", "alb")),
                passes("CW-C001", "users straight to RDS is CW-C003's", () -> Fixture.web().edge("users", "db")),

                trips("CW-C002", "SQS feeds Lambda with no dead-letter queue", ConnectionRulesTest::queueToLambda, "q"),
                trips("CW-C002", "the dead-letter queue named does not exist",
                        () -> queueToLambda().set("q", "deadLetterQueue", "nope"), "q"),
                passes("CW-C002", "a dead-letter queue is set",
                        () -> queueToLambda().node("dlq", "sqs", "r1").set("q", "deadLetterQueue", "dlq")),
                passes("CW-C002", "SQS read by EC2", () -> Fixture.web().node("q", "sqs", "r1").edge("web-a", "q")),

                trips("CW-C003", "users straight to RDS", () -> Fixture.web().edge("users", "db"), "db"),
                trips("CW-C003", "an internet-facing ALB to ElastiCache",
                        () -> Fixture.web().node("cache", "elasticache", "vpc").edge("alb", "cache"), "cache"),
                passes("CW-C003", "the application tier calls the database", Fixture::web),
                passes("CW-C003", "an internal load balancer in front of a database is CW-C001's",
                        () -> Fixture.web().set("alb", "scheme", "internal").edge("alb", "db")),

                trips("CW-C004", "an ALB targets an instance in another VPC",
                        () -> NetworkRulesTest.threeVpcs().node("far", "ec2", "s2").edge("alb", "far"), "far"),
                passes("CW-C004", "targets in the load balancer's VPC", Fixture::web),

                trips("CW-C005", "one producer sends to two queues",
                        () -> Fixture.web().node("q1", "sqs", "r1").node("q2", "sqs", "r1").edge("web-a", "q1").edge("web-a", "q2"), "web-a"),
                passes("CW-C005", "an SNS topic fans out",
                        () -> Fixture.web().node("q1", "sqs", "r1").node("q2", "sqs", "r1").node("topic", "sns", "r1")
                                .edge("web-a", "topic").edge("topic", "q1").edge("topic", "q2")),
                passes("CW-C005", "two edges to one queue",
                        () -> Fixture.web().node("q1", "sqs", "r1").edge("web-a", "q1").edgeWithId("again", "web-a", "q1")),

                trips("CW-C006", "a FIFO queue with a standard dead-letter queue",
                        () -> queueToLambda().set("q", "fifo", true).node("dlq", "sqs", "r1").set("q", "deadLetterQueue", "dlq"), "q"),
                trips("CW-C006", "a queue that is its own dead-letter queue", () -> queueToLambda().set("q", "deadLetterQueue", "q"), "q"),
                passes("CW-C006", "FIFO with a FIFO dead-letter queue",
                        () -> queueToLambda().set("q", "fifo", true).node("dlq", "sqs", "r1", "fifo", true).set("q", "deadLetterQueue", "dlq")),

                trips("CW-C007", "an event pattern written as prose",
                        () -> Fixture.web().node("bus", "eventbridge", "r1", "eventPattern", "Object Created, prefix images/"), "bus"),
                trips("CW-C007", "an event pattern that is a JSON list, not an object",
                        () -> Fixture.web().node("bus", "eventbridge", "r1", "eventPattern", "[\"aws.s3\"]"), "bus"),
                passes("CW-C007", "a JSON event pattern",
                        () -> Fixture.web().node("bus", "eventbridge", "r1", "eventPattern", "{\"source\": [\"aws.s3\"]}")),
                passes("CW-C007", "no event pattern", () -> Fixture.web().node("bus", "eventbridge", "r1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(RuleCase c) {
        c.verify();
    }
}
