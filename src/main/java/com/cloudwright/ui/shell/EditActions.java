package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.canvas.DiagramCanvas;
import com.cloudwright.ui.common.Document;
import com.cloudwright.edit.AddMembers;
import com.cloudwright.edit.AlignNodes;
import com.cloudwright.edit.Alignment;
import com.cloudwright.edit.Axis;
import com.cloudwright.edit.Clipboard;
import com.cloudwright.edit.ClipboardContent;
import com.cloudwright.edit.DistributeNodes;
import com.cloudwright.edit.EditRefusedException;
import com.cloudwright.edit.FitToContents;
import com.cloudwright.edit.GroupAs;
import com.cloudwright.edit.Paste;
import com.cloudwright.edit.PastePosition;
import com.cloudwright.edit.RemoveMembers;
import com.cloudwright.edit.TidyUp;
import com.cloudwright.edit.Ungroup;
import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.model.Command;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.RemoveElements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Edit and Arrange commands on the selection: cut, copy, paste, duplicate, group, ungroup,
 * align, distribute, fit to contents, tidy layout. A refused edit says why in the status bar and changes nothing.
 */
final class EditActions {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** Ctrl+V puts the copies a grid step down and right of the originals. */
    private static final double PASTE_OFFSET = DiagramCanvas.GRID;

    private final Document doc;
    private final DiagramCanvas canvas;
    /** What this window copied last; the system clipboard holds it as text for other windows. */
    private ClipboardContent copied;

    EditActions(Document doc, DiagramCanvas canvas) {
        this.doc = doc;
        this.canvas = canvas;
    }

    boolean hasNodeSelected() {
        Diagram d = doc.diagram();
        return doc.selection().stream().anyMatch(id -> d.node(id).isPresent());
    }

    boolean singleIsGroup() {
        String single = doc.singleSelection();
        return single != null && doc.diagram().node(single).map(n -> NodeTypes.isOverlayGroup(n.type())).orElse(false);
    }

