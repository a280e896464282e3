package com.cloudwright.ui.common;

import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document's observable revision is the shown diagram's own revision: one counter for every view. */
class DocumentTest {

    private final Document doc = new Document(Palette.bundled());
    private final List<Long> heard = new ArrayList<>();

    private void addNode(String id) {
        doc.execute(new AddNode(new Node(id, "s3", null, new Bounds(0, 0, 64, 64), Props.EMPTY)));
    }

    @Test
    void editsUndoAndRedoMoveTheDiagramsCounterAndTheDocumentsTogether() {
        doc.revisionProperty().addListener((o, before, now) -> heard.add(now.longValue()));
        addNode("a");
        addNode("b");
        doc.diagram().history().undo();
        doc.diagram().history().redo();
        assertThat(doc.revisionProperty().get()).isEqualTo(doc.diagram().revision()).isEqualTo(4);
        assertThat(heard).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void anotherDiagramGoesOnFromTheLastCountSoListenersHearIt() {
        addNode("a");
        addNode("b");
        long before = doc.revisionProperty().get();
        doc.revisionProperty().addListener((o, was, now) -> heard.add(now.longValue()));
        Diagram opened = new Diagram("opened", "us-east-1");

        doc.replace(opened, null);

        assertThat(opened.revision()).isGreaterThan(before);
        assertThat(doc.revisionProperty().get()).isEqualTo(opened.revision());
        assertThat(heard).containsExactly(opened.revision());
        addNode("c");
        assertThat(doc.revisionProperty().get()).isEqualTo(opened.revision()).isEqualTo(before + 2);
    }

    @Test
    void aDiagramThatCountedFurtherKeepsItsCount() {
        Diagram busy = new Diagram("busy", "us-east-1");
        for (int i = 0; i < 5; i++) {
            busy.history().execute(new AddNode(new Node("n" + i, "s3", null, new Bounds(0, 0, 64, 64), Props.EMPTY)));
        }
        doc.replace(busy, null);
        assertThat(busy.revision()).isEqualTo(5);
        assertThat(doc.revisionProperty().get()).isEqualTo(5);
    }

    @Test
    void aMessageFromBeforeGoesWhenTheNextActionSucceeds() {
        doc.say("Amazon S3 cannot send requests to Subnet");
        addNode("a");
        assertThat(doc.statusProperty().get()).isEmpty();
        doc.say("Added");
        assertThat(doc.statusProperty().get()).as("said after the action: stays").isEqualTo("Added");
    }
}
