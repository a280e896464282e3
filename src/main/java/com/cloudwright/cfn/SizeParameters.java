package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.PropertySpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sizes whoever deploys a stack most often changes (instance types, database classes, cache
 * node types) become parameters that default to what was drawn, as AWS's own sample templates take
 * them, so one template serves a test and a production stack. The choices offered are the
 * palette's for that service, narrowed to what the rest of the template still fits: an instance's
 * processor architecture stays the drawn one (the AMI is chosen for it) and, for Aurora, no
 * switch between provisioned and Serverless v2 (the cluster is configured for one of them).
 * Instances in a placement group keep the drawn type: a cluster placement group takes only
 * some families, and its members are chosen together.
 */
final class SizeParameters {

    private SizeParameters() {
    }

    /** A parameter for the node's size property, or the drawn value where there is nothing to choose. */
    static Object of(Build b, Node node, String property, String what) {
        String drawn = b.string(node, property);
        if (b.group(node, NodeTypes.PLACEMENT_GROUP).isPresent()) {
            return drawn;
        }
        List<String> choices = choices(b, node, property, drawn);
        if (choices.size() < 2) {
            return drawn;
        }
        String name = b.id(node) + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return b.parameter(new Template.Parameter(name, "String", what + " of " + node.displayLabel(), drawn, null,
                choices, "one of the allowed values"));
    }

    static List<String> choices(Build b, Node node, String property, String drawn) {
        Optional<PropertySpec> spec = b.palette.entryOf(node).flatMap(e -> e.property(property));
        if (spec.isEmpty() || !spec.get().values().contains(drawn)) {
            return List.of(drawn);
        }
        // only an instance boots an AMI built for one architecture; a database or cache class may change it
        boolean boots = property.equals("instanceType");
        boolean arm = Instances.isArm(drawn);
        boolean serverless = drawn.equals("db.serverless");
        List<String> out = new ArrayList<>();
        for (String v : spec.get().values()) {
            if ((!boots || Instances.isArm(v) == arm) && v.equals("db.serverless") == serverless) {
                out.add(v);
            }
        }
        return out;
    }
}
