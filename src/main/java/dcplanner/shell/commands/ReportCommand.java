package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dcplanner.chart.PolicyLimitLines;
import dcplanner.chart.NamedEvaluation;
import dcplanner.io.AtomicFiles;
import dcplanner.policy.PolicyRules;
import dcplanner.report.HtmlReport;
import dcplanner.report.NamedInputs;
import dcplanner.report.PolicySection;
import dcplanner.report.ReportSection;
import dcplanner.report.ScenarioEvaluations;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.WorkspaceScenarios;
import dcplanner.shell.WorkspaceSession;

/** {@code report --input FILE.csv --out DIR}: one self-contained HTML page about the scenarios of a file. */
@Component
public class ReportCommand extends PlannerCommand {

    /** The page's file name inside the output folder. */
    public static final String FILE_NAME = "report.html";

    private final EvaluationService service;
    private final ParameterCatalogue catalogue;
    private final PolicyRules rules = PolicyRules.bundled();
    private final ObjectProvider<ReportSection> sections;
    private final WorkspaceSession session;

    /**
     * @param sections extra sections of the page after the policy checks: every {@link ReportSection} bean,
     *                 in their {@code @Order}
     */
    public ReportCommand(EvaluationService service, ParameterCatalogue catalogue,
            ObjectProvider<ReportSection> sections, WorkspaceSession session) {
        super("report", "write a self-contained HTML report (inputs, results, charts, sources, warnings) of the"
                + " workspace scenarios named (all when none is named) or of a CSV file; it opens offline and"
                + " prints to PDF", List.of(
                        OptionSpec.file("input", "CSV file of scenarios: a scenario_id column and input columns"
                                + " named as in 'parameters' (empty cell = default)"),
                        ChartCommand.outOption("report"),
                        OptionSpec.value("title", "TEXT", "title of the report", null),
                        OptionSpec.value("scenario", "NAME", "the scenario whose hours the hourly charts show"
                                + " (default: the first)", null)));
        this.service = service;
        this.catalogue = catalogue;
        this.sections = sections;
        this.session = session;
        acceptArguments(new Arguments("[SCENARIOS...]", 0, Integer.MAX_VALUE,
                () -> WorkspaceScenarios.scenarioNames(session)));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        List<NamedInputs> scenarios = WorkspaceScenarios.of(args, args.arguments(), session, catalogue).scenarios();
        String hourly = args.get("scenario").map(name -> WorkspaceScenarios.chosen(scenarios, name, "report"))
                .orElse(scenarios.get(0)).name();
        List<NamedEvaluation> evaluations = ScenarioEvaluations.evaluate(service, scenarios, hourly::equals);
        String title = args.get("title").orElse("Data-centre scenarios: " + dcplanner.chart.ChartText.where(
                evaluations));
        List<ReportSection> extra = new ArrayList<>(List.of(new PolicySection(rules)));
        extra.addAll(sections.orderedStream().toList());
        String page = new HtmlReport(evaluations, new PolicyLimitLines(rules), extra).render(title);
        Path folder = Path.of(args.getOrDefault("out", "report"));
        outputFolder(folder.toString());
        Path file = folder.resolve(FILE_NAME);
        AtomicFiles.write(file, writer -> writer.write(page));
        out.println("wrote " + file);
    }
}
