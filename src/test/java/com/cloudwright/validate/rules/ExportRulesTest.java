package com.cloudwright.validate.rules;

import com.cloudwright.validate.Fixture;
import com.cloudwright.validate.RuleCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static com.cloudwright.validate.RuleCase.passes;
import static com.cloudwright.validate.RuleCase.trips;

class ExportRulesTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                trips("CW-X001", "a CodeBuild project (no CloudFormation schema is bundled for it)",
                        () -> Fixture.web().node("build", "codebuild", "r1"), "build"),
                trips("CW-X001", "Amazon OpenSearch Service drawn in a subnet",
                        () -> Fixture.web().node("search", "opensearch", "app-a"), "search"),
                passes("CW-X001", "a three-tier web application (users are outside AWS, not left out)", Fixture::web),
                trips("CW-X001", "Shield Advanced (a subscription bought outside CloudFormation)",
                        () -> Fixture.web().node("ddos", "shield", null, "advanced", true), "ddos"),
                passes("CW-X001", "Shield Standard protects every account with nothing to create",
                        () -> Fixture.web().node("ddos", "shield", null)),
                passes("CW-X001", "QuickSight has no stack part and loses nothing",
                        () -> Fixture.web().node("bi", "quicksight", "r1")),

                trips("CW-X002", "an SNS topic drawn onto an EC2 instance (no subscription is written for it)",
                        () -> Fixture.web().node("topic", "sns", "r1").edge("topic", "web-a"), "topic"),
                trips("CW-X002", "an HTTP API drawn onto a queue (only Lambda integrations for HTTP APIs)",
                        () -> Fixture.web().node("api", "api-gateway", "r1", "apiType", "HTTP").node("q", "sqs", "r1")
                                .edge("api", "q"), "api"),
                trips("CW-X002", "an EventBridge rule drawn onto an ECS service",
                        () -> Fixture.web().node("bus", "eventbridge", "r1").node("svc", "ecs", "app-a").edge("bus", "svc"),
                        "bus"),
                passes("CW-X002", "a REST API drawn onto a queue, a topic and a state machine",
                        () -> Fixture.web().node("api", "api-gateway", "r1").node("q", "sqs", "r1").node("t", "sns", "r1")
                                .node("sm", "step-functions", "r1").edge("api", "q").edge("api", "t").edge("api", "sm")),
                passes("CW-X002", "a load balancer drawn onto an Auto Scaling group reaches its instances", Fixture::web),
                trips("CW-X002", "CloudFront drawn onto an instance its Auto Scaling group launches (no fixed origin address)",
                        () -> Fixture.web().node("cdn", "cloudfront", null).edge("cdn", "web-a"), "cdn"),
                passes("CW-X002", "CloudFront drawn onto a standalone instance names it as a custom origin",
                        () -> Fixture.web().node("cdn", "cloudfront", null).node("solo", "ec2", "app-a")
                                .edge("cdn", "solo")),
                passes("CW-X002", "a connection the palette forbids is CW-C001's",
                        () -> Fixture.web().node("topic", "sns", "r1").edge("topic", "db")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(RuleCase c) {
        c.verify();
    }
}
