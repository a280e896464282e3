package com.cloudwright.ui.canvas;

import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.palette.PaletteDrag;
import com.cloudwright.ui.UiText;
import com.cloudwright.edit.AlignmentGuides;
import com.cloudwright.edit.Connections;
import com.cloudwright.edit.DragSession;
import com.cloudwright.edit.DropPlan;
import com.cloudwright.edit.EditRefusedException;
import com.cloudwright.edit.GrowToFit;
import com.cloudwright.edit.GuideSnap;
import com.cloudwright.edit.PlacementCheck;
import com.cloudwright.edit.Placer;
import com.cloudwright.edit.QuickAdd;
import com.cloudwright.model.AddEdge;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.CompositeCommand;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;
import com.cloudwright.model.RemoveElements;
import com.cloudwright.model.SetBounds;
import com.cloudwright.model.UpdateEdge;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.render.EdgeRouter;
import com.cloudwright.render.Geometry;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns mouse and keyboard gestures on the canvas into commands: select, rubber band, move
 * (one undo step per drag), resize, connect, bend an edge, pan, zoom, nudge, delete, drop from
 * the palette, rename in place.
 */
public final class CanvasGestures {

    private static final double DRAG_THRESHOLD = 3;
    /** How close (in screen pixels) an edge or centre must come to a neighbour's to snap to it. */
    private static final double GUIDE_TOLERANCE = 6;

    private enum Mode { NONE, MOVE, RUBBER_BAND, PAN, RESIZE, CONNECT, BEND }

    private final DiagramCanvas canvas;
    private final Document doc;
    private final PaletteDrag paletteDrag;
    private final HitTester hits;
    private final Placer placer;
    private final PlacementCheck placement;
    private final InlineEditor inline;
    private Consumer<String> quickAdd = text -> { };

    private Mode mode = Mode.NONE;
    private Object gesture;
    private boolean started;
    private Point2D pressView;
    private Point2D pressWorld;
    private Point2D lastWorld;
    private boolean spaceDown;
    // move
    private Bounds moveAnchor;
    private DragSession drag;
    private AlignmentGuides guides;
    private Bounds moveBox;
    // resize
    private Handles.Resize resizeHandle;
    private String resizeId;
    private Bounds resizeStart;
    // connect
    private String connectFrom;
    // bend
    private String bendEdge;
    private int bendSegment;
    private List<Point> bendRoute;

