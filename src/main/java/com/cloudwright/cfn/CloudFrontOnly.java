package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.net.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A load balancer that only CloudFront calls admits only CloudFront's origin-facing servers: the
 * AWS-managed prefix list {@code com.amazonaws.global.cloudfront.origin-facing}. CloudFormation
 * cannot look a managed prefix list up by name, so its id is a parameter whose default is the id
 * in the template's Region (from {@code aws ec2 describe-managed-prefix-lists}); a Region this
 * table does not know asks for it.
 */
final class CloudFrontOnly {

    static final String PREFIX_LIST_NAME = "com.amazonaws.global.cloudfront.origin-facing";

    /** The ids of the origin-facing list per Region, as describe-managed-prefix-lists reports them. */
    private static final Map<String, String> ORIGIN_FACING = Map.ofEntries(
            Map.entry("us-east-1", "pl-3b927c52"),
            Map.entry("us-east-2", "pl-b6a144df"),
            Map.entry("us-west-1", "pl-4ea04527"),
            Map.entry("us-west-2", "pl-82a045eb"),
            Map.entry("ap-northeast-1", "pl-58a04531"),
            Map.entry("ap-northeast-2", "pl-22a6434b"),
            Map.entry("ap-south-1", "pl-9aa247f3"),
            Map.entry("ap-southeast-1", "pl-31a34658"),
            Map.entry("ap-southeast-2", "pl-b8a742d1"),
            Map.entry("eu-central-1", "pl-a3a144ca"),
            Map.entry("eu-west-1", "pl-4fa04526"),
            Map.entry("eu-west-2", "pl-93a247fa"));

    private CloudFrontOnly() {
    }

    /** What is drawn onto a balancer to configure it rather than to send it requests. */
    private static final Set<String> ATTACHED = Set.of("acm", "waf", "shield");

    /** True when every caller drawn into the balancer is a CloudFront distribution of this template. */
    static boolean reachedOnlyThroughCloudFront(Build b, Node lb) {
        List<Link> in = b.linksTo(lb).stream().filter(l -> !ATTACHED.contains(l.caller().type())).toList();
        return !in.isEmpty() && in.stream().allMatch(l -> l.caller().type().equals("cloudfront") && b.inTemplate(l.caller()));
    }

    /**
     * The inline rule for the one port CloudFront uses (HTTPS when the balancer listens on it): the
     * prefix list weighs some 55 rules against the group's quota of 60, so it is referenced once.
     */
    static List<Object> ingress(Build b, List<Integer> listenerPorts) {
        int port = listenerPorts.contains(443) ? 443 : listenerPorts.get(0);
        Object prefixList = b.parameter(new Template.Parameter("CloudFrontOriginFacingPrefixListId", "String",
                "Id of the AWS-managed prefix list " + PREFIX_LIST_NAME + " in the stack's Region (aws ec2 "
                        + "describe-managed-prefix-lists --filters Name=prefix-list-name,Values=" + PREFIX_LIST_NAME + ")",
                ORIGIN_FACING.get(b.region), "^pl-[0-9a-f]{8,17}$", List.of(), "a prefix list id such as pl-3b927c52"));
        List<Object> out = new ArrayList<>();
        out.add(Json.obj("IpProtocol", "tcp", "FromPort", port, "ToPort", port, "SourcePrefixListId", prefixList,
                "Description", "CloudFront origin-facing servers to listener " + port));
        return out;
    }
}
