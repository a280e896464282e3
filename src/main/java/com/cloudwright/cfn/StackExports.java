package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What other stacks build on: the ids of the VPCs, subnets and security groups become outputs,
 * and every output is exported as {@code <stack name>-<output>} (the naming of AWS's VPC sample),
 * so a second stack can Fn::ImportValue them.
 */
final class StackExports {

    /** CloudFormation's quota of outputs per template. */
    static final int MAX_OUTPUTS = 200;

    private StackExports() {
    }

    static void add(Build b) {
        List<String[]> wanted = new ArrayList<>();
        for (Resource r : b.template.resources().values()) {
            switch (r.type()) {
                case "AWS::EC2::VPC" -> wanted.add(new String[] {r.logicalId(), "Id of VPC " + r.logicalId(), "ref"});
                case "AWS::EC2::Subnet" -> wanted.add(new String[] {r.logicalId(), "Id of subnet " + r.logicalId(), "ref"});
                case "AWS::EC2::SecurityGroup" -> wanted.add(new String[] {r.logicalId(),
                        "Id of security group " + r.logicalId(), "group"});
                default -> {
                    // only the network is exported beyond the endpoints the mappers name
                }
            }
        }
        if (b.template.outputs().size() + wanted.size() > MAX_OUTPUTS) {
            b.note(Build.text("exports.note.tooMany", wanted.size(), MAX_OUTPUTS));
            return;
        }
        for (String[] w : wanted) {
            Object value = w[2].equals("group") ? Fn.getAtt(w[0], "GroupId") : Fn.ref(w[0]);
            b.template.output(w[0] + (w[2].equals("group") ? "" : "Id"), w[1], value);
        }
    }

    /** The export of an output: its name prefixed with the stack's. */
    static Map<String, Object> exportOf(String outputName) {
        return Json.obj("Name", Fn.sub("${AWS::StackName}-" + outputName));
    }
}
