package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dcplanner.io.CsvOutput;
import dcplanner.io.EvaluationReport;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.io.Values;
import dcplanner.policy.CheckResult;
import dcplanner.policy.PassSearch;
import dcplanner.policy.PolicyChecks;
import dcplanner.policy.PolicyRegion;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.PolicyRules;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.shell.CatalogueOptions;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.WorkspaceScenarios;
import dcplanner.shell.WorkspaceSession;
import dcplanner.shell.UsageException;

/**
 * {@code policy check}: a scenario against the policy limits of its jurisdiction (or any other),
 * with value, limit, pass/fail, margin and source per rule, and for each failing rule the cheapest
 * single change that passes it.
 */
@Component
public class PolicyCheckCommand extends PlannerCommand {

    /** Columns of the CSV output, and keys of each JSON {@code checks} object (the fix columns aside). */
    public static final List<String> CHECK_COLUMNS = List.of("rule_id", "jurisdiction", "region", "scheme",
            "metric", "load_point", "value", "limit", "direction", "pass", "margin", "status", "source");
    private static final List<String> FIX_COLUMNS = List.of("fix_change", "fix_value", "fix_tco_change_usd");

    private final EvaluationService service;
    private final ParameterCatalogue catalogue;
    private final PolicyRules bundled;

    private final WorkspaceSession session;

    public PolicyCheckCommand(EvaluationService service, ParameterCatalogue catalogue, WorkspaceSession session) {
        super("policy check", "check a scenario against policy limits (PUE at load points, WUE, supply air,"
                + " green energy, ERF) and name the cheapest single change that passes each failing rule",
                options(catalogue));
        this.service = service;
        this.catalogue = catalogue;
        this.bundled = PolicyRules.bundled();
        this.session = session;
        acceptArguments(WorkspaceScenarios.oneScenario(session));
    }

    private static List<OptionSpec> options(ParameterCatalogue catalogue) {
        List<OptionSpec> options = new ArrayList<>(CatalogueOptions.of(catalogue));
        options.add(OptionSpec.value("jurisdiction", "CODE", "whose rules: a country code (SGP, MYS, DEU...), a"
                + " region (Johor) or all; default: the site's country and the regions it lies in", null));
        options.add(OptionSpec.file("thresholds", "more rules from a CSV file in the schema of"
                + " data/countries/policy-thresholds.csv (a rule with a bundled rule_id replaces it)"));
        options.add(OptionSpec.format());
        return options;
    }

