package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dcplanner.energy.CoolingTechnology;
import dcplanner.io.CsvOutput;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.ScenarioResolver;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;

/** {@code parameters}: every scenario input with its unit, allowed values, default and the default's source. */
@Component
public class ParametersCommand extends PlannerCommand {

    private final ParameterCatalogue catalogue;
    private final ScenarioResolver resolver;
    private final UncertaintyRanges uncertainty = UncertaintyRanges.standard();

    public ParametersCommand(ParameterCatalogue catalogue) {
        super("parameters", "list the scenario inputs: unit, allowed values, default and where the default comes from",
                List.of(OptionSpec.choice("cooling", "TECH", "show the defaults and inputs of this cooling technology",
                        "water-cooled-chiller", CoolingTechnology::ids),
                        OptionSpec.choice("site", "ID", "show the country figures (tariffs, grid carbon, costs) of this"
                                + " site", "singapore", () -> catalogue.find("site").orElseThrow().choices()),
                        OptionSpec.choice("design-level", "LEVEL", "show the defaults of this design level",
                                "typical", () -> ParameterCatalogue.DESIGN_LEVELS),
                        OptionSpec.format()));
        this.catalogue = catalogue;
        this.resolver = new ScenarioResolver(catalogue);
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        String cooling = args.getOrDefault("cooling", "water-cooled-chiller");
        CoolingTechnology technology = CoolingTechnology.fromId(cooling);
        // country-dependent defaults are those of --site (default: the first built-in site)
        String anySite = args.getOrDefault("site", catalogue.find("site").orElseThrow().choices().get(0));
        String level = args.getOrDefault("design-level", "typical");
        Scenario defaults = resolver.resolve(Map.of("site", anySite, "cooling", cooling, "design_level", level));
        Scenario.Value defaultCooling = resolver.resolve(Map.of("site", anySite)).find("cooling").orElseThrow();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Parameter parameter : catalogue.all()) {
            if (!parameter.appliesTo(technology)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", parameter.name());
            // the shell option without its two leading dashes: "--site" would read as a formula in a
            // spreadsheet, and escaping it would alter the data (see CsvOutput)
            row.put("option", parameter.optionName());
            row.put("group", parameter.group().name().toLowerCase(java.util.Locale.ROOT));
            row.put("unit", parameter.unit());
            row.put("allowed", parameter.allowed());
            Scenario.Value value = parameter.name().equals("cooling") ? defaultCooling
                    : defaults.find(parameter.name()).orElse(null);
            row.put("default", value == null ? "" : value.text());
            row.put("source", value == null ? "" : value.source().citation());
            row.put("year", value == null ? "" : value.source().year());
            row.put("confidence", value == null ? "" : value.source().confidence());
            // the range studies vary it over (tornado, Monte Carlo), when it is uncertain
            java.util.Optional<UncertaintyRanges.Range> range = uncertainty.find(parameter.name(), technology);
            row.put("uncertainty", range.map(UncertaintyRanges.Range::describe).orElse(""));
            row.put("uncertainty_source", range.map(r -> r.source().citation()).orElse(""));
            row.put("description", parameter.description());
            rows.add(row);
        }
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> out.println(JsonOutput.write(rows));
            case CSV -> out.print(CsvOutput.write(new ArrayList<>(rows.get(0).keySet()),
                    rows.stream().map(r -> (List<Object>) new ArrayList<Object>(r.values())).toList()));
            case TABLE -> {
                out.println("Inputs of cooling = " + cooling + ", design level " + level + ", at site " + anySite
                        + " (shell option: --name-with-dashes, CSV column: name)");
                TextTable table = new TextTable(List.of("Name", "Unit", "Default", "Allowed", "Uncertain range",
                        "Confidence", "Source of the default")).leftAlign(0).leftAlign(1).leftAlign(2).leftAlign(3)
                        .leftAlign(4).leftAlign(5).leftAlign(6);
                for (Map<String, Object> row : rows) {
                    String defaultText = String.valueOf(row.get("default"));
                    String allowed = String.valueOf(row.get("allowed"));
                    table.add(List.of(String.valueOf(row.get("name")), String.valueOf(row.get("unit")),
                            TextTable.clip(defaultText, 24), TextTable.clip(allowed, 40),
                            String.valueOf(row.get("uncertainty")), String.valueOf(row.get("confidence")),
                            String.valueOf(row.get("source"))));
                }
                out.print(table.render());
                out.println("Descriptions: 'evaluate --help', or --format json.");
            }
        }
    }
}
