package dcplanner.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import dcplanner.energy.CoolingTechnology;
import dcplanner.policy.PolicyRule;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;

/**
 * Design search: the cheapest (or lowest-carbon) design over a grid of design choices (cooling
 * technology, supply air, liquid share, UPS type, redundancy, PV size...) that meets the given
 * limits, and the Pareto set of TCO against life-cycle CO2e.
 *
 * <p>A choice that the design's cooling technology does not use (liquid share for a chiller plant) is
 * left out of that design, so each distinct design is run once. Up to {@link #EXHAUSTIVE_LIMIT}
 * designs the search is exhaustive. Beyond that it is a heuristic: coordinate descent started once
 * per cooling technology (every other choice at its middle value), moving one choice at a time to its
 * best value until no single move improves the design; it finds a local optimum, not necessarily the
 * global one, and the result says so.
 */
public final class Optimiser {

    /** Largest design space searched exhaustively. */
    public static final int EXHAUSTIVE_LIMIT = 3000;

    /** What is minimised. */
    public enum Objective {
        TCO(StudyMetric.TCO_NPV_USD), CO2(StudyMetric.CO2_LIFECYCLE_T);

        private final StudyMetric metric;

        Objective(StudyMetric metric) {
            this.metric = metric;
        }

        public StudyMetric metric() {
            return metric;
        }
    }

