package com.cloudwright.cfn;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Buckets, file systems, volumes and backup plans. Buckets are encrypted, block public access
 * (unless the drawing makes one public on purpose), enforce bucket-owner object ownership, accept
 * TLS only, and move objects to Glacier when an archive is drawn next to them or a property asks.
 */
@AutoService(Mapper.class)
public final class StorageMapper implements Mapper {

    public StorageMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("s3", "s3-glacier", "efs", "ebs", "backup", "fsx", "fsx-lustre");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection",
                "AWS::Backup::BackupVault", "AWS::EC2::Volume",
                "AWS::EC2::VolumeAttachment", "AWS::EFS::FileSystem",
                "AWS::EFS::MountTarget", "AWS::Events::Rule",
                "AWS::FSx::FileSystem", "AWS::IAM::Role",
                "AWS::S3::Bucket");
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "s3" -> s3(node, b);
            case "s3-glacier" -> glacier(node, b);
            case "efs" -> efs(node, b);
            case "ebs", "backup" -> {
                // declared while wiring: it needs the other nodes' resources
            }
            case "fsx", "fsx-lustre" -> fsx(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by StorageMapper");
        }
    }

    @Override
    public void wire(Node node, Build b) {
        switch (node.type()) {
            case "s3" -> s3Wire(node, b);
            case "s3-glacier", "efs", "fsx", "fsx-lustre" -> {
                // nothing to wire
            }
            case "ebs" -> ebs(node, b);
            case "backup" -> backup(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by StorageMapper");
        }
    }

    // ---- S3 ------------------------------------------------------------------------------------

    private static void s3(Node node, Build b) {
        bucket(node, b);
    }

    private static Resource bucket(Node node, Build b) {
        String encryption = b.string(node, "encryption", "SSE-S3");
        String algorithm = switch (encryption) {
            case "SSE-KMS" -> "aws:kms";
            case "DSSE-KMS" -> "aws:kms:dsse";
            default -> "AES256";
        };
        boolean isPublic = node.type().equals("s3") && b.bool(node, "public");
        Resource bucket = b.primary(node, "AWS::S3::Bucket")
                .set("BucketEncryption", Json.obj("ServerSideEncryptionConfiguration", Json.list(Json.obj(
                        "ServerSideEncryptionByDefault", Json.obj("SSEAlgorithm", algorithm),
                        "BucketKeyEnabled", !algorithm.equals("AES256") ? true : null))))
                .set("PublicAccessBlockConfiguration", Json.obj(
                        "BlockPublicAcls", true, "IgnorePublicAcls", true,
                        "BlockPublicPolicy", !isPublic, "RestrictPublicBuckets", !isPublic))
                .set("OwnershipControls", Json.obj("Rules", Json.list(Json.obj("ObjectOwnership", "BucketOwnerEnforced"))))
                .set("Tags", b.nameTag(node))
                .keep("Retain");
        if (b.bool(node, "versioning", false)) {
            bucket.set("VersioningConfiguration", Json.obj("Status", "Enabled"));
        }
        if (b.bool(node, "websiteHosting", false)) {
            bucket.set("WebsiteConfiguration", Json.obj("IndexDocument", "index.html", "ErrorDocument", "error.html"));
        }
        if (isPublic) {
            b.policies.bucket(node, Json.obj("Sid", "PublicRead", "Effect", "Allow", "Principal", "*",
                    "Action", "s3:GetObject", "Resource", Fn.sub("${" + b.id(node) + ".Arn}/*")));
            b.note(Build.text("storage.note.publicBucket", b.id(node)));
        }
        b.policies.bucket(node);
        lifecycle(node, b, bucket);
        return bucket;
    }

    private static void lifecycle(Node node, Build b, Resource bucket) {
        List<Object> rules = new ArrayList<>();
        if (node.type().equals("s3-glacier")) {
            rules.add(transition("archive", b.string(node, "storageClass"), 0));
        } else {
            String storageClass = b.string(node, "storageClass");
            switch (storageClass) {
                case "STANDARD" -> {
                }
                case "STANDARD_IA", "ONEZONE_IA" -> rules.add(transition("storage-class", storageClass, 30));
                case "EXPRESS_ONEZONE" -> b.note(Build.text("storage.note.expressOneZone", b.id(node)));
                default -> rules.add(transition("storage-class", storageClass, 0));
            }
            Object glacierDays = b.prop(node, "glacierAfterDays");
            List<Node> archives = archivesOf(node, b);
            if (glacierDays instanceof Number || !archives.isEmpty()) {
                long days = glacierDays instanceof Number n ? n.longValue() : 180;
                String target = archives.isEmpty() ? "GLACIER" : b.string(archives.get(0), "storageClass");
                rules.add(transition("archive", target, days));
            }
        }
        Object expire = b.prop(node, "expireAfterDays");
        if (expire instanceof Number n) {
            rules.add(Json.obj("Id", "expire", "Status", "Enabled", "ExpirationInDays", n.longValue()));
        }
        if (!rules.isEmpty()) {
            rules.add(Json.obj("Id", "abort-incomplete-uploads", "Status", "Enabled",
                    "AbortIncompleteMultipartUpload", Json.obj("DaysAfterInitiation", 7)));
            bucket.set("LifecycleConfiguration", Json.obj("Rules", rules));
        }
    }

    private static Map<String, Object> transition(String id, String storageClass, long days) {
        return Json.obj("Id", id, "Status", "Enabled",
                "Transitions", Json.list(Json.obj("StorageClass", storageClass, "TransitionInDays", days)));
    }

    /** The Glacier archives drawn next to a bucket (an edge either way). */
    private static List<Node> archivesOf(Node bucket, Build b) {
        return b.neighbours(bucket).stream().filter(n -> n.type().equals("s3-glacier"))
                .sorted(java.util.Comparator.comparing(Node::id)).toList();
    }

    private static void glacier(Node node, Build b) {
        List<Node> buckets = b.neighbours(node).stream().filter(n -> n.type().equals("s3")).toList();
        if (buckets.isEmpty()) {
            bucket(node, b);
            return;
        }
        List<String> names = buckets.stream().map(b::id).sorted().toList();
        b.notMapped(node, Build.text("storage.reason.glacierStorageClass", String.join(", ", names)));
    }

    /** S3 event notifications go through EventBridge, which never forms a bucket ↔ target cycle. */
    private static void s3Wire(Node node, Build b) {
        Resource bucket = b.template.resource(b.id(node));
        if (bucket == null) {
            return;
        }
        List<Node> targets = new ArrayList<>();
        for (Link l : b.linksFrom(node)) {
            if (com.cloudwright.coverage.CfnCoverage.RULE_TARGETS.contains(l.callee().type()) && !targets.contains(l.callee())) {
                targets.add(l.callee());
            }
        }
        // A bucket drawn onto an event bus sends it its events; the bus's own rules pick them up.
        boolean toBus = b.linksFrom(node).stream().anyMatch(l -> l.callee().type().equals("eventbridge"));
        if (targets.isEmpty() && !toBus) {
            return;
        }
        bucket.set("NotificationConfiguration", Json.obj("EventBridgeConfiguration", Json.obj("EventBridgeEnabled", true)));
        if (targets.isEmpty()) {
            return;
        }
        Resource rule = b.add(node, "ObjectCreatedRule", "AWS::Events::Rule")
                .set("Description", "Objects created in " + node.displayLabel())
                .set("EventPattern", Json.obj("source", Json.list("aws.s3"), "detail-type", Json.list("Object Created"),
                        "detail", Json.obj("bucket", Json.obj("name", Json.list(bucket.ref())))))
                .set("State", "ENABLED");
        EventRules.targets(b, node, rule, targets);
    }

    // ---- EFS -----------------------------------------------------------------------------------

    private static void efs(Node node, Build b) {
        if (b.network.vpcOf(node).isEmpty()) {
            b.notMapped(node, Build.text("storage.reason.efsNeedsVpc"));
            return;
        }
        boolean oneZone = b.bool(node, "oneZone");
        List<Network.Subnet> subnets = b.network.spread(node, false);
        if (oneZone && !subnets.isEmpty()) {
            subnets = List.of(b.network.subnetOf(node).orElse(subnets.get(0)));
        }
        String transition = b.string(node, "transitionToIA");
        Resource fs = b.primary(node, "AWS::EFS::FileSystem")
                .set("Encrypted", b.bool(node, "encrypted"))
                .set("PerformanceMode", b.string(node, "performanceMode"))
                .set("ThroughputMode", b.string(node, "throughputMode"))
                .set("BackupPolicy", Json.obj("Status", "ENABLED"))
                .set("LifecyclePolicies", transition.equals("NONE") ? null
                        : Json.list(Json.obj("TransitionToIA", transition)))
                .set("FileSystemTags", Json.list(Json.obj("Key", "Name",
                        "Value", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node))))))
                .keep("Retain");
        if (oneZone && !subnets.isEmpty()) {
            fs.set("AvailabilityZoneName", subnets.get(0).zone().expression());
        }
        if (b.string(node, "throughputMode").equals("provisioned")) {
            fs.set("ProvisionedThroughputInMibps", 100.0);
        }
        String sg = b.securityGroups.of(node).orElseThrow();
        for (Network.Subnet s : subnets) {
            b.add(node, "MountTarget" + s.id(b), "AWS::EFS::MountTarget")
                    .set("FileSystemId", fs.ref())
                    .set("SubnetId", Fn.ref(s.id(b)))
                    .set("SecurityGroups", Json.list(b.securityGroups.groupId(sg)));
        }
    }

    // ---- EBS -----------------------------------------------------------------------------------

    private static void ebs(Node node, Build b) {
        List<Node> instances = b.neighbours(node).stream().filter(n -> n.type().equals("ec2")).toList();
        Optional<Network.Zone> zone = b.network.zoneOf(node);
        for (Node i : instances) {
            if (zone.isEmpty()) {
                zone = b.network.zoneOf(i);
            }
        }
        String type = b.string(node, "volumeType");
        Resource volume = b.primary(node, "AWS::EC2::Volume")
                .set("AvailabilityZone", zone.map(Network.Zone::expression).orElse(Fn.select(0, Fn.azs())))
                .set("Size", b.integer(node, "sizeGb"))
                .set("VolumeType", type)
                .set("Encrypted", b.bool(node, "encrypted"))
                .set("Tags", b.nameTag(node))
                .keep("Snapshot");
        if (type.equals("gp3") || type.startsWith("io")) {
            volume.set("Iops", b.integer(node, "iops"));
        }
        if (type.equals("gp3")) {
            volume.set("Throughput", b.integer(node, "throughputMbps"));
        }
        boolean attached = false;
        for (Node instance : instances) {
            Resource r = b.template.resource(b.id(instance));
            if (r == null || !r.type().equals("AWS::EC2::Instance")) {
                b.note(Build.text("storage.note.volumeNotAttached", b.id(node), b.id(instance)));
            } else if (attached) {
                b.note(Build.text("storage.note.volumeOneInstance", b.id(node), b.id(instance)));
            } else {
                b.add(node, "Attachment", "AWS::EC2::VolumeAttachment")
                        .set("InstanceId", r.ref())
                        .set("VolumeId", volume.ref())
                        .set("Device", "/dev/sdf");
                attached = true;
            }
        }
    }

    // ---- FSx -----------------------------------------------------------------------------------

    private static void fsx(Node node, Build b) {
        boolean lustre = node.type().equals("fsx-lustre");
        String type = lustre ? "LUSTRE" : b.string(node, "fileSystemType");
        String deployment = b.string(node, "deploymentType", lustre ? "SCRATCH_2" : "MULTI_AZ_1");
        boolean multiAz = deployment.startsWith("MULTI_AZ");
        List<Network.Subnet> spread = b.network.spread(node, false);
        if (spread.isEmpty()) {
            b.notMapped(node, Build.text("storage.reason.fsxNeedsSubnets"));
            return;
        }
        List<Network.Subnet> subnets = multiAz && spread.size() >= 2 ? spread.subList(0, 2) : spread.subList(0, 1);
        String sg = b.securityGroups.of(node).orElseThrow();
        long storage = b.integer(node, "storageGb");
        Resource fs = b.primary(node, "AWS::FSx::FileSystem")
                .set("FileSystemType", type)
                .set("StorageCapacity", storage)
                .set("SubnetIds", Network.refs(b, subnets))
                .set("SecurityGroupIds", Json.list(b.securityGroups.groupId(sg)))
                .set("Tags", b.nameTag(node))
                .keep("Retain");
        long backups = b.integer(node, "backupRetentionDays", 7);
        long throughput = b.integer(node, "throughputMbps", 64);
        Object preferred = multiAz ? Fn.ref(subnets.get(0).id(b)) : null;
        switch (type) {
            case "LUSTRE" -> {
                var config = Json.obj("DeploymentType", deployment);
                if (deployment.startsWith("PERSISTENT")) {
                    config.put("PerUnitStorageThroughput", b.integer(node, "perUnitThroughputMbps"));
                }
                Node bucket = b.callees(node, "s3").stream().findFirst().orElse(null);
                String importPath = b.string(node, "s3ImportPath", null);
                if (!deployment.equals("PERSISTENT_2") && (importPath != null || bucket != null)) {
                    config.put("ImportPath", importPath != null ? importPath : Fn.sub("s3://${" + b.id(bucket) + "}"));
                }
                fs.set("LustreConfiguration", config);
            }
            case "ONTAP" -> fs.set("OntapConfiguration", Json.obj("DeploymentType", deployment,
                    "ThroughputCapacity", Math.max(128, throughput), "PreferredSubnetId", preferred,
                    "AutomaticBackupRetentionDays", backups))
                    .set("StorageCapacity", Math.max(1024, storage));
            case "OPENZFS" -> fs.set("OpenZFSConfiguration", Json.obj("DeploymentType", deployment,
                    "ThroughputCapacity", throughput, "PreferredSubnetId", preferred,
                    "AutomaticBackupRetentionDays", backups));
            default -> {
                Object directory = b.parameter(new Template.Parameter(b.id(node) + "ActiveDirectoryId", "String",
                        "AWS Managed Microsoft AD directory that FSx for Windows " + node.displayLabel() + " joins", null,
                        "^d-[0-9a-f]{10}$", List.of(), "a directory id such as d-1234567890"));
                fs.set("WindowsConfiguration", Json.obj("DeploymentType", deployment,
                        "ThroughputCapacity", throughput, "PreferredSubnetId", preferred,
                        "ActiveDirectoryId", directory, "AutomaticBackupRetentionDays", backups));
            }
        }
    }

    // ---- AWS Backup ----------------------------------------------------------------------------

    private static void backup(Node node, Build b) {
        String id = b.id(node);
        Resource vault = b.add(node, "Vault", "AWS::Backup::BackupVault")
                .set("BackupVaultName", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(id)))
                .keep("Retain");
        long retention = Math.max(1, b.integer(node, "retentionDays"));
        if (b.bool(node, "vaultLock")) {
            vault.set("LockConfiguration", Json.obj("MinRetentionDays", retention));
        }
        Object cold = b.prop(node, "coldStorageAfterDays");
        Map<String, Object> lifecycle = Json.obj("DeleteAfterDays", retention);
        if (cold instanceof Number n) {
            lifecycle.put("MoveToColdStorageAfterDays", n.longValue());
            lifecycle.put("DeleteAfterDays", Math.max(retention, n.longValue() + 90));
        }
        String schedule = switch (b.string(node, "schedule")) {
            case "hourly" -> "cron(0 * ? * * *)";
            case "weekly" -> "cron(0 5 ? * 1 *)";
            case "monthly" -> "cron(0 5 1 * ? *)";
            default -> "cron(0 5 ? * * *)";
        };
        Resource plan = b.primary(node, "AWS::Backup::BackupPlan")
                .set("BackupPlan", Json.obj("BackupPlanName", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(id)),
                        "BackupPlanRule", Json.list(Json.obj("RuleName", b.string(node, "schedule"),
                                "TargetBackupVault", vault.ref(), "ScheduleExpression", schedule,
                                "Lifecycle", lifecycle))));
        Resource role = b.add(node, "Role", "AWS::IAM::Role")
                .set("AssumeRolePolicyDocument", Access.trust("backup.amazonaws.com"))
                .set("ManagedPolicyArns", Json.list(
                        Access.managedPolicy("service-role/AWSBackupServiceRolePolicyForBackup"),
                        Access.managedPolicy("service-role/AWSBackupServiceRolePolicyForRestores")));
        List<Object> resources = new ArrayList<>();
        for (Node n : b.neighbours(node)) {
            Object arn = backupArn(b, n);
            if (arn != null && !resources.contains(arn)) {
                resources.add(arn);
            }
        }
        Map<String, Object> selection = Json.obj("SelectionName", LogicalIds.kebab(id), "IamRoleArn", role.att("Arn"));
        if (resources.isEmpty()) {
            selection.put("ListOfTags", Json.list(Json.obj("ConditionType", "STRINGEQUALS",
                    "ConditionKey", "backup-plan", "ConditionValue", LogicalIds.kebab(id))));
            b.note(Build.text("storage.note.backupByTag", id, LogicalIds.kebab(id)));
        } else {
            selection.put("Resources", resources);
        }
        b.add(node, "Selection", "AWS::Backup::BackupSelection")
                .set("BackupPlanId", plan.ref())
                .set("BackupSelection", selection);
    }

    private static Object backupArn(Build b, Node n) {
        Resource r = b.template.resource(b.ids.knows(n) ? b.id(n) : "");
        if (r == null) {
            return null;
        }
        String id = r.logicalId();
        return switch (r.type()) {
            case "AWS::RDS::DBInstance" -> Fn.getAtt(id, "DBInstanceArn");
            case "AWS::RDS::DBCluster" -> Fn.getAtt(id, "DBClusterArn");
            case "AWS::EFS::FileSystem", "AWS::DynamoDB::Table" -> Fn.getAtt(id, "Arn");
            case "AWS::EC2::Volume" -> Fn.sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/${"
                    + id + "}");
            case "AWS::EC2::Instance" -> Fn.sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/${"
                    + id + "}");
            default -> null;
        };
    }
}
