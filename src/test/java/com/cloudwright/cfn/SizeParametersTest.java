package com.cloudwright.cfn;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.cloudwright.cfn.Fixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instance types, database classes and cache node types are parameters defaulting to what was
 * drawn, offering the palette's sizes that the rest of the template still fits.
 */
class SizeParametersTest {

    private static final Fixtures.Parsed LAMP = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("05-highly-available-lamp"));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameter(Fixtures.Parsed t, String name) {
        return (Map<String, Object>) t.section("Parameters").get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWebTiersInstanceTypeIsAParameterOfX86TypesDefaultingToTheDrawnOne() {
        Map<String, Object> launch = (Map<String, Object>) LAMP.props("WebTierLaunchTemplate").get("LaunchTemplateData");
        assertThat(launch.get("InstanceType")).isEqualTo(ref("ApacheWebInstanceType"));
        Map<String, Object> p = parameter(LAMP, "ApacheWebInstanceType");
        assertThat(p).containsEntry("Type", "String").containsEntry("Default", "t3.medium");
        List<String> allowed = (List<String>) p.get("AllowedValues");
        assertThat(allowed).contains("t3.medium", "m5.large", "c6i.large")
                .as("an arm64 type cannot boot the x86 AMI chosen for t3.medium").doesNotContain("t4g.medium", "m7g.large");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDatabaseAndTheCacheSizesAreParametersUsedWhereverTheSizeIsNeeded() {
        assertThat(LAMP.props("RDSMySQLMultiAZ")).containsEntry("DBInstanceClass", ref("RDSMySQLMultiAZInstanceClass"));
        assertThat(parameter(LAMP, "RDSMySQLMultiAZInstanceClass")).containsEntry("Default", "db.m5.large");
        assertThat(LAMP.props("ElastiCacheRedis")).containsEntry("CacheNodeType", ref("ElastiCacheRedisNodeType"));
        assertThat((List<String>) parameter(LAMP, "ElastiCacheRedisNodeType").get("AllowedValues"))
                .contains("cache.t3.medium").allMatch(v -> v.startsWith("cache."));

        Fixtures.Parsed aurora = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("03-over-10000-users"));
        for (String id : aurora.ofType("AWS::RDS::DBInstance")) {
            assertThat(aurora.props(id)).containsEntry("DBInstanceClass", ref("AuroraMySQLWriter2ReadersInstanceClass"));
        }
        assertThat((List<String>) parameter(aurora, "AuroraMySQLWriter2ReadersInstanceClass").get("AllowedValues"))
                .as("a provisioned cluster is not switched to Serverless v2 by a parameter").doesNotContain("db.serverless")
                .as("a database class may change processor architecture").contains("db.r6g.large", "db.r6i.large");
    }

    @Test
    void instancesInAPlacementGroupKeepTheirDrawnType() {
        Fixtures.Parsed hpc = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("11-hpc-cluster"));
        assertThat(hpc.ofType("AWS::EC2::Instance")).isNotEmpty().allSatisfy(id ->
                assertThat(hpc.props(id).get("InstanceType")).isEqualTo("c5n.18xlarge"));
    }
}
