package dcplanner.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dcplanner.io.Values;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.InvalidInputException;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;

/**
 * What it takes to pass: for each failing rule, the cheapest single change (lowest total cost of
 * ownership from the evaluate model) among the supply-air temperature, the cooling technology and
 * the design level that makes the scenario pass it. Every candidate is a full evaluation of the
 * scenario with that one input changed; nothing is estimated.
 *
 * <p>The candidates come from the parameter catalogue: every whole degree of {@code supply_air_c}
 * in its allowed range, every other {@code cooling} technology, and every other choice of each
 * further parameter in {@link #SEARCHED} that the catalogue declares ({@code design_level}).
 */
public final class PassSearch {

    /** The inputs a single change may touch, in the order candidates are tried. */
    public static final List<String> SEARCHED = List.of("supply_air_c", "cooling", "design_level");

    /** One input changed to one value. */
    public record Change(String parameter, String value) {

        /** As it would be typed: {@code --cooling immersion}. */
        public String asOption() {
            return "--" + parameter.replace('_', '-') + " " + value;
        }
    }

    /** A change that passes a rule, with what it gives and costs. */
    public record Fix(Change change, double value, double margin, double tcoNpvUsd, double tcoChangeUsd) {
    }

    /** The search's answer for one failing rule: a fix, or none among the candidates tried. */
    public record Outcome(CheckResult failing, Optional<Fix> fix, int candidatesTried) {
    }

    private PassSearch() {
    }

    /** The single changes to try from the base scenario, read from the catalogue. */
    public static List<Change> candidates(ParameterCatalogue catalogue, Scenario base) {
        List<Change> changes = new ArrayList<>();
        for (String name : SEARCHED) {
            Optional<Parameter> found = catalogue.find(name);
            if (found.isEmpty() || !base.has(name)) {
                continue;
            }
            Parameter parameter = found.get();
            String current = base.find(name).get().text();
            if (parameter.kind() == Parameter.Kind.CHOICE) {
                parameter.choices().stream().filter(c -> !c.equals(current)).forEach(c -> changes.add(
                        new Change(name, c)));
            } else if (parameter.isNumeric()) {
                double now = base.number(name);
                for (long degree = (long) Math.ceil(parameter.min()); degree <= parameter.max(); degree++) {
                    if (degree != now) {
                        changes.add(new Change(name, String.valueOf(degree)));
                    }
                }
            }
        }
        return changes;
    }

    /**
     * Searches a fix for every failing check. {@code baseInputs} are the inputs the base scenario
     * was resolved from; each candidate is those inputs with one changed.
     */
    public static List<Outcome> search(EvaluationService service, Map<String, String> baseInputs, Evaluation base,
            List<CheckResult> checks) {
        List<CheckResult> failing = checks.stream().filter(c -> !c.pass()).toList();
        List<Outcome> outcomes = new ArrayList<>();
        if (failing.isEmpty()) {
            return outcomes;
        }
        List<Evaluation> evaluated = new ArrayList<>();
        List<Change> tried = new ArrayList<>();
        for (Change change : candidates(service.resolver().catalogue(), base.scenario())) {
            Map<String, String> inputs = new LinkedHashMap<>(baseInputs);
            inputs.put(change.parameter(), change.value());
            try {
                evaluated.add(service.evaluate(inputs));
                tried.add(change);
            } catch (InvalidInputException e) {
                // the change is not allowed with the other inputs (a range that depends on them): not a candidate
            }
        }
        double baseTco = base.lifecycle().tcoNpvUsd();
        for (CheckResult check : failing) {
            Fix best = null;
            for (int i = 0; i < evaluated.size(); i++) {
                CheckResult after = PolicyChecks.check(evaluated.get(i), check.rule());
                double tco = evaluated.get(i).lifecycle().tcoNpvUsd();
                if (after.pass() && (best == null || tco < best.tcoNpvUsd())) {
                    best = new Fix(tried.get(i), after.value(), after.margin(), tco, tco - baseTco);
                }
            }
            outcomes.add(new Outcome(check, Optional.ofNullable(best), tried.size()));
        }
        return outcomes;
    }

    /** One line for a person: what to change and what it costs. */
    public static String describe(Outcome outcome) {
        PolicyRule rule = outcome.failing().rule();
        if (outcome.fix().isEmpty()) {
            return rule.ruleId() + ": no single change of " + String.join(", ", SEARCHED) + " passes ("
                    + outcome.candidatesTried() + " tried)";
        }
        Fix fix = outcome.fix().get();
        double change = fix.tcoChangeUsd();
        return rule.ruleId() + ": " + fix.change().asOption() + " gives " + rule.metric().id() + " "
                + Values.plain(fix.value(), 3, rule.metric().id()) + " (limit " + rule.direction().symbol() + " "
                + Values.plain(rule.limit(), 3, "limit") + "); total cost of ownership "
                + (change >= 0 ? "+" : "-") + String.format(java.util.Locale.ROOT, "%,.0f", Math.abs(change))
                + " USD (NPV)";
    }
}
