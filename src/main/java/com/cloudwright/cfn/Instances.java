package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Facts about EC2 instances that instances, Auto Scaling groups and container hosts share. */
final class Instances {

    private static final Pattern ARM_FAMILY = Pattern.compile("^[a-z]+\\d+[a-z]*g[a-z]*\\..*");

    private Instances() {
    }

    /** Instance metadata only through session tokens (IMDSv2). */
    static Map<String, Object> imdsV2() {
        return Json.obj("HttpTokens", "required", "HttpEndpoint", "enabled", "HttpPutResponseHopLimit", 2);
    }

    /** Graviton families carry a "g" after the generation (m7g, c6gn, db.r6g). */
    static boolean isArm(String instanceType) {
        return ARM_FAMILY.matcher(instanceType.replaceFirst("^(db|cache)\\.", "")).matches();
    }

    /** The latest AMI of the node's OS and architecture, from AWS's public SSM parameter. */
    static Object ami(Build b, Node node) {
        String os = b.string(node, "os");
        boolean arm = Instances.isArm(b.string(node, "instanceType"));
        String path;
        String name;
        switch (os) {
            case "amazon-linux-2" -> {
                path = "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-" + (arm ? "arm64" : "x86_64") + "-gp2";
                name = "AmazonLinux2";
            }
            case "ubuntu-24.04" -> {
                path = "/aws/service/canonical/ubuntu/server/24.04/stable/current/" + (arm ? "arm64" : "amd64")
                        + "/hvm/ebs-gp3/ami-id";
                name = "Ubuntu2404";
            }
            case "windows-2022" -> {
                path = "/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base";
                name = "Windows2022";
                arm = false;
            }
            default -> {
                path = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-" + (arm ? "arm64" : "x86_64");
                name = "AmazonLinux2023";
            }
        }
        return b.parameter(Template.Parameter.of(name + (arm ? "Arm64" : "") + "AmiId",
                "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                "The latest " + name + (arm ? " arm64" : "") + " AMI, read from AWS's public SSM parameter", path));
    }

    /** The EC2 members of an Auto Scaling group that go into the template, by id. */
    static List<Node> inGroup(Node asg, Build b) {
        List<Node> out = new ArrayList<>();
        for (Node m : b.diagram.members(asg)) {
            if (m.type().equals("ec2") && b.inTemplate(m)) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Node::id));
        return out;
    }
}
