package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dcplanner.chart.PolicyLimitLines;
import dcplanner.chart.ChartFiles;
import dcplanner.chart.ChartKind;
import dcplanner.chart.LimitSource;
import dcplanner.chart.NamedChart;
import dcplanner.chart.NamedEvaluation;
import dcplanner.chart.ScenarioCharts;
import dcplanner.io.Values;
import dcplanner.policy.PolicyRules;
import dcplanner.report.NamedInputs;
import dcplanner.report.ScenarioEvaluations;
import dcplanner.report.ScenarioSource;
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
 * {@code chart KIND --input FILE.csv [--out DIR] [--format png|svg]}: comparison charts of the
 * scenarios in a CSV file; {@code chart sites --INPUT VALUE ...}: one design at every built-in site.
 */
@Component
public class ChartCommand extends PlannerCommand {

    private final EvaluationService service;
    private final ParameterCatalogue catalogue;
    private final LimitSource limits;

    private final WorkspaceSession session;

    public ChartCommand(EvaluationService service, ParameterCatalogue catalogue, WorkspaceSession session) {
        super("chart", "draw comparison charts (PNG or SVG) of workspace scenarios or those of a CSV file, or of"
                + " one design at"
                + " every built-in site; KIND is one of " + String.join(", ", ChartKind.ids()) + ", all",
                options(catalogue));
        this.service = service;
        this.catalogue = catalogue;
        this.limits = new PolicyLimitLines(PolicyRules.bundled());
        this.session = session;
        acceptArguments(new Arguments("KIND [SCENARIOS...]", 0, Integer.MAX_VALUE, () -> {
            List<String> kinds = new ArrayList<>(ChartKind.ids());
            kinds.add("all");
            kinds.addAll(WorkspaceScenarios.scenarioNames(session));
            return kinds;
        }));
    }

    private static List<OptionSpec> options(ParameterCatalogue catalogue) {
        List<OptionSpec> options = new ArrayList<>(List.of(
                OptionSpec.file("input", "CSV file of scenarios: a scenario_id column and input columns named as"
                        + " in 'parameters' (empty cell = default)"),
                outOption("charts"),
                OptionSpec.choice("format", "FORMAT", "image format", "png", () -> List.of("png", "svg")),
                OptionSpec.value("size", "WxH", "image size in pixels, e.g. 1600x1000", "1200x800"),
                OptionSpec.value("scenario", "NAME", "the scenario whose hours the hourly charts show and whose design"
                        + " 'sites' draws (default: every scenario's hours; the first scenario's design)", null)));
        options.addAll(CatalogueOptions.of(catalogue));
        return options;
    }

    static OptionSpec outOption(String defaultFolder) {
        return new OptionSpec("out", "DIR", "folder to write into (created if missing)", defaultFolder, null,
                OptionSpec.Kind.FILE);
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        List<ChartKind> kinds = kinds(args.arguments().isEmpty() ? List.of() : args.arguments().subList(0, 1));
        List<String> names = args.arguments().isEmpty() ? List.of() : args.arguments().subList(1,
                args.arguments().size());
        ChartFiles.Format format = ChartFiles.Format.parse(args.getOrDefault("format", "png"));
        int[] size = size(args.getOrDefault("size", "1200x800"));
        Path folder = Path.of(args.getOrDefault("out", "charts"));
        Map<String, String> design = CatalogueOptions.inputs(args, catalogue);
        String chosen = args.get("scenario").orElse(null);
        List<NamedChart> charts = new ArrayList<>();
        boolean fromWorkspace = !names.isEmpty() || !args.has("input") && !kinds.equals(List.of(ChartKind.SITES));
        if (args.has("input") || fromWorkspace) {
            ScenarioSource source = WorkspaceScenarios.of(args, names, session, catalogue);
            if (!design.isEmpty()) {
                throw new UsageException("chart: with --input the scenarios come from the file; options such as --"
                        + design.keySet().iterator().next().replace('_', '-') + " describe the design of 'chart sites'"
                        + " without --input");
            }
            List<NamedInputs> scenarios = source.scenarios();
            NamedInputs designRow = chosen == null ? scenarios.get(0)
                    : WorkspaceScenarios.chosen(scenarios, chosen, "chart");
            boolean hourly = kinds.stream().anyMatch(ChartKind::hourly);
            List<NamedEvaluation> evaluations = ScenarioEvaluations.evaluate(service, scenarios,
                    name -> hourly && (chosen == null || name.equals(chosen)));
            ScenarioCharts scenarioCharts = new ScenarioCharts(evaluations, limits);
            for (ChartKind kind : kinds) {
                if (kind == ChartKind.SITES) {
                    charts.addAll(sites(designRow.inputs(), "'" + designRow.name() + "'"));
                } else {
                    charts.addAll(scenarioCharts.charts(kind, ""));
                }
            }
        } else {
            charts.addAll(sites(design, null));
        }
        outputFolder(folder.toString());
        for (NamedChart chart : charts) {
            out.println("wrote " + ChartFiles.write(chart.chart(), folder, chart.stem(), format, size[0], size[1]));
        }
    }

    private List<NamedChart> sites(Map<String, String> design, String label) {
        List<NamedEvaluation> sweep = ScenarioEvaluations.acrossSites(service, design);
        Evaluation first = sweep.get(0).evaluation();
        String what = first.scenario().technology().id() + ", " + Values.readable(first.scenario().number(
                "it_capacity_kw"), 0, "it_capacity_kw") + " kW IT at " + Values.plain(first.scenario().number(
                        "utilisation") * 100, 1, "utilisation") + "% utilisation";
        return new ScenarioCharts(sweep, limits).charts(ChartKind.SITES, label == null ? what : label + " (" + what
                + ")");
    }

    private static List<ChartKind> kinds(List<String> arguments) {
        if (arguments.size() != 1) {
            throw new UsageException("chart: give one KIND (" + String.join(", ", ChartKind.ids()) + ", all)"
                    + (arguments.isEmpty() ? "" : "; got " + String.join(" ", arguments)));
        }
        if (arguments.get(0).equals("all")) {
            return List.of(ChartKind.values());
        }
        try {
            return List.of(ChartKind.parse(arguments.get(0)));
        } catch (IllegalArgumentException e) {
            throw new UsageException("chart: " + e.getMessage());
        }
    }

    static int[] size(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x", -1);
        if (parts.length == 2) {
            double w = dcplanner.text.StrictNumbers.parse(parts[0]);
            double h = dcplanner.text.StrictNumbers.parse(parts[1]);
            int width = (int) w;
            int height = (int) h;
            if (w == width && h == height && width >= 400 && width <= 4000 && height >= 300 && height <= 4000) {
                return new int[] {width, height};
            }
        }
        throw new UsageException("chart: --size " + text + " is not allowed; WIDTHxHEIGHT in pixels, width 400..4000,"
                + " height 300..4000 (e.g. 1600x1000)");
    }
}
