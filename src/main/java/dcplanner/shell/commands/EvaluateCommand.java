package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dcplanner.io.AtomicFiles;
import dcplanner.io.CsvOutput;
import dcplanner.io.EvaluationReport;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.shell.CatalogueOptions;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.InputHelp;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;

/** {@code evaluate}: one scenario through the hourly energy model. Every catalogue input is an option. */
@Component
public class EvaluateCommand extends PlannerCommand {

    private final EvaluationService service;
    private final ParameterCatalogue catalogue;

    public EvaluateCommand(EvaluationService service, ParameterCatalogue catalogue) {
        super("evaluate", "simulate a data centre hour by hour over the site's weather year: energy, PUE, WUE,"
                + " peak power, cooling modes", options(catalogue));
        this.service = service;
        this.catalogue = catalogue;
        describeInputsWith(new InputHelp(catalogue, getName()));
    }

    private static List<OptionSpec> options(ParameterCatalogue catalogue) {
        List<OptionSpec> options = new ArrayList<>(CatalogueOptions.of(catalogue));
        options.add(OptionSpec.format());
        options.add(OptionSpec.file("hourly-csv", "also write the 8760 hourly results (power of every component,"
                + " mode, water) to this CSV file ('-' for standard output)"));
        return options;
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        Scenario scenario = service.resolver().resolve(CatalogueOptions.inputs(args, catalogue));
        boolean hourly = args.has("hourly-csv");
        if (hourly) {
            AtomicFiles.requireWritable(args.require("hourly-csv")); // before the simulation, not after
        }
        Evaluation evaluation = service.evaluate(scenario, hourly);
        if (hourly) {
            AtomicFiles.write(args.require("hourly-csv"), out,
                    writer -> EvaluationReport.writeHourlyCsv(evaluation, writer));
        }
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> out.println(JsonOutput.write(EvaluationReport.json(evaluation)));
            case CSV -> out.print(CsvOutput.write(EvaluationReport.csvHeader(catalogue),
                    List.of(EvaluationReport.csvRow(catalogue, evaluation))));
            case TABLE -> out.print(EvaluationReport.table(evaluation));
        }
    }
}
