package com.cloudwright.cfn;

import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;

/**
 * One caller → callee pair implied by an edge, with overlay groups expanded to their members
 * (an edge to an Auto Scaling group reaches every instance of it).
 */
record Link(Node caller, Node callee, Edge edge) {

    boolean is(String callerType, String calleeType) {
        return caller.type().equals(callerType) && callee.type().equals(calleeType);
    }
}
