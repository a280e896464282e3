package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.net.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a server runs once it boots: the {@code software} an instance or an Auto Scaling group was
 * given, the ports its drawn callers reach it on and the path its load balancer checks. Instances
 * that launch serving something tell CloudFormation so (cfn-signal), and the stack waits for them.
 */
final class ServerSoftware {

    static final String AUTO = "auto";
    static final String NONE = "none";
    static final String CUSTOM = "custom";

    /** Callers that bring web traffic: an instance they reach should answer it. */
    private static final Set<String> WEB_CALLERS = Set.of("alb", "nlb", "cloudfront", "api-gateway",
            "elastic-ip", "internet-gateway", "users", "global-accelerator");

    /** How long CloudFormation waits for an instance to install its software and signal. */
    static final String SIGNAL_TIMEOUT = "PT15M";

    /**
     * The resolved choice for a server.
     *
     * @param kind   nginx, lamp, nodejs, custom or none
     * @param script the user's own text (custom only)
     * @param ports  the ports to serve, ascending
     * @param healthPath the path the health check asks for
     */
    record Choice(String kind, String script, List<Integer> ports, String healthPath) {
        boolean installs() {
            return !kind.equals(NONE) && !kind.equals(CUSTOM);
        }
    }

    private ServerSoftware() {
    }

    /**
     * The software of an instance, or of an Auto Scaling group with its members: the group's own
     * setting when it names one, else the first member's, else {@code auto}, which is nginx when a
     * load balancer, CloudFront, an Elastic IP or the internet sends the server traffic.
     */
    static Choice of(Build b, Node owner, List<Node> members) {
        List<Node> servers = new ArrayList<>();
        servers.add(owner);
        servers.addAll(members);
        String kind = AUTO;
        Node source = owner;
        for (Node n : servers) {
            String k = b.string(n, "software");
            if (!k.equals(AUTO)) {
                kind = k;
                source = n;
                break;
            }
        }
        Node instance = members.isEmpty() ? owner : members.get(0);
        List<Integer> ports = servePorts(b, servers, instance);
        boolean explicit = !kind.equals(AUTO);
        if (kind.equals(AUTO)) {
            kind = ports.isEmpty() ? NONE : "nginx";
        }
        String os = b.string(instance, "os");
        if (!kind.equals(NONE) && !kind.equals(CUSTOM) && !os.equals("amazon-linux-2023")) {
            // The ready-made software is installed with dnf; validation reports an explicit choice (CW-R010).
            if (explicit) {
                b.note(Build.text("compute.note.softwareNeedsAl2023", b.id(owner), kind, os));
            }
            kind = NONE;
        }
        if (ports.isEmpty()) {
            ports = List.of((int) b.integer(instance, "appPort"));
        }
        String script = kind.equals(CUSTOM) ? b.string(source, "softwareScript", "") : null;
        if (kind.equals(CUSTOM) && script.isBlank()) {
            kind = NONE;
        }
        return new Choice(kind, script, ports, healthPath(b, servers));
    }

    /** The health check path: the first of the servers that sets one, else the palette's default. */
    static String healthPath(Build b, List<Node> servers) {
        for (Node n : servers) {
            if (n.props().has("healthCheckPath")) {
                return b.string(n, "healthCheckPath");
            }
        }
        return b.string(servers.get(0), "healthCheckPath");
    }

    /** The ports drawn web traffic reaches the servers on (a load balancer's target port when it sets one). */
    private static List<Integer> servePorts(Build b, List<Node> servers, Node instance) {
        Set<Integer> ports = new TreeSet<>();
        for (Node n : servers) {
            List<Link> links = new ArrayList<>(b.linksTo(n));
            links.sort(Comparator.comparing(l -> l.caller().id()));
            for (Link l : links) {
                Node caller = l.caller();
                if (!WEB_CALLERS.contains(caller.type())) {
                    continue;
                }
                boolean balancer = caller.type().equals("alb") || caller.type().equals("nlb");
                ports.add(balancer && caller.props().has("targetPort") ? (int) b.integer(caller, "targetPort")
                        : Ports.of(b, instance, l.edge()));
            }
        }
        return List.copyOf(ports);
    }

    /**
     * Puts the boot script into the user data (an instance's, or a launch template's data) and,
     * when the script signals, makes the signalled resource wait for {@code signals} instances.
     * {@code before} runs first (an Elastic IP claimed at boot), or alone when nothing installs.
     */
    static void apply(Build b, Node owner, Choice choice, java.util.function.Consumer<Object> userData,
                      Resource signalled, int signals, String before) {
        if (choice.kind().equals(CUSTOM)) {
            // The user's text goes in as written: cloud-init reads its first line, and ${…} is bash's, not Fn::Sub's.
            userData.accept(Fn.base64(choice.script()));
            if (before != null) {
                b.note(Build.text("compute.note.customScriptOnly", b.id(owner)));
            }
            b.note(Build.text("compute.note.customScript", b.id(owner)));
            return;
        }
        if (!choice.installs()) {
            if (before != null) {
                userData.accept(Fn.base64(Fn.sub(BootScript.header() + before)));
            }
            return;
        }
        userData.accept(Fn.base64(Fn.sub(BootScript.of(choice, signalled.logicalId(), before))));
        b.note(Build.text("compute.note.serves", b.id(owner), choice.kind(), choice.healthPath(), choice.ports(), signals));
        signalled.creationPolicy(Json.obj("ResourceSignal", Json.obj("Count", signals, "Timeout", SIGNAL_TIMEOUT)));
    }

    /** A group's launch template installs the software; the group waits for it and rolls updates through. */
    static void group(Build b, Node asg, List<Node> members, Resource group, String claimAddress) {
        Resource launchTemplate = b.resourceOf(asg, "AWS::EC2::LaunchTemplate").orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) launchTemplate.get("LaunchTemplateData");
        Choice software = of(b, asg, members);
        int desired = Integer.parseInt(group.get("DesiredCapacity").toString());
        apply(b, asg, software, userData -> data.put("UserData", userData), group, desired, claimAddress);
        long min = Long.parseLong(group.get("MinSize").toString());
        long max = Long.parseLong(group.get("MaxSize").toString());
        // Replace one instance at a time and keep the rest serving; a group of one has none to keep.
        group.updatePolicy(Json.obj("AutoScalingRollingUpdate", Json.obj(
                "MinInstancesInService", Math.min(min, max - 1),
                "MaxBatchSize", 1,
                "PauseTime", group.creationPolicy() != null ? ServerSoftware.SIGNAL_TIMEOUT : "PT0S",
                "WaitOnResourceSignals", group.creationPolicy() != null ? true : null)));
    }
}
