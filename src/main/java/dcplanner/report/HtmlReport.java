package dcplanner.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dcplanner.chart.ChartFiles;
import dcplanner.chart.ChartKind;
import dcplanner.chart.ChartText;
import dcplanner.chart.LimitSource;
import dcplanner.chart.NamedChart;
import dcplanner.chart.NamedEvaluation;
import dcplanner.chart.ScenarioCharts;
import dcplanner.io.Column;
import dcplanner.io.EvaluationReport;
import dcplanner.io.Values;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.Source;

/**
 * One self-contained HTML page about a set of scenarios: what was assumed, what came out, the charts
 * (inline SVG), where every figure comes from and how sure it is, and what the reader must know.
 * It loads nothing from anywhere (no script, no web font, no image file), so it opens without a
 * network and prints to PDF from the browser (A4, charts and table rows kept whole). The page is
 * well-formed XHTML, and the same scenarios give the same bytes (no time stamp).
 */
public final class HtmlReport {

    /** The results shown side by side, in this order. */
    static final List<String> RESULT_KEYS = List.of("pue", "pue_at_100pct_load", "pue_at_25pct_load",
            "wue_l_per_kwh", "cue_kg_per_kwh", "it_energy_mwh", "facility_energy_mwh", "peak_facility_kw", "water_m3",
            "co2_location_t_per_year", "co2_lifecycle_t", "capex_usd", "opex_usd_per_year", "tco_npv_usd",
            "lcoc_usd_per_kw_month");

    /** The charts of the report, in order; hourly charts follow for each scenario that kept its hours. */
    static final List<ChartKind> CHARTS = List.of(ChartKind.METRICS, ChartKind.MONTHLY_PUE, ChartKind.ENERGY,
            ChartKind.WATER, ChartKind.CAPEX, ChartKind.OPEX, ChartKind.CASH_FLOW, ChartKind.TRADEOFF,
            ChartKind.HOURLY_PUE, ChartKind.HOURLY_MODE);

    private static final String STYLE = """
            body { font-family: sans-serif; color: #202020; margin: 2em auto; max-width: 72em; padding: 0 1em;
                   line-height: 1.4; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #999; }
            table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
            th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; vertical-align: top; }
            th { background: #eee; text-align: left; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            tr.differs td { font-weight: bold; }
            tr.fail td.result { font-weight: bold; color: #a00000; }
            figure { margin: 1.5em 0; }
            figure svg { width: 100%; height: auto; border: 1px solid #ddd; }
            figcaption { font-size: 0.9em; color: #505050; }
            .note { color: #505050; font-size: 0.9em; }
            .confidence-low, .confidence-assumption { background: #fff3cd; }
            @page { size: A4; margin: 14mm; }
            @media print {
              body { margin: 0; max-width: none; font-size: 9.5pt; }
              nav { display: none; }
              h2 { break-after: avoid; page-break-after: avoid; }
              figure, tr { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              figure svg { border: none; }
            }
            """;

    private final List<NamedEvaluation> scenarios;
    private final LimitSource limits;
    private final List<ReportSection> sections;

    /**
     * @param sections extra sections (policy checks...) placed after the results, in order
     */
    public HtmlReport(List<NamedEvaluation> scenarios, LimitSource limits, List<ReportSection> sections) {
        this.scenarios = List.copyOf(scenarios);
        this.limits = limits;
        this.sections = List.copyOf(sections);
    }

    /** The page, titled {@code title}. */
    public String render(String title) {
        ScenarioCharts charts = new ScenarioCharts(scenarios, limits);
        Xhtml page = new Xhtml();
        page.raw("<!DOCTYPE html>\n");
        page.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").newline();
        page.open("head").empty("meta", "charset", "UTF-8")
                .element("title", title).open("style").text(STYLE).close().close().newline();
        page.open("body");
        page.element("h1", title);
        page.element("p", ChartText.summary(scenarios), "class", "note");
        List<String> headings = new ArrayList<>(List.of("Scenarios", "Results"));
        sections.forEach(s -> headings.add(s.title()));
        headings.addAll(List.of("Charts", "Warnings", "Inputs", "Data sources"));
        page.open("nav").open("ol");
        for (String heading : headings) {
            page.open("li").element("a", heading, "href", "#" + anchor(heading)).close();
        }
        page.close().close().newline();

        heading(page, "Scenarios");
        scenarioTable(page);
        heading(page, "Results");
        resultTable(page);
        for (ReportSection section : sections) {
            heading(page, section.title());
            section.write(page, scenarios);
        }
        heading(page, "Charts");
        chartFigures(page, charts);
        heading(page, "Warnings");
        warnings(page);
        heading(page, "Inputs");
        inputTable(page);
        heading(page, "Data sources");
        sourceTable(page);
        page.close().newline().close().newline();
        return page.toString();
    }

    private static void heading(Xhtml page, String text) {
        page.newline().element("h2", text, "id", anchor(text));
    }

    static String anchor(String heading) {
        return ChartFiles.safeStem(heading);
    }

