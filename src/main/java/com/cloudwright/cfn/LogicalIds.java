package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readable, stable logical ids: "Web servers" → {@code WebServers}. Nodes whose labels give the
 * same name get a type word when their types differ ({@code OrdersQueue}, {@code OrdersTable})
 * and a number otherwise ({@code Web}, {@code Web2}), in node-id order, so the result depends only
 * on the diagram. Derived resources append a suffix ({@code WebServersSecurityGroup}). A node
 * imported from a template keeps the logical id it had there.
 */
final class LogicalIds {

    private static final int MAX_BASE = 64;
    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
            Map.entry("vpc", "Vpc"), Map.entry("subnet", "Subnet"), Map.entry("availability-zone", "Zone"),
            Map.entry("region", "Region"), Map.entry("auto-scaling-group", "Group"),
            Map.entry("security-group", "SecurityGroup"), Map.entry("internet-gateway", "InternetGateway"),
            Map.entry("nat-gateway", "NatGateway"), Map.entry("elastic-ip", "Eip"),
            Map.entry("vpc-endpoint", "Endpoint"), Map.entry("vpc-peering", "Peering"),
            Map.entry("transit-gateway", "TransitGateway"), Map.entry("vpn-gateway", "VpnGateway"),
            Map.entry("ec2", "Instance"), Map.entry("lambda", "Function"), Map.entry("ecs", "Service"),
            Map.entry("fargate", "Service"), Map.entry("eks", "Cluster"), Map.entry("batch", "Batch"),
            Map.entry("alb", "Alb"), Map.entry("nlb", "Nlb"), Map.entry("rds", "Database"),
            Map.entry("aurora", "Cluster"), Map.entry("dynamodb", "Table"), Map.entry("elasticache", "Cache"),
            Map.entry("efs", "FileSystem"), Map.entry("ebs", "Volume"), Map.entry("s3", "Bucket"),
            Map.entry("s3-glacier", "Archive"), Map.entry("cloudfront", "Distribution"),
            Map.entry("route53", "Dns"), Map.entry("waf", "WebAcl"), Map.entry("api-gateway", "Api"),
            Map.entry("sqs", "Queue"), Map.entry("sns", "Topic"), Map.entry("eventbridge", "Rule"),
            Map.entry("step-functions", "StateMachine"), Map.entry("kinesis-data-streams", "Stream"),
            Map.entry("kinesis-firehose", "DeliveryStream"), Map.entry("athena", "WorkGroup"),
            Map.entry("glue", "Glue"), Map.entry("redshift", "Warehouse"), Map.entry("cognito", "UserPool"),
            Map.entry("iam-role", "Role"), Map.entry("cloudwatch", "Dashboard"), Map.entry("cloudtrail", "Trail"),
            Map.entry("xray", "Tracing"), Map.entry("backup", "Backup"), Map.entry("ses", "Email"));

    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> primary = new HashMap<>();

    /** Names every node's primary resource up front, so edges can refer to any node in any order. */
    LogicalIds(List<Node> nodes) {
        Map<String, List<Node>> byBase = new HashMap<>();
        for (Node n : nodes) {
            byBase.computeIfAbsent(base(n), k -> new ArrayList<>()).add(n);
        }
        Map<String, String> wanted = new HashMap<>();
        for (Map.Entry<String, List<Node>> e : byBase.entrySet()) {
            boolean mixedTypes = e.getValue().stream().map(Node::type).distinct().count() > 1;
            for (Node n : e.getValue()) {
                String word = typeWord(n.type());
                wanted.put(n.id(), mixedTypes && !e.getKey().endsWith(word) ? e.getKey() + word : e.getKey());
            }
        }
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparing(Node::id));
        // a node imported from a template keeps its resource's logical id: the stack's resources are
        // the same resources after a round trip, not replacements under new names
        for (Node n : sorted) {
            String imported = importedId(n);
            if (imported != null && taken.add(imported)) {
                primary.put(n.id(), imported);
            }
        }
        for (Node n : sorted) {
            if (!primary.containsKey(n.id())) {
                primary.put(n.id(), claim(wanted.get(n.id())));
            }
        }
    }

    /** The logical id an import recorded in the node's {@code cfn} field, when it is a valid one. */
    static String importedId(Node n) {
        if (n.extra().get("cfn") instanceof Map<?, ?> cfn && cfn.get("logicalId") instanceof String id
                && id.length() <= 255 && id.matches("[A-Za-z0-9]+")) {
            return id;
        }
        return null;
    }

    /** The logical id of the node's main resource. */
    String of(Node node) {
        String id = primary.get(node.id());
        if (id == null) {
            throw new IllegalArgumentException("node '" + node.id() + "' is not part of this template");
        }
        return id;
    }

    boolean knows(Node node) {
        return primary.containsKey(node.id());
    }

    /** A fresh id: {@code wanted} if free, else wanted2, wanted3 … */
    String claim(String wanted) {
        if (taken.add(wanted)) {
            return wanted;
        }
        for (int i = 2; ; i++) {
            String candidate = wanted + i;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    static String base(Node n) {
        String fromLabel = n.label() == null ? "" : pascal(n.label());
        String name = fromLabel.isEmpty() ? pascal(n.id()) : fromLabel;
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = typeWord(n.type()) + name;
        }
        return name.length() > MAX_BASE ? name.substring(0, MAX_BASE) : name;
    }

    static String typeWord(String type) {
        String word = TYPE_WORDS.get(type);
        return word != null ? word : pascal(type);
    }

    /** ASCII letters and digits of each word, first letter upper-cased: "web servers-a" → WebServersA. */
    static String pascal(String text) {
        StringBuilder out = new StringBuilder();
        boolean startOfWord = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum) {
                startOfWord = true;
                continue;
            }
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = false;
        }
        return out.toString();
    }

    /** "WebServers" → "web-servers", for names and paths that AWS wants in lower case. */
    static String kebab(String pascal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pascal.length(); i++) {
            char c = pascal.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean boundary = i > 0 && (Character.isLowerCase(pascal.charAt(i - 1))
                        || Character.isDigit(pascal.charAt(i - 1))
                        || (i + 1 < pascal.length() && Character.isLowerCase(pascal.charAt(i + 1))
                        && Character.isUpperCase(pascal.charAt(i - 1))));
                if (boundary) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
