/**
 * The rule engine: checks a {@link com.cloudwright.model.Diagram} against how AWS works.
 *
 * <h2>For the editor</h2>
 * <ul>
 * <li>{@link com.cloudwright.validate.LiveValidator}: {@code new LiveValidator(new Validator(palette), diagram)}
 *     keeps {@code current()} up to date and calls listeners after every edit, undo or redo, on the
 *     editing (FX) thread. Drags (geometry-only edits) cost microseconds; other edits re-run every
 *     rule (2.5–5 ms for 1,000 nodes). For diagrams of thousands of nodes use
 *     {@code LiveValidator.inBackground(validator, diagram, worker, Platform::runLater)}: the FX
 *     thread only takes a snapshot (0.15 ms per 1,000 nodes).</li>
 * <li>{@link com.cloudwright.validate.ValidationReport}: {@code problems()} sorted (errors first),
 *     {@code problemsOf(nodeOrEdgeId)} and {@code worstOf(id)} for badges, {@code counts()},
 *     {@code revision()} (the diagram revision it describes).</li>
 * <li>{@link com.cloudwright.validate.Problem}: rule id, severity, node ids (the one to select
 *     first), edge ids, message and fix hint, all plain data.</li>
 * <li>{@link com.cloudwright.validate.QuickFix}: {@code live.quickFixes(problem)} gives titled
 *     repairs; {@code diagram.history().execute(fix.command())} applies one as a single undo step.</li>
 * <li>{@link com.cloudwright.validate.RuleSet#discovered()}: rule metadata (title, description,
 *     pillar, AWS documentation link) by id, for tooltips and the rule reference.</li>
 * </ul>
 *
 * <h2>Adding a rule</h2>
 * One class in {@code rules/<group>}, extending {@link com.cloudwright.validate.AbstractRule},
 * annotated {@code @AutoService(Rule.class)} (that registers it for {@link java.util.ServiceLoader}),
 * with its texts under {@code <id>.*} in {@code messages.properties}, a row in the group's rule
 * table test, and {@code docs/rules.md} regenerated with {@code cloudwright rules --format markdown}.
 * Rules read facts the palette carries (placement, multi-subnet, targets, ports, defaults) through
 * the palette, and shared derived facts through {@link com.cloudwright.validate.Topology}.
 */
package com.cloudwright.validate;