    private void scenarioTable(Xhtml page) {
        page.tableHead(List.of("Scenario", "Site", "Country", "Cooling", "IT capacity (kW)", "Utilisation",
                "Weather file"));
        for (NamedEvaluation s : scenarios) {
            Evaluation e = s.evaluation();
            page.open("tr").element("td", s.name()).element("td", e.climate().site().city()
                    + (e.climate().site().isProxy() ? " (proxy climate)" : "")).element("td", e.countryIso3())
                    .element("td", e.scenario().technology().id())
                    .element("td", Values.readable(e.scenario().number("it_capacity_kw"), 0, "it_capacity_kw"),
                            "class", "number")
                    .element("td", Values.plain(e.scenario().number("utilisation") * 100, 1, "utilisation") + "%",
                            "class", "number")
                    .element("td", e.climate().weather().sourceName()).close();
        }
        page.close().close();
    }

    private void resultTable(Xhtml page) {
        page.tableHead(headersThenScenarios("Result", "Unit"));
        Map<String, Column<Evaluation>> byKey = new LinkedHashMap<>();
        EvaluationReport.OUTPUTS.forEach(c -> byKey.put(c.key(), c));
        for (String key : RESULT_KEYS) {
            Column<Evaluation> column = byKey.get(key);
            page.open("tr").element("td", column.header().trim()).element("td", column.unit());
            for (NamedEvaluation s : scenarios) {
                Object value = column.valueOf(s.evaluation());
                page.element("td", value == null ? "n/a" : Values.readable(value, column.decimals(), column.key()),
                        "class", "number");
            }
            page.close();
        }
        page.close().close();
        page.element("p", "A year at each scenario's utilisation; life-cycle CO2e and the total cost of ownership"
                + " over the study period; money in US dollars at constant prices.", "class", "note");
    }

    /** Column headers {@code first}, then one column per scenario. */
    private List<String> headersThenScenarios(String... first) {
        List<String> headers = new ArrayList<>(List.of(first));
        scenarios.forEach(s -> headers.add(s.name()));
        return headers;
    }

    private void chartFigures(Xhtml page, ScenarioCharts charts) {
        for (ChartKind kind : CHARTS) {
            if (kind.hourly() && scenarios.stream().noneMatch(s -> s.evaluation().energy().hourly().isPresent())) {
                continue;
            }
            for (NamedChart chart : charts.charts(kind, "")) {
                page.open("figure", "id", "figure-" + chart.stem());
                page.raw(ChartFiles.scalableSvgElement(chart.chart(), ChartFiles.WIDTH, ChartFiles.HEIGHT,
                        "chart-" + chart.stem()));
                page.element("figcaption", chart.chart().getTitle().getText() + ". " + kind.description() + ".");
                page.close().newline();
            }
        }
    }

    private void warnings(Xhtml page) {
        boolean any = false;
        for (NamedEvaluation s : scenarios) {
            if (s.evaluation().warnings().isEmpty()) {
                continue;
            }
            any = true;
            page.element("h3", s.name()).open("ul");
            s.evaluation().warnings().forEach(w -> page.element("li", w));
            page.close();
        }
        if (!any) {
            page.element("p", "No warnings: every scenario ran on its own site's weather, with no fallback figure.");
        }
    }

    private void inputTable(Xhtml page) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (NamedEvaluation s : scenarios) {
            s.evaluation().scenario().inputsUsed().forEach((name, value) -> parameters.putIfAbsent(name,
                    value.parameter()));
        }
        page.element("p", "Every input the scenarios used, defaults filled in; rows in bold differ between"
                + " scenarios; '-' means the scenario's cooling technology does not use the input.", "class", "note");
        page.tableHead(headersThenScenarios("Input", "Unit"));
        for (Parameter parameter : parameters.values()) {
            List<String> cells = new ArrayList<>();
            for (NamedEvaluation s : scenarios) {
                Scenario.Value value = s.evaluation().scenario().inputsUsed().get(parameter.name());
                cells.add(value == null ? "-" : value.text() + (value.given() ? " (given)" : ""));
            }
            boolean differs = new LinkedHashSet<>(cells).size() > 1;
            page.open("tr", differs ? new String[] {"class", "differs"} : new String[0]);
            page.element("td", parameter.name()).element("td", parameter.unit());
            cells.forEach(c -> page.element("td", c));
            page.close();
        }
        page.close().close();
    }

    private void sourceTable(Xhtml page) {
        Map<String, Set<String>> usedBy = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, String> inputOf = new LinkedHashMap<>();
        for (NamedEvaluation s : scenarios) {
            s.evaluation().scenario().inputsUsed().forEach((name, value) -> {
                Source source = value.source();
                if (source == null) {
                    return;
                }
                String key = name + "|" + source.citation() + "|" + source.year();
                usedBy.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.name());
                sources.putIfAbsent(key, source);
                inputOf.putIfAbsent(key, name);
            });
        }
        page.element("p", "Where each input's value comes from, and how sure the source is: high (a primary"
                + " source), medium (a reputable secondary source or a reasoned choice inside a published range), low"
                + " (a weak source), assumption (no published figure found), user (given for the scenario).",
                "class", "note");
        page.tableHead(List.of("Input", "Scenarios", "Source", "Year", "Confidence"));
        for (Map.Entry<String, Source> entry : sources.entrySet()) {
            Source source = entry.getValue();
            Set<String> names = usedBy.get(entry.getKey());
            page.open("tr", "class", "confidence-" + ChartFiles.safeStem(source.confidence()));
            page.element("td", inputOf.get(entry.getKey()))
                    .element("td", names.size() == scenarios.size() ? "all" : String.join(", ", names))
                    .element("td", source.citation()).element("td", source.year()).element("td", source.confidence());
            page.close();
        }
        page.close().close();
    }
}
