package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which mapper handles which palette id, in which order the wiring runs, and why the nodes with no
 * CloudFormation meaning have none (those reasons go into the template's Metadata).
 */
final class Mappers {

    private static final Mapper LATER = Mapper.of((n, b) -> { });

    private static final Map<String, Mapper> BY_TYPE = Map.ofEntries(
            Map.entry("ec2", Mapper.of(Compute::ec2)),
            Map.entry(NodeTypes.AUTO_SCALING_GROUP, Mapper.of(Compute::autoScalingGroup, Compute::autoScalingGroupWire)),
            Map.entry("lambda", Mapper.of(Compute::lambda, Compute::lambdaWire)),
            Map.entry("alb", Mapper.of(LoadBalancers::declare, LoadBalancers::wire)),
            Map.entry("nlb", Mapper.of(LoadBalancers::declare, LoadBalancers::wire)),
            Map.entry("rds", Mapper.of(Databases::rds)),
            Map.entry("aurora", Mapper.of(Databases::aurora)),
            Map.entry("elasticache", Mapper.of(Databases::elasticache)),
            Map.entry("dynamodb", Mapper.of(Databases::dynamodb)),
            Map.entry("redshift", Mapper.of(Databases::redshift)),
            Map.entry("s3", Mapper.of(Storage::s3, Storage::s3Wire)),
            Map.entry("s3-glacier", Mapper.of(Storage::glacier)),
            Map.entry("efs", Mapper.of(Storage::efs)),
            Map.entry("ebs", Mapper.of(LATER::declare, Storage::ebs)),
            Map.entry("backup", Mapper.of(LATER::declare, Storage::backup)),
            Map.entry("sqs", Mapper.of(Integration::sqs)),
            Map.entry("sns", Mapper.of(Integration::sns, Integration::snsWire)),
            Map.entry("eventbridge", Mapper.of(Integration::eventBridge)),
            Map.entry("step-functions", Mapper.of(Integration::stepFunctions)),
            Map.entry("kinesis-data-streams", Mapper.of(Integration::kinesis)),
            Map.entry("kinesis-firehose", Mapper.of(Integration::firehose)),
            Map.entry("ses", Mapper.of(Integration::ses)),
            Map.entry("api-gateway", Mapper.of(LATER::declare, ApiGateway::declare)),
            Map.entry("cloudfront", Mapper.of(LATER::declare, EdgeServices::cloudfront)),
            Map.entry("route53", Mapper.of(LATER::declare, EdgeServices::route53)),
            Map.entry("waf", Mapper.of(LATER::declare, EdgeServices::waf)),
            Map.entry("cloudwatch", Mapper.of(LATER::declare, Management::cloudwatch)),
            Map.entry("cloudtrail", Mapper.of(Management::cloudtrail)),
            Map.entry("xray", Mapper.of(Management::xray)),
            Map.entry("iam-role", Mapper.of(Management::iamRole)),
            Map.entry("cognito", Mapper.of(Management::cognito)),
            Map.entry("glue", Mapper.of(Management::glue)),
            Map.entry("athena", Mapper.of(Management::athena)),
            Map.entry("elastic-ip", Mapper.of(LATER::declare, NetworkServices::elasticIp)),
            Map.entry("vpc-endpoint", Mapper.of(NetworkServices::vpcEndpoint)),
            Map.entry("vpc-peering", Mapper.of(NetworkServices::vpcPeering)),
            Map.entry("transit-gateway", Mapper.of(NetworkServices::transitGateway)),
            Map.entry("vpn-gateway", Mapper.of(NetworkServices::vpnGateway)),
            Map.entry("ecs", Mapper.of(Containers::ecs)),
            Map.entry("fargate", Mapper.of(Containers::ecs)),
            Map.entry("eks", Mapper.of(Containers::eks)),
            Map.entry("batch", Mapper.of(Containers::batch)),
            Map.entry("shield", Mapper.of(Mappers::shield)),
            Map.entry("placement-group", Mapper.of(NetworkExtras::placementGroup, NetworkExtras::placementGroupWire)),
            Map.entry("customer-gateway", Mapper.of(NetworkExtras::customerGateway, NetworkExtras::customerGatewayWire)),
            Map.entry("network-acl", Mapper.of(NetworkExtras::networkAcl)),
            Map.entry("flow-logs", Mapper.of(LATER::declare, NetworkExtras::flowLogs)),
            Map.entry("network-interface", Mapper.of(NetworkExtras::networkInterface, NetworkExtras::networkInterfaceWire)),
            Map.entry("efa", Mapper.of(NetworkExtras::networkInterface, NetworkExtras::networkInterfaceWire)),
            Map.entry("dax", Mapper.of(Databases::dax)),
            Map.entry("fsx", Mapper.of(Storage::fsx)),
            Map.entry("fsx-lustre", Mapper.of(Storage::fsx)),
            Map.entry("iam-user", Mapper.of(Security::iamUser)),
            Map.entry("acm", Mapper.of(Security::acm)),
            Map.entry("kms", Mapper.of(Security::kms)),
            Map.entry("secrets-manager", Mapper.of(Security::secret)),
            Map.entry("systems-manager", Mapper.of(Management::systemsManager)));

    /** Made by {@link Network} from the containment tree, or by the members of an overlay group. */
    static final Set<String> STRUCTURAL = Set.of(NodeTypes.REGION, NodeTypes.VPC, NodeTypes.AVAILABILITY_ZONE,
            NodeTypes.SUBNET, NodeTypes.SECURITY_GROUP, "internet-gateway", "nat-gateway");

    /** Palette entries with no CloudFormation resource, and why. */
    static final Map<String, String> NO_RESOURCE = Map.of(
            "users", "internet clients are outside AWS; only internet-facing load balancers are opened to them",
            "on-premises", "outside AWS; connect it to a VPN gateway to get a customer gateway and VPN connection",
            "direct-connect", "Direct Connect connections are ordered from AWS and cross-connected in a data centre, "
                    + "outside CloudFormation",
            "quicksight", "QuickSight needs an account subscription, users and data-source credentials that are set "
                    + "up outside CloudFormation");

    private Mappers() {
    }

    static Optional<Mapper> forType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    static boolean mapped(String type) {
        return BY_TYPE.containsKey(type) || STRUCTURAL.contains(type);
    }

    /**
     * Wiring order: APIs first (functions exist by then), WAF before CloudFront (which names its
     * ACL), CloudFront and load balancers before Route 53 (alias targets), load balancers before
     * Auto Scaling groups (health checks follow target groups), CloudWatch last (alarms on anything).
     */
    static int wiringRank(String type) {
        return switch (type) {
            case "api-gateway" -> 0;
            case "waf" -> 1;
            case "cloudfront" -> 2;
            case "alb", "nlb" -> 3;
            case "route53" -> 4;
            case NodeTypes.AUTO_SCALING_GROUP -> 8;
            case "cloudwatch" -> 9;
            default -> 5;
        };
    }

    private static void shield(Node node, Build b) {
        b.notMapped(node, b.bool(node, "advanced", false)
                ? "Shield Advanced needs a subscription bought outside CloudFormation; protect resources with "
                + "AWS::Shield::Protection once it exists"
                : "Shield Standard protects every AWS account at no charge; there is nothing to create");
    }
}
