package com.cloudwright.cfn.read;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** AWS-written sample templates open as the diagrams AWS draws of them. */
class ImportSamplesTest {

    private static Node node(Diagram d, String id) {
        return d.requireNode(id);
    }

    private static boolean hasEdge(Diagram d, String from, String to) {
        return d.edges().stream().anyMatch(e -> e.from().equals(from) && e.to().equals(to));
    }

    @Test
    void aTwoAzVpcWithNatGatewaysNestsRegionVpcAzSubnet() throws Exception {
        Diagram d = Samples.imported(Samples.VPC_NAT);
        Node vpc = node(d, "VPC");
        assertThat(vpc.parent()).isEqualTo("region");
        assertThat(vpc.props().get("cidr")).isEqualTo("10.0.0.0/16");
        assertThat(d.availabilityZoneOf(node(d, "PublicSubnet0")).orElseThrow().props().get("zone")).isEqualTo("a");
        assertThat(d.availabilityZoneOf(node(d, "PublicSubnet1")).orElseThrow().props().get("zone")).isEqualTo("b");
        assertThat(d.availabilityZoneOf(node(d, "PrivateSubnet0")).orElseThrow().id())
                .isEqualTo(d.availabilityZoneOf(node(d, "PublicSubnet0")).orElseThrow().id());
        assertThat(node(d, "PublicSubnet0").props().get("public")).isEqualTo(true);
        assertThat(node(d, "PrivateSubnet1").props().get("public")).isEqualTo(false);
        assertThat(node(d, "PrivateSubnet1").props().get("cidr")).isEqualTo("10.0.3.0/24");
        assertThat(node(d, "NATGateway0").parent()).isEqualTo("PublicSubnet0");
        assertThat(node(d, "NATGateway1").parent()).isEqualTo("PublicSubnet1");
        assertThat(node(d, "InternetGateway").parent()).isEqualTo("VPC");
        assertThat(cfnParts(node(d, "NATGateway0"))).containsExactly("ElasticIP0");
        assertThat(cfnParts(node(d, "InternetGateway"))).containsExactly("GatewayToInternet");
        assertThat(d.nodesOfType(NodeTypes.AVAILABILITY_ZONE)).hasSize(2);
    }

    @Test
    void jsonAndYamlOfOneTemplateGiveTheSameDiagram() throws Exception {
        DiagramWriter w = new DiagramWriter();
        String yaml = w.write(Samples.imported(Samples.VPC_NAT));
        String json = w.write(Samples.imported(Samples.VPC_NAT_JSON));
        assertThat(json.replace(Samples.VPC_NAT_JSON.replace(".json", ""), "X"))
                .isEqualTo(yaml.replace(Samples.VPC_NAT.replace(".yaml", ""), "X"));
    }

    @Test
    void ecsPrivateVpcPutsLoadBalancersAcrossTheirSubnets() throws Exception {
        Diagram d = Samples.imported(Samples.ECS_PRIVATE);
        Node publicLb = node(d, "PublicLoadBalancer");
        assertThat(publicLb.parent()).isEqualTo("VPC");
        assertThat(publicLb.props().get("subnets")).isEqualTo(List.of("PublicSubnetOne", "PublicSubnetTwo"));
        assertThat(publicLb.props().get("scheme")).isEqualTo("internet-facing");
        assertThat(node(d, "PrivateLoadBalancer").props().get("scheme")).isEqualTo("internal");
        assertThat(node(d, "PrivateSubnetOne").props().get("public")).isEqualTo(false);
        assertThat(node(d, "DynamoDBEndpoint").parent()).isEqualTo("VPC");
        assertThat(node(d, "PublicLoadBalancerSG").type()).isEqualTo(NodeTypes.SECURITY_GROUP);
        assertThat(node(d, "PublicLoadBalancerSG").props().strings(NodeTypes.MEMBERS)).containsExactly("PublicLoadBalancer");
        assertThat(node(d, "ECSRole").parent()).as("IAM is global: left of the Region").isNull();
    }

    @Test
    void aReadReplicaCountsOnItsPrimary() throws Exception {
        Diagram d = Samples.imported(Samples.RDS_REPLICA);
        Node db = node(d, "MainDB");
        assertThat(db.type()).isEqualTo("rds");
        assertThat(db.props().get("readReplicas")).isEqualTo(1L);
        assertThat(db.props().get("engine")).isEqualTo("mysql");
        assertThat(db.props().get("instanceClass")).isEqualTo("db.t3.medium");
        assertThat(db.props().get("storageGb")).isEqualTo(5L);
        assertThat(cfnParts(db)).contains("ReplicaDB");
        Diagram withoutReplica = Samples.imported(Samples.RDS_REPLICA, Map.of("EnableReadReplica", "false"));
        assertThat(withoutReplica.requireNode("MainDB").props().get("readReplicas")).isNull();
        Diagram multiAz = Samples.imported(Samples.RDS_REPLICA, Map.of("MultiAZ", "true", "DBInstanceClass", "db.m5.large"));
        assertThat(multiAz.requireNode("MainDB").props().get("multiAz")).isEqualTo(true);
        assertThat(multiAz.requireNode("MainDB").props().get("instanceClass")).isEqualTo("db.m5.large");
    }

