package com.cloudwright.ui.canvas;

import com.cloudwright.edit.ConnectionTarget;
import com.cloudwright.edit.Connections;
import com.cloudwright.model.AddEdge;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Point;
import com.cloudwright.ui.common.Document;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/** Drags from a node's connect handle to another node; connects them if the palette allows that call. */
final class ConnectTool implements GestureTool {

    private final ToolContext ctx;
    private final String from;

    ConnectTool(ToolContext ctx, String from, Point handle) {
        this.ctx = ctx;
        this.from = from;
        ctx.canvas.overlays().connectFrom = handle;
    }

    @Override
    public void drag(MouseEvent e, Point2D world) {
        ctx.canvas.overlays().connectTo = new Point(world.getX(), world.getY());
        ctx.canvas.requestRepaint();
    }

    @Override
    public void release(MouseEvent e) {
        Point2D w = ctx.canvas.toWorld(e.getX(), e.getY());
        String target = ConnectionTarget.at(ctx.doc.palette(), ctx.doc.diagram(), from,
                ctx.hitAt(w.getX(), w.getY()), w.getX(), w.getY());
        if (target != null && ctx.doc.diagram().node(target).isPresent()) {
            connect(ctx.doc, from, target);
        }
    }

    /** Connects two nodes if the palette says the caller may call the callee; says why not otherwise. */
    static void connect(Document doc, String from, String to) {
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
        doc.execute(new AddEdge(edge, Connections.name(doc.palette(), d, d.requireNode(from)),
                Connections.name(doc.palette(), d, d.requireNode(to))));
        doc.select(edge.id());
        doc.say("");   // a refusal said before no longer describes the canvas
    }
}
