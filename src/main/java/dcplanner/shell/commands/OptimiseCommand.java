package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.stereotype.Component;

import dcplanner.energy.CoolingTechnology;
import dcplanner.io.CsvOutput;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.RuleStatus;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.UsageException;
import dcplanner.study.Optimiser;
import dcplanner.study.StudyCharts;
import dcplanner.study.StudyMetric;
import dcplanner.study.StudyRules;
import dcplanner.study.StudyRunner;

/** {@code optimise}: the cheapest (or lowest-carbon) design that meets the limits, and the Pareto set. */
@Component
public class OptimiseCommand extends StudyCommand {

    /** Design choices searched: catalogue input, option listing its values. */
    private static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("cooling", "cooling-options");
        DIMENSIONS.put("supply_air_c", "supply-air-options");
        DIMENSIONS.put("liquid_share", "liquid-share-options");
        DIMENSIONS.put("ups_type", "ups-type-options");
        DIMENSIONS.put("redundancy", "redundancy-options");
        DIMENSIONS.put("pv_kwp", "pv-kwp-options");
    }

    private static final List<StudyMetric> SHOWN = List.of(StudyMetric.TCO_NPV_USD, StudyMetric.CO2_LIFECYCLE_T,
            StudyMetric.PUE, StudyMetric.PUE_AT_25PCT_LOAD, StudyMetric.WUE, StudyMetric.REF);

    public OptimiseCommand(EvaluationService service, ParameterCatalogue catalogue) {
        super("optimise", "design search: the lowest TCO (or life-cycle CO2e) design over cooling x supply air x"
                + " liquid share x UPS type x redundancy x PV size that meets the limits, and the Pareto set",
                service, catalogue, List.of(
                        OptionSpec.choice("objective", "tco|co2", "what to minimise", "tco", () -> List.of("tco",
                                "co2")),
                        OptionSpec.value("max-pue", "X", "highest annual PUE allowed", null),
                        OptionSpec.value("max-pue-25pct", "X", "highest PUE at 25% IT load allowed", null),
                        OptionSpec.value("max-wue", "L/KWH", "highest site WUE allowed", null),
                        OptionSpec.value("min-ref", "X", "lowest renewable energy factor allowed", null),
                        OptionSpec.choice("policy", "none|in-force|all", "also meet the policy rules that apply to"
                                + " the site (as 'policy check' chooses them): those in force, or all (guidelines and"
                                + " proposals too)", "none", () -> List.of("none", "in-force", "all")),
                        OptionSpec.value("cooling-options", "T1,T2,...", "cooling technologies to search (seawater"
                                + " only when listed: it needs a coastal site)", "all but seawater"),
                        OptionSpec.value("supply-air-options", "C1,C2,...", "supply air temperatures", "22,24,26,28"),
                        OptionSpec.value("liquid-share-options", "S1,S2,...", "liquid shares of direct liquid"
                                + " cooling", "0.7,0.75,0.8"),
                        OptionSpec.value("ups-type-options", "U1,U2,...", "UPS types", "all three"),
                        OptionSpec.value("redundancy-options", "R1,R2,...", "redundancies", "N,N+1,2N"),
                        OptionSpec.value("pv-kwp-options", "K1,K2,...", "on-site PV sizes, kWp",
                                "0, 10% and 20% of the IT capacity"),
                        OptionSpec.value("top", "N", "best designs to list", "5")));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        Map<String, String> inputs = scenarioInputs(args);
        Optimiser.Objective objective = Optimiser.Objective.valueOf(args.getOrDefault("objective", "tco")
                .toUpperCase(Locale.ROOT));
        int top = (int) number(args, "top", 5, 1, 1000, true);
        StudyRunner runner = runner(args);
        Scenario base = runner.resolve(inputs);
        Optimiser.Limits limits = new Optimiser.Limits(limit(args, "max-pue", 1, 10), limit(args, "max-pue-25pct", 1,
                10), limit(args, "max-wue", 0, 100), limit(args, "min-ref", 0, 1), policyRules(args, runner, base));
        List<Optimiser.Dimension> dimensions = dimensions(args, inputs, base);
        Optimiser.Result result = Optimiser.run(runner, inputs, dimensions, objective, limits, top);
        List<String> files = writeCharts(args, runner, base, "the base design shown", footnote -> Map.of(
                "optimise-pareto", StudyCharts.pareto(result.feasible(), result.pareto(), site(base), footnote)));
        List<String> choiceNames = dimensions.stream().map(Optimiser.Dimension::input).toList();

        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("objective", objective.metric().key());
                Map<String, Object> limitFields = new LinkedHashMap<>();
                limits.maxPue().ifPresent(v -> limitFields.put("max_pue", v));
                limits.maxPueAt25PctLoad().ifPresent(v -> limitFields.put("max_pue_at_25pct_load", v));
                limits.maxWue().ifPresent(v -> limitFields.put("max_wue_l_per_kwh", v));
                limits.minRef().ifPresent(v -> limitFields.put("min_ref", v));
                if (!limits.policyRules().isEmpty()) {
                    limitFields.put("policy_rules", limits.policyRules().stream().map(PolicyRule::ruleId).toList());
                }
                doc.put("limits", limitFields);
                Map<String, Object> space = new LinkedHashMap<>();
                dimensions.forEach(d -> space.put(d.input(), d.values()));
                doc.put("space", space);
                doc.put("method", result.method());
                doc.put("designs_in_space", result.spaceSize());
                doc.put("designs_evaluated", result.evaluated());
                doc.put("designs_meeting_limits", result.feasibleCount());
                doc.put("best", designs(result.best()));
                doc.put("pareto", designs(result.pareto()));
                doc.put("charts", files);
                out.println(JsonOutput.write(doc));
            }
            case CSV -> {
                List<String> headers = new ArrayList<>(List.of("set", "rank"));
                headers.addAll(choiceNames);
                SHOWN.forEach(m -> headers.add(m.key()));
                List<List<Object>> rows = new ArrayList<>();
                addRows(rows, "best", result.best(), choiceNames);
                addRows(rows, "pareto", result.pareto(), choiceNames);
                out.print(CsvOutput.write(headers, rows));
            }
            case TABLE -> {
                out.println("Design search, " + site(base) + ": lowest " + objective.metric().label()
                        + " that meets the limits" + describe(limits));
                out.println("Search: " + result.method());
                out.println(result.spaceSize() + " designs in the space, " + result.evaluated() + " evaluated, "
                        + result.feasibleCount() + " meet the limits");
                if (result.best().isEmpty()) {
                    out.println("No design meets the limits: relax them or widen the options.");
                } else {
                    out.println();
                    out.println("Best designs:");
                    out.print(table(result.best(), choiceNames).render());
                    out.println();
                    out.println("Pareto set (no other design has both lower TCO and lower life-cycle CO2e):");
                    out.print(table(result.pareto(), choiceNames).render());
                }
                printCharts(out, files);
            }
        }
    }

    private List<Optimiser.Dimension> dimensions(CommandArgs args, Map<String, String> inputs, Scenario base) {
        List<Optimiser.Dimension> dimensions = new ArrayList<>();
        for (Map.Entry<String, String> entry : DIMENSIONS.entrySet()) {
            String input = entry.getKey();
            String option = entry.getValue();
            if (inputs.containsKey(input)) {
                if (args.has(option)) {
                    throw new UsageException("optimise: --" + input.replace('_', '-') + " fixes " + input + "; drop it"
                            + " or --" + option);
                }
                continue; // the user fixed this choice
            }
            dimensions.add(new Optimiser.Dimension(input, list(args, option, defaults(input, base))));
        }
        return dimensions;
    }

    private static List<String> defaults(String input, Scenario base) {
        return switch (input) {
            case "cooling" -> CoolingTechnology.ids().stream().filter(id -> !id.equals(CoolingTechnology.SEAWATER.id()))
                    .toList();
            case "supply_air_c" -> List.of("22", "24", "26", "28");
            // MODEL.md section 4: direct-to-chip loops capture typically 70-80% of IT heat
            case "liquid_share" -> List.of("0.7", "0.75", "0.8");
            case "ups_type" -> List.of("legacy-double-conversion", "modern-double-conversion", "eco-mode");
            case "redundancy" -> List.of("N", "N+1", "2N");
            case "pv_kwp" -> {
                double capacity = base.number("it_capacity_kw");
                yield List.of("0", plain(Math.round(0.1 * capacity)), plain(Math.round(0.2 * capacity)));
            }
            default -> throw new IllegalStateException("no default search values for " + input);
        };
    }

    /** The rules {@code --policy} asks a design to meet: those that apply to the site, in force or all. */
    private List<PolicyRule> policyRules(CommandArgs args, StudyRunner runner, Scenario base) {
        String which = args.getOrDefault("policy", "none");
        if (which.equals("none")) {
            return List.of();
        }
        return StudyRules.applicable(runner, base, rules).stream().filter(r -> which.equals("all")
                || r.status() == RuleStatus.IN_FORCE).toList();
    }

    private OptionalDouble limit(CommandArgs args, String option, double min, double max) {
        return args.has(option) ? OptionalDouble.of(number(args, option, 0, min, max, false)) : OptionalDouble.empty();
    }

    private static String describe(Optimiser.Limits limits) {
        List<String> parts = new ArrayList<>();
        limits.maxPue().ifPresent(v -> parts.add("PUE <= " + plain(v)));
        limits.maxPueAt25PctLoad().ifPresent(v -> parts.add("PUE at 25% load <= " + plain(v)));
        limits.maxWue().ifPresent(v -> parts.add("WUE <= " + plain(v) + " L/kWh"));
        limits.minRef().ifPresent(v -> parts.add("REF >= " + plain(v)));
        limits.policyRules().forEach(r -> parts.add(r.describe()));
        return parts.isEmpty() ? " (no limits given)" : " (" + String.join(", ", parts) + ")";
    }

    private static TextTable table(List<Optimiser.Design> designs, List<String> choiceNames) {
        List<String> headers = new ArrayList<>(List.of("#"));
        headers.addAll(choiceNames);
        SHOWN.forEach(m -> headers.add(m.labelWithUnit()));
        TextTable table = new TextTable(headers);
        for (int c = 1; c <= choiceNames.size(); c++) {
            table.leftAlign(c);
        }
        int rank = 1;
        for (Optimiser.Design d : designs) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(rank++)));
            choiceNames.forEach(name -> row.add(d.choices().getOrDefault(name, "-")));
            SHOWN.forEach(m -> row.add(readable(m, d.metrics()[m.ordinal()])));
            table.add(row);
        }
        return table;
    }

    private static List<Object> designs(List<Optimiser.Design> designs) {
        List<Object> list = new ArrayList<>();
        for (Optimiser.Design d : designs) {
            Map<String, Object> entry = new LinkedHashMap<>(d.choices());
            entry.putAll(metricFields(d.metrics(), SHOWN));
            list.add(entry);
        }
        return list;
    }

    private static void addRows(List<List<Object>> rows, String set, List<Optimiser.Design> designs,
            List<String> choiceNames) {
        int rank = 1;
        for (Optimiser.Design d : designs) {
            List<Object> row = new ArrayList<>(List.of(set, rank++));
            choiceNames.forEach(name -> row.add(d.choices().getOrDefault(name, "")));
            SHOWN.forEach(m -> row.add(data(m, d.metrics()[m.ordinal()])));
            rows.add(row);
        }
    }
}
