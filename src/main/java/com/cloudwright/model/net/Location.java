package com.cloudwright.model.net;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

/**
 * Where a node is drawn: its nearest enclosing Region, VPC, Availability Zone and subnet, each
 * null when there is none. A container's own location does not include itself.
 */
public record Location(Node region, Node vpc, Node az, Node subnet) {

    public static final Location NOWHERE = new Location(null, null, null, null);

    /** The location of whatever is drawn directly inside {@code container}, which is drawn here. */
    public Location inside(Node container) {
        return switch (container.type()) {
            case NodeTypes.REGION -> new Location(container, vpc, az, subnet);
            case NodeTypes.VPC -> new Location(region, container, az, subnet);
            case NodeTypes.AVAILABILITY_ZONE -> new Location(region, vpc, container, subnet);
            case NodeTypes.SUBNET -> new Location(region, vpc, az, container);
            default -> this;
        };
    }
}
