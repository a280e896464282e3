package com.cloudwright.ui.canvas;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.edit.AddConnected;
import com.cloudwright.edit.EditRefusedException;
import com.cloudwright.edit.GrowToFit;
import com.cloudwright.edit.PlacementCheck;
import com.cloudwright.edit.Placer;
import com.cloudwright.edit.QuickAdd;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.CompositeCommand;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.palette.PaletteDrag;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseDragEvent;

import java.util.List;
import java.util.Set;

/**
 * New nodes on the canvas: a service dragged from the palette (the container it would land in is
 * highlighted, in the warning colour when it may not hold it), and the adds of the palette's
 * double click and of quick add.
 */
final class PaletteDrops {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final ToolContext ctx;
    private final DiagramCanvas canvas;
    private final Document doc;
    private final PaletteDrag paletteDrag;
    private final Placer placer;
    private final PlacementCheck placement;

    PaletteDrops(ToolContext ctx, PaletteDrag paletteDrag) {
        this.ctx = ctx;
        this.canvas = ctx.canvas;
        this.doc = ctx.doc;
        this.paletteDrag = paletteDrag;
        this.placer = new Placer(doc.palette());
        this.placement = new PlacementCheck(doc.palette());
    }

    void dragOver(MouseDragEvent e) {
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

    void dropped(MouseDragEvent e) {
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

    /** A node of the entry centred on the world point, selected; refused (with the reason) where the container may not hold it. */
    void addAt(PaletteEntry entry, double worldX, double worldY) {
        Node node = placer.create(doc.diagram(), entry, ctx.snap(worldX), ctx.snap(worldY));
        var problem = placement.placementProblem(doc.diagram(), entry.id(), node.parent());
        if (problem.isPresent() && node.parent() != null) {
            doc.say(TEXT.get("add.refused", problem.get()));
            return;
        }
        AddNode add = new AddNode(node);
        doc.execute(new CompositeCommand(add::description, List.of(add, new GrowToFit(node.parent()))));
        doc.select(node.id());
        canvas.reveal(node.bounds());
        // On the bare canvas anything may be sketched; the validator keeps the reminder.
        problem.ifPresent(doc::say);
    }

    /**
     * Quick add into the selected container (see {@link QuickAdd}), revealed in the view; with
     * {@code connect}, joined to the selected node as well ({@link AddConnected}).
     */
    void addToSelectedContainer(PaletteEntry entry, String typed, boolean connect) {
        String selected = doc.singleSelection();
        QuickAdd add = new QuickAdd(doc.palette(), entry, selected, canvas.visibleWorld(),
                entry.presetFor(typed)).labelled(entry.labelFor(typed).orElse(null));
        AddConnected connected = connect && selected != null ? new AddConnected(doc.palette(), add, selected) : null;
        try {
            doc.execute(connected != null ? connected : add);
        } catch (EditRefusedException refused) {
            doc.say(TEXT.get("add.refused", refused.getMessage()));
            return;
        }
        doc.select(add.addedId());
        canvas.reveal(doc.diagram().requireNode(add.addedId()).bounds());
        if (connected != null) {
            connected.refusal().ifPresent(doc::say);
        }
    }
}
