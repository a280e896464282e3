package com.cloudwright.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The document: nodes in a containment tree, overlay groups, edges and diagram-level fields.
 * Read freely; change only through a {@link Command} run by the diagram's {@link History}, so
 * every edit can be undone and listeners hear of it once.
 */
public final class Diagram {

    public static final String FORMAT = "cloudwright-diagram";
    public static final int VERSION = 1;

    private String name;
    private String region;
    private Map<String, Object> extra;
    private final LinkedHashMap<String, Node> nodes = new LinkedHashMap<>();
    private final LinkedHashMap<String, Edge> edges = new LinkedHashMap<>();
    private final Map<String, Set<String>> childrenByParent = new HashMap<>();
    private final Map<String, Set<String>> edgesByNode = new HashMap<>();
    private final Map<String, Set<String>> nodesByType = new HashMap<>();
    private final Map<String, Set<String>> groupsByMember = new HashMap<>();
    private final List<DiagramListener> listeners = new CopyOnWriteArrayList<>();
    private final History history = new History(this);
    private long revision;

    public Diagram(String name, String region) {
        this(name, region, Map.of(), List.of(), List.of());
    }

    public Diagram(String name, String region, Map<String, Object> extra, Collection<Node> nodes,
                   Collection<Edge> edges) {
        this.name = name;
        this.region = region;
        this.extra = Props.frozenMap(extra);
        nodes.forEach(this::putNode);
        edges.forEach(this::putEdge);
    }

    // ---- diagram fields -------------------------------------------------------------------

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    /** Top-level fields of the file this version does not know, kept for the next save. */
    public Map<String, Object> extra() {
        return extra;
    }

    public History history() {
        return history;
    }

    /**
     * An independent copy of the diagram (nodes and edges are immutable, so this is cheap), for
     * work on another thread while this one goes on changing.
     */
    public Diagram snapshot() {
        return new Diagram(name(), region(), extra(), nodes(), edges());
    }

    /** Grows by one with every change (edit, undo, redo); listeners compare it to decide to redo work. */
    public long revision() {
        return revision;
    }

    /**
     * Lets this diagram's count go on from {@code previous}, the revision of the diagram it replaces
     * on screen: one counter then tells every observer that something changed, also across a file
     * opened in place of another. Never lowers the count.
     */
    public void continueRevisionsAfter(long previous) {
        revision = Math.max(revision, previous + 1);
    }

    // ---- queries --------------------------------------------------------------------------

    public Collection<Node> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    public Collection<Edge> edges() {
        return Collections.unmodifiableCollection(edges.values());
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return edges.size();
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(id == null ? null : nodes.get(id));
    }

    public Node requireNode(String id) {
        Node n = nodes.get(id);
        if (n == null) {
            throw new IllegalArgumentException("no node '" + id + "'");
        }
        return n;
    }

    public Optional<Edge> edge(String id) {
        return Optional.ofNullable(id == null ? null : edges.get(id));
    }

    public boolean contains(String id) {
        return nodes.containsKey(id) || edges.containsKey(id);
    }

    public Optional<Node> parentOf(Node node) {
        return node(node.parent());
    }

    /** The parent chain, nearest first. Stops at a cycle rather than looping. */
    public List<Node> ancestors(Node node) {
        List<Node> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(node.id());
        Node current = nodes.get(node.parent());
        while (current != null && seen.add(current.id())) {
            chain.add(current);
            current = nodes.get(current.parent());
        }
        return chain;
    }

    /** The nearest enclosing node of the given type. */
    public Optional<Node> enclosing(Node node, String type) {
        for (Node ancestor : ancestors(node)) {
            if (ancestor.type().equals(type)) {
                return Optional.of(ancestor);
            }
        }
        return Optional.empty();
    }

    public Optional<Node> vpcOf(Node node) {
        return enclosing(node, NodeTypes.VPC);
    }

    public Optional<Node> availabilityZoneOf(Node node) {
        return enclosing(node, NodeTypes.AVAILABILITY_ZONE);
    }

    public Optional<Node> subnetOf(Node node) {
        return enclosing(node, NodeTypes.SUBNET);
    }

    /** Direct children, in drawing order. */
    public List<Node> children(String parentId) {
        Set<String> ids = childrenByParent.get(parentId);
        return ids == null ? List.of() : resolveNodes(ids);
    }

    public List<Node> roots() {
        return children(null);
    }

    /** Every node below the given one, parents before their children. */
    public List<Node> descendants(String id) {
        List<Node> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        collectDescendants(id, out, seen);
        return out;
    }

    private void collectDescendants(String id, List<Node> out, Set<String> seen) {
        for (Node child : children(id)) {
            if (seen.add(child.id())) {
                out.add(child);
                collectDescendants(child.id(), out, seen);
            }
        }
    }