    public CanvasGestures(DiagramCanvas canvas, PaletteDrag paletteDrag, InlineEditor inline) {
        this.canvas = canvas;
        this.doc = canvas.document();
        this.paletteDrag = paletteDrag;
        this.hits = new HitTester(doc.palette());
        this.placer = new Placer(doc.palette());
        this.placement = new PlacementCheck(doc.palette());
        this.inline = inline;

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, this::paletteDragOver);
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> {
            canvas.overlays().clearDrop();
            canvas.requestRepaint();
        });
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::paletteDropped);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            canvas.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                canvas.setCursor(Cursor.DEFAULT);
            }
        });
    }

    /** What typing a letter on the canvas opens (the quick-add search, pre-filled). */
    public void onQuickAdd(Consumer<String> opener) {
        this.quickAdd = opener;
    }

    // ---- mouse ----------------------------------------------------------------------------

    private double tolerance() {
        return (Handles.RADIUS + 2) / canvas.scale();
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        inline.commit();
        pressView = new Point2D(e.getX(), e.getY());
        pressWorld = canvas.toWorld(e.getX(), e.getY());
        lastWorld = pressWorld;
        started = false;
        gesture = new Object();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PAN;
            canvas.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            selectForContextMenu();
            mode = Mode.NONE;
            return;
        }
        if (e.getClickCount() > 1 || pressOnHandle()) {
            return;
        }
        Diagram d = doc.diagram();
        String hit = hits.at(d, pressWorld.getX(), pressWorld.getY(), tolerance());
        boolean toggle = e.isShiftDown() || e.isShortcutDown();
        if (hit == null) {
            if (!toggle) {
                doc.selection().clear();
            }
            mode = Mode.RUBBER_BAND;
            return;
        }
        if (toggle) {
            if (!doc.selection().remove(hit)) {
                doc.selection().add(hit);
            }
        } else if (!doc.selection().contains(hit)) {
            doc.select(hit);
        }
        mode = d.node(hit).isPresent() && doc.selection().contains(hit) ? Mode.MOVE : Mode.NONE;
        if (mode == Mode.MOVE) {
            moveAnchor = d.requireNode(hit).bounds();
        }
    }

    /** Starts a resize, connect or bend when the press is on a handle of the single selection. */
    private boolean pressOnHandle() {
        String single = doc.singleSelection();
        if (single == null) {
            return false;
        }
        Diagram d = doc.diagram();
        double x = pressWorld.getX();
        double y = pressWorld.getY();
        double s = canvas.scale();
        Node n = d.node(single).orElse(null);
        if (n != null) {
            Bounds shape = Geometry.shapeOf(d, n);
            if (!NodeKinds.isContainerOrGroup(canvas.document().palette(), n) || NodeKinds.isGroup(canvas.document().palette(), n)) {
                Point c = Handles.connectHandle(shape, s);
                if (Math.hypot(c.x() - x, c.y() - y) <= tolerance()) {
                    mode = Mode.CONNECT;
                    connectFrom = n.id();
                    canvas.overlays().connectFrom = c;
                    return true;
                }
            }
            if (!NodeKinds.isGroup(canvas.document().palette(), n)) {
                Handles.Resize r = Handles.resizeAt(n.bounds(), x, y, tolerance());
                if (r != null) {
                    mode = Mode.RESIZE;
                    resizeHandle = r;
                    resizeId = n.id();
                    resizeStart = n.bounds();
                    return true;
                }
            }
            return false;
        }
        Edge edge = d.edge(single).orElse(null);
        if (edge != null) {
            List<Point> route = EdgeRouter.route(d, edge);
            List<Point> middles = Handles.segmentMiddles(route);
            for (int i = 0; i < middles.size(); i++) {
                Point m = middles.get(i);
                if (Math.abs(m.x() - x) <= tolerance() && Math.abs(m.y() - y) <= tolerance()) {
                    mode = Mode.BEND;
                    bendEdge = edge.id();
                    bendSegment = i;
                    bendRoute = route;
                    return true;
                }
            }
        }
        return false;
    }

    private void selectForContextMenu() {
        Point2D w = pressWorld;
        String hit = hits.at(doc.diagram(), w.getX(), w.getY(), tolerance());
        if (hit != null && !doc.selection().contains(hit)) {
            doc.select(hit);
        } else if (hit == null) {
            doc.selection().clear();
        }
    }

    private void dragged(MouseEvent e) {
        Point2D world = canvas.toWorld(e.getX(), e.getY());
        if (mode == Mode.PAN) {
            canvas.panBy(e.getX() - pressView.getX(), e.getY() - pressView.getY());
            pressView = new Point2D(e.getX(), e.getY());
            return;
        }
        if (!started && pressView != null && pressView.distance(e.getX(), e.getY()) < DRAG_THRESHOLD) {
            return;
        }
        if (!started) {
            beginLive();
        }
        started = true;
        switch (mode) {
            case MOVE -> move(world, e.isAltDown());
            case RUBBER_BAND -> {
                canvas.overlays().rubberBand = new Bounds(Math.min(pressWorld.getX(), world.getX()),
                        Math.min(pressWorld.getY(), world.getY()), Math.abs(world.getX() - pressWorld.getX()),
                        Math.abs(world.getY() - pressWorld.getY()));
                canvas.requestRepaint();
            }
            case RESIZE -> resize(world);
            case CONNECT -> {
                canvas.overlays().connectTo = new Point(world.getX(), world.getY());
                canvas.requestRepaint();
            }
            case BEND -> {
                List<Point> bends = Handles.moveSegment(bendRoute, bendSegment, snap(world.getX()), snap(world.getY()));
                doc.execute(UpdateEdge.bends(bendEdge, bends, gesture));
            }
            default -> {
            }
        }
        lastWorld = world;
    }

    /** Tells the canvas what this drag changes, so only that is redrawn per frame. */
    private void beginLive() {
        switch (mode) {
            case MOVE -> {
                Set<String> moving = movingIds();
                Diagram d = doc.diagram();
                drag = DragSession.begin(d, doc.palette(), moving, gesture);
                guides = AlignmentGuides.forDrag(d, moving);
                moveBox = null;
                for (String id : moving) {
                    Bounds b = d.requireNode(id).bounds();
                    moveBox = moveBox == null ? b : moveBox.union(b);
                }
                canvas.beginLive(moving, Set.of());
            }
            case RESIZE -> canvas.beginLive(Set.of(resizeId), Set.of());
            case BEND -> canvas.beginLive(Set.of(), Set.of(bendEdge));
            default -> {
            }
        }
    }

    /**
     * One frame of a move: the offset from the press, snapped to the alignment guides of the
     * nodes that stay put (else to the grid); Alt moves freely. The containers the nodes would
     * drop into are highlighted, in the warning colour with the reason when the drop is forbidden.
     */
    private void move(Point2D world, boolean free) {
        if (drag == null) {
            return;
        }
        double dx = world.getX() - pressWorld.getX();
        double dy = world.getY() - pressWorld.getY();
        Overlays o = canvas.overlays();
        o.clearGuides();
        if (!free) {
            GuideSnap guide = guides.snap(moveBox.translate(dx, dy), GUIDE_TOLERANCE / canvas.scale());
            if (canvas.snapToGridProperty().get()) {
                dx = guide.snappedX() ? dx + guide.dx() : snap(moveAnchor.x() + dx) - moveAnchor.x();
                dy = guide.snappedY() ? dy + guide.dy() : snap(moveAnchor.y() + dy) - moveAnchor.y();
            } else {
                dx += guide.dx();
                dy += guide.dy();
            }
            o.guides.addAll(guide.guides());
        }
        DropPlan plan = drag.moveTo(dx, dy);
        o.moveTargets.clear();
        Diagram d = doc.diagram();
        for (String target : plan.targets()) {
            d.node(target).ifPresent(n -> o.moveTargets.add(n.bounds()));
        }
        o.dropRefused = plan.refused();
        plan.refusal().ifPresentOrElse(doc::say, () -> {
            if (!plan.targets().isEmpty()) {
                doc.say(UiText.get("move.into", d.requireNode(plan.targets().iterator().next()).displayLabel()));
            }
        });
        canvas.requestRepaint();
    }

    /** Ends a move: re-parents into the containers under the nodes, or puts everything back when refused. */
    private void finishMove(boolean cancel) {
        DragSession session = drag;
        drag = null;
        guides = null;
        canvas.overlays().clearMove();
        if (session == null) {
            return;
        }
        if (cancel) {
            session.cancel();
            doc.say(UiText.get("move.cancelled"));
            return;
        }
        DropPlan result = session.drop();
        if (result.refused()) {
            doc.say(UiText.get("move.refused", result.refusal().orElseThrow()));
        } else if (!result.reparented().isEmpty()) {
            doc.say(doc.diagram().history().undoDescription().orElse(""));
        }
    }

    private void resize(Point2D world) {
        Node n = doc.diagram().node(resizeId).orElse(null);
        if (n == null) {
            return;
        }
        boolean box = NodeKinds.isContainerOrGroup(canvas.document().palette(), n);
        double min = box ? 80 : 24;
        Bounds next = resizeHandle.drag(resizeStart, snap(world.getX()), snap(world.getY()), min, box ? 60 : 24);
        if (box) {
            next = keepChildrenInside(n, next);
        }
        doc.execute(new SetBounds(resizeId, next, gesture));
    }

    /** A container may not be shrunk over its children. */
    private Bounds keepChildrenInside(Node container, Bounds next) {
        Bounds kids = null;
        for (Node child : doc.diagram().children(container.id())) {
            Bounds b = Geometry.withLabel(child);
            kids = kids == null ? b : kids.union(b);
        }
        if (kids == null) {
            return next;
        }
        kids = kids.inflate(8);
        double left = Math.min(next.x(), kids.x());
        double top = Math.min(next.y(), kids.y() - 16);
        double right = Math.max(next.maxX(), kids.maxX());
        double bottom = Math.max(next.maxY(), kids.maxY());
        return new Bounds(left, top, right - left, bottom - top);
    }

    private void released(MouseEvent e) {
        Overlays o = canvas.overlays();
        switch (mode) {
            case MOVE -> finishMove(false);
            case RUBBER_BAND -> {
                if (o.rubberBand != null) {
                    Diagram d = doc.diagram();
                    for (Node n : d.nodes()) {
                        if (o.rubberBand.contains(Geometry.shapeOf(d, n))) {
                            doc.selection().add(n.id());
                        }
                    }
                }
            }
            case CONNECT -> {
                Point2D w = canvas.toWorld(e.getX(), e.getY());
                String target = hits.at(doc.diagram(), w.getX(), w.getY(), tolerance());
                if (target != null && doc.diagram().node(target).isPresent()) {
                    connect(connectFrom, target);
                }
            }
            case PAN -> canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
            default -> {
            }
        }
        o.rubberBand = null;
        o.connectFrom = null;
        o.connectTo = null;
        o.clearGuides();
        canvas.endLive();
        canvas.requestRepaint();
        mode = Mode.NONE;
        gesture = null;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) {
            return;
        }
        Point2D w = canvas.toWorld(e.getX(), e.getY());
        String hit = hits.at(doc.diagram(), w.getX(), w.getY(), tolerance());
        if (hit == null) {
            quickAdd.accept("");
        } else {
            doc.select(hit);
            rename(hit);
        }
    }

    /** Connects two nodes if the palette says the caller may call the callee; says why not otherwise. */
    void connect(String from, String to) {
        Diagram d = doc.diagram();
        if (from.equals(to)) {
            return;
        }
        var problem = Connections.connectProblem(doc.palette(), d, from, to);
        if (problem.isPresent()) {
            doc.say(problem.get());
            return;
        }
        Edge edge = Connections.newEdge(doc.palette(), d, from, to);
        doc.execute(new AddEdge(edge));
        doc.select(edge.id());
    }

    /** The selected nodes, without those inside another selected node, plus overlay groups' members. */
    Set<String> movingIds() {
        Diagram d = doc.diagram();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : doc.selection()) {
            d.node(id).ifPresent(n -> {
                if (NodeTypes.isOverlayGroup(n.type())) {
                    d.members(n).forEach(m -> ids.add(m.id()));
                }
                ids.add(id);
            });
        }
        ids.removeIf(id -> d.ancestors(d.requireNode(id)).stream().anyMatch(a -> ids.contains(a.id())));
        return ids;
    }

    private double snap(double v) {
        return canvas.snapToGridProperty().get() ? Math.round(v / DiagramCanvas.GRID) * DiagramCanvas.GRID : v;
    }

    // ---- palette drop ---------------------------------------------------------------------

    private void paletteDragOver(MouseDragEvent e) {
        PaletteEntry entry = paletteDrag.entry();
        if (entry == null) {
            return;
        }
        Point2D at = canvas.toWorld(e.getX(), e.getY());
        Overlays o = canvas.overlays();
        o.dropEntry = entry;
        o.dropAt = new Point(at.getX(), at.getY());
        Node container = placer.containerAt(doc.diagram(), entry.id(), at.getX(), at.getY(), Set.of()).orElse(null);
        o.dropTarget = container == null ? null : container.bounds();
        var problem = placement.placementProblem(doc.diagram(), entry.id(), container == null ? null : container.id());
        o.dropRefused = problem.isPresent() && container != null;
        problem.ifPresentOrElse(doc::say, () -> doc.say(""));
        canvas.requestRepaint();
    }

    private void paletteDropped(MouseDragEvent e) {
        PaletteEntry entry = paletteDrag.entry();
        paletteDrag.end();
        canvas.overlays().clearDrop();
        canvas.requestRepaint();
        if (entry == null) {
            return;
        }
        Point2D at = canvas.toWorld(e.getX(), e.getY());
        addAt(entry, at.getX(), at.getY());
        canvas.requestFocus();
    }

    /**
     * Adds a node of the entry centred on the world point and selects it; refused (with the
     * reason) when the container there may not hold it.
     */
    public void addAt(PaletteEntry entry, double worldX, double worldY) {
        Node node = placer.create(doc.diagram(), entry, snap(worldX), snap(worldY));
        var problem = placement.placementProblem(doc.diagram(), entry.id(), node.parent());
        if (problem.isPresent() && node.parent() != null) {
            doc.say(UiText.get("add.refused", problem.get()));
            return;
        }
        AddNode add = new AddNode(node);
        doc.execute(new CompositeCommand(add.description(), List.of(add, new GrowToFit(node.parent()))));
        doc.select(node.id());
        // On the bare canvas anything may be sketched; the validator keeps the reminder.
        problem.ifPresent(doc::say);
    }

    /**
     * Quick add: a node of the entry into the selected container (or the container of the selected
     * node, or the nearest enclosing one that may hold it) at a free spot; a subnet gets the next
     * free CIDR of its VPC. What was typed to find it may preset properties ("public subnet").
     * With nothing selected, at a free spot in the view.
     */
    public void addToSelectedContainer(PaletteEntry entry, String typed) {
        QuickAdd add = new QuickAdd(doc.palette(), entry, doc.singleSelection(), canvas.visibleWorld(),
                entry.presetFor(typed));
        try {
            doc.execute(add);
        } catch (EditRefusedException refused) {
            doc.say(UiText.get("add.refused", refused.getMessage()));
            return;
        }
        doc.select(add.addedId());
        canvas.reveal(doc.diagram().requireNode(add.addedId()).bounds());
    }

    /** Adds a node of the entry in the middle of the view. */
    public void addInView(PaletteEntry entry) {
        Bounds visible = canvas.visibleWorld();
        addAt(entry, visible.centerX(), visible.centerY());
    }

    // ---- wheel and keys -------------------------------------------------------------------

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            canvas.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        } else {
            canvas.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case SPACE -> {
                spaceDown = true;
                canvas.setCursor(Cursor.OPEN_HAND);
            }
            case DELETE, BACK_SPACE -> deleteSelection();
            case LEFT, RIGHT, UP, DOWN -> nudge(e);
            case F2 -> {
                String single = doc.singleSelection();
                if (single != null) {
                    rename(single);
                }
            }
            case ESCAPE -> {
                if (mode == Mode.MOVE && drag != null) {
                    finishMove(true);
                    canvas.endLive();
                    mode = Mode.NONE;
                } else {
                    doc.selection().clear();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void keyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (e.isShortcutDown() || e.isAltDown() || ch.isEmpty() || !Character.isLetterOrDigit(ch.charAt(0))) {
            return;
        }
        quickAdd.accept(ch);
        e.consume();
    }

    public void deleteSelection() {
        if (!doc.selection().isEmpty()) {
            doc.execute(new RemoveElements(Set.copyOf(doc.selection())));
        }
    }

    private void nudge(KeyEvent e) {
        double step = e.isShiftDown() ? DiagramCanvas.GRID : 1;
        double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
        double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
        Set<String> moving = movingIds();
        if (!moving.isEmpty()) {
            doc.execute(new MoveNodes(moving, dx, dy, null));
        }
    }

    /** Opens the in-place editor on a node's label or an edge's label. */
    public void rename(String id) {
        Diagram d = doc.diagram();
        d.node(id).ifPresent(n -> {
            Bounds b = NodeKinds.isContainerOrGroup(canvas.document().palette(), n) ? Geometry.shapeOf(d, n) : n.bounds();
            boolean box = NodeKinds.isContainerOrGroup(canvas.document().palette(), n);
            Point2D at = box ? canvas.toView(b.x() + 28, b.y() + 2) : canvas.toView(b.centerX(), b.maxY() + 2);
            inline.edit(n.label() == null ? "" : n.label(), at, box, text -> doc.execute(new com.cloudwright.model.SetLabel(id, text)));
        });
        d.edge(id).ifPresent(edge -> {
            Point mid = EdgeRouter.labelAnchor(EdgeRouter.route(d, edge));
            Point2D at = canvas.toView(mid.x(), mid.y() - 10);
            inline.edit(edge.label() == null ? "" : edge.label(), at, false, text -> doc.execute(UpdateEdge.label(id, text)));
        });
    }
}