    @Test
    void apiGatewayCallsItsLambdaIntegration() throws Exception {
        Diagram d = Samples.imported(Samples.API_LAMBDA);
        assertThat(node(d, "RestApi").type()).isEqualTo("api-gateway");
        assertThat(node(d, "LambdaFunction").type()).isEqualTo("lambda");
        assertThat(hasEdge(d, "RestApi", "LambdaFunction")).isTrue();
        assertThat(node(d, "LambdaFunction").parent()).isEqualTo("region");
    }

    @Test
    void anS3NotificationCallsItsLambda() throws Exception {
        Diagram d = Samples.imported(Samples.S3_LAMBDA);
        assertThat(node(d, "S3BucketNotification").type()).isEqualTo("s3");
        assertThat(hasEdge(d, "S3BucketNotification", "S3TriggerLambdaFunction")).isTrue();
        assertThat(cfnUnresolved(node(d, "S3TriggerLambdaFunction")))
                .as("a runtime the palette does not offer is kept as written").containsEntry("runtime", "python3.9");
    }

    @Test
    void anAlbSendsToItsAutoScalingGroupOnTheTargetPort() throws Exception {
        Diagram d = Samples.imported(Samples.ALB_ASG);
        Node asg = node(d, "WebServerGroup");
        assertThat(asg.type()).isEqualTo(NodeTypes.AUTO_SCALING_GROUP);
        assertThat(asg.props().get("min")).isEqualTo(1L);
        assertThat(asg.props().get("max")).isEqualTo(3L);
        List<Node> members = d.members(asg);
        assertThat(members).isNotEmpty().allMatch(m -> m.type().equals("ec2"));
        assertThat(members.get(0).props().get("instanceType")).isEqualTo("t4g.micro");
        Edge e = d.edges().stream().filter(x -> x.from().equals("ElasticLoadBalancer")).findFirst().orElseThrow();
        assertThat(e.to()).isEqualTo("WebServerGroup");
        assertThat(e.props().get("port")).isEqualTo(80L);
        assertThat(cfnUnresolved(node(d, "ElasticLoadBalancer"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.VPC_NAT, Samples.VPC_NAT_JSON, Samples.ECS_PRIVATE, Samples.RDS_REPLICA,
            Samples.API_LAMBDA, Samples.S3_LAMBDA, Samples.ALB_ASG})
    void everyLogicalIdIsANodeAPartOrKeptAside(String sample) throws Exception {
        Diagram d = Samples.imported(sample);
        Set<String> seen = new HashSet<>();
        for (Node n : d.nodes()) {
            if (n.extra().get("cfn") instanceof Map<?, ?> cfn) {
                seen.add(String.valueOf(cfn.get("logicalId")));
                seen.addAll(cfnParts(n));
            }
        }
        if (d.extra().get("cfnUnmapped") instanceof Map<?, ?> aside) {
            aside.keySet().forEach(k -> seen.add(String.valueOf(k)));
        }
        CfnTemplate t = Samples.template(sample);
        Resolver r = new Resolver(t, Map.of(), "us-east-1");
        Set<String> created = new HashSet<>();
        t.resources().values().stream().filter(r::creates).forEach(res -> created.add(res.logicalId()));
        assertThat(seen).containsAll(created);
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.VPC_NAT, Samples.ECS_PRIVATE, Samples.RDS_REPLICA, Samples.API_LAMBDA,
            Samples.S3_LAMBDA, Samples.ALB_ASG})
    void theDiagramIsAValidFileAndTheSameBytesEveryTime(String sample) throws Exception {
        DiagramWriter w = new DiagramWriter();
        String first = w.write(Samples.imported(sample));
        String second = w.write(Samples.imported(sample));
        assertThat(second).isEqualTo(first);
        Diagram reread = new DiagramReader(Palette.bundled()).read(first.getBytes(StandardCharsets.UTF_8), sample);
        assertThat(w.write(reread)).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.VPC_NAT, Samples.ECS_PRIVATE, Samples.RDS_REPLICA, Samples.API_LAMBDA,
            Samples.S3_LAMBDA, Samples.ALB_ASG})
    void theLayoutKeepsChildrenInsideAndIconsApart(String sample) throws Exception {
        LayoutRules.check(Samples.imported(sample));
    }

    static List<String> cfnParts(Node n) {
        return n.extra().get("cfn") instanceof Map<?, ?> cfn && cfn.get("parts") instanceof List<?> parts
                ? parts.stream().map(String::valueOf).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> cfnUnresolved(Node n) {
        return n.extra().get("cfn") instanceof Map<?, ?> cfn && cfn.get("unresolved") instanceof Map<?, ?> u
                ? (Map<String, String>) u : Map.of();
    }
}
