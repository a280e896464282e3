package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams and analytics: Kinesis streams (encrypted), Firehose delivery to S3 with its own role,
 * Glue databases, crawlers and jobs, and Athena workgroups writing results to a bucket.
 */
@AutoService(Mapper.class)
public final class AnalyticsMapper implements Mapper {

    public AnalyticsMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("kinesis-data-streams", "kinesis-firehose", "glue", "athena");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::Athena::WorkGroup", "AWS::Glue::Crawler",
                "AWS::Glue::Database", "AWS::Glue::Job",
                "AWS::Kinesis::Stream", "AWS::KinesisFirehose::DeliveryStream",
                "AWS::S3::Bucket");
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "kinesis-data-streams" -> kinesis(node, b);
            case "kinesis-firehose" -> firehose(node, b);
            case "glue" -> glue(node, b);
            case "athena" -> athena(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by AnalyticsMapper");
        }
    }

    // ---- Kinesis ---------------------------------------------------------------------------------

    private static void kinesis(Node node, Build b) {
        boolean onDemand = "ON_DEMAND".equals(b.string(node, "streamMode"));
        Resource stream = b.primary(node, "AWS::Kinesis::Stream")
                .set("StreamModeDetails", Json.obj("StreamMode", onDemand ? "ON_DEMAND" : "PROVISIONED"))
                .set("RetentionPeriodHours", b.integer(node, "retentionHours"))
                .set("Tags", b.nameTag(node));
        if (!onDemand) {
            stream.set("ShardCount", Math.max(1, b.integer(node, "shards")));
        }
        if (b.bool(node, "encrypted")) {
            stream.set("StreamEncryption", Json.obj("EncryptionType", "KMS", "KeyId", "alias/aws/kinesis"));
        }
    }

    private static void firehose(Node node, Build b) {
        Resource role = b.access.role(node, "Role", "firehose.amazonaws.com", null);
        Node destination = b.callees(node, "s3").stream().findFirst().orElse(null);
        String bucketId;
        if (destination != null) {
            bucketId = b.id(destination);
        } else {
            Resource bucket = b.add(node, "Bucket", "AWS::S3::Bucket")
                    .set("BucketEncryption", Json.obj("ServerSideEncryptionConfiguration", Json.list(Json.obj(
                            "ServerSideEncryptionByDefault", Json.obj("SSEAlgorithm", "AES256")))))
                    .set("PublicAccessBlockConfiguration", Json.obj("BlockPublicAcls", true, "IgnorePublicAcls", true,
                            "BlockPublicPolicy", true, "RestrictPublicBuckets", true))
                    .set("OwnershipControls", Json.obj("Rules", Json.list(Json.obj("ObjectOwnership",
                            "BucketOwnerEnforced"))))
                    .keep("Retain");
            bucketId = bucket.logicalId();
            b.note(Build.text("analytics.note.deliveryBucketAdded", b.id(node), bucketId));
        }
        b.access.allow(role.logicalId(), List.of("s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject",
                "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:PutObject"),
                Json.list(Fn.getAtt(bucketId, "Arn"), Fn.sub("${" + bucketId + ".Arn}/*")));
        if (!"NONE".equals(b.string(node, "formatConversion"))) {
            b.note(Build.text("analytics.note.recordFormatConversion", b.id(node)));
        }
        Resource stream = b.primary(node, "AWS::KinesisFirehose::DeliveryStream")
                .set("ExtendedS3DestinationConfiguration", Json.obj(
                        "BucketARN", Fn.getAtt(bucketId, "Arn"),
                        "RoleARN", role.att("Arn"),
                        "BufferingHints", Json.obj("SizeInMBs", b.integer(node, "bufferSizeMb"),
                                "IntervalInSeconds", b.integer(node, "bufferIntervalSeconds")),
                        "CompressionFormat", b.string(node, "compression"),
                        "ErrorOutputPrefix", "errors/"))
                .set("Tags", b.nameTag(node));
        b.access.afterPermissions(role.logicalId(), stream);
        List<Object> processors = new ArrayList<>();
        for (Node fn : b.callees(node, "lambda")) {
            processors.add(Json.obj("Type", "Lambda", "Parameters", Json.list(Json.obj(
                    "ParameterName", "LambdaArn", "ParameterValue", Fn.getAtt(b.id(fn), "Arn")))));
            b.access.allow(role.logicalId(), List.of("lambda:GetFunctionConfiguration", "lambda:InvokeFunction"),
                    Fn.getAtt(b.id(fn), "Arn"));
            break;
        }
        if (!processors.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s3Config = (Map<String, Object>) stream.get("ExtendedS3DestinationConfiguration");
            s3Config.put("ProcessingConfiguration", Json.obj("Enabled", true, "Processors", processors));
        }
        Node source = b.callers(node, "kinesis-data-streams").stream().findFirst().orElse(null);
        if (source != null) {
            String sourceId = b.id(source);
            stream.set("DeliveryStreamType", "KinesisStreamAsSource")
                    .set("KinesisStreamSourceConfiguration", Json.obj("KinesisStreamARN", Fn.getAtt(sourceId, "Arn"),
                            "RoleARN", role.att("Arn")));
            b.access.allow(role.logicalId(), List.of("kinesis:DescribeStream", "kinesis:GetRecords",
                    "kinesis:GetShardIterator", "kinesis:ListShards"), Fn.getAtt(sourceId, "Arn"));
        } else {
            stream.set("DeliveryStreamType", "DirectPut")
                    .set("DeliveryStreamEncryptionConfigurationInput", Json.obj("KeyType", "AWS_OWNED_CMK"));
        }
    }

    // ---- Glue and Athena -----------------------------------------------------------------------

    private static void glue(Node node, Build b) {
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
        String jobType = b.string(node, "jobType");
        Object script = b.parameter(Template.Parameter.of(id + "ScriptLocation", "String",
                "S3 URI of the script of Glue job " + id + " (s3://bucket/path/script.py)", null)
                .pattern("^s3://.+", "an s3:// URI"));
        Resource job = b.add(node, "Job", "AWS::Glue::Job").set("Role", role.att("Arn"));
        switch (jobType) {
            case "pythonshell" -> job.set("Command", Json.obj("Name", "pythonshell", "ScriptLocation", script,
                    "PythonVersion", "3.9")).set("MaxCapacity", 0.0625).set("GlueVersion", "3.0");
            case "glueray" -> job.set("Command", Json.obj("Name", "glueray", "ScriptLocation", script,
                    "Runtime", "Ray2.4", "PythonVersion", "3.9")).set("GlueVersion", "4.0").set("WorkerType", "Z.2X")
                    .set("NumberOfWorkers", Math.max(1, b.integer(node, "workers")));
            default -> job.set("Command", Json.obj("Name", jobType, "ScriptLocation", script, "PythonVersion", "3"))
                    .set("GlueVersion", b.string(node, "glueVersion"))
                    .set("WorkerType", b.string(node, "workerType"))
                    .set("NumberOfWorkers", Math.max(2, b.integer(node, "workers")));
        }
    }

    private static void athena(Node node, Build b) {
        Map<String, Object> config = Json.obj("EnforceWorkGroupConfiguration", true,
                "PublishCloudWatchMetricsEnabled", true,
                "EngineVersion", Json.obj("SelectedEngineVersion", "Athena engine version 3"));
        if (b.string(node, "engineVersion").startsWith("PySpark")) {
            b.note(Build.text("analytics.note.sparkWorkgroup", b.id(node)));
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
            b.note(Build.text("analytics.note.workgroupWithoutBucket", b.id(node)));
        }
        b.primary(node, "AWS::Athena::WorkGroup")
                .set("Name", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node))))
                .set("State", "ENABLED")
                .set("RecursiveDeleteOption", true)
                .set("WorkGroupConfiguration", config)
                .set("Tags", b.nameTag(node));
    }
}
