package com.cloudwright.cfn;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * EC2 instances, Auto Scaling groups and Lambda functions. Instances boot from the latest AMI read
 * from AWS's public SSM parameter, require IMDSv2, encrypt their volumes, carry an instance
 * profile with the SSM Session Manager policy (no SSH is opened) and least privilege for their
 * edges. An Auto Scaling group turns its member instances into one launch template and a group
 * over the members' subnets.
 */
@AutoService(Mapper.class)
public final class ComputeMapper implements Mapper {

    public ComputeMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("ec2", NodeTypes.AUTO_SCALING_GROUP, "lambda");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::AutoScaling::AutoScalingGroup", "AWS::AutoScaling::ScalingPolicy",
                "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate",
                "AWS::IAM::InstanceProfile", "AWS::Lambda::EventSourceMapping",
                "AWS::Lambda::Function", "AWS::SNS::Subscription");
    }

    @Override
    public WiringStage wiringStage(String paletteId) {
        return switch (paletteId) {
            case NodeTypes.AUTO_SCALING_GROUP -> WiringStage.SCALING;
            default -> WiringStage.DEFAULT;
        };
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "ec2" -> ec2(node, b);
            case NodeTypes.AUTO_SCALING_GROUP -> autoScalingGroup(node, b);
            case "lambda" -> lambda(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by ComputeMapper");
        }
    }

    @Override
    public void wire(Node node, Build b) {
        switch (node.type()) {
            case "ec2" -> {
                // nothing to wire
            }
            case NodeTypes.AUTO_SCALING_GROUP -> autoScalingGroupWire(node, b);
            case "lambda" -> lambdaWire(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by ComputeMapper");
        }
    }

    // ---- EC2 -------------------------------------------------------------------------------------

    private static void ec2(Node node, Build b) {
        Optional<Node> asg = b.group(node, NodeTypes.AUTO_SCALING_GROUP).filter(b::inTemplate);
        if (asg.isPresent()) {
            return; // the Auto Scaling group launches it
        }
        Optional<Network.Subnet> subnet = b.network.subnetOf(node);
        if (subnet.isEmpty()) {
            b.notMapped(node, Build.text("compute.reason.instanceNeedsSubnet"));
            return;
        }
        Resource profile = instanceProfile(node, b);
        String group = b.securityGroups.of(node).orElseThrow();
        Resource instance = b.primary(node, "AWS::EC2::Instance")
                .set("ImageId", Instances.ami(b, node))
                .set("InstanceType", SizeParameters.of(b, node, "instanceType", "Instance type"))
                .set("IamInstanceProfile", profile.ref())
                .set("BlockDeviceMappings", rootVolume(b, node))
                .set("MetadataOptions", Instances.imdsV2())
                .set("Monitoring", b.bool(node, "detailedMonitoring") ? true : null)
                .set("KeyName", keyName(b, node))
                .set("Tags", b.nameTag(node));
        ServerSoftware.apply(b, node, ServerSoftware.of(b, node, List.of()), userData -> instance.set("UserData", userData),
                instance, 1, null);
        Object groupIds = Json.list(b.securityGroups.groupId(group));
        if (b.bool(node, "associatePublicIp")) {
            instance.set("NetworkInterfaces", Json.list(Json.obj("DeviceIndex", "0",
                    "SubnetId", Fn.ref(subnet.get().id(b)), "GroupSet", groupIds,
                    "AssociatePublicIpAddress", true, "DeleteOnTermination", true)));
        } else {
            instance.set("SubnetId", Fn.ref(subnet.get().id(b))).set("SecurityGroupIds", groupIds);
        }
    }

    private static Resource instanceProfile(Node owner, Build b) {
        Resource role = b.access.role(owner, "Role", "ec2.amazonaws.com",
                Json.list(Access.managedPolicy("AmazonSSMManagedInstanceCore")));
        return b.add(owner, "InstanceProfile", "AWS::IAM::InstanceProfile")
                .set("Roles", Json.list(role.ref()));
    }

    private static List<Object> rootVolume(Build b, Node node) {
        String os = b.string(node, "os");
        String device = os.startsWith("amazon-linux") ? "/dev/xvda" : "/dev/sda1";
        long size = Math.max(b.integer(node, "volumeGb"), os.startsWith("windows") ? 30 : 8);
        return Json.list(Json.obj("DeviceName", device, "Ebs", Json.obj(
                "VolumeSize", size,
                "VolumeType", b.string(node, "volumeType"),
                "Encrypted", b.bool(node, "encrypted"),
                "DeleteOnTermination", true)));
    }

    private static Object keyName(Build b, Node node) {
        String given = b.string(node, "keyName", null);
        if (given == null && !b.options.keyPair()) {
            return null;
        }
        return b.parameter(Template.Parameter.of("KeyName", "AWS::EC2::KeyPair::KeyName",
                "An existing EC2 key pair. SSH stays closed in the security groups: prefer SSM Session Manager.",
                given));
    }

    // ---- Auto Scaling ------------------------------------------------------------------------------

    private static void autoScalingGroup(Node asg, Build b) {
        List<Node> members = Instances.inGroup(asg, b);
        if (members.isEmpty()) {
            b.notMapped(asg, Build.text("compute.reason.groupWithoutInstances"));
            return;
        }
        Node first = members.get(0);
        Set<String> types = new LinkedHashSet<>();
        members.forEach(m -> types.add(b.string(m, "instanceType")));
        if (types.size() > 1) {
            b.note(Build.text("compute.note.mixedInstanceTypes", b.id(asg), types, types.iterator().next()));
        }
        List<Object> subnets = new ArrayList<>();
        for (Node m : members) {
            b.network.subnetOf(m).ifPresent(s -> {
                Object ref = Fn.ref(s.id(b));
                if (!subnets.contains(ref)) {
                    subnets.add(ref);
                }
            });
        }
        if (subnets.isEmpty()) {
            b.notMapped(asg, Build.text("compute.reason.instancesInNoSubnet"));
            return;
        }
        Optional<Node> drawnRole = ElasticIpFailover.drawnRole(asg, members, b);
        drawnRole.ifPresent(r -> b.access.register(asg, b.id(r)));
        Object profileArn = drawnRole.isPresent() ? null : instanceProfile(asg, b).att("Arn");
        String group = b.securityGroups.of(first).orElseThrow();
        Resource template = b.add(asg, "LaunchTemplate", "AWS::EC2::LaunchTemplate")
                .set("LaunchTemplateData", Json.obj(
                        "ImageId", Instances.ami(b, first),
                        "InstanceType", types.size() == 1 ? SizeParameters.of(b, first, "instanceType", "Instance type")
                                : types.iterator().next(),
                        "IamInstanceProfile", Json.obj("Arn", profileArn),
                        "SecurityGroupIds", Json.list(b.securityGroups.groupId(group)),
                        "MetadataOptions", Instances.imdsV2(),
                        "BlockDeviceMappings", rootVolume(b, first),
                        "Monitoring", Json.obj("Enabled", b.bool(first, "detailedMonitoring")),
                        "KeyName", keyName(b, first),
                        "TagSpecifications", Json.list(
                                Json.obj("ResourceType", "instance", "Tags", b.nameTag(asg)),
                                Json.obj("ResourceType", "volume", "Tags", b.nameTag(asg)))));
        long min = b.integer(asg, "min");
        long max = Math.max(min, b.integer(asg, "max"));
        long desired = Math.min(max, Math.max(min, b.integer(asg, "desired", min)));
        b.primary(asg, "AWS::AutoScaling::AutoScalingGroup")
                .set("LaunchTemplate", Json.obj("LaunchTemplateId", template.ref(),
                        "Version", template.att("LatestVersionNumber")))
                .set("MinSize", Long.toString(min))
                .set("MaxSize", Long.toString(max))
                .set("DesiredCapacity", Long.toString(desired))
                .set("VPCZoneIdentifier", subnets)
                .set("HealthCheckGracePeriod", b.integer(asg, "healthCheckGracePeriod"))
                .set("Tags", Json.list(Json.obj("Key", "Name", "Value",
                        Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(asg))), "PropagateAtLaunch", true)));
        if (max == min) {
            // Target tracking needs room to move; a fixed-size group (the one-instance failover) only replaces.
            b.note(Build.text("compute.note.fixedSizeGroup", b.id(asg), min));
            return;
        }
        b.add(asg, "CpuScaling", "AWS::AutoScaling::ScalingPolicy")
                .set("AutoScalingGroupName", b.ref(asg))
                .set("PolicyType", "TargetTrackingScaling")
                .set("TargetTrackingConfiguration", Json.obj(
                        "PredefinedMetricSpecification", Json.obj("PredefinedMetricType", "ASGAverageCPUUtilization"),
                        "TargetValue", (double) b.integer(asg, "targetCpuPercent")));
    }

    /** Health checks from the load balancer once the group is a target of one. */
    private static void autoScalingGroupWire(Node asg, Build b) {
        Resource group = b.template.resource(b.ids.knows(asg) ? b.id(asg) : "");
        if (group == null) {
            return;
        }
        String type = group.get("TargetGroupARNs") != null ? b.string(asg, "healthCheckType") : "EC2";
        group.set("HealthCheckType", type);
        List<Node> members = Instances.inGroup(asg, b);
        ElasticIpFailover.useDrawnRole(asg, members, b);
        String claimAddress = ElasticIpFailover.wire(asg, members, b);
        ServerSoftware.group(b, asg, members, group, claimAddress);
    }

    // ---- Lambda ------------------------------------------------------------------------------------

    private static final String PYTHON_CODE = """
            import json


            def handler(event, context):
                # Placeholder written by Cloudwright: replace with your code.
                return {"statusCode": 200, "body": json.dumps({"ok": True})}
            """;
    private static final String NODE_CODE = """
            // Placeholder written by Cloudwright: replace with your code.
            exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ ok: true }) });
            """;

    private static void lambda(Node node, Build b) {
        String runtime = b.string(node, "runtime");
        Optional<Network.Subnet> subnet = b.network.subnetOf(node);
        List<Object> managed = Json.list(Access.managedPolicy("service-role/AWSLambdaBasicExecutionRole"));
        if (subnet.isPresent()) {
            managed.add(Access.managedPolicy("service-role/AWSLambdaVPCAccessExecutionRole"));
        }
        boolean traced = !b.callees(node, "xray").isEmpty() || !b.callers(node, "xray").isEmpty();
        if (traced) {
            managed.add(Access.managedPolicy("AWSXRayDaemonWriteAccess"));
        }
        Resource role = b.access.role(node, "Role", "lambda.amazonaws.com", managed);
        Resource fn = b.primary(node, "AWS::Lambda::Function")
                .set("Runtime", runtime)
                .set("Handler", handler(runtime))
                .set("Code", code(b, node, runtime))
                .set("Role", role.att("Arn"))
                .set("MemorySize", b.integer(node, "memoryMb"))
                .set("Timeout", b.integer(node, "timeoutSeconds"))
                .set("Architectures", Json.list(b.string(node, "architecture")))
                .set("Tags", b.nameTag(node));
        long ephemeral = b.integer(node, "ephemeralStorageMb");
        if (ephemeral != 512) {
            fn.set("EphemeralStorage", Json.obj("Size", ephemeral));
        }
        Object reserved = b.prop(node, "reservedConcurrency");
        if (reserved instanceof Number n) {
            fn.set("ReservedConcurrentExecutions", n.longValue());
        }
        if (traced) {
            fn.set("TracingConfig", Json.obj("Mode", "Active"));
        }
        if (subnet.isPresent()) {
            String group = b.securityGroups.of(node).orElseThrow();
            List<Network.Subnet> spread = b.network.spread(node, false);
            fn.set("VpcConfig", Json.obj("SubnetIds", Network.refs(b, spread.isEmpty() ? List.of(subnet.get()) : spread),
                    "SecurityGroupIds", Json.list(b.securityGroups.groupId(group))));
        }
        b.access.environmentOf(node, fn.logicalId());
    }

    private static String handler(String runtime) {
        if (runtime.startsWith("java")) {
            return "example.Handler::handleRequest";
        }
        if (runtime.startsWith("dotnet")) {
            return "Function::Function.Handler::FunctionHandler";
        }
        if (runtime.startsWith("provided")) {
            return "bootstrap";
        }
        return runtime.startsWith("ruby") ? "function.handler" : "index.handler";
    }

    /** Python and Node.js get an inline placeholder; other runtimes need a package in S3 (parameters). */
    private static Map<String, Object> code(Build b, Node node, String runtime) {
        if (runtime.startsWith("python")) {
            return Json.obj("ZipFile", PYTHON_CODE);
        }
        if (runtime.startsWith("nodejs")) {
            return Json.obj("ZipFile", NODE_CODE);
        }
        String id = b.id(node);
        return Json.obj(
                "S3Bucket", b.parameter(Template.Parameter.of(id + "CodeBucket", "String",
                        "S3 bucket holding the deployment package of " + id, null)),
                "S3Key", b.parameter(Template.Parameter.of(id + "CodeKey", "String",
                        "S3 key of the deployment package of " + id, null)));
    }

    /** Event sources and subscriptions that invoke the function. */
    private static void lambdaWire(Node node, Build b) {
        Resource fn = b.template.resource(b.id(node));
        if (fn == null) {
            return;
        }
        for (Link l : b.linksTo(node)) {
            Node source = l.caller();
            String src = b.id(source);
            switch (source.type()) {
                case "sqs" -> {
                    Resource mapping = b.add(node, "From" + src, "AWS::Lambda::EventSourceMapping")
                            .set("EventSourceArn", Fn.getAtt(src, "Arn"))
                            .set("FunctionName", fn.ref())
                            .set("BatchSize", 10)
                            .set("FunctionResponseTypes", Json.list("ReportBatchItemFailures"));
                    b.access.afterPermissions(node, mapping);
                    b.access.allow(node, List.of("sqs:ChangeMessageVisibility", "sqs:DeleteMessage",
                            "sqs:GetQueueAttributes", "sqs:ReceiveMessage"), Fn.getAtt(src, "Arn"));
                    EventSources.atLeastVisibility(b, source, 6 * b.integer(node, "timeoutSeconds"));
                }
                case "kinesis-data-streams" -> {
                    Resource mapping = b.add(node, "From" + src, "AWS::Lambda::EventSourceMapping")
                            .set("EventSourceArn", Fn.getAtt(src, "Arn"))
                            .set("FunctionName", fn.ref())
                            .set("StartingPosition", "LATEST")
                            .set("BatchSize", 100);
                    b.access.afterPermissions(node, mapping);
                    b.access.allow(node, List.of("kinesis:DescribeStream", "kinesis:DescribeStreamSummary",
                            "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards",
                            "kinesis:SubscribeToShard"), Fn.getAtt(src, "Arn"));
                }
                case "dynamodb" -> {
                    EventSources.enableStream(b, source);
                    Resource mapping = b.add(node, "From" + src, "AWS::Lambda::EventSourceMapping")
                            .set("EventSourceArn", Fn.getAtt(src, "StreamArn"))
                            .set("FunctionName", fn.ref())
                            .set("StartingPosition", "LATEST")
                            .set("BatchSize", 100);
                    b.access.afterPermissions(node, mapping);
                    b.access.allow(node, List.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
                            "dynamodb:GetShardIterator", "dynamodb:ListStreams"), Fn.getAtt(src, "StreamArn"));
                }
                case "sns" -> {
                    b.add(node, "SubscriptionTo" + src, "AWS::SNS::Subscription")
                            .set("TopicArn", Fn.ref(src))
                            .set("Protocol", "lambda")
                            .set("Endpoint", fn.att("Arn"));
                    Invocations.permission(b, node, src + "Invoke", "sns.amazonaws.com", Fn.ref(src));
                }
                default -> {
                    // load balancers, API Gateway, EventBridge and S3 wire their own invocations
                }
            }
        }
    }

}
