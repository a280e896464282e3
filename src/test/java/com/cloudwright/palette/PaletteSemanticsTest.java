package com.cloudwright.palette;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the shipped palette says about how AWS works: containers, groups, placement, ports, who may call whom. */
class PaletteSemanticsTest {

    private static final Palette PALETTE = Palette.bundled();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"region", "vpc", "availability-zone", "subnet"})
    void networkContainersAreContainers(String id) {
        PaletteEntry e = PALETTE.require(id);
        assertThat(e.kind()).isEqualTo(EntryKind.CONTAINER);
        assertThat(e.placement()).isEqualTo(Placement.CONTAINER);
        assertThat(e.width()).isGreaterThanOrEqualTo(400);
        assertThat(e.height()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void containerSizesNest() {
        PaletteEntry region = PALETTE.require("region");
        PaletteEntry vpc = PALETTE.require("vpc");
        PaletteEntry subnet = PALETTE.require("subnet");
        assertThat(region.width()).isGreaterThan(vpc.width());
        assertThat(region.height()).isGreaterThan(vpc.height());
        assertThat(subnet.width()).isEqualTo(420);
        assertThat(subnet.height()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"auto-scaling-group", "security-group", "placement-group"})
    void overlayGroupsHaveMembers(String id) {
        PaletteEntry e = PALETTE.require(id);
        assertThat(e.kind()).isEqualTo(EntryKind.GROUP);
        assertThat(e.property("members").orElseThrow().type()).isEqualTo(PropertyType.NODE_REFS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"users", "on-premises", "saas"})
    void outsideWorldIsExternal(String id) {
        PaletteEntry e = PALETTE.require(id);
        assertThat(e.kind()).isEqualTo(EntryKind.EXTERNAL);
        assertThat(e.cfnTypes()).isEmpty();
    }

    /** PRODUCT.md "Core properties", with the defaults written there. */
    @ParameterizedTest(name = "{0}.{1} = {3}")
    @CsvSource(nullValues = "-", value = {
            "region, region, choice, -",
            "vpc, cidr, cidr, -",
            "availability-zone, zone, string, -",
            "subnet, cidr, cidr, -",
            "subnet, public, boolean, false",
            "ec2, instanceType, choice, t3.micro",
            "ec2, volumeGb, integer, 8",
            "auto-scaling-group, min, integer, -",
            "auto-scaling-group, max, integer, -",
            "auto-scaling-group, desired, integer, -",
            "rds, engine, choice, mysql",
            "rds, instanceClass, choice, db.t3.micro",
            "rds, multiAz, boolean, false",
            "rds, storageGb, integer, 20",
            "rds, encrypted, boolean, true",
            "aurora, engine, choice, -",
            "aurora, instanceClass, choice, -",
            "aurora, instances, integer, -",
            "elasticache, engine, choice, redis",
            "elasticache, nodeType, choice, cache.t3.micro",
            "elasticache, nodes, integer, 1",
            "alb, scheme, choice, internet-facing",
            "s3, storageClass, choice, STANDARD",
            "lambda, memoryMb, integer, 128",
            "sqs, fifo, boolean, false",
            "sqs, deadLetterQueue, node_ref, -",
    })
    void coreProperties(String id, String name, String type, String expectedDefault) {
        PropertySpec p = PALETTE.require(id).property(name)
                .orElseThrow(() -> new AssertionError(id + " has no property " + name));
        assertThat(p.type().name().toLowerCase(java.util.Locale.ROOT)).isEqualTo(type);
        if (expectedDefault != null) {
            assertThat(String.valueOf(p.defaultValue())).isEqualTo(expectedDefault);
        }
    }

    @Test
    void deadLetterQueueIsAnotherQueue() {
        assertThat(PALETTE.require("sqs").property("deadLetterQueue").orElseThrow().targetType()).isEqualTo("sqs");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ec2", "nat-gateway", "ecs", "fargate", "eks", "batch", "rds", "aurora", "elasticache", "efs",
            "alb", "nlb", "dax", "documentdb", "fsx", "fsx-lustre", "redshift", "opensearch", "emr", "mq", "dms",
            "network-interface", "efa", "parallelcluster", "cloud9", "clb", "elastic-beanstalk"})
    void vpcBoundServicesSitInSubnets(String id) {
        assertThat(PALETTE.require(id).placement()).isEqualTo(Placement.SUBNET);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rds", "aurora", "elasticache", "efs", "alb", "nlb", "dax", "documentdb", "fsx", "redshift",
            "opensearch", "mq", "dms", "clb", "elastic-beanstalk"})
    void multiSubnetServices(String id) {
        PaletteEntry e = PALETTE.require(id);
        assertThat(e.multiSubnet()).isTrue();
        assertThat(e.property("subnets").orElseThrow().type()).isEqualTo(PropertyType.NODE_REFS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s3", "dynamodb", "sqs", "sns", "api-gateway", "kinesis-data-streams", "kinesis-firehose",
            "step-functions", "eventbridge", "cloudwatch", "cloudtrail", "xray", "athena", "glue", "cognito", "ses", "backup",
            "transit-gateway", "ecr", "kms", "secrets-manager", "systems-manager", "codebuild", "appsync", "lex"})
    void regionalServicesStayOutOfVpcs(String id) {
        assertThat(PALETTE.require(id).placement()).isEqualTo(Placement.REGIONAL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cloudfront", "route53", "iam-role", "waf", "shield", "global-accelerator", "organizations"})
    void globalServices(String id) {
        assertThat(PALETTE.require(id).placement()).isEqualTo(Placement.GLOBAL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"internet-gateway", "vpc-endpoint", "vpn-gateway", "network-acl", "flow-logs"})
    void vpcAttachments(String id) {
        assertThat(PALETTE.require(id).placement()).isEqualTo(Placement.VPC);
    }

    @ParameterizedTest(name = "rds {0} → {1}")
    @CsvSource({"mysql, 3306", "postgres, 5432", "mariadb, 3306", "sqlserver-ex, 1433", "oracle-se2, 1521"})
    void databasePortFollowsEngine(String engine, int port) {
        assertThat(PALETTE.require("rds").portsByValue().get("engine")).containsEntry(engine, port);
    }

    @ParameterizedTest(name = "{0}.{1} = {2} → {3}")
    @CsvSource({"aurora, engine, aurora-postgresql, 5432", "dax, tls, false, 8111", "dax, tls, true, 9111",
            "mq, engine, RabbitMQ, 5671", "fsx, fileSystemType, ONTAP, 2049", "storage-gateway, gatewayType, TAPE, 3260",
            "alb, listenerProtocol, HTTPS, 443"})
    void otherPropertyDependentPorts(String id, String property, String value, int port) {
        assertThat(PALETTE.require(id).portsByValue().get(property)).containsEntry(value, port);
    }

    @ParameterizedTest(name = "elasticache {0} → {1}")
    @CsvSource({"redis, 6379", "valkey, 6379", "memcached, 11211"})
    void cachePortFollowsEngine(String engine, int port) {
        assertThat(PALETTE.require("elasticache").portsByValue().get("engine")).containsEntry(engine, port);
    }

    @Test
    void searchFindsServicesByAlias() {
        assertThat(ids(PALETTE.search("redis"))).first().isEqualTo("elasticache");
        assertThat(ids(PALETTE.search("memcached"))).first().isEqualTo("elasticache");
        assertThat(ids(PALETTE.search("elb")).subList(0, 2)).containsExactlyInAnyOrder("alb", "nlb");
        assertThat(ids(PALETTE.search("load balancer"))).contains("alb", "nlb");
        assertThat(ids(PALETTE.search("mysql"))).first().isEqualTo("rds");
        assertThat(ids(PALETTE.search("postgres"))).first().isEqualTo("rds");
        assertThat(ids(PALETTE.search("postgresql"))).first().isEqualTo("rds");
        assertThat(ids(PALETTE.search("asg"))).first().isEqualTo("auto-scaling-group");
        assertThat(ids(PALETTE.search("로드밸런서"))).contains("alb", "nlb");
        assertThat(ids(PALETTE.search("s3"))).first().isEqualTo("s3");
        assertThat(ids(PALETTE.search("cdn"))).first().isEqualTo("cloudfront");
    }

    @Test
    void connectionRulesFollowAws() {
        PaletteEntry cloudfront = PALETTE.require("cloudfront");
        for (String origin : List.of("s3", "alb", "nlb", "api-gateway", "ec2", "lambda")) {
            assertThat(cloudfront.mayCall(PALETTE.require(origin))).as("cloudfront → %s", origin).isTrue();
        }
        assertThat(cloudfront.mayCall(PALETTE.require("rds"))).isFalse();
        assertThat(PALETTE.require("sqs").mayCall(PALETTE.require("lambda"))).isTrue();
        assertThat(PALETTE.require("sns").mayCall(PALETTE.require("sqs"))).isTrue();
        assertThat(PALETTE.require("dynamodb").mayCall(PALETTE.require("lambda"))).isTrue();
        assertThat(PALETTE.require("rds").mayCall(PALETTE.require("ec2"))).isFalse();
        assertThat(PALETTE.require("elasticache").mayCall(PALETTE.require("ec2"))).isFalse();
        assertThat(PALETTE.require("ec2").mayCall(PALETTE.require("rds"))).isTrue();
        assertThat(PALETTE.require("ec2").mayCall(PALETTE.require("subnet"))).isFalse();
        assertThat(PALETTE.require("alb").mayCall(PALETTE.require("auto-scaling-group"))).isTrue();
        assertThat(PALETTE.require("users").mayCall(PALETTE.require("cloudfront"))).isTrue();
        assertThat(PALETTE.require("users").mayCall(PALETTE.require("rds"))).isFalse();
    }

    private static List<String> ids(List<PaletteEntry> entries) {
        return entries.stream().map(PaletteEntry::id).toList();
    }
}
