package com.cloudwright.cfn;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.IamAccess;
import com.cloudwright.palette.PaletteEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * IAM roles with least privilege derived from the drawing: a role's permissions are exactly what
 * its node's outgoing edges need (Lambda → DynamoDB table: read and write items of that table;
 * → queue: send to that queue), on those resources only. Compute that runs code also learns where
 * its callees are through environment variables ({@code ORDERS_TABLE}, {@code JOBS_QUEUE_URL}).
 */
final class Access {

    private final Build b;
    private final Map<String, String> roleOfNode = new HashMap<>();
    private final Map<String, List<Object>> statements = new TreeMap<>();
    private final Map<String, String> envResourceOfNode = new HashMap<>();
    private final Map<String, Map<String, Object>> environment = new TreeMap<>();
    private final Map<String, List<Resource>> waiting = new HashMap<>();

    Access(Build b) {
        this.b = b;
    }

    static Object managedPolicy(String path) {
        return Fn.sub("arn:${AWS::Partition}:iam::aws:policy/" + path);
    }

    static Map<String, Object> trust(String service) {
        return ResourcePolicies.document(Json.list(Json.obj("Effect", "Allow",
                "Principal", Json.obj("Service", service), "Action", "sts:AssumeRole")));
    }

    /** Makes {@code <Node><suffix>} assumable by the service, and records it as the node's role. */
    Resource role(Node node, String suffix, String service, List<Object> managedPolicies) {
        Resource role = b.add(node, suffix, "AWS::IAM::Role")
                .set("AssumeRolePolicyDocument", trust(service))
                .set("ManagedPolicyArns", managedPolicies)
                .set("Tags", b.nameTag(node));
        register(node, role.logicalId());
        return role;
    }

    void register(Node node, String roleLogicalId) {
        roleOfNode.putIfAbsent(node.id(), roleLogicalId);
        statements.computeIfAbsent(roleLogicalId, k -> new ArrayList<>());
    }

    /** Where the node's environment variables go (a Lambda function, a task definition's container). */
    void environmentOf(Node node, String resourceLogicalId) {
        envResourceOfNode.put(node.id(), resourceLogicalId);
        environment.computeIfAbsent(resourceLogicalId, k -> new TreeMap<>());
    }

    Optional<String> roleOf(Node node) {
        String own = roleOfNode.get(node.id());
        if (own != null) {
            return Optional.of(own);
        }
        return b.group(node, NodeTypes.AUTO_SCALING_GROUP).map(g -> roleOfNode.get(g.id()));
    }

    void allow(String role, List<String> actions, Object resource) {
        List<Object> list = statements.computeIfAbsent(role, k -> new ArrayList<>());
        Map<String, Object> statement = Json.obj("Effect", "Allow",
                "Action", actions.size() == 1 ? actions.get(0) : new ArrayList<>(actions), "Resource", resource);
        if (!list.contains(statement)) {
            list.add(statement);
        }
    }

    void allow(Node node, List<String> actions, Object resource) {
        roleOf(node).ifPresent(r -> allow(r, actions, resource));
    }

    private void env(Node caller, String name, Object value) {
        String target = envResourceOfNode.get(caller.id());
        if (target != null) {
            environment.get(target).put(name, value);
        }
    }

    /**
     * What the caller may do with the callee: the callee's palette entry declares it ({@code iam}),
     * the edge's {@code access} (read, write, readwrite) picks among its actions.
     */
    void grant(Node caller, Node callee, Edge edge) {
        if (roleOf(caller).isEmpty() || callee.id().equals(caller.id())) {
            return;
        }
        IamAccess iam = b.palette.entryOf(callee).map(PaletteEntry::iam).orElse(IamAccess.NONE);
        if (!iam.withoutResource() && b.template.resource(b.ids.knows(callee) ? b.id(callee) : "") == null) {
            return; // the callee made no resource of its own (an archive tier, an unconnected node)
        }
        if (caller.type().equals("kinesis-firehose") && (callee.type().equals("s3") || callee.type().equals("lambda"))) {
            return; // the delivery stream's mapper grants exactly what delivery and transformation need
        }
        if (iam.throughEdges()) {
            for (Link through : b.linksFrom(callee)) {
                grant(caller, through.callee(), edge);
            }
            return;
        }
        String access = edge.props().string("access", "readwrite").toLowerCase(Locale.ROOT);
        boolean read = !access.equals("write");
        boolean write = !access.equals("read");
        for (IamAccess.Statement s : iam.statements()) {
            allow(caller, s.actionsFor(read, write), value(callee, s.resource()));
        }
        String env = envName(b.id(callee));
        for (IamAccess.Variable v : iam.environment()) {
            boolean excluded = v.unless().entrySet().stream()
                    .anyMatch(u -> u.getValue().equals(b.string(callee, u.getKey(), null)));
            if (!excluded) {
                env(caller, env + "_" + v.name(), value(callee, v.value()));
            }
        }
    }

    /** Everything the callee's palette entry lets a caller do, for a role of the template's own (a rule's). */
    void grantTo(String role, Node callee) {
        IamAccess iam = b.palette.entryOf(callee).map(PaletteEntry::iam).orElse(IamAccess.NONE);
        for (IamAccess.Statement s : iam.statements()) {
            allow(role, s.actionsFor(true, true), value(callee, s.resource()));
        }
    }

