package com.cloudwright.ui.problems;

import com.cloudwright.ui.common.Document;
import com.cloudwright.model.SetParent;
import com.cloudwright.palette.Palette;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation view model without a window: the worker is a queue the test runs by hand and
 * reports are delivered at once, so every interleaving of edits, runs and documents is explicit.
 */
class ProblemsModelTest {

    private final Deque<Runnable> worker = new ArrayDeque<>();
    private Document doc;
    private ProblemsModel model;

    @BeforeEach
    void open() {
        doc = new Document(Palette.bundled());
        doc.replace(ProblemFixtures.twoSubnets("pub-a"), null);
        model = new ProblemsModel(doc, new Validator(doc.palette()), worker::add, Runnable::run);
    }

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    private boolean lists(String ruleId) {
        return model.rows().stream().anyMatch(r -> r.ruleId().equals(ruleId));
    }

    @Test
    void theFirstReportIsThereAtOnceAndEditsAreValidatedOffTheEditingThread() {
        assertThat(lists("CW-P004")).isTrue();
        assertThat(model.upToDate()).isTrue();
        assertThat(model.badgedNodes()).contains("db", "pub-a");
        assertThat(model.badgedNodes().indexOf("pub-a")).isLessThan(model.badgedNodes().indexOf("db"));

        doc.execute(new SetParent(Set.of("db"), "priv-a"));
        assertThat(model.upToDate()).isFalse();
        assertThat(lists("CW-P004")).isTrue(); // still the old report: nothing ran yet
        runWorker();
        assertThat(model.upToDate()).isTrue();
        assertThat(lists("CW-P004")).isFalse();
    }

    @Test
    void aRunOvertakenByANewerEditIsDropped() {
        doc.execute(new SetParent(Set.of("db"), "priv-a"));
        doc.execute(new SetParent(Set.of("db"), "pub-a"));
        long newest = doc.diagram().revision();
        runWorker();
        assertThat(model.report().revision()).isEqualTo(newest);
        assertThat(lists("CW-P004")).isTrue();
    }

    @Test
    void aNewDocumentStartsAfreshAndLateReportsOfTheOldOneAreIgnored() {
        doc.execute(new SetParent(Set.of("db"), "priv-a"));
        doc.replace(Document.blank(), null);
        assertThat(model.rows()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No problems");
        runWorker(); // the old diagram's run finishes after the switch
        assertThat(model.rows()).isEmpty();
        assertThat(model.report().revision()).isEqualTo(doc.diagram().revision());
    }

    @Test
    void aQuickFixIsOneUndoStepNamedAfterIt() {
        Problem p004 = model.report().problems().stream().filter(p -> p.ruleId().equals("CW-P004")).findFirst().orElseThrow();
        List<QuickFix> fixes = model.quickFixes(p004);
        assertThat(fixes).isNotEmpty();
        assertThat(model.quickFixesFor("db")).extracting(QuickFix::title).contains(fixes.get(0).title());

        model.apply(fixes.get(0));
        runWorker();
        assertThat(doc.diagram().requireNode("db").parent()).isEqualTo("priv-a");
        assertThat(lists("CW-P004")).isFalse();
        assertThat(doc.diagram().history().undoDescription()).contains(fixes.get(0).title());
        assertThat(doc.statusProperty().get()).contains(fixes.get(0).title());

        doc.diagram().history().undo();
        runWorker();
        assertThat(doc.diagram().requireNode("db").parent()).isEqualTo("pub-a");
        assertThat(lists("CW-P004")).isTrue();
    }

    @Test
    void selectingAProblemSelectsItsFirstNodeAndNoFixIsOfferedForNodesThatAreGone() {
        Problem p004 = model.report().problems().stream().filter(p -> p.ruleId().equals("CW-P004")).findFirst().orElseThrow();
        assertThat(model.select(p004)).isEqualTo("db");
        assertThat(doc.selection()).containsExactly("db");
        assertThat(model.hintOf(p004)).isNotBlank();

        doc.execute(new com.cloudwright.model.RemoveElements(Set.of("db")));
        assertThat(model.quickFixes(p004)).isEmpty();
        assertThat(model.select(p004)).isEqualTo("pub-a");
    }
}
