package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.net.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Elastic IP drawn onto an instance of an Auto Scaling group (the classic one-instance
 * failover). CloudFormation cannot associate an address with an instance the group has yet to
 * launch, so each instance claims the address at boot: its user data calls AssociateAddress,
 * its role may do exactly that, and its public subnet gives it a public IP to reach the EC2 API
 * before the address is its own.
 */
final class ElasticIpFailover {

    /** Reads the instance id through IMDSv2 (the launch template requires tokens) and takes the address over. */
    private static final String SCRIPT = """
            TOKEN=$(curl -sS -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')
            INSTANCE_ID=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)
            aws ec2 associate-address --region ${AWS::Region} --allocation-id ${%s.AllocationId} \\
              --instance-id "$INSTANCE_ID" --allow-reassociation
            """;

    private ElasticIpFailover() {
    }

    /** The Elastic IP drawn next to the group or one of its instances, if the template holds it as an address. */
    static Optional<Node> addressOf(Node asg, List<Node> members, Build b) {
        List<Node> candidates = new ArrayList<>();
        for (Node n : concat(asg, members)) {
            for (Node neighbour : b.neighbours(n)) {
                Resource r = b.template.resource(b.ids.knows(neighbour) ? b.id(neighbour) : "");
                if (neighbour.type().equals("elastic-ip") && r != null && r.type().equals("AWS::EC2::EIP")
                        && r.get("Domain") != null && !candidates.contains(neighbour)) {
                    candidates.add(neighbour);
                }
            }
        }
        return candidates.stream().min(Comparator.comparing(Node::id));
    }

    /**
     * An IAM role trusted by EC2 drawn onto the group or one of its instances: the instances run as
     * it (through its instance profile, set once wired) instead of a role of the group's own.
     */
    static Optional<Node> drawnRole(Node asg, List<Node> members, Build b) {
        return concat(asg, members).stream().flatMap(n -> b.neighbours(n).stream())
                .filter(n -> n.type().equals("iam-role") && b.inTemplate(n)
                        && "ec2.amazonaws.com".equals(b.string(n, "trustedService")))
                .min(Comparator.comparing(Node::id));
    }

    /** Points the launch template at the drawn role's instance profile, which exists once every node is declared. */
    @SuppressWarnings("unchecked")
    static void useDrawnRole(Node asg, List<Node> members, Build b) {
        Optional<Resource> launchTemplate = b.resourceOf(asg, "AWS::EC2::LaunchTemplate");
        Optional<Resource> profile = drawnRole(asg, members, b).flatMap(r -> b.resourceOf(r, "AWS::IAM::InstanceProfile"));
        if (launchTemplate.isPresent() && profile.isPresent()) {
            Map<String, Object> data = (Map<String, Object>) launchTemplate.get().get("LaunchTemplateData");
            data.put("IamInstanceProfile", Json.obj("Arn", profile.get().att("Arn")));
        }
    }

    /**
     * The permission, the public IP and the inbound rule that make the address follow the group;
     * returns the user data lines that claim it (an Fn::Sub text), or null when nothing is drawn.
     */
    static String wire(Node asg, List<Node> members, Build b) {
        Optional<Node> address = addressOf(asg, members, b);
        Optional<Resource> launchTemplate = b.resourceOf(asg, "AWS::EC2::LaunchTemplate");
        if (address.isEmpty() || launchTemplate.isEmpty()) {
            return null;
        }
        String eip = b.id(address.get());
        b.access.allow(asg, List.of("ec2:AssociateAddress"), Json.list(
                Fn.sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:elastic-ip/${" + eip + ".AllocationId}"),
                Fn.sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/*")));
        for (Node m : members) {
            b.network.subnetOf(m).filter(Network.Subnet::isPublic)
                    .ifPresent(s -> b.template.resource(s.id(b)).set("MapPublicIpOnLaunch", true));
        }
        openToCallers(address.get(), members.get(0), b);
        b.note(Build.text("compute.note.elasticIpAtBoot", b.id(asg), eip));
        return SCRIPT.formatted(eip);
    }

    /** Traffic drawn into the address reaches the instance from anywhere on the instance's port. */
    private static void openToCallers(Node address, Node instance, Build b) {
        List<Integer> ports = new ArrayList<>();
        for (Link l : b.linksTo(address)) {
            int port = Ports.of(b, instance, l.edge());
            if (!ports.contains(port)) {
                ports.add(port);
            }
        }
        Optional<String> group = b.securityGroups.existing(instance);
        if (group.isEmpty()) {
            return;
        }
        for (int port : ports) {
            b.add(b.id(address) + "To" + port, "AWS::EC2::SecurityGroupIngress")
                    .set("GroupId", b.securityGroups.groupId(group.get()))
                    .set("IpProtocol", "tcp")
                    .set("FromPort", port)
                    .set("ToPort", port)
                    .set("CidrIp", "0.0.0.0/0")
                    .set("Description", "Internet through the Elastic IP to port " + port);
        }
    }

    private static List<Node> concat(Node first, List<Node> rest) {
        List<Node> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
