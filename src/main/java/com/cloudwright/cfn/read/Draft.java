package com.cloudwright.cfn.read;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node while the import works out where it goes; becomes a {@link Node} (unplaced, size only)
 * once every reader has had its say. What came from the template is kept in the node's
 * {@code cfn} field: the logical id and type, the template resources folded into it (route
 * tables, listeners, subnet groups …) and every value that could not be resolved, as written.
 */
final class Draft {

    final String id;
    final String type;
    String parent;
    String label;
    final Map<String, Object> props = new LinkedHashMap<>();
    /** The resource the node stands for, or null for a node the import adds (a Region, an AZ). */
    final CfnResource resource;
    final List<String> parts = new ArrayList<>();
    final Map<String, String> unresolved = new TreeMap<>();

    Draft(String id, String type, CfnResource resource) {
        this.id = id;
        this.type = type;
        this.resource = resource;
    }

    Node toNode(double width, double height) {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (resource != null) {
            Map<String, Object> cfn = new LinkedHashMap<>();
            cfn.put("logicalId", resource.logicalId());
            cfn.put("type", resource.type());
            if (!parts.isEmpty()) {
                cfn.put("parts", List.copyOf(parts));
            }
            if (!unresolved.isEmpty()) {
                cfn.put("unresolved", Map.copyOf(unresolved));
            }
            extra.put("cfn", cfn);
        }
        // the logical id names the node unless a Name tag does: it is what the template's author reads
        String shown = label != null ? label : resource != null ? resource.logicalId() : null;
        return new Node(id, type, parent, shown, new Bounds(0, 0, width, height), Props.of(props), extra);
    }
}
