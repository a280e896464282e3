package com.cloudwright.validate;

import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.model.SetNodeProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LiveValidatorTest {

    /** Counts runs: a test probe, not a product rule (those keep no state). */
    static final class CountingRule implements Rule {
        final AtomicInteger runs = new AtomicInteger();
        private final RuleInfo info = new RuleInfo("CW-K999", Severity.INFO, Pillar.COST_OPTIMIZATION, "count", "count",
                "count", "https://example.com", "");

        @Override
        public RuleInfo info() {
            return info;
        }

        @Override
        public List<Problem> check(RuleContext context) {
            runs.incrementAndGet();
            return List.of();
        }
    }

    private final CountingRule counter = new CountingRule();
    private final Validator validator;

    LiveValidatorTest() {
        List<Rule> rules = new ArrayList<>(RuleSet.discovered().rules());
        rules.add(counter);
        validator = new Validator(Fixture.palette(), RuleSet.of(rules));
    }

    private static boolean hasP004(ValidationReport r) {
        return r.problems().stream().anyMatch(p -> p.ruleId().equals("CW-P004"));
    }

    @Test
    void anEditRevalidatesBeforeItReturnsAndUndoBringsTheProblemBack() {
        Diagram d = Fixture.web().build();
        List<ValidationReport> heard = new ArrayList<>();
        try (LiveValidator live = new LiveValidator(validator, d)) {
            live.addListener(heard::add);
            d.history().execute(new AddNode(new Node("db2", "rds", "pub-a", new Bounds(0, 0, 64, 64), Props.EMPTY)));
            assertThat(hasP004(live.current())).isTrue();
            assertThat(live.current().revision()).isEqualTo(d.revision());
            assertThat(live.current().problemsOf("db2")).isNotEmpty();

            Problem p = live.current().problemsOf("db2").stream().filter(x -> x.ruleId().equals("CW-P004")).findFirst().orElseThrow();
            d.history().execute(live.quickFixes(p).get(0).command());
            assertThat(hasP004(live.current())).isFalse();
            d.history().undo();
            assertThat(hasP004(live.current())).isTrue();
            assertThat(heard).hasSize(3);
        }
        d.history().redo();
        assertThat(heard).as("closed: no more reports").hasSize(3);
    }

    @Test
    void aMoveChangesNothingRulesReadSoNothingIsRevalidated() {
        Diagram d = Fixture.web().parent("db", "pub-a").build();
        try (LiveValidator live = new LiveValidator(validator, d)) {
            int runs = counter.runs.get();
            ValidationReport before = live.current();
            Object drag = new Object();
            d.history().execute(new MoveNodes(Set.of("db"), 10, 5, drag));
            d.history().execute(new MoveNodes(Set.of("vpc"), 10, 5, drag));
            assertThat(counter.runs.get()).isEqualTo(runs);
            assertThat(live.current().revision()).isEqualTo(d.revision());
            assertThat(live.current().problems()).isEqualTo(before.problems());

            d.history().execute(new SetNodeProperty("db", "multiAz", false));
            assertThat(counter.runs.get()).isEqualTo(runs + 1);
            d.history().execute(new SetNodeProperty("db", "multiAz", false));
            assertThat(counter.runs.get()).as("a property set to its value").isEqualTo(runs + 1);
        }
    }

    @Test
    void inTheBackgroundOnlyTheNewestEditIsValidatedAndDeliveredThroughTheGivenExecutor() {
        Diagram d = Fixture.web().build();
        Deque<Runnable> worker = new ArrayDeque<>();
        Deque<Runnable> fx = new ArrayDeque<>();
        try (LiveValidator live = LiveValidator.inBackground(validator, d, worker::add, fx::add)) {
            List<ValidationReport> heard = new ArrayList<>();
            live.addListener(heard::add);
            int runs = counter.runs.get();
            d.history().execute(new SetNodeProperty("db", "multiAz", false));
            d.history().execute(new SetNodeProperty("db", "encrypted", false));
            d.history().execute(new MoveNodes(Set.of("db"), 4, 4, null));
            assertThat(live.current().revision()).as("nothing delivered yet").isLessThan(d.revision());
            assertThat(worker).hasSize(2);
            while (!worker.isEmpty()) {
                worker.poll().run();
            }
            assertThat(counter.runs.get()).as("the overtaken run is skipped").isEqualTo(runs + 1);
            assertThat(heard).isEmpty();
            while (!fx.isEmpty()) {
                fx.poll().run();
            }
            assertThat(heard).hasSize(1);
            assertThat(live.current().revision()).isEqualTo(d.revision());
            assertThat(live.current().problems()).extracting(Problem::ruleId).contains("CW-R002", "CW-S002");

            d.history().execute(new MoveNodes(Set.of("db"), 4, 4, null));
            assertThat(worker).isEmpty();
            assertThat(live.current().revision()).isEqualTo(d.revision());
        }
    }
}
