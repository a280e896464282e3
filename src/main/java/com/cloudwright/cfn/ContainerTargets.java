package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.List;

/** How a load balancer reaches a container service: by IP, to the service's one container. */
final class ContainerTargets {

    /** The name of the one container of each task definition. */
    static final String CONTAINER = "app";

    private ContainerTargets() {
    }

    /** A load balancer's target group sends to the service's container by IP. */
    static void attach(Build b, Node node, Resource targetGroup, int port) {
        Resource service = b.template.resource(b.id(node));
        if (service == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object> list = service.get("LoadBalancers") == null ? new ArrayList<>()
                : new ArrayList<>((List<Object>) service.get("LoadBalancers"));
        list.add(Json.obj("ContainerName", CONTAINER, "ContainerPort", (int) b.integer(node, "containerPort", port),
                "TargetGroupArn", targetGroup.ref()));
        service.set("LoadBalancers", list).set("HealthCheckGracePeriodSeconds", 60);
    }
}