    public boolean isAncestor(String ancestorId, Node node) {
        for (Node a : ancestors(node)) {
            if (a.id().equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }

    public List<Node> nodesOfType(String type) {
        Set<String> ids = nodesByType.get(type);
        return ids == null ? List.of() : resolveNodes(ids);
    }

    /** The members of an overlay group that exist. */
    public List<Node> members(Node group) {
        List<Node> out = new ArrayList<>();
        for (String id : group.props().strings(NodeTypes.MEMBERS)) {
            Node member = nodes.get(id);
            if (member != null) {
                out.add(member);
            }
        }
        return out;
    }

    /** The overlay groups (Auto Scaling, security groups) that list the node as a member. */
    public List<Node> groupsOf(String nodeId) {
        Set<String> ids = groupsByMember.get(nodeId);
        return ids == null ? List.of() : resolveNodes(ids);
    }

    /** Edges that leave the node (it is the caller). */
    public List<Edge> edgesFrom(String nodeId) {
        return touching(nodeId, true);
    }

    /** Edges that arrive at the node (it is the callee). */
    public List<Edge> edgesTo(String nodeId) {
        return touching(nodeId, false);
    }

    public List<Edge> edgesOf(String nodeId) {
        Set<String> ids = edgesByNode.get(nodeId);
        if (ids == null) {
            return List.of();
        }
        List<Edge> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(edges.get(id));
        }
        return out;
    }

    private List<Edge> touching(String nodeId, boolean outgoing) {
        Set<String> ids = edgesByNode.get(nodeId);
        if (ids == null) {
            return List.of();
        }
        List<Edge> out = new ArrayList<>();
        for (String id : ids) {
            Edge e = edges.get(id);
            if ((outgoing ? e.from() : e.to()).equals(nodeId)) {
                out.add(e);
            }
        }
        return out;
    }

    private List<Node> resolveNodes(Set<String> ids) {
        List<Node> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Node n = nodes.get(id);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /** An id not yet used by any node or edge: {@code prefix}, else prefix-2, prefix-3 … */
    public String freshId(String prefix) {
        String base = prefix == null || prefix.isBlank() ? "n" : prefix;
        if (!contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (!contains(candidate)) {
                return candidate;
            }
        }
    }

    // ---- listeners ------------------------------------------------------------------------

    public void addListener(DiagramListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(DiagramListener listener) {
        listeners.remove(listener);
    }

    void fireChanged(DiagramChange change) {
        for (DiagramListener l : listeners) {
            l.diagramChanged(change);
        }
    }

    long nextRevision() {
        return ++revision;
    }

    // ---- mutation, for commands only -------------------------------------------------------

    void setName(String newName) {
        this.name = newName;
    }

    void setRegion(String newRegion) {
        this.region = newRegion;
    }

    void putNode(Node node) {
        Node old = nodes.put(node.id(), node);
        if (old != null) {
            unindex(old);
        }
        index(node);
    }

    void removeNode(String id) {
        Node old = nodes.remove(id);
        if (old != null) {
            unindex(old);
        }
    }

    void putEdge(Edge edge) {
        Edge old = edges.put(edge.id(), edge);
        if (old != null) {
            unindexEdge(old);
        }
        edgesByNode.computeIfAbsent(edge.from(), k -> new LinkedHashSet<>()).add(edge.id());
        edgesByNode.computeIfAbsent(edge.to(), k -> new LinkedHashSet<>()).add(edge.id());
    }

    void removeEdge(String id) {
        Edge old = edges.remove(id);
        if (old != null) {
            unindexEdge(old);
        }
    }

    private void index(Node node) {
        childrenByParent.computeIfAbsent(node.parent(), k -> new LinkedHashSet<>()).add(node.id());
        nodesByType.computeIfAbsent(node.type(), k -> new LinkedHashSet<>()).add(node.id());
        for (String member : node.props().strings(NodeTypes.MEMBERS)) {
            groupsByMember.computeIfAbsent(member, k -> new LinkedHashSet<>()).add(node.id());
        }
    }

    private void unindex(Node node) {
        removeFrom(childrenByParent, node.parent(), node.id());
        removeFrom(nodesByType, node.type(), node.id());
        for (String member : node.props().strings(NodeTypes.MEMBERS)) {
            removeFrom(groupsByMember, member, node.id());
        }
    }

    private void unindexEdge(Edge edge) {
        removeFrom(edgesByNode, edge.from(), edge.id());
        removeFrom(edgesByNode, edge.to(), edge.id());
    }

    private static void removeFrom(Map<String, Set<String>> index, String key, String id) {
        Set<String> set = index.get(key);
        if (set != null) {
            set.remove(id);
            if (set.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
