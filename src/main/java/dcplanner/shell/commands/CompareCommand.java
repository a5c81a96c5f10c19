package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dcplanner.io.ComparisonReport;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.scenario.Comparison;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.shell.CatalogueOptions;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.WorkspaceSession;
import org.springframework.stereotype.Component;

/**
 * {@code compare}: two scenarios side by side and the abatement cost of the alternative (USD per
 * tonne CO2e avoided).
 */
@Component
public class CompareCommand extends PlannerCommand {

    private final EvaluationService service;
    private final ParameterCatalogue catalogue;
    private final NamedComparison named;

    public CompareCommand(EvaluationService service, ParameterCatalogue catalogue, WorkspaceSession session) {
        super("compare", "compare scenarios of the workspace (compare A B C, compare A --vary site|cooling) or two"
                + " given as options, with the abatement cost (USD per tCO2e)",
                List.of(OptionSpec.options("base", "inputs of the base scenario, e.g."
                        + " \"--site singapore --cooling air-cooled-chiller\""),
                        OptionSpec.options("alternative", "inputs of the alternative; inputs"
                                + " it does not give are taken from the base"),
                        OptionSpec.choice("vary", "site|cooling", "compare NAME with every built-in site or every"
                                + " cooling technology", null, () -> NamedComparison.VARIABLES),
                        OptionSpec.format()));
        this.service = service;
        this.catalogue = catalogue;
        this.named = new NamedComparison(session);
        acceptArguments(ScenarioCommands.names(session, "[NAMES...]", 0, 1000));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        if (!args.arguments().isEmpty() || args.has("vary")) {
            named.run(args, out);
            return;
        }
        Map<String, String> baseInputs = CatalogueOptions.parse(args.require("base"), "compare --base", catalogue);
        Map<String, String> alternativeInputs = new LinkedHashMap<>(baseInputs);
        Map<String, String> changes = CatalogueOptions.parse(args.require("alternative"), "compare --alternative",
                catalogue);
        if (changes.containsKey("site")) {
            alternativeInputs.remove("epw");
        }
        if (changes.containsKey("epw")) {
            alternativeInputs.remove("site");
        }
        alternativeInputs.putAll(changes);
        Comparison comparison = new Comparison(service.evaluate(baseInputs), service.evaluate(alternativeInputs));
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> out.println(JsonOutput.write(ComparisonReport.json(comparison)));
            case CSV -> out.print(ComparisonReport.csv(comparison));
            case TABLE -> out.print(ComparisonReport.table(comparison, args.require("base"),
                    args.require("alternative")));
        }
    }
}
