package com.cloudwright.cfn.read;

import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resources not drawn on their own (roles, permissions, listeners, target groups, routes, launch
 * templates, policies …) are folded into the node they serve: the first node that names them,
 * else the first node they name, following chains of such resources. What is left (nothing names
 * it, it names nothing drawn) is kept aside with its type, so no resource of the stack is lost.
 */
final class PartsReader {

    private final ImportContext ctx;

    PartsReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    void read() {
        Map<String, List<String>> refsOf = new HashMap<>();
        Map<String, List<String>> referrers = new HashMap<>();
        for (CfnResource r : ctx.resources()) {
            List<String> refs = new ArrayList<>();
            for (String id : ImportContext.refs(ctx.props(r))) {
                if (ctx.resource(id).isPresent() && !id.equals(r.logicalId())) {
                    refs.add(id);
                    referrers.computeIfAbsent(id, k -> new ArrayList<>()).add(r.logicalId());
                }
            }
            refs.addAll(r.dependsOn());
            refsOf.put(r.logicalId(), refs);
        }
        List<CfnResource> pending = new ArrayList<>();
        for (CfnResource r : ctx.resources()) {
            if (!ctx.drafts.containsKey(r.logicalId()) && !ctx.partOf.containsKey(r.logicalId())) {
                pending.add(r);
            }
        }
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (CfnResource r : List.copyOf(pending)) {
                Draft owner = owner(r, referrers.getOrDefault(r.logicalId(), List.of()), true);
                if (owner == null) {
                    owner = owner(r, refsOf.getOrDefault(r.logicalId(), List.of()), false);
                }
                if (owner != null) {
                    ctx.fold(r.logicalId(), owner);
                    pending.remove(r);
                    progress = true;
                }
            }
        }
        pending.forEach(r -> ctx.unmapped.put(r.logicalId(), r.type()));
    }

    /** The first of the candidates drawn as a node; named-by owners must be services, not containers. */
    private Draft owner(CfnResource r, List<String> candidates, boolean namedBy) {
        for (String id : candidates) {
            Draft d = ctx.drawnAs(id).orElse(null);
            if (d != null && (!namedBy || !NodeTypes.isContainer(d.type))) {
                return d;
            }
        }
        return null;
    }
}
