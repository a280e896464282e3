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
