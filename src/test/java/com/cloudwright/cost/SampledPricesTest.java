package com.cloudwright.cost;

import com.cloudwright.palette.Palette;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Unit prices of the bundled snapshot, across services and Regions, against what their sources say,
 * read by hand (the quote in each comment): a wrong mapping in the extractor or the snapshot build
 * shows here, not only as a different total.
 */
class SampledPricesTest {

    private static final CostEstimator ESTIMATOR = new CostEstimator(Palette.bundled());

    static Stream<Arguments> samples() {
        return Stream.of(
                // Karpenter us-east-1 table: "t3.micro": 0.010400, "m5.large": 0.096000, "c5n.18xlarge": 3.888000
                arguments("ec2", "instance", Map.of("instanceType", "t3.micro"), "us-east-1", "0.0104", "karpenter"),
                arguments("ec2", "instance", Map.of("instanceType", "m5.large"), "us-east-1", "0.096", "karpenter"),
                arguments("ec2", "instance", Map.of("instanceType", "c5n.18xlarge"), "us-east-1", "3.888", "karpenter"),
                // ec2-pricing-provider README: 'ap-northeast-2' 0.0144, 'eu-west-1' 0.0126 (t2.micro); 'ap-south-1' 0.0224 (t4g.medium)
                arguments("ec2", "instance", Map.of("instanceType", "t2.micro"), "ap-northeast-2", "0.0144", "ec2-pricing-provider"),
                arguments("ec2", "instance", Map.of("instanceType", "t2.micro"), "eu-west-1", "0.0126", "ec2-pricing-provider"),
                arguments("ec2", "instance", Map.of("instanceType", "t4g.medium"), "ap-south-1", "0.0224", "ec2-pricing-provider"),
                // cloudburn README: "$0.0114 per On Demand Linux t3.micro Instance Hour" (EU-BoxUsage)
                arguments("ec2", "instance", Map.of("instanceType", "t3.micro"), "eu-west-1", "0.0114", "cloudburn"),
                // infracost ebs_volume golden: gp2 10 GB $1.00, sc1 50 GB $0.75
                arguments("ebs", "storage", Map.of("volumeType", "gp2"), "us-east-1", "0.1", "infracost:ebs_volume_test"),
                arguments("ebs", "storage", Map.of("volumeType", "sc1"), "us-east-1", "0.015", "infracost:ebs_volume_test"),
                // Seoul FinOps notes: "$0.0912 per GB-month of General Purpose SSD (gp3) provisioned storage - Asia Pacific (Seoul)"
                arguments("ebs", "storage", Map.of("volumeType", "gp3"), "ap-northeast-2", "0.0912", "seoul-finops-notes"),
                // ec2instances.info RDS 2021-08-03, db.t3.micro MySQL: us-east-1 0.017, ap-northeast-2 0.026, sa-east-1 0.035
                arguments("rds", "instance", Map.of("instanceClass", "db.t3.micro", "multiAz", false), "ap-northeast-2", "0.026", "vantage-rds"),
                arguments("rds", "instance", Map.of("instanceClass", "db.t3.micro", "multiAz", false), "sa-east-1", "0.035", "vantage-rds"),
                arguments("rds", "instance", Map.of("engine", "postgres", "instanceClass", "db.m5.large", "multiAz", false),
                        "eu-west-1", "0.197", "vantage-rds"),
                // … and its Multi-AZ twice: db.m5.large MySQL in Seoul 2 × 0.236
                arguments("rds", "instance", Map.of("instanceClass", "db.m5.large", "multiAz", true), "ap-northeast-2", "0.472",
                        "vantage-rds-multi-az"),
                // infracost db_instance golden (2026-05-03): mysql-multi-az db.t3.large 730 h $198.56; sqlserver-ex $118.26; gp3 multi-AZ 400 GB $92.00
                arguments("rds", "instance", Map.of("instanceClass", "db.t3.large", "multiAz", true), "us-east-1", "0.272",
                        "infracost:db_instance_test"),
                arguments("rds", "licensedInstance", Map.of("engine", "sqlserver-ex", "instanceClass", "db.t3.large", "multiAz", false),
                        "us-east-1", "0.162", "infracost:db_instance_test"),
                arguments("rds", "storage", Map.of("storageType", "gp3", "multiAz", true), "us-east-1", "0.23", "infracost:db_instance_test"),
                // Tokyo price notes: "$0.138 per GB-month of provisioned GP3 storage running MySQL"
                arguments("rds", "storage", Map.of("storageType", "gp3", "multiAz", false), "ap-northeast-1", "0.138", "tokyo-price-notes"),
                // ec2instances.info aurora (code 16) db.r6g.large: us-east-1 0.26
                arguments("aurora", "instance", Map.of("instanceClass", "db.r6g.large"), "us-east-1", "0.26", "vantage-rds"),
                // infracost rds_cluster_instance golden: Aurora serverless v2 3650 ACU-h $438.00
                arguments("aurora", "serverless", Map.of("instanceClass", "db.serverless"), "us-east-1", "0.12",
                        "infracost:rds_cluster_instance_test"),
                // ec2instances.info cache 2022-03-21, cache.r6g.large Redis: ap-northeast-2 0.246, sa-east-1 0.41
                arguments("elasticache", "nodes", Map.of("nodeType", "cache.r6g.large"), "ap-northeast-2", "0.246", "vantage-elasticache"),
                arguments("elasticache", "nodes", Map.of("nodeType", "cache.r6g.large"), "sa-east-1", "0.41", "vantage-elasticache"),
                // infracost data_transfer golden: first 10 TB 10,240 GB — ap-northeast-2 $1,290.24, sa-east-1 $1,536.00, eu-west-1 $921.60
                arguments("ec2", "dataOut", Map.of(), "ap-northeast-2", "0.126", "infracost:data_transfer_test"),
                arguments("ec2", "dataOut", Map.of(), "sa-east-1", "0.15", "infracost:data_transfer_test"),
                arguments("ec2", "dataOut", Map.of(), "eu-west-1", "0.09", "infracost:data_transfer_test"),
                // … intra-region 2,000 GB $20.00 (ap-south-1)
                arguments("ec2", "interAz", Map.of(), "ap-south-1", "0.01", "infracost:data_transfer_test"),
                // Go fixture of eu-west-1 Price List rows: "$0.048 per NAT Gateway Hour"
                arguments("nat-gateway", "hours", Map.of(), "eu-west-1", "0.048", "go-fixture-eu-west-1-nat"),
                // infracost nat_gateway golden: 730 h $32.85; lb golden: ALB 730 h $16.43, LCU $5.84 per LCU-month
                arguments("nat-gateway", "hours", Map.of(), "us-east-1", "0.045", "infracost:nat_gateway_test"),
                arguments("alb", "lcu", Map.of(), "us-east-1", "0.008", "infracost:lb_test"),
                // infracost cloudfront golden: Japan first 10 TB 10,240 GB $1,167.36; Asia Pacific $1,228.80
                arguments("cloudfront", "dataOut", Map.of("viewerEdge", "JP"), "global", "0.114", "infracost:cloudfront_distribution_test"),
                arguments("cloudfront", "dataOut", Map.of("viewerEdge", "AP"), "global", "0.12", "infracost:cloudfront_distribution_test"),
                // infracost sns golden: "API requests (over 1M)" $0.50 per 1M, also in eu-west-1
                arguments("sns", "publishes", Map.of(), "eu-west-1", "0.0000005", "infracost:sns_topic_test"),
                // infracost wafv2 golden: Web ACL $5.00 a month, rules $1.00, requests $0.60 per 1M
                arguments("waf", "requests", Map.of(), "us-east-1", "0.0000006", "infracost:wafv2_web_acl_test"),
                // infracost kms golden: "Requests (asymmetric)" $0.15 per 10k
                arguments("kms", "requests", Map.of("keySpec", "ECC_NIST_P256"), "us-east-1", "0.000015", "infracost:kms_key_test"),
                // infracost mq golden: ActiveMQ mq.m5.large active/standby 730 h $420.48 (two brokers)
                arguments("mq", "brokers", Map.of("engine", "ActiveMQ", "instanceType", "mq.m5.large"), "us-east-1", "0.288",
                        "infracost:mq_broker_test"),
                // infracost redshift golden: ra3.4xlarge 4,380 h $14,278.80
                arguments("redshift", "nodes", Map.of("nodeType", "ra3.4xlarge"), "us-east-1", "3.26", "infracost:redshift_cluster_test"),
                // infracost kinesis firehose golden (eu-west-2): first 500 TB 512,000 GB $17,920.00
                arguments("kinesis-firehose", "ingest", Map.of(), "eu-west-2", "0.035", "infracost:kinesis_firehose_delivery_stream_test"),
                // Airbyte (2025-07-21): "Write Request Units (WRU): $0.625 per million" (US East)
                arguments("dynamodb", "writes", Map.of(), "us-east-1", "0.000000625", "airbyte-dynamodb"),
                // AWS Services Pricing Guide (us-east-1): "Traces recorded: $5.00 per million", "Traces
                // retrieved/scanned: $0.50 per million"; FSx for Lustre "Scratch: $0.140/GB/month"
                arguments("xray", "recorded", Map.of(), "us-east-1", "0.000005", "aws-pricing-guide"),
                arguments("xray", "retrieved", Map.of(), "us-east-1", "0.0000005", "aws-pricing-guide"),
                arguments("fsx-lustre", "scratch", Map.of("deploymentType", "SCRATCH_2"), "us-east-1", "0.14",
                        "aws-pricing-guide"),
                // api-evangelist Kinesis plans (US-East-1): firehose_directput price '0.029' per GB
                arguments("kinesis-firehose", "ingest", Map.of(), "us-east-1", "0.029", "api-evangelist-kinesis-plans"),
                // AWS Labs DAX calculator: "| dax.r5.large | 16 GB | $0.171 |" (us-east-1)
                arguments("dax", "nodes", Map.of("nodeType", "dax.r5.large"), "us-east-1", "0.171", "awslabs-dax-calculator"),
                // infrafit Seoul notes: NAT gateway "$0.059/시간 + $0.059/GB"; ALB LCU $0.008, NLB $0.006;
                // S3 Standard $0.025/GB-month, PUT $0.0045 per 1,000
                arguments("nat-gateway", "hours", Map.of(), "ap-northeast-2", "0.059", "infrafit-cost-notes"),
                arguments("nat-gateway", "processed", Map.of(), "ap-northeast-2", "0.059", "infrafit-cost-notes"),
                arguments("alb", "lcu", Map.of(), "ap-northeast-2", "0.008", "infrafit-cost-notes"),
                arguments("nlb", "nlcu", Map.of(), "ap-northeast-2", "0.006", "infrafit-cost-notes"),
                arguments("s3", "storage", Map.of("storageClass", "STANDARD"), "ap-northeast-2", "0.025", "infrafit-cost-notes"),
                arguments("s3", "putRequests", Map.of(), "ap-northeast-2", "0.0000045", "infrafit-cost-notes"),
                // … "t3.medium $0.052", Lambda "요청 $0.20/100만", CloudWatch Logs "표준 수집 $0.76/GB"
                arguments("ec2", "instance", Map.of("instanceType", "t3.medium"), "ap-northeast-2", "0.052", "infrafit-cost-notes"),
                arguments("lambda", "requests", Map.of(), "ap-northeast-2", "0.0000002", "infrafit-cost-notes"),
                arguments("cloudwatch", "logsIngest", Map.of(), "ap-northeast-2", "0.76", "infrafit-cost-notes"));
    }

    @ParameterizedTest(name = "{0}.{1} {2} in {3}")
    @MethodSource("samples")
    void matchesItsSource(String service, String dimension, Map<String, Object> props, String region, String usd,
                          String source) {
        PriceKey key = ESTIMATOR.key(service, dimension, props).orElseThrow();
        PriceResult r = SnapshotPriceSource.bundled().lookup(new PriceRequest(key, region));
        assertThat(r).as(key.canonical()).isInstanceOf(PriceResult.Found.class);
        PriceResult.Found f = (PriceResult.Found) r;
        assertThat(f.price().firstRate()).isEqualByComparingTo(usd);
        PriceSnapshot snapshot = PriceSnapshot.bundled();
        assertThat(f.origin().detail()).isEqualTo(snapshot.sources().get(source).title());
        assertThat(f.origin().detailAsOf()).isEqualTo(snapshot.sources().get(source).asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
