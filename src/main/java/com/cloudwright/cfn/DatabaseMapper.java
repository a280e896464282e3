package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.List;

/**
 * Databases, caches and tables: a subnet group across one private subnet per zone of the VPC (a
 * DB subnet group must span two), a security group, encryption at rest, the master password
 * managed by Secrets Manager ({@code ManageMasterUserPassword}, never a password in the template),
 * an explicit backup retention, and DeletionPolicy/UpdateReplacePolicy Snapshot (Retain where a
 * snapshot is not possible) so deleting or replacing a stack never silently destroys data.
 */
@AutoService(Mapper.class)
public final class DatabaseMapper implements Mapper {

    static final String MASTER_USER = "dbadmin";

    public DatabaseMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("rds", "aurora", "elasticache", "dynamodb", "redshift", "dax");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::DAX::Cluster", "AWS::DAX::SubnetGroup",
                "AWS::DynamoDB::Table", "AWS::ElastiCache::CacheCluster",
                "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::SubnetGroup",
                "AWS::RDS::DBCluster", "AWS::RDS::DBInstance",
                "AWS::RDS::DBSubnetGroup", "AWS::Redshift::Cluster",
                "AWS::Redshift::ClusterSubnetGroup");
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "rds" -> rds(node, b);
            case "aurora" -> aurora(node, b);
            case "elasticache" -> elasticache(node, b);
            case "dynamodb" -> dynamodb(node, b);
            case "redshift" -> redshift(node, b);
            case "dax" -> dax(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by DatabaseMapper");
        }
    }

    private static List<Network.Subnet> subnets(Node node, Build b, int minimumZones, String what) {
        List<Network.Subnet> subnets = b.network.spread(node, false);
        long zones = subnets.stream().map(s -> s.zone().key()).distinct().count();
        if (zones < minimumZones) {
            b.note(Build.text("database.note.subnetGroupZones", what, b.id(node), zones, minimumZones));
        }
        return subnets;
    }

    /** The subnet group a database in a VPC is launched into; DAX's is the one that takes no tags. */
    private static Resource subnetGroup(Node node, Build b, String type, String descriptionField,
                                        List<Network.Subnet> subnets) {
        Resource group = b.add(node, "SubnetGroup", type)
                .set(descriptionField, "Subnets of " + node.displayLabel())
                .set("SubnetIds", Network.refs(b, subnets));
        return type.equals("AWS::DAX::SubnetGroup") ? group : group.set("Tags", b.nameTag(node));
    }

    private static void rds(Node node, Build b) {
        if (b.network.vpcOf(node).isEmpty()) {
            b.notMapped(node, Build.text("database.reason.rdsNeedsVpc"));
            return;
        }
        List<Network.Subnet> subnets = subnets(node, b, 2, "RDS database");
        Resource group = subnetGroup(node, b, "AWS::RDS::DBSubnetGroup", "DBSubnetGroupDescription", subnets);
        String sg = b.securityGroups.of(node).orElseThrow();
        String engine = b.string(node, "engine");
        Object instanceClass = SizeParameters.of(b, node, "instanceClass", "DB instance class");
        Resource db = b.primary(node, "AWS::RDS::DBInstance")
                .set("Engine", engine)
                .set("EngineVersion", b.string(node, "engineVersion", null))
                .set("DBInstanceClass", instanceClass)
                .set("AllocatedStorage", Long.toString(b.integer(node, "storageGb")))
                .set("StorageType", b.string(node, "storageType"))
                .set("StorageEncrypted", b.bool(node, "encrypted"))
                .set("MultiAZ", b.bool(node, "multiAz"))
                .set("MasterUsername", MASTER_USER)
                .set("ManageMasterUserPassword", true)
                .set("DBSubnetGroupName", group.ref())
                .set("VPCSecurityGroups", Json.list(b.securityGroups.groupId(sg)))
                .set("BackupRetentionPeriod", b.integer(node, "backupRetentionDays"))
                .set("DeletionProtection", b.bool(node, "deletionProtection"))
                .set("PubliclyAccessible", false)
                .set("CopyTagsToSnapshot", true)
                .set("AutoMinorVersionUpgrade", true)
                .set("Tags", b.nameTag(node))
                .keep("Snapshot");
        long replicas = b.integer(node, "readReplicas");
        for (int i = 1; i <= replicas; i++) {
            // A replica is a copy of the kept primary: deleting it loses nothing, so say so explicitly.
            b.add(node, "Replica" + i, "AWS::RDS::DBInstance")
                    .set("SourceDBInstanceIdentifier", db.ref())
                    .set("DBInstanceClass", instanceClass)
                    .set("PubliclyAccessible", false)
                    .set("Tags", b.nameTag(node))
                    .keep("Delete");
        }
        b.template.output(b.id(node) + "Endpoint", "Endpoint of " + node.displayLabel(), db.att("Endpoint.Address"));
    }

    private static void aurora(Node node, Build b) {
        if (b.network.vpcOf(node).isEmpty()) {
            b.notMapped(node, Build.text("database.reason.auroraNeedsVpc"));
            return;
        }
        List<Network.Subnet> subnets = subnets(node, b, 2, "Aurora cluster");
        Resource group = subnetGroup(node, b, "AWS::RDS::DBSubnetGroup", "DBSubnetGroupDescription", subnets);
        String sg = b.securityGroups.of(node).orElseThrow();
        String engine = b.string(node, "engine");
        String instanceClass = b.string(node, "instanceClass");
        Resource cluster = b.primary(node, "AWS::RDS::DBCluster")
                .set("Engine", engine)
                .set("EngineVersion", b.string(node, "engineVersion", null))
                .set("MasterUsername", MASTER_USER)
                .set("ManageMasterUserPassword", true)
                .set("StorageEncrypted", b.bool(node, "encrypted"))
                .set("StorageType", b.string(node, "storageType"))
                .set("DBSubnetGroupName", group.ref())
                .set("VpcSecurityGroupIds", Json.list(b.securityGroups.groupId(sg)))
                .set("BackupRetentionPeriod", b.integer(node, "backupRetentionDays"))
                .set("DeletionProtection", b.bool(node, "deletionProtection"))
                .set("CopyTagsToSnapshot", true)
                .set("Tags", b.nameTag(node))
                .keep("Snapshot");
        if (instanceClass.equals("db.serverless")) {
            cluster.set("ServerlessV2ScalingConfiguration", Json.obj("MinCapacity", 0.5, "MaxCapacity", 4.0));
        }
        long instances = Math.max(1, b.integer(node, "instances"));
        for (int i = 1; i <= instances; i++) {
            // The data lives in the cluster, which is snapshotted; an instance holds none of its own.
            b.add(node, "Instance" + i, "AWS::RDS::DBInstance")
                    .set("Engine", engine)
                    .set("DBClusterIdentifier", cluster.ref())
                    .set("DBInstanceClass", SizeParameters.of(b, node, "instanceClass", "DB instance class"))
                    .set("PubliclyAccessible", false)
                    .set("Tags", b.nameTag(node))
                    .keep("Delete");
        }
        b.template.output(b.id(node) + "Endpoint", "Writer endpoint of " + node.displayLabel(),
                cluster.att("Endpoint.Address"));
        b.template.output(b.id(node) + "ReaderEndpoint", "Reader endpoint of " + node.displayLabel(),
                cluster.att("ReadEndpoint.Address"));
    }

    private static void elasticache(Node node, Build b) {
        if (b.network.vpcOf(node).isEmpty()) {
            b.notMapped(node, Build.text("database.reason.elasticacheNeedsVpc"));
            return;
        }
        long nodes = Math.max(1, b.integer(node, "nodes"));
        boolean multiAz = b.bool(node, "multiAz") && nodes >= 2;
        List<Network.Subnet> subnets = subnets(node, b, multiAz ? 2 : 1, "ElastiCache cluster");
        long zones = subnets.stream().map(s -> s.zone().key()).distinct().count();
        Resource group = subnetGroup(node, b, "AWS::ElastiCache::SubnetGroup", "Description", subnets);
        String sg = b.securityGroups.of(node).orElseThrow();
        String engine = b.string(node, "engine");
        Object nodeType = SizeParameters.of(b, node, "nodeType", "Cache node type");
        if (engine.equals("memcached")) {
            b.primary(node, "AWS::ElastiCache::CacheCluster")
                    .set("Engine", "memcached")
                    .set("CacheNodeType", nodeType)
                    .set("NumCacheNodes", nodes)
                    .set("AZMode", nodes > 1 && zones > 1 ? "cross-az" : "single-az")
                    .set("CacheSubnetGroupName", group.ref())
                    .set("VpcSecurityGroupIds", Json.list(b.securityGroups.groupId(sg)))
                    .set("Tags", b.nameTag(node))
                    .keep("Retain");
            b.template.output(b.id(node) + "Endpoint", "Configuration endpoint of " + node.displayLabel(),
                    Fn.getAtt(b.id(node), "ConfigurationEndpoint.Address"));
            return;
        }
        boolean encrypted = b.bool(node, "encrypted");
        boolean failover = nodes >= 2 && zones >= 2;
        b.primary(node, "AWS::ElastiCache::ReplicationGroup")
                .set("ReplicationGroupDescription", "Cache " + node.displayLabel())
                .set("Engine", engine)
                .set("CacheNodeType", nodeType)
                .set("NumCacheClusters", nodes)
                .set("AutomaticFailoverEnabled", failover)
                .set("MultiAZEnabled", multiAz && failover)
                .set("AtRestEncryptionEnabled", encrypted)
                .set("TransitEncryptionEnabled", encrypted)
                .set("CacheSubnetGroupName", group.ref())
                .set("SecurityGroupIds", Json.list(b.securityGroups.groupId(sg)))
                .set("SnapshotRetentionLimit", Math.max(1, b.integer(node, "snapshotRetentionDays")))
                .set("Tags", b.nameTag(node))
                .keep("Snapshot");
        b.template.output(b.id(node) + "Endpoint", "Primary endpoint of " + node.displayLabel(),
                Fn.getAtt(b.id(node), "PrimaryEndPoint.Address"));
    }

    private static void dynamodb(Node node, Build b) {
        String partition = b.string(node, "partitionKey");
        String sort = b.string(node, "sortKey", null);
        List<Object> attributes = Json.list(Json.obj("AttributeName", partition, "AttributeType", "S"));
        List<Object> keys = Json.list(Json.obj("AttributeName", partition, "KeyType", "HASH"));
        if (sort != null && !sort.equals(partition)) {
            attributes.add(Json.obj("AttributeName", sort, "AttributeType", "S"));
            keys.add(Json.obj("AttributeName", sort, "KeyType", "RANGE"));
        }
        boolean provisioned = "PROVISIONED".equals(b.string(node, "billingMode"));
        Resource table = b.primary(node, "AWS::DynamoDB::Table")
                .set("BillingMode", provisioned ? "PROVISIONED" : "PAY_PER_REQUEST")
                .set("AttributeDefinitions", attributes)
                .set("KeySchema", keys)
                .set("SSESpecification", Json.obj("SSEEnabled", true))
                .set("PointInTimeRecoverySpecification", Json.obj("PointInTimeRecoveryEnabled",
                        b.bool(node, "pointInTimeRecovery")))
                .set("TableClass", b.string(node, "tableClass"))
                .set("Tags", b.nameTag(node))
                .keep("Retain");
        if (provisioned) {
            table.set("ProvisionedThroughput", Json.obj("ReadCapacityUnits", b.integer(node, "readCapacity"),
                    "WriteCapacityUnits", b.integer(node, "writeCapacity")));
        }
        String stream = b.string(node, "stream");
        if (!stream.equals("NONE")) {
            table.set("StreamSpecification", Json.obj("StreamViewType", stream));
        }
        String ttl = b.string(node, "ttlAttribute", null);
        if (ttl != null) {
            table.set("TimeToLiveSpecification", Json.obj("AttributeName", ttl, "Enabled", true));
        }
    }

    private static void dax(Node node, Build b) {
        if (b.network.vpcOf(node).isEmpty()) {
            b.notMapped(node, Build.text("database.reason.daxNeedsVpc"));
            return;
        }
        List<Network.Subnet> subnets = subnets(node, b, 1, "DAX cluster");
        Resource group = subnetGroup(node, b, "AWS::DAX::SubnetGroup", "Description", subnets);
        String sg = b.securityGroups.of(node).orElseThrow();
        Resource role = b.access.role(node, "Role", "dax.amazonaws.com", null);
        b.primary(node, "AWS::DAX::Cluster")
                .set("IAMRoleARN", role.att("Arn"))
                .set("NodeType", b.string(node, "nodeType"))
                .set("ReplicationFactor", Math.max(1, b.integer(node, "nodes")))
                .set("SubnetGroupName", group.ref())
                .set("SecurityGroupIds", Json.list(b.securityGroups.groupId(sg)))
                .set("SSESpecification", Json.obj("SSEEnabled", b.bool(node, "encrypted")))
                .set("ClusterEndpointEncryptionType", b.bool(node, "tls") ? "TLS" : "NONE");
        b.template.output(b.id(node) + "Endpoint", "Cluster endpoint of " + node.displayLabel(),
                Fn.getAtt(b.id(node), "ClusterDiscoveryEndpointURL"));
    }

    private static void redshift(Node node, Build b) {
        if (b.network.vpcOf(node).isEmpty()) {
            b.notMapped(node, Build.text("database.reason.redshiftNeedsVpc"));
            return;
        }
        List<Network.Subnet> subnets = subnets(node, b, 1, "Redshift cluster");
        Resource group = subnetGroup(node, b, "AWS::Redshift::ClusterSubnetGroup", "Description", subnets);
        String sg = b.securityGroups.of(node).orElseThrow();
        long nodes = Math.max(1, b.integer(node, "nodes"));
        b.primary(node, "AWS::Redshift::Cluster")
                .set("ClusterType", nodes > 1 ? "multi-node" : "single-node")
                .set("NumberOfNodes", nodes > 1 ? nodes : null)
                .set("NodeType", b.string(node, "nodeType"))
                .set("DBName", "dev")
                .set("MasterUsername", MASTER_USER)
                .set("ManageMasterPassword", true)
                .set("Encrypted", b.bool(node, "encrypted"))
                .set("PubliclyAccessible", b.bool(node, "publiclyAccessible"))
                .set("ClusterSubnetGroupName", group.ref())
                .set("VpcSecurityGroupIds", Json.list(b.securityGroups.groupId(sg)))
                .set("AutomatedSnapshotRetentionPeriod", Math.max(1, b.integer(node, "snapshotRetentionDays")))
                .set("Tags", b.nameTag(node))
                .keep("Snapshot");
        b.template.output(b.id(node) + "Endpoint", "Endpoint of " + node.displayLabel(),
                Fn.getAtt(b.id(node), "Endpoint.Address"));
    }
}
