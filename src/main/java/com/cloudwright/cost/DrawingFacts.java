package com.cloudwright.cost;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.net.Locator;

import java.util.Optional;

/**
 * What the drawing says about a node's traffic, for the pricing data's expressions:
 * {@code internetEgress} (1 when the node sends traffic to the internet) and {@code crossAzEdges}
 * (its connections to nodes in another Availability Zone).
 */
final class DrawingFacts {

    static final String USERS = "users";
    static final String CLOUDFRONT = "cloudfront";
    private static final String ALB = "alb";

    private final Diagram diagram;
    private final Locator locator;

    DrawingFacts(Diagram diagram, Locator locator) {
        this.diagram = diagram;
        this.locator = locator;
    }

    /**
     * 1 when the node answers the internet: it is connected to users, or it is not internal and no
     * CloudFront distribution stands in front of it (an origin's responses to CloudFront are free).
     */
    int internetEgress(Node node, Object scheme) {
        boolean behindCloudFront = false;
        for (Edge e : diagram.edgesOf(node.id())) {
            String other = e.from().equals(node.id()) ? e.to() : e.from();
            Optional<Node> n = diagram.node(other);
            if (n.isEmpty()) {
                continue;
            }
            if (USERS.equals(n.get().type())) {
                return 1;
            }
            behindCloudFront |= CLOUDFRONT.equals(n.get().type());
        }
        if ("internal".equals(String.valueOf(scheme))) {
            return 0;
        }
        return behindCloudFront ? 0 : 1;
    }

    /**
     * The node's connections whose other end is drawn in another Availability Zone (an Application
     * Load Balancer at either end excepted: its cross-zone traffic is not billed).
     */
    int crossAzEdges(Node node) {
        Node az = locator.of(node).az();
        if (az == null || ALB.equals(node.type())) {
            return 0;
        }
        int n = 0;
        for (Edge e : diagram.edgesOf(node.id())) {
            String other = e.from().equals(node.id()) ? e.to() : e.from();
            Optional<Node> o = diagram.node(other);
            if (o.isEmpty() || ALB.equals(o.get().type())) {
                continue;
            }
            Node otherAz = locator.of(o.get()).az();
            if (otherAz != null && !otherAz.id().equals(az.id())) {
                n++;
            }
        }
        return n;
    }
}
