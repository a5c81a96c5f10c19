package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;

import dcplanner.chart.ChartFiles;
import dcplanner.chart.ChartText;
import dcplanner.chart.NamedEvaluation;
import dcplanner.io.Values;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.PolicyRules;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.shell.CatalogueOptions;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.WorkspaceScenarios;
import dcplanner.shell.WorkspaceSession;
import dcplanner.shell.UsageException;
import dcplanner.study.StudyCharts;
import dcplanner.study.StudyMetric;
import dcplanner.study.StudyRules;
import dcplanner.study.StudyRunner;

/**
 * What the study commands share: the scenario is given with the same options as {@code evaluate},
 * plus {@code --format}, {@code --charts DIR} and {@code --threads N}.
 */
abstract class StudyCommand extends PlannerCommand {

    protected final EvaluationService service;
    protected final ParameterCatalogue catalogue;
    /** The policy rules studies check against: the bundled rules, applied by site as {@code policy check} does. */
    protected final PolicyRules rules;

    StudyCommand(String name, String description, EvaluationService service, ParameterCatalogue catalogue,
            List<OptionSpec> studyOptions) {
        super(name, description, options(catalogue, studyOptions));
        this.service = service;
        this.catalogue = catalogue;
        this.rules = PolicyRules.bundled();
    }

    private static List<OptionSpec> options(ParameterCatalogue catalogue, List<OptionSpec> studyOptions) {
        List<OptionSpec> options = new ArrayList<>(CatalogueOptions.of(catalogue));
        options.addAll(studyOptions);
        options.add(OptionSpec.format());
        options.add(new OptionSpec("charts", "DIR", "write the study's charts (PNG and SVG) into this folder", null,
                null, OptionSpec.Kind.FILE));
        options.add(chartFormatOption());
        options.add(OptionSpec.value("threads", "N", "threads to run scenarios on (results do not depend on it)",
                "all processors"));
        return options;
    }

    private WorkspaceSession session;

    /** The workspace, for {@code STUDY NAME}: set by Spring after construction. */
    @org.springframework.beans.factory.annotation.Autowired
    void useWorkspace(WorkspaceSession workspace) {
        this.session = workspace;
        acceptArguments(WorkspaceScenarios.oneScenario(workspace));
    }

    /**
     * The scenario's inputs: the options given, over the workspace scenario named as the command's
     * word ({@code montecarlo alpha --samples 500}) when one is.
     */
    protected Map<String, String> scenarioInputs(CommandArgs args) {
        return WorkspaceScenarios.inputs(session, args.arguments(), CatalogueOptions.inputs(args, catalogue));
    }

    protected StudyRunner runner(CommandArgs args) {
        if (!args.has("threads")) {
            return new StudyRunner(service);
        }
        return new StudyRunner(service, (int) number(args, "threads", 1, 1, 256, true));
    }

    /** The uncertainty ranges, with those of {@code --distributions FILE} put first when given. */
    protected UncertaintyRanges ranges(CommandArgs args) {
        UncertaintyRanges ranges = UncertaintyRanges.standard();
        return args.get("distributions").map(file -> ranges.withOverrides(Path.of(file), catalogue)).orElse(ranges);
    }

    static OptionSpec distributionsOption() {
        return OptionSpec.file("distributions", "CSV of ranges that replace the declared ones: input,distribution"
                + " (uniform|triangular|normal|lognormal),low,high[,relative,source]");
    }

    /** A number option within {@code min..max}; a usage error names the option, the value and the range. */
    protected double number(CommandArgs args, String option, double fallback, double min, double max,
            boolean whole) {
        if (!args.has(option)) {
            return fallback;
        }
        String text = args.require(option);
        double value = dcplanner.text.StrictNumbers.parse(text);
        if (Double.isNaN(value)) {
            throw new UsageException(getName() + ": --" + option + " " + dcplanner.text.InputText.quote(text)
                    + " is not a number; allowed: " + plain(min) + ".." + plain(max));
        }
        if (!(value >= min && value <= max) || (whole && value != Math.rint(value))) {
            throw new UsageException(getName() + ": --" + option + " " + text + " is outside " + plain(min) + ".."
                    + plain(max) + (whole ? " (whole number)" : ""));
        }
        return value;
    }