    /** A resource or value written in the palette's form ({@link IamAccess}) for the node. */
    private Object value(Node node, String form) {
        String id = b.id(node);
        if (form.equals("*")) {
            return "*";
        }
        if (form.equals("Ref")) {
            return Fn.ref(id);
        }
        if (form.equals("EventBus")) {
            return EventRules.eventBusArn(b, node);
        }
        if (form.startsWith("GetAtt:")) {
            return Fn.getAtt(id, form.substring("GetAtt:".length()));
        }
        if (form.startsWith("Sub:")) {
            return Fn.sub(form.substring("Sub:".length()).replace("${self", "${" + id));
        }
        throw new IllegalArgumentException("not a value form: " + form);
    }

    private static void applyEnvironment(Resource r, Map<String, Object> vars) {
        if (r.type().equals("AWS::Lambda::Function")) {
            r.set("Environment", vars.isEmpty() ? null : Json.obj("Variables", new TreeMap<>(vars)));
        } else if (r.type().equals("AWS::ECS::TaskDefinition")) {
            @SuppressWarnings("unchecked")
            List<Object> containers = (List<Object>) r.get("ContainerDefinitions");
            List<Object> envList = new ArrayList<>();
            vars.forEach((k, v) -> envList.add(Json.obj("Name", k, "Value", v)));
            @SuppressWarnings("unchecked")
            Map<String, Object> first = (Map<String, Object>) containers.get(0);
            if (envList.isEmpty()) {
                first.remove("Environment");
            } else {
                first.put("Environment", envList);
            }
        }
    }

    /**
     * Two conveniences may close a reference cycle the drawing does not need: an environment
     * variable naming a callee that (through other edges) depends on the function, and a wait for
     * a role's permissions. They give way, with a note; a cycle of real wiring is left for the
     * schema checker to refuse.
     */
    void breakCycles() {
        for (int guard = 0; guard < 1000; guard++) {
            List<String> loop = Cycles.find(b.template);
            if (loop.isEmpty() || !breakOne(loop)) {
                return;
            }
        }
    }

    private boolean breakOne(List<String> loop) {
        for (int i = 0; i < loop.size(); i++) {
            Resource from = b.template.resource(loop.get(i));
            String to = loop.get((i + 1) % loop.size());
            Resource target = b.template.resource(to);
            if (from.dependsOn().contains(to) && target.type().equals("AWS::IAM::Policy")
                    && !References.of(from.properties()).contains(to)) {
                from.removeDependsOn(to);
                b.note(Build.text("access.note.permissionWaitDropped", from.logicalId(), to));
                return true;
            }
            Map<String, Object> vars = environment.get(from.logicalId());
            if (vars == null) {
                continue;
            }
            Map<String, Object> kept = new TreeMap<>();
            List<String> dropped = new ArrayList<>();
            vars.forEach((k, v) -> {
                if (References.of(v).contains(to)) {
                    dropped.add(k);
                } else {
                    kept.put(k, v);
                }
            });
            if (dropped.isEmpty()) {
                continue;
            }
            applyEnvironment(from, kept);
            if (References.of(from.properties()).contains(to) || from.dependsOn().contains(to)) {
                applyEnvironment(from, vars);
                continue;
            }
            vars.keySet().removeAll(dropped);
            b.note(Build.text("access.note.environmentVariablesDropped", from.logicalId(), dropped, to));
            return true;
        }
        return false;
    }

    static String envName(String logicalId) {
        return LogicalIds.kebab(logicalId).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * The resource is created only after the role's permissions exist (an event source mapping or
     * a delivery stream checks them when it is created).
     */
    void afterPermissions(Node node, Resource dependent) {
        roleOf(node).ifPresent(role -> waiting.computeIfAbsent(role, k -> new ArrayList<>()).add(dependent));
    }

    void afterPermissions(String role, Resource dependent) {
        waiting.computeIfAbsent(role, k -> new ArrayList<>()).add(dependent);
    }

    /**
     * Permissions go into a separate {@code AWS::IAM::Policy}, not inline in the role: a function
     * whose role may start the state machine that invokes the function would otherwise form a
     * reference cycle (function → role → state machine → function).
     */
    void emit() {
        statements.forEach((role, list) -> {
            Resource r = b.template.resource(role);
            boolean user = r != null && r.type().equals("AWS::IAM::User");
            if (r == null || list.isEmpty() || !(user || r.type().equals("AWS::IAM::Role"))) {
                return;
            }
            Resource policy = b.add(role + "Policy", "AWS::IAM::Policy")
                    .set("PolicyName", "least-privilege")
                    .set(user ? "Users" : "Roles", Json.list(r.ref()))
                    .set("PolicyDocument", ResourcePolicies.document(list));
            waiting.getOrDefault(role, List.of()).forEach(d -> d.dependsOn(policy.logicalId()));
        });
        environment.forEach((resource, vars) -> {
            Resource r = b.template.resource(resource);
            if (r != null) {
                applyEnvironment(r, vars);
            }
        });
    }
}
