package com.cloudwright.cfn.read;

import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The overlay groups: an Auto Scaling group outlines one instance per subnet (AZ) it launches
 * into, with the instance type of its launch template; a security group outlines the nodes that
 * use it. A security group no node uses is folded into its VPC with the other plumbing.
 */
final class GroupReader {

    private final ImportContext ctx;

    GroupReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    void read() {
        for (CfnResource asg : ctx.resourcesOfType("AWS::AutoScaling::AutoScalingGroup")) {
            autoScalingGroup(asg);
        }
        for (CfnResource sg : ctx.resourcesOfType("AWS::EC2::SecurityGroup")) {
            securityGroup(sg);
        }
    }

    private void autoScalingGroup(CfnResource asg) {
        Draft group = ctx.add(new Draft(asg.logicalId(), NodeTypes.AUTO_SCALING_GROUP, asg));
        PropertyReader.read(ctx, group, asg);
        CfnResource launch = launchSource(asg);
        List<String> subnets = new ArrayList<>();
        for (String id : ImportContext.refs(ctx.prop(asg, "VPCZoneIdentifier"))) {
            if (ctx.drafts.containsKey(id) && ctx.drafts.get(id).type.equals(NodeTypes.SUBNET)) {
                subnets.add(id);
            }
        }
        List<String> members = new ArrayList<>();
        int count = Math.max(1, subnets.size());
        for (int i = 0; i < count; i++) {
            Draft instance = ctx.add(new Draft(asg.logicalId() + "-" + (i + 1), "ec2", null));
            instance.parent = subnets.isEmpty() ? NetworkReader.REGION_ID : subnets.get(i);
            instance.label = asg.logicalId();
            if (launch != null) {
                Object data = launch.type().equals("AWS::EC2::LaunchTemplate")
                        ? ctx.prop(launch, "LaunchTemplateData") : ctx.props(launch);
                Object type = data instanceof Map<?, ?> m ? m.get("InstanceType") : null;
                ctx.palette.require("ec2").property("instanceType").ifPresent(spec -> {
                    Object value = PropertyReader.coerce(spec, type);
                    if (value != null) {
                        instance.props.put("instanceType", value);
                    } else if (type != null) {
                        instance.unresolved.put("instanceType", Expressions.show(type));
                    }
                });
            }
            members.add(instance.id);
        }
        if (launch != null) {
            ctx.fold(launch.logicalId(), group);
        }
        group.props.put(NodeTypes.MEMBERS, members);
    }

    private CfnResource launchSource(CfnResource asg) {
        String template = ImportContext.ref(ctx.prop(asg, "LaunchTemplate"));
        if (template == null) {
            template = ImportContext.ref(ctx.prop(asg, "MixedInstancesPolicy"));
        }
        if (template == null) {
            template = ImportContext.ref(ctx.prop(asg, "LaunchConfigurationName"));
        }
        return ctx.resource(template).orElse(null);
    }

    private void securityGroup(CfnResource sg) {
        List<String> members = new ArrayList<>();
        for (Draft d : List.copyOf(ctx.drafts.values())) {
            if (d.resource == null || NodeTypes.isContainer(d.type) || d.type.equals(NodeTypes.SECURITY_GROUP)) {
                continue;
            }
            List<String> refs = ImportContext.refs(ctx.props(d.resource));
            if (d.type.equals(NodeTypes.AUTO_SCALING_GROUP)) {
                for (String part : d.parts) {
                    ctx.resource(part).ifPresent(p -> refs.addAll(ImportContext.refs(ctx.props(p))));
                }
                if (refs.contains(sg.logicalId())) {
                    members.addAll(d.props.get(NodeTypes.MEMBERS) instanceof List<?> l
                            ? l.stream().map(String::valueOf).toList() : List.of());
                }
            } else if (refs.contains(sg.logicalId())) {
                members.add(d.id);
            }
        }
        if (members.isEmpty()) {
            return;
        }
        Draft group = ctx.add(new Draft(sg.logicalId(), NodeTypes.SECURITY_GROUP, sg));
        PropertyReader.read(ctx, group, sg);
        group.props.put(NodeTypes.MEMBERS, members);
    }
}
