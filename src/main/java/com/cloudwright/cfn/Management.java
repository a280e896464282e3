package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Monitoring, audit, identity and analytics: CloudWatch alarms on what the CloudWatch node is
 * drawn next to (notifying the topics it points at), a CloudTrail trail into an encrypted bucket,
 * X-Ray sampling (and tracing switched on for the functions, APIs and state machines connected to
 * it), standalone IAM roles, Cognito user pools, Glue databases/crawlers/jobs and Athena workgroups.
 */
final class Management {

    private Management() {
    }

    // ---- CloudWatch ----------------------------------------------------------------------------

    static void cloudwatch(Node node, Build b) {
        List<Object> actions = new ArrayList<>();
        for (Node topic : b.callees(node, "sns")) {
            actions.add(b.ref(topic));
        }
        String metric = b.string(node, "alarmMetric", "CPUUtilization");
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
            b.notMapped(node, "CloudWatch collects every resource's metrics by itself; connect it to instances, "
                    + "databases, functions, queues or load balancers to get alarms");
        }
    }

    // ---- CloudTrail ----------------------------------------------------------------------------

    static void cloudtrail(Node node, Build b) {
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
                .set("EnableLogFileValidation", b.bool(node, "logFileValidation", true))
                .set("IsMultiRegionTrail", b.bool(node, "multiRegion", true))
                .set("IncludeGlobalServiceEvents", true)
                .set("Tags", b.nameTag(node));
        if (b.bool(node, "dataEvents", false)) {
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
                    .set("PolicyDocument", ResourcePolicies.document(Json.list(getAcl, put)));
            trail.dependsOn(policy.logicalId());
        }
        b.note("Trail " + id + " logs to bucket " + bucket + ".");
    }

    // ---- X-Ray ---------------------------------------------------------------------------------

    static void xray(Node node, Build b) {
        double rate = b.prop(node, "samplingRate") instanceof Number n ? n.doubleValue() : 0.05;
        String name = LogicalIds.kebab(b.id(node));
        b.primary(node, "AWS::XRay::SamplingRule")
                .set("SamplingRule", Json.obj(
                        "RuleName", name.length() > 32 ? name.substring(0, 32) : name,
                        "Priority", 1000, "FixedRate", rate, "ReservoirSize", 1,
                        "ServiceName", "*", "ServiceType", "*", "Host", "*", "HTTPMethod", "*", "URLPath", "*",
                        "ResourceARN", "*", "Version", 1));
    }

    // ---- IAM role ------------------------------------------------------------------------------

    static void iamRole(Node node, Build b) {
        String service = b.string(node, "trustedService", "ec2.amazonaws.com");
        List<Object> managed = new ArrayList<>();
        String given = b.string(node, "managedPolicyArns", null);
        if (given != null) {
            for (String p : given.split("[,\\s]+")) {
                if (!p.isBlank()) {
                    managed.add(p.startsWith("arn:") ? p : Access.managedPolicy(p));
                }
            }
        }
        Resource role = b.primary(node, "AWS::IAM::Role")
                .set("AssumeRolePolicyDocument", Access.trust(service))
                .set("ManagedPolicyArns", managed)
                .set("Tags", b.nameTag(node));
        b.access.register(node, role.logicalId());
        if (service.equals("ec2.amazonaws.com")) {
            b.add(node, "InstanceProfile", "AWS::IAM::InstanceProfile").set("Roles", Json.list(role.ref()));
        }
    }

    // ---- Cognito -------------------------------------------------------------------------------

    static void cognito(Node node, Build b) {
        String mfa = b.string(node, "mfa", "OPTIONAL");
        Resource pool = b.primary(node, "AWS::Cognito::UserPool")
                .set("UsernameAttributes", Json.list("email"))
                .set("AutoVerifiedAttributes", Json.list("email"))
                .set("MfaConfiguration", mfa)
                .set("EnabledMfas", mfa.equals("OFF") ? null : Json.list("SOFTWARE_TOKEN_MFA"))
                .set("AdminCreateUserConfig", Json.obj("AllowAdminCreateUserOnly", !b.bool(node, "selfSignUp", true)))
                .set("Policies", Json.obj("PasswordPolicy", Json.obj("MinimumLength", 12, "RequireLowercase", true,
                        "RequireNumbers", true, "RequireSymbols", true, "RequireUppercase", true)))
                .set("AccountRecoverySetting", Json.obj("RecoveryMechanisms",
                        Json.list(Json.obj("Name", "verified_email", "Priority", 1))))
                .set("DeletionProtection", "ACTIVE")
                .keep("Retain");
        Resource client = b.add(node, "Client", "AWS::Cognito::UserPoolClient")
                .set("UserPoolId", pool.ref())
                .set("GenerateSecret", false)
                .set("ExplicitAuthFlows", Json.list("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
                .set("PreventUserExistenceErrors", "ENABLED");
        b.template.output(b.id(node) + "Id", "User pool id of " + node.displayLabel(), pool.ref());
        b.template.output(b.id(node) + "ClientId", "App client id of " + node.displayLabel(), client.ref());
        if (b.bool(node, "identityPool", false)) {
            Resource identity = b.add(node, "IdentityPool", "AWS::Cognito::IdentityPool")
                    .set("AllowUnauthenticatedIdentities", false)
                    .set("CognitoIdentityProviders", Json.list(Json.obj("ClientId", client.ref(),
                            "ProviderName", pool.att("ProviderName"))));
            Resource role = b.add(node, "AuthenticatedRole", "AWS::IAM::Role")
                    .set("AssumeRolePolicyDocument", ResourcePolicies.document(Json.list(Json.obj(
                            "Effect", "Allow",
                            "Principal", Json.obj("Federated", "cognito-identity.amazonaws.com"),
                            "Action", "sts:AssumeRoleWithWebIdentity",
                            "Condition", Json.obj(
                                    "StringEquals", Json.obj("cognito-identity.amazonaws.com:aud", identity.ref()),
                                    "ForAnyValue:StringLike", Json.obj("cognito-identity.amazonaws.com:amr",
                                            "authenticated"))))));
            b.access.register(node, role.logicalId());
            b.add(node, "IdentityPoolRoles", "AWS::Cognito::IdentityPoolRoleAttachment")
                    .set("IdentityPoolId", identity.ref())
                    .set("Roles", Json.obj("authenticated", role.att("Arn")));
        }
    }

    // ---- Systems Manager -----------------------------------------------------------------------

    static void systemsManager(Node node, Build b) {
        if (!b.bool(node, "patchManager", false)) {
            b.notMapped(node, "Session Manager needs no resource: every instance profile the template writes carries "
                    + "AmazonSSMManagedInstanceCore (turn on patchManager for a patching association)");
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

    // ---- Glue and Athena -----------------------------------------------------------------------

    static void glue(Node node, Build b) {
        String id = b.id(node);
        String databaseName = LogicalIds.kebab(id).replace('-', '_');
        Resource database = b.primary(node, "AWS::Glue::Database")
                .set("CatalogId", Fn.ref("AWS::AccountId"))
                .set("DatabaseInput", Json.obj("Name", databaseName, "Description", "Drawn as " + node.displayLabel()));
        Resource role = b.access.role(node, "Role", "glue.amazonaws.com",
                Json.list(Access.managedPolicy("service-role/AWSGlueServiceRole")));
        List<Object> targets = new ArrayList<>();
        for (Node bucket : b.callees(node, "s3")) {
            targets.add(Json.obj("Path", Fn.sub("s3://${" + b.id(bucket) + "}/")));
        }
        if (!targets.isEmpty()) {
            b.add(node, "Crawler", "AWS::Glue::Crawler")
                    .set("Role", role.att("Arn"))
                    .set("DatabaseName", database.ref())
                    .set("Targets", Json.obj("S3Targets", targets));
        }
        String jobType = b.string(node, "jobType", "glueetl");
        Object script = b.parameter(Template.Parameter.of(id + "ScriptLocation", "String",
                "S3 URI of the script of Glue job " + id + " (s3://bucket/path/script.py)", null)
                .pattern("^s3://.+", "an s3:// URI"));
        Resource job = b.add(node, "Job", "AWS::Glue::Job").set("Role", role.att("Arn"));
        switch (jobType) {
            case "pythonshell" -> job.set("Command", Json.obj("Name", "pythonshell", "ScriptLocation", script,
                    "PythonVersion", "3.9")).set("MaxCapacity", 0.0625).set("GlueVersion", "3.0");
            case "glueray" -> job.set("Command", Json.obj("Name", "glueray", "ScriptLocation", script,
                    "Runtime", "Ray2.4", "PythonVersion", "3.9")).set("GlueVersion", "4.0").set("WorkerType", "Z.2X")
                    .set("NumberOfWorkers", Math.max(1, b.integer(node, "workers", 2)));
            default -> job.set("Command", Json.obj("Name", jobType, "ScriptLocation", script, "PythonVersion", "3"))
                    .set("GlueVersion", b.string(node, "glueVersion", "5.0"))
                    .set("WorkerType", b.string(node, "workerType", "G.1X"))
                    .set("NumberOfWorkers", Math.max(2, b.integer(node, "workers", 2)));
        }
    }

    static void athena(Node node, Build b) {
        Map<String, Object> config = Json.obj("EnforceWorkGroupConfiguration", true,
                "PublishCloudWatchMetricsEnabled", true,
                "EngineVersion", Json.obj("SelectedEngineVersion", "Athena engine version 3"));
        if (b.string(node, "engineVersion", "Athena engine version 3").startsWith("PySpark")) {
            b.note("Workgroup " + b.id(node) + ": a Spark workgroup needs an execution role and notebooks; the "
                    + "template makes a SQL workgroup.");
        }
        Object cutoff = b.prop(node, "bytesScannedCutoffGb");
        if (cutoff instanceof Number n && n.longValue() > 0) {
            config.put("BytesScannedCutoffPerQuery", n.longValue() * 1024L * 1024L * 1024L);
        }
        Node results = b.callees(node, "s3").stream().findFirst().orElse(null);
        if (results != null) {
            config.put("ResultConfiguration", Json.obj(
                    "OutputLocation", Fn.sub("s3://${" + b.id(results) + "}/athena-results/"),
                    "EncryptionConfiguration", Json.obj("EncryptionOption", "SSE_S3")));
        } else {
            b.note("Workgroup " + b.id(node) + " has no bucket drawn for query results; set one before querying.");
        }
        b.primary(node, "AWS::Athena::WorkGroup")
                .set("Name", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node))))
                .set("State", "ENABLED")
                .set("RecursiveDeleteOption", true)
                .set("WorkGroupConfiguration", config)
                .set("Tags", b.nameTag(node));
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