    /**
     * The scenario's inputs, by catalogue name: those of the workspace scenario named
     * ({@code policy check NAME}), with the options given on the line over them.
     */
    private Map<String, String> scenarioInputs(CommandArgs args) {
        return WorkspaceScenarios.inputs(session, args.arguments(), CatalogueOptions.inputs(args, catalogue));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        PolicyRules rules = args.get("thresholds").map(f -> bundled.plus(PolicyRules.fromFile(Path.of(f))))
                .orElse(bundled);
        List<PolicyRule> selected = null;
        if (args.has("jurisdiction")) {
            try {
                selected = rules.forJurisdiction(args.require("jurisdiction"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("policy check: --" + e.getMessage());
            }
        }
        Map<String, String> inputs = scenarioInputs(args);
        Evaluation evaluation = service.evaluate(service.resolver().resolve(inputs), false);
        List<String> notes = new ArrayList<>();
        if (selected == null) {
            selected = rules.applicableTo(evaluation);
            notes.addAll(jurisdictionNotes(rules, evaluation));
            if (selected.isEmpty()) {
                notes.add("no rule applies to this site in " + evaluation.countryIso3() + " (regional rules apply"
                        + " only inside their region); --jurisdiction chooses others: "
                        + String.join(", ", rules.jurisdictions()));
            }
        }
        List<CheckResult> checks = PolicyChecks.check(evaluation, selected);
        List<PassSearch.Outcome> outcomes = PassSearch.search(service, inputs, evaluation, checks);
        Map<String, PassSearch.Outcome> byRule = new LinkedHashMap<>();
        outcomes.forEach(o -> byRule.put(o.failing().rule().ruleId(), o));
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> out.println(JsonOutput.write(json(evaluation, checks, byRule, notes)));
            case CSV -> {
                List<String> headers = new ArrayList<>(CHECK_COLUMNS);
                headers.addAll(FIX_COLUMNS);
                List<List<Object>> rows = new ArrayList<>();
                for (CheckResult check : checks) {
                    List<Object> row = new ArrayList<>(checkFields(check).values());
                    Optional<PassSearch.Fix> fix = fixOf(byRule, check);
                    row.add(fix.map(f -> (Object) f.change().asOption()).orElse(""));
                    row.add(fix.map(f -> Values.forData(f.value(), 4, "fix_value")).orElse(""));
                    row.add(fix.map(f -> Values.forData(f.tcoChangeUsd(), 0, "fix_tco_change_usd")).orElse(""));
                    rows.add(row);
                }
                out.print(CsvOutput.write(headers, rows));
            }
            case TABLE -> table(out, evaluation, checks, outcomes, notes);
        }
    }

    /** Says which jurisdictions the site was placed in, and when a region was found by coordinates only. */
    private static List<String> jurisdictionNotes(PolicyRules rules, Evaluation evaluation) {
        List<String> notes = new ArrayList<>();
        for (PolicyRegion region : rules.regionsOf(evaluation.climate().site(), evaluation.countryIso3())) {
            if (region.byCoordinates(evaluation.climate().site(), evaluation.countryIso3())) {
                notes.add("the site is taken to be in " + region.name() + " because its coordinates fall in the"
                        + " region's bounding box (an approximation of the boundary): " + region.name()
                        + "'s rules are checked");
            }
        }
        return notes;
    }

    private static Optional<PassSearch.Fix> fixOf(Map<String, PassSearch.Outcome> byRule, CheckResult check) {
        PassSearch.Outcome outcome = byRule.get(check.rule().ruleId());
        return outcome == null ? Optional.empty() : outcome.fix();
    }

    /** One check as the keys of {@link #CHECK_COLUMNS}. */
    public static Map<String, Object> checkFields(CheckResult check) {
        PolicyRule rule = check.rule();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rule_id", rule.ruleId());
        row.put("jurisdiction", rule.jurisdiction());
        row.put("region", rule.region());
        row.put("scheme", rule.scheme());
        row.put("metric", rule.metric().id());
        row.put("load_point", rule.loadPointLabel());
        row.put("value", Values.forData(check.value(), 4, rule.metric().id()));
        row.put("limit", Values.forData(rule.limit(), 4, "limit"));
        row.put("direction", rule.direction().symbol());
        row.put("pass", check.pass());
        row.put("margin", Values.forData(check.margin(), 4, "margin"));
        row.put("status", rule.status().label());
        row.put("source", rule.source());
        return row;
    }

    private static Map<String, Object> json(Evaluation evaluation, List<CheckResult> checks,
            Map<String, PassSearch.Outcome> byRule, List<String> notes) {
        Map<String, Object> doc = new LinkedHashMap<>(EvaluationReport.siteFields(evaluation));
        doc.put("jurisdictions", checks.stream().map(c -> c.rule().national() ? c.rule().jurisdiction()
                : c.rule().jurisdiction() + "/" + c.rule().region()).distinct().toList());
        List<Map<String, Object>> list = new ArrayList<>();
        for (CheckResult check : checks) {
            Map<String, Object> entry = checkFields(check);
            PassSearch.Outcome outcome = byRule.get(check.rule().ruleId());
            if (outcome != null) {
                entry.put("cheapest_fix", outcome.fix().map(f -> {
                    Map<String, Object> fix = new LinkedHashMap<>();
                    fix.put("parameter", f.change().parameter());
                    fix.put("value", f.change().value());
                    fix.put("metric_value", Values.forData(f.value(), 4, "metric_value"));
                    fix.put("margin", Values.forData(f.margin(), 4, "margin"));
                    fix.put("tco_npv_usd", Values.forData(f.tcoNpvUsd(), 0, "tco_npv_usd"));
                    fix.put("tco_change_usd", Values.forData(f.tcoChangeUsd(), 0, "tco_change_usd"));
                    return (Object) fix;
                }).orElse(null));
                entry.put("candidates_tried", outcome.candidatesTried());
            }
            list.add(entry);
        }
        doc.put("checks", list);
        List<String> warnings = new ArrayList<>(notes);
        warnings.addAll(evaluation.warnings());
        doc.put("warnings", warnings);
        return doc;
    }

    private static void table(PrintWriter out, Evaluation evaluation, List<CheckResult> checks,
            List<PassSearch.Outcome> outcomes, List<String> notes) {
        Map<String, Object> site = EvaluationReport.siteFields(evaluation);
        out.println("Site: " + site.get("site") + " (" + site.get("city") + ", " + site.get("country") + "), cooling "
                + site.get("cooling"));
        notes.forEach(n -> out.println("NOTE: " + n));
        evaluation.warnings().forEach(w -> out.println("WARNING: " + w));
        out.println();
        TextTable table = new TextTable(PolicyChecks.HEADERS).leftAlign(0).leftAlign(1).leftAlign(2).leftAlign(3)
                .leftAlign(6).leftAlign(8).leftAlign(9);
        for (CheckResult check : checks) {
            List<String> cells = new ArrayList<>(PolicyChecks.cells(check));
            cells.set(9, TextTable.clip(cells.get(9), 70));
            table.add(cells);
        }
        out.print(table.render());
        long failing = checks.stream().filter(c -> !c.pass()).count();
        out.println(checks.size() + " rules, " + (checks.size() - failing) + " pass, " + failing + " fail."
                + " Margin: headroom to the limit (negative fails).");
        if (!outcomes.isEmpty()) {
            out.println();
            out.println("What it takes to pass (cheapest single change of " + String.join(", ", PassSearch.SEARCHED)
                    + " by total cost of ownership, each a full evaluation):");
            outcomes.forEach(o -> out.println("  " + PassSearch.describe(o)));
        }
    }
}
