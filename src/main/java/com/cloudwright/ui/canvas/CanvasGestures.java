package com.cloudwright.ui.canvas;

import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.palette.PaletteDrag;
import com.cloudwright.edit.BendSession;
import com.cloudwright.edit.ResizeSession;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.model.RemoveElements;
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

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns mouse and keyboard input on the canvas into commands. A press chooses the gesture tool
 * (pan, move, rubber band, resize, connect, bend: {@link GestureTool}) and this routes the drag,
 * release and Escape to it; clicks, the wheel and keys (zoom, nudge, delete, rename in place,
 * type to add) and drops from the palette ({@link PaletteDrops}) are handled here directly.
 */
public final class CanvasGestures {

    private static final double DRAG_THRESHOLD = 3;

    private final ToolContext ctx;
    private final DiagramCanvas canvas;
    private final Document doc;
    private final InlineEditor inline;
    private final PaletteDrops drops;
    private Consumer<String> quickAdd = text -> { };

    /** The gesture under way, chosen on press; null between gestures (and for a press that only selects). */
    private GestureTool tool;
    private boolean started;
    private Point2D pressView;
    private boolean spaceDown;

    public CanvasGestures(DiagramCanvas canvas, PaletteDrag paletteDrag, InlineEditor inline) {
        this.ctx = new ToolContext(canvas);
        this.canvas = canvas;
        this.doc = canvas.document();
        this.inline = inline;
        this.drops = new PaletteDrops(ctx, paletteDrag);

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, drops::dragOver);
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> {
            canvas.overlays().clearDrop();
            canvas.requestRepaint();
        });
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, drops::dropped);
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

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        inline.commit();
        pressView = new Point2D(e.getX(), e.getY());
        Point2D pressWorld = canvas.toWorld(e.getX(), e.getY());
        started = false;
        tool = null;
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            tool = new PanTool(ctx, e, () -> spaceDown);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            selectForContextMenu(pressWorld);
            return;
        }
        if (e.getClickCount() > 1) {
            return;
        }
        tool = toolOnHandle(pressWorld);
        if (tool != null) {
            return;
        }
        Diagram d = doc.diagram();
        String hit = ctx.hitAt(pressWorld.getX(), pressWorld.getY());
        boolean toggle = e.isShiftDown() || e.isShortcutDown();
        if (hit == null) {
            if (!toggle) {
                doc.selection().clear();
            }
            tool = new RubberBandTool(ctx, pressWorld);
            return;
        }
        if (toggle) {
            if (!doc.selection().remove(hit)) {
                doc.selection().add(hit);
            }
        } else if (!doc.selection().contains(hit)) {
            doc.select(hit);
        }
        if (d.node(hit).isPresent() && doc.selection().contains(hit)) {
            tool = new MoveTool(ctx, pressWorld, d.requireNode(hit).bounds());
        }
    }

    /** A resize, connect or bend when the press is on a handle of the single selection; else null. */
    private GestureTool toolOnHandle(Point2D pressWorld) {
        String single = doc.singleSelection();
        if (single == null) {
            return null;
        }
        Diagram d = doc.diagram();
        double x = pressWorld.getX();
        double y = pressWorld.getY();
        double tolerance = ctx.tolerance();
        Node n = d.node(single).orElse(null);
        if (n != null) {
            boolean group = NodeKinds.isGroup(doc.palette(), n);
            if (!NodeKinds.isContainerOrGroup(doc.palette(), n) || group) {
                Point c = Handles.connectHandle(Geometry.shapeOf(d, n), canvas.scale());
                if (Math.hypot(c.x() - x, c.y() - y) <= tolerance) {
                    return new ConnectTool(ctx, n.id(), c);
                }
            }
            Handles.Resize r = group ? null : Handles.resizeAt(n.bounds(), x, y, tolerance);
            return r == null ? null : new ResizeTool(ctx, r, ResizeSession.begin(d, doc.palette(), n.id()));
        }
        Edge edge = d.edge(single).orElse(null);
        if (edge != null) {
            List<Point> route = EdgeRouter.route(d, edge);
            List<Point> middles = Handles.segmentMiddles(route);
            for (int i = 0; i < middles.size(); i++) {
                Point m = middles.get(i);
                if (Math.abs(m.x() - x) <= tolerance && Math.abs(m.y() - y) <= tolerance) {
                    return new BendTool(ctx, BendSession.begin(d, edge.id(), route, i));
                }
            }
        }
        return null;
    }

    private void selectForContextMenu(Point2D w) {
        String hit = ctx.hitAt(w.getX(), w.getY());
        if (hit != null && !doc.selection().contains(hit)) {
            doc.select(hit);
        } else if (hit == null) {
            doc.selection().clear();
        }
    }

    private void dragged(MouseEvent e) {
        if (tool == null) {
            return;
        }
        Point2D world = canvas.toWorld(e.getX(), e.getY());
        if (tool.waitsForThreshold()) {
            if (!started && pressView != null && pressView.distance(e.getX(), e.getY()) < DRAG_THRESHOLD) {
                return;
            }
            if (!started) {
                tool.start();
            }
            started = true;
        }
        tool.drag(e, world);
    }

    private void released(MouseEvent e) {
        if (tool != null) {
            tool.release(e);
        }
        Overlays o = canvas.overlays();
        o.rubberBand = null;
        o.connectFrom = null;
        o.connectTo = null;
        o.clearGuides();
        canvas.endLive();
        canvas.requestRepaint();
        tool = null;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) {
            return;
        }
        Point2D w = canvas.toWorld(e.getX(), e.getY());
        String hit = ctx.hitAt(w.getX(), w.getY());
        if (hit == null) {
            quickAdd.accept("");
        } else {
            doc.select(hit);
            rename(hit);
        }
    }

    /** Connects two nodes if the palette says the caller may call the callee; says why not otherwise. */
    void connect(String from, String to) {
        ConnectTool.connect(doc, from, to);
    }

    /**
     * Adds a node of the entry centred on the world point and selects it; refused (with the
     * reason) when the container there may not hold it.
     */
    public void addAt(PaletteEntry entry, double worldX, double worldY) {
        drops.addAt(entry, worldX, worldY);
    }

    /**
     * Quick add: a node of the entry into the selected container (or the container of the selected
     * node, or the nearest enclosing one that may hold it) at a free spot; a subnet gets the next
     * free CIDR of its VPC. What was typed to find it may preset properties ("public subnet").
     * With nothing selected, at a free spot in the view. With {@code connect}, also connected to
     * the selected node, whichever way the palette allows.
     */
    public void addToSelectedContainer(PaletteEntry entry, String typed, boolean connect) {
        drops.addToSelectedContainer(entry, typed, connect);
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
            Bounds view = canvas.visibleWorld();
            double s = canvas.scale();
            Bounds content = com.cloudwright.render.Geometry.contentBounds(doc.diagram());
            canvas.panBy(WheelBounds.bounded(e.getDeltaX() / s, view.x(), view.w(),
                            content == null ? null : content.x(), content == null ? null : content.maxX()) * s,
                    WheelBounds.bounded(e.getDeltaY() / s, view.y(), view.h(),
                            content == null ? null : content.y(), content == null ? null : content.maxY()) * s);
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
                if (tool != null && tool.cancel()) {
                    canvas.endLive();
                    tool = null;
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
        Set<String> moving = ctx.movingIds();
        if (!moving.isEmpty()) {
            doc.execute(new MoveNodes(moving, dx, dy, null));
        }
    }

    /** Opens the in-place editor on a node's label or an edge's label. */
    public void rename(String id) {
        Diagram d = doc.diagram();
        d.node(id).ifPresent(n -> {
            Bounds b = NodeKinds.isContainerOrGroup(doc.palette(), n) ? Geometry.shapeOf(d, n) : n.bounds();
            boolean box = NodeKinds.isContainerOrGroup(doc.palette(), n);
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