    void copy() {
        if (!hasNodeSelected()) {
            return;
        }
        copied = Clipboard.copy(doc.diagram(), doc.selection());
        try {
            javafx.scene.input.ClipboardContent text = new javafx.scene.input.ClipboardContent();
            text.putString(copied.toText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(text);
        } catch (RuntimeException noSystemClipboard) {
            // headless or no clipboard service: this window still pastes what it copied
        }
        doc.say(TEXT.get("edit.copied", copied.nodes().size()));
    }

    void cut() {
        if (!hasNodeSelected()) {
            return;
        }
        copy();
        doc.execute(new RemoveElements(Set.copyOf(doc.selection())));
    }

    /** Pastes a grid step away from the originals, into the selected container when one is selected. */
    void paste() {
        ClipboardContent content = fromSystemClipboard();
        if (content == null || content.isEmpty()) {
            doc.say(TEXT.get("edit.nothingToPaste"));
            return;
        }
        String target = selectedContainer();
        Paste paste = new Paste(doc.palette(), content, PastePosition.offset(PASTE_OFFSET, PASTE_OFFSET), target);
        if (run(paste)) {
            selectAll(paste.pastedIds());
        }
    }

    void duplicate() {
        if (!hasNodeSelected()) {
            return;
        }
        Paste duplicate = Paste.duplicate(doc.palette(), doc.diagram(), doc.selection());
        if (run(duplicate)) {
            selectAll(duplicate.pastedIds());
        }
    }

    /** Makes an overlay group (Auto Scaling group, security group) of the selected services. */
    void groupAs(String type) {
        List<String> members = selectedNodes();
        if (members.isEmpty()) {
            doc.say(TEXT.get("edit.selectToGroup"));
            return;
        }
        GroupAs group = new GroupAs(doc.palette(), type, members);
        if (run(group)) {
            doc.select(group.groupId());
        }
    }

    /**
     * With one overlay group and some services selected: the group, and the services that are not
     * yet its members. Empty otherwise.
     */
    java.util.Optional<Node> groupToJoin() {
        Diagram d = doc.diagram();
        List<Node> groups = selectedNodes().stream().map(d::requireNode).filter(n -> NodeTypes.isOverlayGroup(n.type())).toList();
        if (groups.size() != 1 || newMembersOf(groups.get(0)).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(groups.get(0));
    }

    List<String> newMembersOf(Node group) {
        List<String> members = group.props().strings(NodeTypes.MEMBERS);
        return selectedNodes().stream().filter(id -> !id.equals(group.id()) && !members.contains(id)).toList();
    }

    /** Adds the other selected services to the one selected group. */
    void joinGroup() {
        groupToJoin().ifPresent(group -> run(new AddMembers(doc.palette(), group.id(), newMembersOf(group))));
    }

    /** The overlay groups the one selected node belongs to. */
    List<Node> groupsOfSelection() {
        String single = doc.singleSelection();
        return single == null || doc.diagram().node(single).isEmpty() ? List.of() : doc.diagram().groupsOf(single);
    }

    void leaveGroup(Node group) {
        String single = doc.singleSelection();
        if (single != null) {
            run(new RemoveMembers(doc.palette(), group.id(), List.of(single)));
        }
    }

    void ungroup() {
        for (String id : selectedNodes()) {
            Node n = doc.diagram().requireNode(id);
            if (NodeTypes.isOverlayGroup(n.type())) {
                run(new Ungroup(id));
            }
        }
    }

    void align(Alignment alignment) {
        List<String> ids = selectedNodes();
        if (ids.size() >= 2) {
            run(new AlignNodes(ids, alignment));
        }
    }

    void distribute(Axis axis) {
        List<String> ids = selectedNodes();
        if (ids.size() >= 3) {
            run(new DistributeNodes(ids, axis));
        }
    }

    /** Fits the selected containers (or all of them, with none selected) snugly around their contents. */
    void fitToContents() {
        Diagram d = doc.diagram();
        List<String> containers = new ArrayList<>();
        for (String id : selectedNodes()) {
            if (NodeTypes.isContainer(d.requireNode(id).type())) {
                containers.add(id);
            }
        }
        if (containers.isEmpty()) {
            d.nodes().stream().filter(n -> NodeTypes.isContainer(n.type())).forEach(n -> containers.add(n.id()));
        }
        if (!containers.isEmpty()) {
            run(new FitToContents(containers));
        }
    }

    /** Lays out the selection (or the whole diagram, with nothing selected) by the tidy-layout rules, as one undo step. */
    void tidyLayout() {
        if (doc.diagram().nodeCount() > 0) {
            run(new TidyUp(doc.palette(), selectedNodes()));
            canvas.requestRepaint();
        }
    }

    private boolean run(Command command) {
        try {
            doc.execute(command);
            doc.say(command.description());
            return true;
        } catch (EditRefusedException refused) {
            doc.say(refused.getMessage());
            return false;
        }
    }

    private ClipboardContent fromSystemClipboard() {
        try {
            var system = javafx.scene.input.Clipboard.getSystemClipboard();
            String text = system.hasString() ? system.getString() : null;
            if (text != null && ClipboardContent.looksLikeDiagram(text)
                    && (copied == null || !text.equals(copied.toText()))) {
                return ClipboardContent.fromText(doc.palette(), text);
            }
        } catch (DiagramFormatException notOurs) {
            doc.say(TEXT.get("edit.pasteRefused", notOurs.getMessage()));
            return null;
        } catch (RuntimeException noSystemClipboard) {
            // fall back to what this window copied
        }
        return copied;
    }

    private String selectedContainer() {
        String single = doc.singleSelection();
        if (single == null) {
            return null;
        }
        return doc.diagram().node(single).filter(n -> NodeTypes.isContainer(n.type())).map(Node::id).orElse(null);
    }

    private List<String> selectedNodes() {
        Diagram d = doc.diagram();
        return doc.selection().stream().filter(id -> d.node(id).isPresent()).toList();
    }

    private void selectAll(List<String> ids) {
        doc.selection().clear();
        doc.selection().addAll(ids);
        canvas.requestRepaint();
    }
}