    /** One design choice and the values searched (as they would be typed). */
    public record Dimension(String input, List<String> values) {
        public Dimension {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("no values to search for " + input);
            }
            values = List.copyOf(values);
        }
    }

    /**
     * Limits a design must meet; empty: no limit. {@code policyRules} are policy rules a design must
     * also meet ({@link StudyRules}: those that apply to the site), each on the study metric that is its
     * quantity; a rule on no study metric (the supply-air set point, an input) is not a constraint here.
     */
    public record Limits(OptionalDouble maxPue, OptionalDouble maxPueAt25PctLoad, OptionalDouble maxWue,
            OptionalDouble minRef, List<PolicyRule> policyRules) {

        public Limits {
            policyRules = policyRules.stream().filter(r -> StudyRules.studyMetric(r).isPresent()).toList();
        }

        /** Numeric limits only. */
        public Limits(OptionalDouble maxPue, OptionalDouble maxPueAt25PctLoad, OptionalDouble maxWue,
                OptionalDouble minRef) {
            this(maxPue, maxPueAt25PctLoad, maxWue, minRef, List.of());
        }

        public static Limits none() {
            return new Limits(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty());
        }

        /** How far {@code metrics} are outside the limits, as a sum of relative excesses (0: all met). */
        double violation(double[] metrics) {
            double rules = 0;
            for (PolicyRule rule : policyRules) {
                double margin = rule.direction().margin(metrics[StudyRules.studyMetric(rule).get().ordinal()],
                        rule.limit());
                rules += margin < 0 ? -margin / Math.max(Math.abs(rule.limit()), 1e-9) : 0;
            }
            return rules + above(metrics, StudyMetric.PUE, maxPue) + above(metrics, StudyMetric.PUE_AT_25PCT_LOAD,
                    maxPueAt25PctLoad) + above(metrics, StudyMetric.WUE, maxWue)
                    + (minRef.isPresent() ? Math.max(0, minRef.getAsDouble() - metrics[StudyMetric.REF.ordinal()])
                            : 0);
        }

        private static double above(double[] metrics, StudyMetric metric, OptionalDouble limit) {
            if (limit.isEmpty()) {
                return 0;
            }
            double excess = metrics[metric.ordinal()] - limit.getAsDouble();
            return excess > 0 ? excess / Math.max(limit.getAsDouble(), 1e-9) : 0;
        }
    }

    /** A design that was run: its choices and metrics (in {@link StudyMetric} order). */
    public record Design(Map<String, String> choices, double[] metrics, boolean feasible) {
    }

    /**
     * What the search found.
     *
     * @param method         "exhaustive" or the heuristic's name
     * @param spaceSize      distinct designs in the space
     * @param evaluated      designs run
     * @param feasible       designs run that meet the limits, best first
     * @param best           the first of them
     * @param pareto         feasible designs that no other feasible design beats on both TCO and CO2e, by TCO
     */
    public record Result(String method, int spaceSize, int evaluated, List<Design> feasible, List<Design> best,
            List<Design> pareto) {

        public int feasibleCount() {
            return feasible.size();
        }
    }

    private Optimiser() {
    }

    public static Result run(StudyRunner runner, Map<String, String> baseInputs, List<Dimension> dimensions,
            Objective objective, Limits limits, int keep) {
        return run(runner, baseInputs, dimensions, objective, limits, keep, EXHAUSTIVE_LIMIT);
    }

    /** As above, searching exhaustively only up to {@code exhaustiveLimit} designs. */
    static Result run(StudyRunner runner, Map<String, String> baseInputs, List<Dimension> dimensions,
            Objective objective, Limits limits, int keep, int exhaustiveLimit) {
        ParameterCatalogue catalogue = runner.service().resolver().catalogue();
        // the base scenario's technology (its default when not given) for designs that do not choose one
        baseInputs = new LinkedHashMap<>(baseInputs);
        baseInputs.put("cooling", runner.resolve(baseInputs).text("cooling"));
        List<Map<String, String>> space = space(catalogue, baseInputs, dimensions);
        Map<String, Design> evaluated = new LinkedHashMap<>();
        String method;
        if (space.size() <= exhaustiveLimit) {
            method = "exhaustive";
            evaluate(runner, baseInputs, space, limits, evaluated);
        } else {
            method = "heuristic: coordinate descent from each cooling technology (local optimum; the space has"
                    + " more than " + exhaustiveLimit + " designs)";
            coordinateDescent(runner, catalogue, baseInputs, dimensions, objective, limits, evaluated);
        }
        Comparator<Design> byObjective = Comparator.comparingDouble(d -> d.metrics()[objective.metric().ordinal()]);
        List<Design> feasible = evaluated.values().stream().filter(Design::feasible).sorted(byObjective).toList();
        return new Result(method, space.size(), evaluated.size(), feasible,
                feasible.subList(0, Math.min(keep, feasible.size())), pareto(feasible));
    }

    /** Feasible designs not beaten on both TCO and life-cycle CO2e by another, in rising TCO. */
    static List<Design> pareto(List<Design> designs) {
        int tco = StudyMetric.TCO_NPV_USD.ordinal();
        int co2 = StudyMetric.CO2_LIFECYCLE_T.ordinal();
        List<Design> sorted = new ArrayList<>(designs);
        sorted.sort(Comparator.comparingDouble((Design d) -> d.metrics()[tco]).thenComparingDouble(d -> d.metrics()[co2]));
        List<Design> front = new ArrayList<>();
        double lowestCo2 = Double.POSITIVE_INFINITY;
        for (Design d : sorted) {
            if (d.metrics()[co2] < lowestCo2) {
                front.add(d);
                lowestCo2 = d.metrics()[co2];
            }
        }
        return List.copyOf(front);
    }

    /** Every distinct design: choices the design's technology does not use are dropped. */
    static List<Map<String, String>> space(ParameterCatalogue catalogue, Map<String, String> baseInputs,
            List<Dimension> dimensions) {
        List<Map<String, String>> grid = new ArrayList<>();
        grid.add(new LinkedHashMap<>());
        for (Dimension dimension : dimensions) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> prefix : grid) {
                for (String value : dimension.values()) {
                    Map<String, String> design = new LinkedHashMap<>(prefix);
                    design.put(dimension.input(), value);
                    next.add(design);
                }
            }
            grid = next;
        }
        Map<String, Map<String, String>> distinct = new LinkedHashMap<>();
        for (Map<String, String> design : grid) {
            Map<String, String> used = used(catalogue, baseInputs, design);
            distinct.putIfAbsent(used.toString(), used);
        }
        return new ArrayList<>(distinct.values());
    }

    private static Map<String, String> used(ParameterCatalogue catalogue, Map<String, String> baseInputs,
            Map<String, String> design) {
        CoolingTechnology technology = CoolingTechnology.fromId(design.getOrDefault("cooling",
                baseInputs.get("cooling")));
        Map<String, String> used = new LinkedHashMap<>();
        design.forEach((name, value) -> {
            Parameter parameter = catalogue.find(name).orElseThrow();
            if (parameter.appliesTo(technology)) {
                used.put(name, value);
            }
        });
        return used;
    }

    private static void evaluate(StudyRunner runner, Map<String, String> baseInputs, List<Map<String, String>> designs,
            Limits limits, Map<String, Design> evaluated) {
        List<Map<String, String>> todo = new ArrayList<>();
        for (Map<String, String> design : designs) {
            if (!evaluated.containsKey(design.toString()) && todo.stream().noneMatch(design::equals)) {
                todo.add(design);
            }
        }
        List<Map<String, String>> inputs = new ArrayList<>();
        for (Map<String, String> design : todo) {
            Map<String, String> run = new LinkedHashMap<>(baseInputs);
            run.putAll(design);
            inputs.add(run);
        }
        List<double[]> metrics = runner.metricsOf(inputs);
        for (int i = 0; i < todo.size(); i++) {
            evaluated.put(todo.get(i).toString(), new Design(todo.get(i), metrics.get(i),
                    limits.violation(metrics.get(i)) == 0));
        }
    }

    private static void coordinateDescent(StudyRunner runner, ParameterCatalogue catalogue,
            Map<String, String> baseInputs, List<Dimension> dimensions, Objective objective, Limits limits,
            Map<String, Design> evaluated) {
        Dimension cooling = dimensions.stream().filter(d -> d.input().equals("cooling")).findFirst()
                .orElse(new Dimension("cooling", List.of(baseInputs.getOrDefault("cooling", "water-cooled-chiller"))));
        // feasible before infeasible, then the objective; infeasible designs by how far they miss
        Comparator<Design> rank = Comparator.comparing((Design d) -> !d.feasible())
                .thenComparingDouble(d -> d.feasible() ? d.metrics()[objective.metric().ordinal()]
                        : limits.violation(d.metrics()));
        for (String technology : cooling.values()) {
            Map<String, String> current = new LinkedHashMap<>();
            for (Dimension d : dimensions) {
                current.put(d.input(), d.input().equals("cooling") ? technology : d.values().get(d.values().size() / 2));
            }
            boolean improved = true;
            for (int round = 0; improved && round < 20; round++) {
                improved = false;
                for (Dimension d : dimensions) {
                    if (d.input().equals("cooling")) {
                        continue;
                    }
                    List<Map<String, String>> moves = new ArrayList<>();
                    for (String value : d.values()) {
                        Map<String, String> move = new LinkedHashMap<>(current);
                        move.put(d.input(), value);
                        moves.add(used(catalogue, baseInputs, move));
                    }
                    evaluate(runner, baseInputs, moves, limits, evaluated);
                    Design here = evaluated.get(used(catalogue, baseInputs, current).toString());
                    Map<String, String> bestMove = current;
                    Design best = here;
                    for (int k = 0; k < moves.size(); k++) {
                        Design candidate = evaluated.get(moves.get(k).toString());
                        if (rank.compare(candidate, best) < 0) {
                            best = candidate;
                            bestMove = new LinkedHashMap<>(current);
                            bestMove.put(d.input(), d.values().get(k));
                        }
                    }
                    if (bestMove != current) {
                        current = bestMove;
                        improved = true;
                    }
                }
            }
        }
    }
}
