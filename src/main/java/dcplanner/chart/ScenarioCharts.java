package dcplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LevelRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import dcplanner.economics.CapexBreakdown;
import dcplanner.economics.OpexBreakdown;
import dcplanner.energy.EnergyComponent;
import dcplanner.energy.WaterComponent;
import dcplanner.scenario.Evaluation;

/**
 * The comparison charts of a list of scenarios. A scenario keeps its colour, marker and pattern
 * (from its place in the list) in every chart drawn from the same list.
 */
public final class ScenarioCharts {

    /** One panel of a small-multiples bar chart: one metric, one bar per scenario. */
    record Panel(String axisLabel, String metric, OptionalInt loadPercent, double baseline, String format,
            ToDoubleFunction<Evaluation> value) {
    }

    private final List<NamedEvaluation> scenarios;
    private final LimitSource limits;
    private final Map<String, Integer> styleIndex = new LinkedHashMap<>();

    public ScenarioCharts(List<NamedEvaluation> scenarios, LimitSource limits) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenarios to chart");
        }
        for (NamedEvaluation s : scenarios) {
            if (styleIndex.putIfAbsent(s.name(), styleIndex.size()) != null) {
                throw new IllegalArgumentException("scenario name '" + s.name() + "' appears twice; names must differ");
            }
        }
        this.scenarios = List.copyOf(scenarios);
        this.limits = limits == null ? LimitSource.NONE : limits;
    }

    public List<NamedEvaluation> scenarios() {
        return scenarios;
    }

    /** Colour, marker and pattern index of a scenario: its place in the list. */
    int styleOf(String name) {
        return styleIndex.get(name);
    }

    /**
     * The charts of one kind: one chart, or for an hourly kind one per scenario that kept its hourly
     * series. {@link ChartKind#SITES} charts this list as sites of one design, {@code design} naming it.
     */
    public List<NamedChart> charts(ChartKind kind, String design) {
        return switch (kind) {
            case METRICS -> one(kind, metrics());
            case ENERGY -> one(kind, energy());
            case WATER -> one(kind, water());
            case MONTHLY_PUE -> one(kind, monthlyPue());
            case CAPEX -> one(kind, capex());
            case OPEX -> one(kind, opex());
            case CASH_FLOW -> one(kind, cashFlow());
            case TRADEOFF -> one(kind, tradeOff());
            case SITES -> one(kind, sites(design));
            case HOURLY_PUE, HOURLY_MODE -> {
                List<NamedChart> charts = new ArrayList<>();
                Set<String> stems = new HashSet<>();
                for (NamedEvaluation s : scenarios) {
                    if (s.evaluation().energy().hourly().isPresent()) {
                        String stem = kind.fileStem() + "-" + ChartFiles.safeStem(s.name());
                        for (int n = 2; !stems.add(stem); n++) {
                            stem = kind.fileStem() + "-" + ChartFiles.safeStem(s.name()) + "-" + n; // "A b" vs "a-b"
                        }
                        charts.add(new NamedChart(stem, kind == ChartKind.HOURLY_PUE ? hourlyPue(s) : hourlyMode(s)));
                    }
                }
                if (charts.isEmpty()) {
                    throw new IllegalArgumentException("chart " + kind.id() + ": no scenario kept its hourly series");
                }
                yield charts;
            }
        };
    }

    private static List<NamedChart> one(ChartKind kind, JFreeChart chart) {
        return List.of(new NamedChart(kind.fileStem(), chart));
    }

    // ---------------------------------------------------------------------------------------------
    // small multiples: one bar per scenario and metric, limit lines beside the scenarios they apply to

    /** PUE (annual, at 100% and 25% IT load), WUE and CUE of every scenario, with the limits of its site. */
    public JFreeChart metrics() {
        List<Panel> panels = List.of(
                // three decimals: at two, 1.394 would read as meeting a limit of 1.39
                new Panel("PUE, annual", "pue", OptionalInt.empty(), 1.0, "0.000", e -> e.energy().pue()),
                new Panel("PUE at 100% IT load", "pue", OptionalInt.of(100), 1.0, "0.000", e -> e.pueAtLoad(100)),
                new Panel("PUE at 25% IT load", "pue", OptionalInt.of(25), 1.0, "0.000", e -> e.pueAtLoad(25)),
                new Panel("WUE, L/kWh", "wue", OptionalInt.empty(), 0.0, "0.00",
                        e -> e.energy().wueLitresPerKwh()),
                new Panel("CUE, kg CO2e/kWh", "cue", OptionalInt.empty(), 0.0, "0.00", e -> e.carbon().cueKgPerKwh()));
        LegendItemCollection legend = new LegendItemCollection();
        for (NamedEvaluation row : scenarios) {
            int i = styleOf(row.name());
            legend.add(swatch(row.name(), ChartStyle.colour(i), ChartStyle.hatch(i)));
        }
        return panels("PUE, WUE and CUE of " + ChartText.count(scenarios.size(), "scenario") + " in "
                + ChartText.where(scenarios), null, scenarios, panels, "Scenario", limits,
                name -> new BarStyle(ChartStyle.colour(styleOf(name)), ChartStyle.hatch(styleOf(name))), legend);
    }

    /**
     * One design across sites: PUE and WUE side by side, sites ordered by PUE (best first). The
     * scenarios are the sites' evaluations, named by site.
     */
    public JFreeChart sites(String design) {
        List<NamedEvaluation> ordered = new ArrayList<>(scenarios);
        ordered.sort(Comparator.comparingDouble((NamedEvaluation s) -> s.evaluation().energy().pue())
                .thenComparing(NamedEvaluation::name));
        List<Panel> panels = List.of(
                new Panel("PUE, annual", "pue", OptionalInt.empty(), 1.0, "0.000", e -> e.energy().pue()),
                new Panel("WUE, L/kWh", "wue", OptionalInt.empty(), 0.0, "0.00", e -> e.energy().wueLitresPerKwh()));
        // colour says whether the site has its own weather file: the bars of proxy sites repeat another's climate
        Set<String> proxies = new HashSet<>();
        ordered.forEach(s -> {
            if (s.evaluation().climate().site().isProxy()) {
                proxies.add(s.name());
            }
        });
        BarStyle own = new BarStyle(ChartStyle.colour(0), Hatch.NONE);
        BarStyle proxy = new BarStyle(new Color(0xBBBBBB), Hatch.DIAGONAL);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(swatch("site with its own weather file", own.colour(), own.hatch()));
        if (!proxies.isEmpty()) {
            legend.add(swatch("proxy climate: the weather year of another site (named)", proxy.colour(),
                    proxy.hatch()));
        }
        return panels("PUE and WUE of one design at " + ChartText.count(scenarios.size(), "site") + ", best PUE first",
                "Design: " + design, ordered, panels, "Site", LimitSource.NONE,
                name -> proxies.contains(name) ? proxy : own, legend);
    }

    /** How a row's bar is drawn. */
    record BarStyle(Color colour, Hatch hatch) {
    }

    private JFreeChart panels(String title, String subtitle, List<NamedEvaluation> rows, List<Panel> panels,
            String rowAxisLabel, LimitSource limitSource, Function<String, BarStyle> barStyle,
            LegendItemCollection legend) {
        CategoryAxis rowAxis = new CategoryAxis(rowAxisLabel);
        rowAxis.setMaximumCategoryLabelWidthRatio(0.4f);
        rowAxis.setCategoryMargin(0.25);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(rowAxis);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(40); // room for the last tick label of one panel before the next
        Map<String, Integer> limitStyles = new LinkedHashMap<>();
        for (Panel panel : panels) {
            plot.add(panel(panel, rows, limitSource, barStyle, limitStyles), 1);
        }
        limitStyles.forEach((label, i) -> legend.add(lineItem("limit: " + label, Color.BLACK, ChartStyle.limitLine(i), null)));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        if (subtitle != null) {
            chart.addSubtitle(0, new TextTitle(subtitle));
        }
        return ChartStyle.finish(chart, ChartText.footnote(rows));
    }

    private static CategoryPlot panel(Panel panel, List<NamedEvaluation> rows, LimitSource limitSource,
            Function<String, BarStyle> barStyle, Map<String, Integer> limitStyles) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        Map<String, Map<String, Double>> limitByLabel = new LinkedHashMap<>();
        double highest = panel.baseline();
        for (NamedEvaluation row : rows) {
            double value = panel.value().applyAsDouble(row.evaluation());
            bars.addValue(value, panel.axisLabel(), row.name());
            highest = Math.max(highest, value);
            for (LimitLine limit : limitSource.limitsFor(row.evaluation())) {
                if (limit.metric().equals(panel.metric()) && limit.atLoadPercent().equals(panel.loadPercent())) {
                    limitStyles.putIfAbsent(limit.label(), limitStyles.size());
                    limitByLabel.computeIfAbsent(limit.label(), k -> new LinkedHashMap<>()).put(row.name(),
                            limit.limit());
                    highest = Math.max(highest, limit.limit());
                }
            }
        }
        // every row is a column of the limit data too (empty where no limit applies): the plot places
        // items by column number, so the limit columns must match the bar columns one for one
        DefaultCategoryDataset limitValues = new DefaultCategoryDataset();
        limitByLabel.forEach((label, byRow) -> rows.forEach(row -> limitValues.addValue(byRow.get(row.name()), label,
                row.name())));
        NumberAxis axis = new NumberAxis(panel.axisLabel());
        axis.setAutoRange(false);
        double span = highest - panel.baseline();
        axis.setRange(panel.baseline(), highest + Math.max(span * 0.5, 0.05)); // room for the value labels
        axis.setNumberFormatOverride(decimal(panel.format()));
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return barStyle.apply((String) bars.getColumnKey(column)).colour();
            }

            /** The value at the end of the bar on a white box, so a limit line behind it cannot cross it out. */
            @Override
            protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                    CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
                String label = generator.generateLabel(data, row, column);
                g2.setFont(ChartStyle.TICK_FONT);
                FontMetrics metrics = g2.getFontMetrics();
                double x = bar.getMaxX() + 5;
                double baseline = bar.getCenterY() + metrics.getAscent() / 2.0 - 1;
                g2.setPaint(new Color(255, 255, 255, 235));
                g2.fill(new Rectangle2D.Double(x - 2, baseline - metrics.getAscent() - 1, metrics.stringWidth(label)
                        + 4, metrics.getAscent() + metrics.getDescent() + 2));
                g2.setPaint(ChartStyle.TEXT);
                g2.drawString(label, (float) x, (float) baseline);
            }
        };
        renderer.setBarPainter(new HatchedBarPainter(
                (row, column) -> barStyle.apply((String) bars.getColumnKey(column)).hatch()));
        renderer.setShadowVisible(false);
        renderer.setBase(panel.baseline());
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimal(panel.format())));
        renderer.setDefaultItemLabelsVisible(true);
        CategoryPlot sub = new CategoryPlot(bars, null, axis, renderer);
        if (limitValues.getRowCount() > 0) {
            LevelRenderer levels = new LevelRenderer();
            levels.setItemMargin(0);
            levels.setMaximumItemWidth(0.9);
            for (int r = 0; r < limitValues.getRowCount(); r++) {
                int style = limitStyles.get((String) limitValues.getRowKey(r));
                levels.setSeriesPaint(r, Color.BLACK);
                levels.setSeriesStroke(r, ChartStyle.limitLine(style));
            }
            sub.setDataset(1, limitValues);
            sub.setRenderer(1, levels);
            // limits over the bars: a bar that breaks its limit must not hide the line it breaks
            sub.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        }
        return sub;
    }

    // ---------------------------------------------------------------------------------------------
    // stacked breakdowns: one bar per scenario, one segment per part

    /** Annual energy other than IT by component, MWh per year. */
    public JFreeChart energy() {
        List<String> labels = new ArrayList<>();
        List<ToDoubleFunction<Evaluation>> parts = new ArrayList<>();
        for (EnergyComponent c : EnergyComponent.values()) {
            if (c != EnergyComponent.IT) {
                labels.add(c.label());
                parts.add(e -> e.energy().energyKwh(c) / 1000);
            }
        }
        return stacked("Annual energy other than IT, by component: " + ChartText.where(scenarios),
                "Energy, MWh per year (IT energy not shown)", labels, parts);
    }

    /** Annual site water by use, m3 per year. */
    public JFreeChart water() {
        List<String> labels = new ArrayList<>();
        List<ToDoubleFunction<Evaluation>> parts = new ArrayList<>();
        for (WaterComponent c : WaterComponent.values()) {
            labels.add(c.label());
            parts.add(e -> e.energy().waterLitres(c) / 1000);
        }
        return stacked("Annual site water by use: " + ChartText.where(scenarios), "Site water, m3 per year",
                labels, parts);
    }

    /** Capital cost by subsystem. */
    public JFreeChart capex() {
        MoneyScale scale = MoneyScale.of(scenarios.stream()
                .mapToDouble(s -> s.evaluation().lifecycle().capex().totalUsd()).max().orElse(0));
        List<String> labels = List.of("Building shell", "Electrical", "Mechanical (cooling)", "White-space fit-out",
                "Site works", "Land", "On-site PV");
        List<ToDoubleFunction<CapexBreakdown>> items = List.of(CapexBreakdown::buildingShellUsd,
                CapexBreakdown::electricalUsd, CapexBreakdown::mechanicalUsd, CapexBreakdown::fitOutUsd,
                CapexBreakdown::siteWorksUsd, CapexBreakdown::landUsd, CapexBreakdown::pvUsd);
        List<ToDoubleFunction<Evaluation>> parts = new ArrayList<>();
        items.forEach(item -> parts.add(e -> item.applyAsDouble(e.lifecycle().capex()) / scale.divisor()));
        return stacked("Capital cost by subsystem: " + ChartText.where(scenarios),
                "Capital cost, " + scale.unit() + " (constant prices)", labels, parts);
    }

    /** Operating cost of the first operating year by item. */
    public JFreeChart opex() {
        MoneyScale scale = MoneyScale.of(scenarios.stream()
                .mapToDouble(s -> s.evaluation().lifecycle().firstYearOpex().totalUsd()).max().orElse(0));
        List<String> labels = List.of("Electricity (energy)", "Demand charges", "Power purchase agreements",
                "Renewable certificates", "Water", "Carbon price", "Maintenance", "Staff", "Insurance");
        List<ToDoubleFunction<OpexBreakdown>> items = List.of(OpexBreakdown::electricityUsd,
                OpexBreakdown::demandChargeUsd, OpexBreakdown::ppaUsd, OpexBreakdown::certificatesUsd,
                OpexBreakdown::waterUsd, OpexBreakdown::carbonUsd, OpexBreakdown::maintenanceUsd,
                OpexBreakdown::staffUsd, OpexBreakdown::insuranceUsd);
        List<ToDoubleFunction<Evaluation>> parts = new ArrayList<>();
        items.forEach(item -> parts.add(e -> item.applyAsDouble(e.lifecycle().firstYearOpex()) / scale.divisor()));
        return stacked("Operating cost of the first operating year, by item: " + ChartText.where(scenarios),
                "Operating cost, " + scale.unit() + " per year", labels, parts);
    }

    private JFreeChart stacked(String title, String axisLabel, List<String> labels,
            List<ToDoubleFunction<Evaluation>> parts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int p = 0; p < labels.size(); p++) {
            boolean any = false;
            for (NamedEvaluation s : scenarios) {
                any |= parts.get(p).applyAsDouble(s.evaluation()) > 0;
            }
            if (!any) {
                continue; // a part no scenario has (no PV, no towers) stays out of the legend
            }
            for (NamedEvaluation s : scenarios) {
                data.addValue(parts.get(p).applyAsDouble(s.evaluation()), labels.get(p), s.name());
            }
        }
        if (data.getRowCount() == 0) {
            data.addValue(0.0, "none in any scenario", scenarios.get(0).name()); // keeps axes and legend honest
        }
        return StackedBars.build(title, "Scenario", axisLabel, data, PlotOrientation.HORIZONTAL,
                ChartText.footnote(scenarios));
    }

    /** US dollars in the unit that keeps axis numbers short. */
    record MoneyScale(double divisor, String unit) {
        static MoneyScale of(double largestUsd) {
            return largestUsd >= 1e6 ? new MoneyScale(1e6, "million USD") : new MoneyScale(1e3, "thousand USD");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // lines, points and hours

    /** PUE month by month, one line per scenario. */
    public JFreeChart monthlyPue() {
        return TrendCharts.monthlyPue(this);
    }

    /** Cumulative discounted net cash flow year by year, one line per scenario. */
    public JFreeChart cashFlow() {
        return TrendCharts.cashFlow(this);
    }

    /** Total cost of ownership against life-cycle CO2e and against site water, non-dominated marked. */
    public JFreeChart tradeOff() {
        return TradeOffChart.build(this);
    }

    /** Every hour of one scenario coloured by its PUE (needs the hourly series). */
    public JFreeChart hourlyPue(NamedEvaluation scenario) {
        return HourlyHeatMap.build(scenario, HourlyHeatMap.Colour.PUE);
    }

    /** Every hour of one scenario coloured by its cooling mode (needs the hourly series). */
    public JFreeChart hourlyMode(NamedEvaluation scenario) {
        return HourlyHeatMap.build(scenario, HourlyHeatMap.Colour.MODE);
    }

    // ---------------------------------------------------------------------------------------------
    // shared pieces

    static DecimalFormat decimal(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** A legend entry: a square of the colour with the fill pattern. */
    static LegendItem swatch(String label, Color colour, Hatch hatch) {
        LegendItem item = new LegendItem(label, null, null, null, hatch.legendSwatch(13), colour,
                new BasicStroke(0.8f), hatch == Hatch.NONE ? new Color(0x404040) : ChartStyle.inkOn(colour));
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        return item;
    }

    /** A legend entry: a line in the given stroke, with a marker when {@code marker} is not null. */
    static LegendItem lineItem(String label, Color colour, BasicStroke stroke, Shape marker) {
        Shape line = new Line2D.Double(-16, 0, 16, 0);
        Shape shape = marker == null ? new Rectangle2D.Double() : marker;
        LegendItem item = new LegendItem(label, null, null, null, marker != null, shape, true, colour, false, colour,
                stroke, true, line, stroke, colour);
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        return item;
    }

    static Shape scaled(Shape shape, double factor) {
        return AffineTransform.getScaleInstance(factor, factor).createTransformedShape(shape);
    }
}
