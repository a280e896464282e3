package com.cloudwright.cfn;

import com.cloudwright.model.Node;

/**
 * A VPC drawn with flow logs on records its traffic (accepted and rejected) in a CloudWatch Logs
 * group through a role only the flow-logs service assumes, allowed to write that one group.
 * Off by default: flow logs are billed per GB ingested, and a VPC without them carries the
 * accepted risk with its reason instead.
 */
final class FlowLogs {

    static final String PROPERTY = "flowLogs";
    /** A quarter of a year: long enough to look back at an incident, short enough to stay cheap. */
    static final int RETENTION_DAYS = 90;

    private FlowLogs() {
    }

    static void add(Build b, Node vpcNode, Resource vpc) {
        if (!b.bool(vpcNode, PROPERTY)) {
            return;
        }
        Resource group = b.add(vpcNode, "FlowLogGroup", "AWS::Logs::LogGroup")
                .set("RetentionInDays", RETENTION_DAYS);
        Resource role = b.add(vpcNode, "FlowLogRole", "AWS::IAM::Role")
                .set("AssumeRolePolicyDocument", Access.trust("vpc-flow-logs.amazonaws.com"))
                .set("Policies", Json.list(Json.obj(
                        "PolicyName", "WriteFlowLogs",
                        "PolicyDocument", ResourcePolicies.document(Json.list(Json.obj(
                                "Effect", "Allow",
                                "Action", Json.list("logs:CreateLogStream", "logs:PutLogEvents",
                                        "logs:DescribeLogGroups", "logs:DescribeLogStreams"),
                                "Resource", group.att("Arn")))))))
                .set("Tags", b.nameTag(vpcNode));
        b.add(vpcNode, "FlowLog", "AWS::EC2::FlowLog")
                .set("ResourceId", vpc.ref())
                .set("ResourceType", "VPC")
                .set("TrafficType", "ALL")
                .set("LogDestinationType", "cloud-watch-logs")
                .set("LogGroupName", group.ref())
                .set("DeliverLogsPermissionArn", role.att("Arn"))
                .set("Tags", b.nameTag(vpcNode));
    }
}
