package com.cloudwright.cfn.read;

import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.Placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every resource the palette draws on its own becomes a node, placed the way its entry says: a
 * global service outside the Region, a regional one in it, a subnet service in its subnet, a
 * multi-subnet service (load balancer, database, cache, file system) on the VPC with the subnets
 * it spans. Subnet groups and an Aurora cluster's or a primary database's instances are folded
 * into the node they belong to.
 */
final class ServiceReader {

    /** Drawn by {@link NetworkReader} and {@link GroupReader}. */
    private static final Set<String> ELSEWHERE = Set.of("AWS::EC2::VPC", "AWS::EC2::Subnet",
            "AWS::EC2::InternetGateway", "AWS::EC2::VPNGateway", "AWS::EC2::NatGateway", "AWS::EC2::VPCEndpoint",
            "AWS::EC2::SecurityGroup", "AWS::AutoScaling::AutoScalingGroup");

    /** Where a resource names its subnets, directly or through a subnet group. */
    private static final List<String> SUBNET_PATHS = List.of("SubnetId", "SubnetIds", "Subnets",
            "VpcConfig.SubnetIds", "NetworkConfiguration.AwsvpcConfiguration.Subnets", "VPCOptions.SubnetIds",
            "VpcSettings.SubnetIds");
    private static final List<String> SUBNET_GROUP_PATHS = List.of("DBSubnetGroupName", "CacheSubnetGroupName",
            "ClusterSubnetGroupName", "SubnetGroupName");

    private final ImportContext ctx;
    private final NetworkReader network;

    ServiceReader(ImportContext ctx, NetworkReader network) {
        this.ctx = ctx;
        this.network = network;
    }

    void read() {
        List<CfnResource> ordered = new ArrayList<>(ctx.resources());
        // clusters and primaries first, so their instances and replicas find them
        ordered.sort(java.util.Comparator.comparing(r -> dependentDatabase(r) ? 1 : 0));
        for (CfnResource r : ordered) {
            if (ELSEWHERE.contains(r.type()) || ctx.drafts.containsKey(r.logicalId()) || ctx.partOf.containsKey(r.logicalId())) {
                continue;
            }
            if (foldedDatabase(r)) {
                continue;
            }
            String type = paletteId(r);
            if (type == null) {
                continue;
            }
            Draft d = ctx.add(new Draft(r.logicalId(), type, r));
            PropertyReader.read(ctx, d, r);
            place(d, r, ctx.palette.require(type));
            if (r.type().equals("AWS::EC2::NetworkAcl")) {
                networkAcl(d, r);
            }
        }
    }

    /** A network ACL filters the subnets associated with it and blocks what its deny entries name. */
    private void networkAcl(Draft d, CfnResource acl) {
        List<String> subnets = new ArrayList<>();
        for (CfnResource a : ctx.resourcesOfType("AWS::EC2::SubnetNetworkAclAssociation")) {
            if (acl.logicalId().equals(ImportContext.ref(ctx.prop(a, "NetworkAclId")))) {
                addSubnets(ctx.prop(a, "SubnetId"), subnets);
            }
        }
        if (!subnets.isEmpty()) {
            d.props.put("subnets", subnets);
        }
        List<String> denied = new ArrayList<>();
        for (CfnResource e : ctx.resourcesOfType("AWS::EC2::NetworkAclEntry")) {
            String cidr = ImportContext.text(ctx.prop(e, "CidrBlock"));
            if (acl.logicalId().equals(ImportContext.ref(ctx.prop(e, "NetworkAclId")))
                    && "deny".equalsIgnoreCase(ImportContext.text(ctx.prop(e, "RuleAction")))
                    && cidr != null && !cidr.equals("0.0.0.0/0") && !denied.contains(cidr)) {
                denied.add(cidr);
            }
        }
        if (!denied.isEmpty()) {
            d.props.put("denyCidrs", denied);
        }
    }

    private String paletteId(CfnResource r) {
        if (r.type().equals("AWS::ECS::Service") && "FARGATE".equals(ImportContext.text(ctx.prop(r, "LaunchType")))) {
            return "fargate";
        }
        return ctx.types.paletteId(r.type()).orElse(null);
    }

