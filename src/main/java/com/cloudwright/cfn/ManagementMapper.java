package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Monitoring and audit: CloudWatch alarms on what the CloudWatch node is drawn next to (notifying
 * the topics it points at), a CloudTrail trail into an encrypted bucket, X-Ray sampling (and
 * tracing switched on for the functions, APIs and state machines connected to it), and Systems
 * Manager associations.
 */
@AutoService(Mapper.class)
public final class ManagementMapper implements Mapper {

    public ManagementMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("cloudwatch", "cloudtrail", "xray", "systems-manager");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::CloudTrail::Trail", "AWS::CloudWatch::Alarm",
                "AWS::S3::Bucket", "AWS::S3::BucketPolicy",
                "AWS::SSM::Association", "AWS::XRay::SamplingRule");
    }

    @Override
    public WiringStage wiringStage(String paletteId) {
        return switch (paletteId) {
            case "cloudwatch" -> WiringStage.MONITORING;
            default -> WiringStage.DEFAULT;
        };
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "cloudwatch" -> {
                // declared while wiring: it needs the other nodes' resources
            }
            case "cloudtrail" -> cloudtrail(node, b);
            case "xray" -> xray(node, b);
            case "systems-manager" -> systemsManager(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by ManagementMapper");
        }
    }

    @Override
    public void wire(Node node, Build b) {
        switch (node.type()) {
            case "cloudwatch" -> cloudwatch(node, b);
            case "cloudtrail", "xray", "systems-manager" -> {
                // nothing to wire
            }
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by ManagementMapper");
        }
    }

    // ---- CloudWatch ----------------------------------------------------------------------------

    private static void cloudwatch(Node node, Build b) {
        List<Object> actions = new ArrayList<>();
        for (Node topic : b.callees(node, "sns")) {
            actions.add(b.ref(topic));
        }
        String metric = b.string(node, "alarmMetric");
        double threshold = b.prop(node, "alarmThreshold") instanceof Number n ? n.doubleValue() : 80;
        int alarms = 0;
        for (Node n : b.neighbours(node)) {
            Resource r = b.template.resource(b.ids.knows(n) ? b.id(n) : "");
            if (r == null) {
                continue;
            }
            String namespace;
            Object dimension;
            String dimensionName;
            String metricName = metric;
            double limit = threshold;
            String statistic = "Average";
            switch (r.type()) {
                case "AWS::EC2::Instance" -> {
                    namespace = "AWS/EC2";
                    dimensionName = "InstanceId";
                    dimension = r.ref();
                }
                case "AWS::AutoScaling::AutoScalingGroup" -> {
                    namespace = "AWS/EC2";
                    dimensionName = "AutoScalingGroupName";
                    dimension = r.ref();
                }
                case "AWS::RDS::DBInstance" -> {
                    namespace = "AWS/RDS";
                    dimensionName = "DBInstanceIdentifier";
                    dimension = r.ref();
                }
                case "AWS::Lambda::Function" -> {
                    namespace = "AWS/Lambda";
                    dimensionName = "FunctionName";
                    dimension = r.ref();
                    metricName = "Errors";
                    limit = 1;
                    statistic = "Sum";
                }
                case "AWS::SQS::Queue" -> {
                    namespace = "AWS/SQS";
                    dimensionName = "QueueName";
                    dimension = Fn.select(5, Fn.split(":", r.att("Arn")));
                    metricName = "ApproximateAgeOfOldestMessage";
                    limit = 300;
                    statistic = "Maximum";
                }
                case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> {
                    boolean alb = "application".equals(r.get("Type"));
                    namespace = alb ? "AWS/ApplicationELB" : "AWS/NetworkELB";
                    dimensionName = "LoadBalancer";
                    dimension = r.att("LoadBalancerFullName");
                    metricName = alb ? "HTTPCode_ELB_5XX_Count" : "UnHealthyHostCount";
                    limit = alb ? 10 : 0;
                    statistic = alb ? "Sum" : "Maximum";
                }
                default -> {
                    continue;
                }
            }
            b.add(node, r.logicalId() + "Alarm", "AWS::CloudWatch::Alarm")
                    .set("AlarmDescription", metricName + " of " + n.displayLabel())
                    .set("Namespace", namespace)
                    .set("MetricName", metricName)
                    .set("Dimensions", Json.list(Json.obj("Name", dimensionName, "Value", dimension)))
                    .set("Statistic", statistic)
                    .set("Period", 300)
                    .set("EvaluationPeriods", 2)
                    .set("Threshold", limit)
                    .set("ComparisonOperator", "GreaterThanThreshold")
                    .set("TreatMissingData", "notBreaching")
                    .set("AlarmActions", actions);
            alarms++;
        }
        if (alarms == 0) {
            b.notMapped(node, Build.text("management.reason.cloudwatchUnconnected"));
        }
    }

    // ---- CloudTrail ----------------------------------------------------------------------------

    private static void cloudtrail(Node node, Build b) {
        String id = b.id(node);
        Node drawnBucket = b.callees(node, "s3").stream().findFirst().orElse(null);
        String bucket;
        Map<String, Object> getAcl;
        Map<String, Object> put;
        if (drawnBucket != null) {
            bucket = b.id(drawnBucket);
        } else {
            bucket = b.add(node, "Bucket", "AWS::S3::Bucket")
                    .set("BucketEncryption", Json.obj("ServerSideEncryptionConfiguration", Json.list(Json.obj(
                            "ServerSideEncryptionByDefault", Json.obj("SSEAlgorithm", "AES256")))))
                    .set("PublicAccessBlockConfiguration", Json.obj("BlockPublicAcls", true, "IgnorePublicAcls", true,
                            "BlockPublicPolicy", true, "RestrictPublicBuckets", true))
                    .set("OwnershipControls", Json.obj("Rules", Json.list(Json.obj("ObjectOwnership", "BucketOwnerEnforced"))))
                    .keep("Retain")
                    .logicalId();
        }
        Object condition = Json.obj("StringEquals", Json.obj("aws:SourceAccount", Fn.ref("AWS::AccountId")));
        getAcl = Json.obj("Effect", "Allow", "Principal", Json.obj("Service", "cloudtrail.amazonaws.com"),
                "Action", "s3:GetBucketAcl", "Resource", Fn.getAtt(bucket, "Arn"), "Condition", condition);
        put = Json.obj("Effect", "Allow", "Principal", Json.obj("Service", "cloudtrail.amazonaws.com"),
                "Action", "s3:PutObject", "Resource", Fn.sub("${" + bucket + ".Arn}/AWSLogs/${AWS::AccountId}/*"),
                "Condition", Json.obj("StringEquals", Json.obj("aws:SourceAccount", Fn.ref("AWS::AccountId"),
                        "s3:x-amz-acl", "bucket-owner-full-control")));
        Resource trail = b.primary(node, "AWS::CloudTrail::Trail")
                .set("IsLogging", true)
                .set("S3BucketName", Fn.ref(bucket))
                .set("EnableLogFileValidation", b.bool(node, "logFileValidation"))
                .set("IsMultiRegionTrail", b.bool(node, "multiRegion"))
                .set("IncludeGlobalServiceEvents", true)
                .set("Tags", b.nameTag(node));
        if (b.bool(node, "dataEvents")) {
            trail.set("EventSelectors", Json.list(Json.obj("ReadWriteType", "All", "IncludeManagementEvents", true,
                    "DataResources", Json.list(Json.obj("Type", "AWS::S3::Object",
                            "Values", Json.list(Fn.sub("arn:${AWS::Partition}:s3")))))));
        }
        if (drawnBucket != null) {
            b.policies.bucket(drawnBucket, getAcl);
            b.policies.bucket(drawnBucket, put);
            b.policies.beforeBucketPolicy(drawnBucket, trail);
        } else {
            Resource policy = b.add(node, "BucketPolicy", "AWS::S3::BucketPolicy")
                    .set("Bucket", Fn.ref(bucket))
                    .set("PolicyDocument", ResourcePolicies.document(ResourcePolicies.tlsOnly("s3:*",
                            Json.list(Fn.getAtt(bucket, "Arn"), Fn.sub("${" + bucket + ".Arn}/*")), Json.list(getAcl, put))));
            trail.dependsOn(policy.logicalId());
        }
        b.note(Build.text("management.note.trailBucket", id, bucket));
    }

    // ---- X-Ray ---------------------------------------------------------------------------------

    private static void xray(Node node, Build b) {
        double rate = b.prop(node, "samplingRate") instanceof Number n ? n.doubleValue() : 0.05;
        String name = LogicalIds.kebab(b.id(node));
        b.primary(node, "AWS::XRay::SamplingRule")
                .set("SamplingRule", Json.obj(
                        "RuleName", name.length() > 32 ? name.substring(0, 32) : name,
                        "Priority", 1000, "FixedRate", rate, "ReservoirSize", 1,
                        "ServiceName", "*", "ServiceType", "*", "Host", "*", "HTTPMethod", "*", "URLPath", "*",
                        "ResourceARN", "*", "Version", 1));
    }

    // ---- Systems Manager -----------------------------------------------------------------------

    private static void systemsManager(Node node, Build b) {
        if (!b.bool(node, "patchManager")) {
            b.notMapped(node, Build.text("management.reason.sessionManagerOnly"));
            return;
        }
        b.primary(node, "AWS::SSM::Association")
                .set("Name", "AWS-RunPatchBaseline")
                .set("AssociationName", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node))))
                .set("Parameters", Json.obj("Operation", Json.list("Install")))
                .set("ScheduleExpression", "cron(0 3 ? * SUN *)")
                .set("Targets", Json.list(Json.obj("Key", "tag:aws:cloudformation:stack-name",
                        "Values", Json.list(Fn.ref("AWS::StackName")))));
    }

}
