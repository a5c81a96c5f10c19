package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import dcplanner.energy.CoolingTechnology;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.ParametersReport;
import dcplanner.scenario.CoolingInputs;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.ScenarioResolver;
import dcplanner.scenario.SiteInputs;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import org.springframework.stereotype.Component;

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
                                + " site", "singapore",
                                () -> catalogue.find(SiteInputs.SITE.name()).orElseThrow().choices()),
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
        String anySite = args.getOrDefault("site",
                catalogue.find(SiteInputs.SITE.name()).orElseThrow().choices().get(0));
        String level = args.getOrDefault("design-level", "typical");
        Scenario defaults = resolver.resolve(Map.of(SiteInputs.SITE.name(), anySite,
                CoolingInputs.COOLING.name(), cooling,
                SiteInputs.DESIGN_LEVEL.name(), level));
        Scenario.Value defaultCooling = resolver.resolve(Map.of(SiteInputs.SITE.name(), anySite))
                .find(CoolingInputs.COOLING.name()).orElseThrow();
        List<Map<String, Object>> rows = ParametersReport.rows(catalogue, technology, defaults, defaultCooling,
                uncertainty);
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> out.println(JsonOutput.write(rows));
            case CSV -> out.print(ParametersReport.csv(rows));
            case TABLE -> out.print(ParametersReport.table(rows, cooling, level, anySite));
        }
    }
}