    private boolean dependentDatabase(CfnResource r) {
        return r.type().equals("AWS::RDS::DBInstance") && (ctx.prop(r, "DBClusterIdentifier") != null
                || ctx.prop(r, "SourceDBInstanceIdentifier") != null);
    }

    /** An Aurora cluster's instance joins its cluster; a read replica counts on its primary. */
    private boolean foldedDatabase(CfnResource r) {
        if (!r.type().equals("AWS::RDS::DBInstance")) {
            return false;
        }
        String cluster = ImportContext.ref(ctx.prop(r, "DBClusterIdentifier"));
        if (ctx.resource(cluster).isPresent()) {
            Draft owner = ctx.drafts.get(cluster);
            if (owner != null) {
                ctx.fold(r.logicalId(), owner);
                owner.props.merge("instances", 1, (a, b) -> (Integer) a + (Integer) b);
                return true;
            }
        }
        String source = ImportContext.ref(ctx.prop(r, "SourceDBInstanceIdentifier"));
        Draft primary = source == null ? null : ctx.drafts.get(source);
        if (primary != null) {
            ctx.fold(r.logicalId(), primary);
            primary.props.merge("readReplicas", 1, (a, b) -> (Integer) a + (Integer) b);
            return true;
        }
        return false;
    }

    private void place(Draft d, CfnResource r, PaletteEntry entry) {
        Placement placement = entry.placement();
        if (placement == Placement.GLOBAL) {
            d.parent = null;
            return;
        }
        List<String> subnets = subnets(r, d);
        if (placement == Placement.REGIONAL || subnets.isEmpty() && placement != Placement.VPC) {
            d.parent = NetworkReader.REGION_ID;
            return;
        }
        if (placement == Placement.VPC) {
            Object vpcId = ctx.prop(r, "VpcId");
            d.parent = vpcId != null ? network.vpcOf(vpcId) : subnets.isEmpty() ? NetworkReader.REGION_ID
                    : vpcOfSubnet(subnets.get(0));
            return;
        }
        if (entry.multiSubnet()) {
            d.parent = vpcOfSubnet(subnets.get(0));
            d.props.put("subnets", subnets);
        } else {
            d.parent = subnets.get(0);
        }
    }

    private String vpcOfSubnet(String subnet) {
        Draft az = ctx.drafts.get(ctx.drafts.get(subnet).parent);
        return az.parent;
    }

    /** The subnet nodes a resource names, in order; subnet groups it uses are folded into it. */
    private List<String> subnets(CfnResource r, Draft d) {
        List<String> out = new ArrayList<>();
        for (String path : SUBNET_PATHS) {
            addSubnets(ctx.prop(r, path), out);
        }
        for (Object iface : ImportContext.list(ctx.prop(r, "NetworkInterfaces"))) {
            if (iface instanceof Map<?, ?> m) {
                addSubnets(m.get("SubnetId"), out);
            }
        }
        for (String path : SUBNET_GROUP_PATHS) {
            String group = ImportContext.ref(ctx.prop(r, path));
            ctx.resource(group).ifPresent(g -> {
                addSubnets(ctx.prop(g, "SubnetIds"), out);
                ctx.fold(g.logicalId(), d);
            });
        }
        if (r.type().equals("AWS::EFS::FileSystem")) {
            for (CfnResource mount : ctx.resourcesOfType("AWS::EFS::MountTarget")) {
                if (r.logicalId().equals(ImportContext.ref(ctx.prop(mount, "FileSystemId")))) {
                    addSubnets(ctx.prop(mount, "SubnetId"), out);
                    ctx.fold(mount.logicalId(), d);
                }
            }
        }
        return out;
    }

    private void addSubnets(Object value, List<String> out) {
        for (String id : ImportContext.refs(value)) {
            Draft subnet = ctx.drafts.get(id);
            if (subnet != null && subnet.type.equals(NodeTypes.SUBNET) && !out.contains(id)) {
                out.add(id);
            }
        }
    }
}
