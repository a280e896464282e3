package com.cloudwright.edit;

import com.cloudwright.model.AddEdge;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Props;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static com.cloudwright.edit.Fixtures.icon;
import static com.cloudwright.edit.Fixtures.oneStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionsTest {

    private final Diagram d = Fixtures.sample();

    ConnectionsTest() {
        d.history().execute(new AddNode(icon("cf", "cloudfront", null, 1500, 300)));
        d.history().execute(new AddNode(icon("cache", "elasticache", "priv-b", 660, 460)));
        d.history().execute(new AddNode(Fixtures.node("pg", "rds", "priv-b", 800, 460, 64, 64, Props.of("engine", "postgres"))));
        d.history().execute(new AddNode(icon("fn", "lambda", "r1", 1300, 300)));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            cf    | s3    | -
            cf    | asg   | -
            users | cf    | -
            web   | pg    | -
            queue | fn    | -
            fn    | queue | -
            cf    | db    | Amazon CloudFront cannot send requests to Amazon RDS: its origins are S3, ALB, NLB, API Gateway, EC2, Lambda, Auto Scaling group, on-premises servers and 5 more
            users | db    | Users cannot send requests to Amazon RDS: it calls CloudFront, Route 53, ALB, NLB, API Gateway, EC2, S3, Cognito and 18 more
            cache | db    | Amazon ElastiCache does not send requests to other services, so it cannot call Amazon RDS
            web   | web   | Amazon EC2 cannot be connected to itself
            web   | db    | Amazon EC2 already sends requests to Amazon RDS
            s3    | web   | Amazon S3 cannot send requests to Amazon EC2: it calls Lambda, SQS, SNS, EventBridge, S3, S3 Glacier
            web   | ghost | There is no node 'ghost' to connect
            """)
    void followsThePalettesTargets(String from, String to, String expected) {
        assertThat(Connections.connectProblem(PALETTE, d, from, to).orElse(null)).isEqualTo(expected);
    }

    @Test
    void callingAGroupIsAllowedWhenEveryMemberMayBeCalled() {
        d.history().execute(new GroupAs(PALETTE, "security-group", java.util.List.of("web", "web2")));
        assertThat(Connections.connectProblem(PALETTE, d, "cf", "security-group")).as("EC2 origins").isEmpty();
        d.history().execute(new GroupAs(PALETTE, "security-group", java.util.List.of("db", "pg")));
        assertThat(Connections.connectProblem(PALETTE, d, "cf", "security-group-2"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Amazon CloudFront cannot send requests to Security group"));
    }

    @Test
    void anAttachmentCarriesNoPortLabelButTrafficDoes() {
        d.history().execute(new AddNode(icon("acl", "waf", null, 1500, 500)));
        d.history().execute(new AddNode(icon("alarm", "cloudwatch", "r1", 1300, 500)));
        assertThat(Connections.newEdge(PALETTE, d, "acl", "cf").label()).as("WAF on CloudFront").isNull();
        assertThat(Connections.newEdge(PALETTE, d, "alarm", "asg").label()).as("an alarm on the group").isNull();
        assertThat(Connections.newEdge(PALETTE, d, "users", "cf").label()).as("viewers reach CloudFront on 443")
                .isEqualTo(Connections.defaultLabel(PALETTE, d, "cf").orElseThrow());
    }

    @Test
    void theLabelStartsAsTheCalleesPort() {
        assertThat(Connections.defaultLabel(PALETTE, d, "db")).contains("3306");
        assertThat(Connections.defaultLabel(PALETTE, d, "pg")).contains("5432");
        assertThat(Connections.defaultLabel(PALETTE, d, "cache")).contains("6379");
        assertThat(Connections.defaultLabel(PALETTE, d, "asg")).as("its members' port").contains("80");
        assertThat(Connections.defaultLabel(PALETTE, d, "users")).isEmpty();
    }

    @Test
    void connectAddsALabelledEdgeAsOneStepOrRefuses() {
        AddEdge connect = Connections.connect(PALETTE, d, "web2", "pg");
        oneStep(d, () -> d.history().execute(connect));
        Edge e = d.edgesFrom("web2").get(0);
        assertThat(e.id()).isEqualTo("e4");
        assertThat(e.to()).isEqualTo("pg");
        assertThat(e.label()).isEqualTo("5432");
        assertThatThrownBy(() -> Connections.connect(PALETTE, d, "cf", "db"))
                .isInstanceOf(EditRefusedException.class).hasMessageStartingWith("Amazon CloudFront cannot send requests");
    }
}
