package com.cloudwright.ui.problems;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Document;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.validate.LiveValidator;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleInfo;
import com.cloudwright.validate.ValidationReport;
import com.cloudwright.validate.Validator;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The open document's validation, as the problems panel, the badges and the menus see it. A
 * {@link LiveValidator} validates every edit on one background thread (the FX thread only takes a
 * snapshot of the diagram); reports come back on the FX thread, where a report older than the one
 * shown, or one for a diagram no longer open, is dropped. Opening or starting a document starts
 * afresh. FX thread only.
 */
final class ProblemsModel {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** One thread for every document, so that runs stay in order and never compete with each other. */
    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cloudwright-validation");
        t.setDaemon(true);
        return t;
    });

    private final Document doc;
    private final Validator validator;
    private final Executor worker;
    private final Executor deliver;
    private final ReadOnlyObjectWrapper<ValidationReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    /** The nodes with a badge: containers first, so that services' badges are painted over theirs. */
    private List<String> badged = List.of();
    private LiveValidator live;

    ProblemsModel(Document doc) {
        this(doc, new Validator(doc.palette()), WORKER, Platform::runLater);
    }

    /**
     * @param worker  runs validations, in order
     * @param deliver hands reports back to the FX thread
     */
    ProblemsModel(Document doc, Validator validator, Executor worker, Executor deliver) {
        this.doc = doc;
        this.validator = validator;
        this.worker = worker;
        this.deliver = deliver;
        doc.diagramProperty().addListener((o, before, after) -> attach(after));
        attach(doc.diagram());
    }

    /** The report shown; {@code report().revision()} is the diagram revision it describes. */
    ReadOnlyObjectProperty<ValidationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    ValidationReport report() {
        return report.get();
    }

    /** The shown report's problems as table rows, in the report's order (errors first). */
    ObservableList<ProblemRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** "2 errors, 3 warnings", or "No problems". */
    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    List<String> badgedNodes() {
        return badged;
    }

    /** True when the shown report describes the diagram as it is now. */
    boolean upToDate() {
        return report.get() != null && report.get().revision() == doc.diagram().revision();
    }

    Document document() {
        return doc;
    }

    /** The rule's metadata (title, general fix hint, documentation), when the rule is known. */
    Optional<RuleInfo> rule(String ruleId) {
        return validator.rules().rule(ruleId).map(Rule::info);
    }

    /** What to do about the problem: its own hint, else the rule's general one. */
    String hintOf(Problem problem) {
        if (!problem.hint().isBlank()) {
            return problem.hint();
        }
        return rule(problem.ruleId()).map(RuleInfo::fixHint).orElse("");
    }

    /** Repairs for the problem, for the diagram as it is now; none when its nodes are gone. */
    List<QuickFix> quickFixes(Problem problem) {
        Diagram d = doc.diagram();
        if (live == null || !problem.nodeIds().stream().allMatch(d::contains)) {
            return List.of();
        }
        try {
            return live.quickFixes(problem);
        } catch (RuntimeException e) {
            doc.say(TEXT.get("problems.fix.failed", problem.ruleId(), String.valueOf(e.getMessage())));
            return List.of();
        }
    }

    /** Every distinct repair for the problems about one node or edge, in the report's order. */
    List<QuickFix> quickFixesFor(String id) {
        ValidationReport r = report.get();
        if (r == null) {
            return List.of();
        }
        List<QuickFix> out = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        for (Problem p : r.problemsOf(id)) {
            for (QuickFix fix : quickFixes(p)) {
                if (titles.add(fix.title())) {
                    out.add(fix);
                }
            }
        }
        return out;
    }

    /** Applies a repair as one undo step (named after the fix in the Edit menu). */
    void apply(QuickFix fix) {
        try {
            doc.execute(fix.command());
            doc.say(TEXT.get("problems.fixed", fix.title()));
        } catch (RuntimeException e) {
            doc.say(TEXT.get("problems.fix.failed", fix.ruleId(), String.valueOf(e.getMessage())));
        }
    }

    /** Selects where the problem is: its first node, else its first connection. */
    String select(Problem problem) {
        Diagram d = doc.diagram();
        String target = problem.nodeIds().stream().filter(d::contains).findFirst()
                .or(() -> problem.edgeIds().stream().filter(d::contains).findFirst())
                .orElse(null);
        if (target != null) {
            doc.select(target);
        }
        return target;
    }

    private void attach(Diagram diagram) {
        if (live != null) {
            live.close();
        }
        LiveValidator next = LiveValidator.inBackground(validator, diagram, worker, deliver);
        live = next;
        next.addListener(r -> {
            if (live == next) {
                offer(r);
            }
        });
        show(next.current());
    }

    /** Shows a report unless a newer one is shown already. */
    private void offer(ValidationReport r) {
        ValidationReport shown = report.get();
        if (shown != null && r.revision() < shown.revision()) {
            return;
        }
        show(r);
    }

    private void show(ValidationReport r) {
        ValidationReport shown = report.get();
        if (shown != null && r.problems() == shown.problems()) {
            report.set(r); // the same findings carried over to a later revision (a drag): nothing to rebuild
            return;
        }
        Diagram d = doc.diagram();
        List<ProblemRow> next = new ArrayList<>(r.problems().size());
        Set<String> containers = new LinkedHashSet<>();
        Set<String> services = new LinkedHashSet<>();
        for (Problem p : r.problems()) {
            next.add(new ProblemRow(p, p.node().map(id -> where(d, id)).orElse("")));
            for (String id : p.nodeIds()) {
                Node n = d.node(id).orElse(null);
                boolean container = n != null && (NodeTypes.isContainer(n.type()) || NodeTypes.isOverlayGroup(n.type()));
                (container ? containers : services).add(id);
            }
        }
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
        List<String> badges = new ArrayList<>(containers);
        services.stream().filter(id -> !containers.contains(id)).forEach(badges::add);
        badged = List.copyOf(badges);
        summary.set(ProblemSummary.of(r.counts()));
        report.set(r);
    }

    /** A node as the table names it: its label, or its kind and id when it has none. */
    private String where(Diagram d, String id) {
        return d.node(id).map(n -> n.label() != null && !n.label().isBlank() ? n.label()
                : doc.palette().entry(n.type()).map(e -> e.displayLabel() + " " + n.id()).orElse(n.id())).orElse(id);
    }
}
