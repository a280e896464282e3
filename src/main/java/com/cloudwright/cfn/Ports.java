package com.cloudwright.cfn;

import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;

/** The port a caller reaches a callee on: the edge's, else the callee's own setting, else the palette's. */
final class Ports {

    private static final java.util.regex.Pattern PROTOCOL_AND_PORT =
            java.util.regex.Pattern.compile("(?i)(?:https?|tcp|udp)\\s+(\\d{1,5})");

    private Ports() {
    }

    static int of(Build b, Node callee, Edge edge) {
        int port = raw(b, callee, edge);
        return port >= 1 && port <= 65535 ? port : 443;
    }

    private static int raw(Build b, Node callee, Edge edge) {
        if (edge != null) {
            var port = edge.props().number("port");
            if (port.isPresent()) {
                return (int) Math.round(port.get());
            }
            if (edge.label() != null && edge.label().trim().matches("\\d{1,5}")) {
                int p = Integer.parseInt(edge.label().trim());
                if (p > 0 && p < 65536) {
                    return p;
                }
            }
            // "HTTP 8080" names the port too, except into a load balancer, whose listeners follow its protocol.
            var named = PROTOCOL_AND_PORT.matcher(edge.label() == null ? "" : edge.label().trim());
            if (named.matches() && !callee.type().equals("alb")) {
                int p = Integer.parseInt(named.group(1));
                if (p > 0 && p < 65536) {
                    return p;
                }
            }
        }
        return of(b, callee);
    }

    static int of(Build b, Node callee) {
        return switch (callee.type()) {
            case "ec2" -> (int) b.integer(callee, "appPort");
            case "ecs", "fargate" -> (int) b.integer(callee, "containerPort");
            case "alb" -> "HTTPS".equals(b.string(callee, "listenerProtocol")) ? 443 : 80;
            case "nlb" -> (int) b.integer(callee, "listenerPort");
            default -> b.palette.portOf(callee).orElse(443);
        };
    }

    static String protocol(Edge edge) {
        String p = edge == null ? "tcp" : edge.props().string("protocol", "tcp").toLowerCase(java.util.Locale.ROOT);
        return p.equals("udp") ? "udp" : "tcp";
    }
}
