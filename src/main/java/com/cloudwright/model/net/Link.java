package com.cloudwright.model.net;

import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;

/**
 * One caller → callee pair implied by an edge, with overlay groups expanded to their members: an
 * edge to an Auto Scaling group is a link to each instance of it.
 */
public record Link(Node caller, Node callee, Edge edge) {

    public boolean is(String callerType, String calleeType) {
        return caller.type().equals(callerType) && callee.type().equals(calleeType);
    }
}