    /** Comma-separated values of an option, or {@code fallback} when it is not given. */
    protected static List<String> list(CommandArgs args, String option, List<String> fallback) {
        if (!args.has(option)) {
            return fallback;
        }
        String text = args.require(option);
        try {
            return dcplanner.text.StrictNumbers.listItems(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(args.commandName() + ": --" + option + " " + dcplanner.text.InputText.quote(text)
                    + " is not a list: " + e.getMessage() + "; give values separated by commas, e.g. 1,2,3");
        }
    }

    /** "singapore, water-cooled-chiller": where and what, for titles. */
    protected static String where(Scenario scenario) {
        return site(scenario) + ", " + scenario.text("cooling");
    }

    /** The site id, or the EPW file's name. */
    protected static String site(Scenario scenario) {
        return scenario.has("site") ? scenario.text("site") : Path.of(scenario.text("epw")).getFileName().toString();
    }

    /**
     * Writes the charts when {@code --charts DIR} is given, in the {@code --chart-format}s; returns the
     * files written. {@code charts} draws them given the footnote: the base scenario's weather file
     * and grid carbon, and how the study varied them ({@code note}, may be empty).
     */
    protected List<String> writeCharts(CommandArgs args, StudyRunner runner, Scenario base, String note,
            Function<String, Map<String, JFreeChart>> charts) {
        List<String> written = new ArrayList<>();
        if (args.has("charts")) {
            Path dir = outputFolder(args.require("charts"));
            List<ChartFiles.Format> formats = chartFormats(args);
            String footnote = ChartText.footnote(List.of(new NamedEvaluation(where(base), runner.evaluate(base))),
                    "dc-planner " + getName() + " study" + (note.isEmpty() ? "" : "; " + note) + ".");
            charts.apply(footnote).forEach((name, chart) -> StudyCharts.write(chart, dir, name, formats)
                    .forEach(p -> written.add(p.toString())));
        }
        return written;
    }

    /** {@code --chart-format png|svg|both} (default both). */
    static OptionSpec chartFormatOption() {
        return OptionSpec.choice("chart-format", "png|svg|both", "image format of the charts", "both",
                () -> List.of("png", "svg", "both"));
    }

    /** The formats {@code --chart-format} asks for. */
    static List<ChartFiles.Format> chartFormats(CommandArgs args) {
        String text = args.getOrDefault("chart-format", "both");
        return text.equals("both") ? List.of(ChartFiles.Format.PNG, ChartFiles.Format.SVG)
                : List.of(ChartFiles.Format.parse(text));
    }

    /** Prints a JSON document with the chart files and the warnings added at the end. */
    protected static void printJson(PrintWriter out, Map<String, Object> doc, List<String> files,
            List<String> warnings) {
        doc.put("charts", files);
        doc.put("warnings", warnings);
        out.println(dcplanner.io.JsonOutput.write(doc));
    }

    /** Lists the chart files after a table. */
    protected static void printCharts(PrintWriter out, List<String> files) {
        if (!files.isEmpty()) {
            out.println();
            out.println("Charts: " + String.join(", ", files));
        }
    }

    /**
     * A policy rule as JSON fields: {@code rule} (one line), {@code rule_id}, {@code jurisdiction},
     * {@code region}, {@code scheme}, {@code metric} (the study's key of its quantity),
     * {@code comparison}, {@code limit}, {@code status}, {@code source}.
     */
    protected static Map<String, Object> ruleFields(PolicyRule rule) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rule", rule.describe());
        fields.put("rule_id", rule.ruleId());
        fields.put("jurisdiction", rule.jurisdiction());
        fields.put("region", rule.region());
        fields.put("scheme", rule.scheme());
        fields.put("metric", StudyRules.metricKey(rule));
        fields.put("comparison", rule.direction().symbol());
        fields.put("limit", rule.limit());
        fields.put("status", rule.status().label());
        fields.put("source", rule.source());
        return fields;
    }

    /** A metric's value for JSON and CSV (two more decimals than a reader needs). */
    protected static Object data(StudyMetric metric, double value) {
        return Values.forData(value, metric.decimals() + 2, metric.key());
    }

    /** A metric's value for a table. */
    protected static String readable(StudyMetric metric, double value) {
        return Values.readable(value, metric.decimals(), metric.key());
    }

    /** Every metric of a result as JSON fields. */
    protected static Map<String, Object> metricFields(double[] metrics, List<StudyMetric> which) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (StudyMetric metric : which) {
            fields.put(metric.key(), data(metric, metrics[metric.ordinal()]));
        }
        return fields;
    }

    protected static String plain(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString().toLowerCase(Locale.ROOT);
    }
}
