package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ECS services (on Fargate, or on EC2 capacity the template adds), EKS clusters with a managed
 * node group, and Batch compute environments with a queue and a job definition. Tasks and jobs
 * get their own role with least privilege for their edges, logs go to a log group with retention.
 */
@AutoService(Mapper.class)
public final class ContainerMapper implements Mapper {

    public ContainerMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("ecs", "fargate", "eks", "batch");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::AutoScaling::AutoScalingGroup", "AWS::Batch::ComputeEnvironment",
                "AWS::Batch::JobDefinition", "AWS::Batch::JobQueue",
                "AWS::EC2::LaunchTemplate", "AWS::ECS::CapacityProvider",
                "AWS::ECS::Cluster", "AWS::ECS::ClusterCapacityProviderAssociations",
                "AWS::ECS::Service", "AWS::ECS::TaskDefinition",
                "AWS::EKS::Cluster", "AWS::EKS::Nodegroup",
                "AWS::IAM::InstanceProfile", "AWS::IAM::Role",
                "AWS::Logs::LogGroup");
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "ecs", "fargate" -> ecs(node, b);
            case "eks" -> eks(node, b);
            case "batch" -> batch(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by ContainerMapper");
        }
    }

    private static List<Network.Subnet> subnets(Node node, Build b) {
        Optional<Network.Subnet> own = b.network.subnetOf(node);
        List<Network.Subnet> spread = b.network.spread(node, own.map(Network.Subnet::isPublic).orElse(false));
        return spread.isEmpty() ? own.map(List::of).orElse(List.of()) : spread;
    }

    // ---- ECS -----------------------------------------------------------------------------------

    private static void ecs(Node node, Build b) {
        List<Network.Subnet> subnets = subnets(node, b);
        if (subnets.isEmpty()) {
            b.notMapped(node, Build.text("container.reason.ecsServiceNeedsSubnets"));
            return;
        }
        String launchType = node.type().equals("fargate") ? "FARGATE" : b.string(node, "launchType");
        boolean fargate = launchType.equals("FARGATE");
        boolean external = launchType.equals("EXTERNAL");
        String sg = b.securityGroups.of(node).orElseThrow();
        Resource cluster = b.add(node, "Cluster", "AWS::ECS::Cluster")
                .set("ClusterSettings", Json.list(Json.obj("Name", "containerInsights", "Value", "enabled")))
                .set("Tags", b.nameTag(node));
        Resource logs = b.add(node, "LogGroup", "AWS::Logs::LogGroup").set("RetentionInDays", 30);
        Resource execution = b.add(node, "ExecutionRole", "AWS::IAM::Role")
                .set("AssumeRolePolicyDocument", Access.trust("ecs-tasks.amazonaws.com"))
                .set("ManagedPolicyArns", Json.list(Access.managedPolicy("service-role/AmazonECSTaskExecutionRolePolicy")));
        Resource taskRole = b.access.role(node, "TaskRole", "ecs-tasks.amazonaws.com", null);
        int port = (int) b.integer(node, "containerPort");
        Map<String, Object> container = Json.obj(
                "Name", ContainerTargets.CONTAINER,
                "Image", b.string(node, "image"),
                "Essential", true,
                "PortMappings", Json.list(Json.obj("ContainerPort", port, "Protocol", "tcp")),
                "LogConfiguration", Json.obj("LogDriver", "awslogs", "Options", Json.obj(
                        "awslogs-group", logs.ref(), "awslogs-region", Fn.ref("AWS::Region"),
                        "awslogs-stream-prefix", ContainerTargets.CONTAINER)));
        Resource task = b.add(node, "TaskDefinition", "AWS::ECS::TaskDefinition")
                .set("Family", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node))))
                .set("Cpu", b.string(node, "cpu"))
                .set("Memory", Long.toString(b.integer(node, "memoryMb")))
                .set("NetworkMode", external ? "bridge" : "awsvpc")
                .set("RequiresCompatibilities", Json.list(launchType))
                .set("ExecutionRoleArn", execution.att("Arn"))
                .set("TaskRoleArn", taskRole.att("Arn"))
                .set("ContainerDefinitions", Json.list(container));
        if (fargate) {
            task.set("RuntimePlatform", Json.obj("CpuArchitecture", b.string(node, "cpuArchitecture"),
                    "OperatingSystemFamily", "LINUX"));
        }
        b.access.environmentOf(node, task.logicalId());
        boolean publicSubnets = subnets.stream().allMatch(Network.Subnet::isPublic);
        Resource service = b.primary(node, "AWS::ECS::Service")
                .set("Cluster", cluster.ref())
                .set("TaskDefinition", task.ref())
                .set("DesiredCount", b.integer(node, "desiredCount"))
                .set("PropagateTags", "SERVICE")
                .set("EnableECSManagedTags", true)
                .set("Tags", b.nameTag(node));
        if (!external) {
            service.set("NetworkConfiguration", Json.obj("AwsvpcConfiguration", Json.obj(
                    "Subnets", Network.refs(b, subnets),
                    "SecurityGroups", Json.list(b.securityGroups.groupId(sg)),
                    "AssignPublicIp", fargate && publicSubnets ? "ENABLED" : "DISABLED")))
                    .set("DeploymentConfiguration", Json.obj("DeploymentCircuitBreaker",
                            Json.obj("Enable", true, "Rollback", true)));
        }
        if (fargate) {
            if (b.bool(node, "spot")) {
                service.set("CapacityProviderStrategy", Json.list(Json.obj("CapacityProvider", "FARGATE_SPOT", "Weight", 1)));
                cluster.set("CapacityProviders", Json.list("FARGATE", "FARGATE_SPOT"));
            } else {
                service.set("LaunchType", "FARGATE");
            }
        } else if (external) {
            service.set("LaunchType", "EXTERNAL");
            b.note(Build.text("container.note.ecsAnywhere", b.id(node)));
        } else {
            ec2Capacity(node, b, cluster, service, subnets, sg);
        }
    }

    /** EC2 launch type: an Auto Scaling group of ECS-optimised instances behind a capacity provider. */
    private static void ec2Capacity(Node node, Build b, Resource cluster, Resource service,
                                    List<Network.Subnet> subnets, String sg) {
        Resource role = b.add(node, "InstanceRole", "AWS::IAM::Role")
                .set("AssumeRolePolicyDocument", Access.trust("ec2.amazonaws.com"))
                .set("ManagedPolicyArns", Json.list(
                        Access.managedPolicy("service-role/AmazonEC2ContainerServiceforEC2Role"),
                        Access.managedPolicy("AmazonSSMManagedInstanceCore")));
        Resource profile = b.add(node, "InstanceProfile", "AWS::IAM::InstanceProfile")
                .set("Roles", Json.list(role.ref()));
        Object ami = b.parameter(Template.Parameter.of("EcsOptimizedAmiId",
                "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                "The latest ECS-optimised Amazon Linux 2023 AMI, read from AWS's public SSM parameter",
                "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id"));
        Resource template = b.add(node, "LaunchTemplate", "AWS::EC2::LaunchTemplate")
                .set("LaunchTemplateData", Json.obj(
                        "ImageId", ami,
                        "InstanceType", "t3.medium",
                        "IamInstanceProfile", Json.obj("Arn", profile.att("Arn")),
                        "SecurityGroupIds", Json.list(b.securityGroups.groupId(sg)),
                        "MetadataOptions", Instances.imdsV2(),
                        "BlockDeviceMappings", Json.list(Json.obj("DeviceName", "/dev/xvda", "Ebs", Json.obj(
                                "VolumeSize", 30, "VolumeType", "gp3", "Encrypted", true, "DeleteOnTermination", true))),
                        "UserData", Fn.base64(Fn.sub("#!/bin/bash\necho ECS_CLUSTER=${" + cluster.logicalId()
                                + "} >> /etc/ecs/ecs.config\n"))));
        long desired = Math.max(1, b.integer(node, "desiredCount"));
        Resource asg = b.add(node, "Capacity", "AWS::AutoScaling::AutoScalingGroup")
                .set("LaunchTemplate", Json.obj("LaunchTemplateId", template.ref(),
                        "Version", template.att("LatestVersionNumber")))
                .set("MinSize", "1")
                .set("MaxSize", Long.toString(Math.max(2, desired)))
                .set("VPCZoneIdentifier", Network.refs(b, subnets))
                .set("Tags", Json.list(Json.obj("Key", "Name", "Value",
                        Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node))), "PropagateAtLaunch", true)));
        Resource provider = b.add(node, "CapacityProvider", "AWS::ECS::CapacityProvider")
                .set("AutoScalingGroupProvider", Json.obj("AutoScalingGroupArn", asg.ref(),
                        "ManagedScaling", Json.obj("Status", "ENABLED", "TargetCapacity", 100),
                        "ManagedTerminationProtection", "DISABLED"));
        Resource association = b.add(node, "ClusterCapacity", "AWS::ECS::ClusterCapacityProviderAssociations")
                .set("Cluster", cluster.ref())
                .set("CapacityProviders", Json.list(provider.ref()))
                .set("DefaultCapacityProviderStrategy", Json.list(Json.obj("CapacityProvider", provider.ref(), "Weight", 1)));
        service.set("CapacityProviderStrategy", Json.list(Json.obj("CapacityProvider", provider.ref(), "Weight", 1)))
                .dependsOn(association.logicalId());
    }

    // ---- EKS -----------------------------------------------------------------------------------

    private static void eks(Node node, Build b) {
        List<Network.Subnet> subnets = b.network.spread(node, false);
        if (subnets.isEmpty()) {
            b.notMapped(node, Build.text("container.reason.eksClusterNeedsSubnets"));
            return;
        }
        String sg = b.securityGroups.of(node).orElseThrow();
        Resource clusterRole = b.add(node, "ClusterRole", "AWS::IAM::Role")
                .set("AssumeRolePolicyDocument", Access.trust("eks.amazonaws.com"))
                .set("ManagedPolicyArns", Json.list(Access.managedPolicy("AmazonEKSClusterPolicy")));
        Resource cluster = b.primary(node, "AWS::EKS::Cluster")
                .set("Version", b.string(node, "kubernetesVersion"))
                .set("RoleArn", clusterRole.att("Arn"))
                .set("ResourcesVpcConfig", Json.obj(
                        "SubnetIds", Network.refs(b, subnets),
                        "SecurityGroupIds", Json.list(b.securityGroups.groupId(sg)),
                        "EndpointPrivateAccess", true,
                        "EndpointPublicAccess", b.bool(node, "endpointPublicAccess")))
                .set("AccessConfig", Json.obj("AuthenticationMode", "API"))
                .set("Tags", b.nameTag(node));
        Resource nodeRole = b.access.role(node, "NodeRole", "ec2.amazonaws.com", Json.list(
                Access.managedPolicy("AmazonEKSWorkerNodePolicy"),
                Access.managedPolicy("AmazonEKS_CNI_Policy"),
                Access.managedPolicy("AmazonEC2ContainerRegistryReadOnly"),
                Access.managedPolicy("AmazonSSMManagedInstanceCore")));
        String instanceType = b.string(node, "nodeInstanceType");
        long nodes = Math.max(1, b.integer(node, "nodes"));
        b.add(node, "Nodegroup", "AWS::EKS::Nodegroup")
                .set("ClusterName", cluster.ref())
                .set("NodeRole", nodeRole.att("Arn"))
                .set("Subnets", Network.refs(b, subnets))
                .set("InstanceTypes", Json.list(instanceType))
                .set("AmiType", Instances.isArm(instanceType) ? "AL2023_ARM_64_STANDARD" : "AL2023_x86_64_STANDARD")
                .set("ScalingConfig", Json.obj("MinSize", nodes, "DesiredSize", nodes, "MaxSize", nodes * 2));
        b.template.output(b.id(node) + "Endpoint", "API endpoint of " + node.displayLabel(), cluster.att("Endpoint"));
    }

    // ---- Batch ---------------------------------------------------------------------------------

    private static void batch(Node node, Build b) {
        List<Network.Subnet> subnets = subnets(node, b);
        if (subnets.isEmpty()) {
            b.notMapped(node, Build.text("container.reason.batchNeedsSubnets"));
            return;
        }
        String type = b.string(node, "computeType");
        boolean fargate = type.startsWith("FARGATE");
        String sg = b.securityGroups.of(node).orElseThrow();
        Map<String, Object> resources = Json.obj(
                "Type", type,
                "MaxvCpus", b.integer(node, "maxVcpus"),
                "Subnets", Network.refs(b, subnets),
                "SecurityGroupIds", Json.list(b.securityGroups.groupId(sg)));
        if (!fargate) {
            Resource role = b.add(node, "InstanceRole", "AWS::IAM::Role")
                    .set("AssumeRolePolicyDocument", Access.trust("ec2.amazonaws.com"))
                    .set("ManagedPolicyArns", Json.list(
                            Access.managedPolicy("service-role/AmazonEC2ContainerServiceforEC2Role"),
                            Access.managedPolicy("AmazonSSMManagedInstanceCore")));
            Resource profile = b.add(node, "InstanceProfile", "AWS::IAM::InstanceProfile")
                    .set("Roles", Json.list(role.ref()));
            resources.put("MinvCpus", b.integer(node, "minVcpus"));
            resources.put("InstanceTypes", Json.listOf(Json.commaSeparated(b.string(node, "instanceTypes"))));
            resources.put("InstanceRole", profile.att("Arn"));
            resources.put("AllocationStrategy", type.equals("SPOT") ? "SPOT_PRICE_CAPACITY_OPTIMIZED"
                    : "BEST_FIT_PROGRESSIVE");
            resources.put("Ec2Configuration", Json.list(Json.obj("ImageType", "ECS_AL2023")));
        }
        Resource environment = b.primary(node, "AWS::Batch::ComputeEnvironment")
                .set("Type", "MANAGED")
                .set("State", "ENABLED")
                .set("ComputeResources", resources);
        b.add(node, "JobQueue", "AWS::Batch::JobQueue")
                .set("Priority", 1)
                .set("State", "ENABLED")
                .set("ComputeEnvironmentOrder", Json.list(Json.obj("Order", 1, "ComputeEnvironment", environment.ref())));
        Resource jobRole = b.access.role(node, "JobRole", "ecs-tasks.amazonaws.com", null);
        Map<String, Object> container = Json.obj(
                "Image", "public.ecr.aws/amazonlinux/amazonlinux:latest",
                "Command", Json.list("echo", "Replace with your job"),
                "JobRoleArn", jobRole.att("Arn"),
                "ResourceRequirements", Json.list(
                        Json.obj("Type", "VCPU", "Value", fargate ? "0.25" : "1"),
                        Json.obj("Type", "MEMORY", "Value", fargate ? "512" : "2048")));
        if (fargate) {
            Resource execution = b.add(node, "ExecutionRole", "AWS::IAM::Role")
                    .set("AssumeRolePolicyDocument", Access.trust("ecs-tasks.amazonaws.com"))
                    .set("ManagedPolicyArns", Json.list(
                            Access.managedPolicy("service-role/AmazonECSTaskExecutionRolePolicy")));
            container.put("ExecutionRoleArn", execution.att("Arn"));
            container.put("NetworkConfiguration", Json.obj("AssignPublicIp", "DISABLED"));
            container.put("FargatePlatformConfiguration", Json.obj("PlatformVersion", "LATEST"));
        }
        b.add(node, "JobDefinition", "AWS::Batch::JobDefinition")
                .set("Type", "container")
                .set("PlatformCapabilities", Json.list(fargate ? "FARGATE" : "EC2"))
                .set("ContainerProperties", container);
    }
}
