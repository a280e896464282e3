package com.cloudwright.palette;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the shipped palette data ({@code palettes/}) against the product brief and the bundled schemas. */
class PaletteDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Palette PALETTE = Palette.bundled();

    /** PRODUCT.md, "Palette ids that fixtures and users rely on". */
    private static final List<String> PRODUCT_IDS = List.of("region", "vpc", "availability-zone", "subnet",
            "auto-scaling-group", "security-group", "internet-gateway", "nat-gateway", "elastic-ip", "vpc-endpoint",
            "vpc-peering", "transit-gateway", "vpn-gateway", "direct-connect", "ec2", "lambda", "ecs", "fargate", "eks",
            "batch", "alb", "nlb", "rds", "aurora", "dynamodb", "elasticache", "efs", "ebs", "s3", "s3-glacier",
            "cloudfront", "route53", "waf", "shield", "api-gateway", "sqs", "sns", "eventbridge", "step-functions",
            "kinesis-data-streams", "kinesis-firehose", "athena", "glue", "quicksight", "redshift", "cognito", "iam-role",
            "cloudwatch", "cloudtrail", "xray", "backup", "ses", "users", "on-premises");

    static Stream<PaletteEntry> entries() {
        return PALETTE.entries().stream();
    }

    static Stream<Arguments> cfnTypes() {
        return PALETTE.entries().stream()
                .flatMap(e -> e.cfnTypes().stream().map(t -> Arguments.of(e.id(), t)));
    }

    @Test
    void idsAreUniqueAcrossAllFiles() throws IOException {
        JsonNode index = readJson("/palettes/index.json");
        List<String> ids = new ArrayList<>();
        for (JsonNode file : index.path("files")) {
            readJson("/palettes/" + file.asText()).path("entries").forEach(e -> ids.add(e.path("id").asText()));
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(PALETTE.size());
    }

    @Test
    void holdsEveryIdOfTheProductBrief() {
        assertThat(PALETTE.entries()).extracting(PaletteEntry::id).containsAll(PRODUCT_IDS);
    }

    @Test
    void coversAtLeastEightyServices() {
        assertThat(PALETTE.size()).isGreaterThanOrEqualTo(80);
    }

    /** Services the seed notes and the product brief name, found by the words the notes use. */
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "EFS, efs", "FSx, fsx", "FSx for Lustre, fsx-lustre", "Lustre, fsx-lustre", "Storage Gateway, storage-gateway",
            "DataSync, datasync", "Snowball, snowball", "Snowmobile, snowball", "Direct Connect, direct-connect",
            "Transit Gateway, transit-gateway", "Outposts, outposts", "Local Zones, local-zones", "Wavelength, wavelength",
            "Organizations, organizations", "Systems Manager, systems-manager", "Session Manager, systems-manager",
            "Fleet Manager, systems-manager", "Elastic Beanstalk, elastic-beanstalk", "OpsWorks, opsworks",
            "CodeCommit, codecommit", "CodeBuild, codebuild", "CodeDeploy, codedeploy", "CodePipeline, codepipeline",
            "Cloud9, cloud9", "DAX, dax", "DMS, dms", "Database Migration Service, dms", "Pinpoint, pinpoint",
            "AppFlow, appflow", "Amplify, amplify", "ParallelCluster, parallelcluster", "Cost Explorer, cost-explorer",
            "Lex, lex", "SageMaker, sagemaker", "AppSync, appsync", "GraphQL, appsync", "CloudFormation, cloudformation",
            "KMS, kms", "STS, iam-role", "Landing Zone, control-tower", "Config, config", "Kinesis Video, kinesis-video-streams",
            "Kinesis Data Analytics, managed-flink", "EFA, efa", "Elastic Fabric Adapter, efa", "ENA, network-interface",
            "ENI, network-interface", "Classic Load Balancer, clb", "VPC Flow Logs, flow-logs", "Network ACL, network-acl",
            "NACL, network-acl", "Placement group, placement-group", "Data Lifecycle Manager, data-lifecycle-manager",
            "CloudWatch Events, eventbridge", "IoT, iot-core", "Salesforce, appflow", "MongoDB, documentdb",
            "Edge Location, cloudfront", "DLQ, sqs", "PrivateLink, vpc-endpoint", "Glacier, s3-glacier",
            "Firehose, kinesis-firehose", "ElasticCache, elasticache", "ACM, acm", "Secrets Manager, secrets-manager",
            "Global Accelerator, global-accelerator", "GuardDuty, guardduty", "Inspector, inspector", "OpenSearch, opensearch",
            "EMR, emr", "Amazon MQ, mq", "Lightsail, lightsail", "App Runner, app-runner", "ECR, ecr", "AMI, ec2",
            "Bastion host, ec2", "Trusted Advisor, trusted-advisor", "오토스케일링, auto-scaling-group", "가용 영역, availability-zone",
    })
    void seedServicesAreInThePalette(String words, String id) {
        assertThat(PALETTE.knows(id)).as("palette has %s", id).isTrue();
        List<String> found = ids(PALETTE.search(words));
        assertThat(found.subList(0, Math.min(3, found.size()))).as("top hits for \"%s\"", words).contains(id);
    }

    @Test
    void everyCategoryIsDeclaredInTheIndexAndUsed() {
        Set<String> used = new HashSet<>();
        PALETTE.entries().forEach(e -> used.add(e.category()));
        assertThat(used).containsExactlyInAnyOrderElementsOf(PALETTE.categories());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void iconExistsAndRenders(PaletteEntry entry) {
        assertThat(entry.icon()).isEqualTo("icons/" + entry.id() + ".svg");
        URL url = PALETTE.iconUrl(entry).orElseThrow(() -> new AssertionError("no icon file for " + entry.id()));
        SVGDocument doc = new SVGLoader().load(url, LoaderContext.createDefault());
        assertThat(doc).as("parsed SVG of %s", entry.id()).isNotNull();

        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        doc.render(null, g, new ViewBox(0, 0, 64, 64));
        g.dispose();

        int opaque = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                int argb = img.getRGB(x, y);
                colours.add(argb);
                if ((argb >>> 24) > 128) {
                    opaque++;
                }
            }
        }
        // Service icons fill their square; resource icons are thin line art (Elastic IP: ~7 %).
        assertThat(opaque).as("opaque pixels of %s (of 4096)", entry.id()).isGreaterThan(4096 / 20);
        assertThat(colours).as("distinct ARGB values of %s: not a blank or flat image", entry.id()).hasSizeGreaterThan(2);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cfnTypes")
    void everyCloudFormationTypeHasItsBundledSchema(String id, String type) throws IOException {
        String file = "/cfn-schemas/" + type.toLowerCase(java.util.Locale.ROOT).replace("::", "-") + ".json";
        assertThat(getClass().getResource(file)).as("schema %s for %s", file, id).isNotNull();
        assertThat(readJson(file).path("typeName").asText()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void targetsNameExistingEntriesOrCategories(PaletteEntry entry) {
        if (entry.targets() == null) {
            return;
        }
        for (String t : entry.targets()) {
            if (t.startsWith("category:")) {
                String category = t.substring("category:".length());
                assertThat(PALETTE.inCategory(category)).as("%s targets %s", entry.id(), t).isNotEmpty();
            } else {
                assertThat(PALETTE.knows(t)).as("%s targets unknown id %s", entry.id(), t).isTrue();
            }
        }
        assertThat(entry.targets()).as("targets of %s", entry.id()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void propertiesAreWellFormed(PaletteEntry entry) {
        Set<String> names = new HashSet<>();
        for (PropertySpec p : entry.properties()) {
            String at = entry.id() + "." + p.name();
            assertThat(names.add(p.name())).as("%s declared twice", at).isTrue();
            Object def = p.defaultValue();
            switch (p.type()) {
                case CHOICE -> {
                    assertThat(p.values()).as(at).isNotEmpty().doesNotHaveDuplicates();
                    if (def != null) {
                        assertThat(p.values()).as("default of %s", at).contains(def.toString());
                    }
                }
                case BOOLEAN -> assertThat(def).as("default of %s", at).isInstanceOf(Boolean.class);
                case INTEGER, NUMBER -> {
                    if (def != null) {
                        assertThat(def).as("default of %s", at).isInstanceOf(Number.class);
                        double v = ((Number) def).doubleValue();
                        if (p.type() == PropertyType.INTEGER) {
                            assertThat(v).as("default of %s is whole", at).isEqualTo(Math.rint(v));
                        }
                        if (p.min() != null) {
                            assertThat(v).as("default of %s ≥ min", at).isGreaterThanOrEqualTo(p.min());
                        }
                        if (p.max() != null) {
                            assertThat(v).as("default of %s ≤ max", at).isLessThanOrEqualTo(p.max());
                        }
                    }
                }
                case NODE_REF, NODE_REFS -> {
                    assertThat(def).as("node references have no default: %s", at).isNull();
                    if (p.targetType() != null) {
                        assertThat(PALETTE.knows(p.targetType())).as("target of %s", at).isTrue();
                    }
                }
                case CIDR -> {
                    if (def != null) {
                        assertThat(def.toString()).as(at).matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}");
                    }
                }
                default -> {
                }
            }
        }
        entry.portsByValue().forEach((property, byValue) -> {
            PropertySpec spec = entry.property(property).orElseThrow(
                    () -> new AssertionError(entry.id() + ": ports keyed by unknown property " + property));
            if (spec.type() == PropertyType.CHOICE) {
                assertThat(spec.values()).as("ports of %s.%s", entry.id(), property).containsAll(byValue.keySet());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void describesItself(PaletteEntry entry) {
        assertThat(entry.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(entry.label()).isNotBlank();
        assertThat(entry.description()).as("description of %s", entry.id()).isNotBlank();
        if (entry.kind() != EntryKind.EXTERNAL) {
            assertThat(entry.docs()).as("docs of %s", entry.id()).startsWith("https://");
        }
        assertThat(entry.pricing().isEmpty() || entry.pricing().containsKey("usage"))
                .as("pricing lives in palettes/pricing.json, merged at load time").isTrue();
        if (entry.kind() == EntryKind.SERVICE) {
            assertThat(entry.width()).isEqualTo(64);
            assertThat(entry.height()).isEqualTo(64);
        }
    }

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

    private static JsonNode readJson(String resource) throws IOException {
        try (InputStream in = PaletteDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }
}
