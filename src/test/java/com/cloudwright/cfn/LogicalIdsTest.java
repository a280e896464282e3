package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogicalIdsTest {

    private static Node node(String id, String type, String label) {
        return ExportDiagrams.node(id, type, null, 0, 0, 64, 64, Props.EMPTY).withLabel(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Web servers|WebServers",
            "web-servers_a|WebServersA",
            "MySQL|MySQL",
            "  orders  table ! |OrdersTable",
            "웹 서버 2|2"})
    void pascalCase(String label, String expected) {
        assertThat(LogicalIds.pascal(label)).isEqualTo(expected);
    }

    @Test
    void labelsFirstThenIdsThenTypeWords() {
        LogicalIds ids = new LogicalIds(List.of(
                node("n1", "ec2", "Web servers"),
                node("pub-a", "subnet", null),
                node("n3", "rds", "웹 데이터베이스"),
                node("7", "sqs", null)));
        assertThat(ids.of(node("n1", "ec2", null))).isEqualTo("WebServers");
        assertThat(ids.of(node("pub-a", "subnet", null))).isEqualTo("PubA");
        assertThat(ids.of(node("n3", "rds", null))).isEqualTo("N3");
        assertThat(ids.of(node("7", "sqs", null))).isEqualTo("Queue7");
    }

    @Test
    void sameNameAcrossTypesGetsTypeWordsWithinATypeNumbers() {
        LogicalIds ids = new LogicalIds(List.of(
                node("a", "sqs", "Orders"),
                node("b", "dynamodb", "Orders"),
                node("c", "sqs", "Orders")));
        assertThat(ids.of(node("a", "sqs", null))).isEqualTo("OrdersQueue");
        assertThat(ids.of(node("c", "sqs", null))).isEqualTo("OrdersQueue2");
        assertThat(ids.of(node("b", "dynamodb", null))).isEqualTo("OrdersTable");
    }

    @Test
    void derivedNamesNeverCollide() {
        LogicalIds ids = new LogicalIds(List.of(node("a", "rds", "Db"), node("b", "sqs", "Db Security Group")));
        assertThat(ids.of(node("b", "sqs", null))).isEqualTo("DbSecurityGroup");
        assertThat(ids.claim("DbSecurityGroup")).isEqualTo("DbSecurityGroup2");
    }

    @Test
    void parametersGiveWayToNodesOfTheSameName() {
        com.cloudwright.model.Diagram d = new com.cloudwright.model.Diagram("clash", "us-east-1", java.util.Map.of(),
                List.of(node("q", "sqs", "Key Name"),
                        node("dns", "route53", "Shop").withProp("privateZone", false),
                        node("t", "sqs", "Shop Domain Name"), node("ip", "elastic-ip", "Shop Address")),
                List.of(new com.cloudwright.model.Edge("e", "dns", "ip")));
        Template t = CfnExporter.templates(d, com.cloudwright.palette.Palette.bundled(),
                ExportOptions.defaults().withKeyPair(true)).get("us-east-1");
        assertThat(t.resources()).containsKeys("KeyName", "ShopDomainName");
        assertThat(t.parameters()).containsKeys("ShopDomainName2", "ShopHostedZoneId");
        assertThat(SchemaChecker.bundled().check(t)).isEmpty();
        for (String name : t.parameters().keySet()) {
            assertThat(t.resources()).doesNotContainKey(name);
        }
    }

    @Test
    void hangulOnlyLabelsFallBackToIdsAndTypeWords() {
        LogicalIds ids = new LogicalIds(List.of(
                node("web", "ec2", "웹 서버"),
                node("web-2", "ec2", "웹 서버"),
                node("7", "rds", "주문 데이터베이스"),
                node("q", "sqs", "작업 대기열 2"),
                node("큐", "sqs", "알림 큐")));
        assertThat(ids.of(node("web", "ec2", null))).isEqualTo("Web");
        assertThat(ids.of(node("web-2", "ec2", null))).isEqualTo("Web2");
        assertThat(ids.of(node("7", "rds", null))).isEqualTo("Database7");
        assertThat(ids.of(node("q", "sqs", null))).isEqualTo("Queue2");
        assertThat(ids.of(node("큐", "sqs", null))).as("nothing ASCII at all: the type word").isEqualTo("Queue");
    }

    /**
     * A Korean session names new nodes after the palette's Korean labels: every service labelled so
     * exports with valid, unique alphanumeric logical ids and passes the schema check.
     */
    @Test
    void aDiagramLabelledInKoreanExportsWithAlphanumericIds() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.KOREAN);
            com.cloudwright.palette.Palette palette = com.cloudwright.palette.Palette.bundled();
            com.cloudwright.model.Diagram every = com.cloudwright.testing.ExportDiagrams.everyService(palette, true);
            com.cloudwright.model.Diagram korean = new com.cloudwright.model.Diagram(every.name(), every.region(),
                    every.extra(), every.nodes().stream().map(n -> n.withLabel(palette.require(n.type()).displayLabel())).toList(),
                    every.edges());
            assertThat(korean.nodes()).anyMatch(n -> n.label().equals("NAT 게이트웨이"));
            ExportResult r = new CfnExporter(DiagramCheck.NONE).run(korean, palette,
                    ExportOptions.defaults().withForce(true));
            assertThat(r.problems()).isEmpty();
            Template t = CfnExporter.templates(korean, palette, ExportOptions.defaults()).get("us-east-1");
            assertThat(t.resources().keySet()).isNotEmpty()
                    .allSatisfy(id -> assertThat(id).matches("[A-Za-z][A-Za-z0-9]{0,254}"));
            assertThat(SchemaChecker.bundled().check(t)).isEmpty();
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void kebabForNamesAndPaths() {
        assertThat(LogicalIds.kebab("WebServers")).isEqualTo("web-servers");
        assertThat(LogicalIds.kebab("MySQLDb")).isEqualTo("my-sql-db");
        assertThat(LogicalIds.kebab("OrdersAPI2")).isEqualTo("orders-api2");
    }

    private static Node imported(String id, String type, String label, String logicalId) {
        Node n = node(id, type, label);
        return new Node(n.id(), n.type(), n.parent(), n.label(), n.bounds(), n.props(),
                java.util.Map.of("cfn", java.util.Map.of("logicalId", logicalId, "type", "AWS::X::Y")));
    }

    @Test
    void anImportedNodeKeepsItsLogicalIdBeforeLabelsAreNamed() {
        LogicalIds ids = new LogicalIds(List.of(
                node("a", "ec2", "Private subnet 0"),
                imported("b", "subnet", "VPC-private-us-east-1a", "PrivateSubnet0"),
                imported("c", "sqs", "Orders", "bad id!"),
                imported("d", "sqs", "Jobs", "PrivateSubnet0")));
        assertThat(ids.of(node("b", "subnet", null))).isEqualTo("PrivateSubnet0");
        assertThat(ids.of(node("a", "ec2", null))).as("a label yields to an imported id").isEqualTo("PrivateSubnet02");
        assertThat(ids.of(node("c", "sqs", null))).as("not a valid logical id: named by label").isEqualTo("Orders");
        assertThat(ids.of(node("d", "sqs", null))).as("an id claimed twice: the second is named by label").isEqualTo("Jobs");
    }
}
