package dcplanner.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import dcplanner.chart.ChartFiles;
import dcplanner.chart.ChartStyle;
import dcplanner.policy.PolicyRule;

/**
 * The studies' charts, in the one chart style ({@link ChartStyle}: Okabe-Ito colours with line,
 * marker and fill patterns, fonts, a footnote naming the weather file and grid-carbon basis), written
 * by {@link ChartFiles} (deterministic PNG and SVG, safe file names, atomic writes). Titles say what
 * and where; axes carry units.
 */
public final class StudyCharts {

    private static final int MAX_TORNADO_BARS = 15;

    private StudyCharts() {
    }

    /** Writes {@code chart} as {@code dir/name.png} and {@code dir/name.svg}; returns both paths. */
    public static List<Path> write(JFreeChart chart, Path dir, String name) {
        return write(chart, dir, name, List.of(ChartFiles.Format.PNG, ChartFiles.Format.SVG));
    }

    /** Writes {@code chart} into {@code dir} in each format; returns the files, in the formats' order. */
    public static List<Path> write(JFreeChart chart, Path dir, String name, List<ChartFiles.Format> formats) {
        List<Path> files = new ArrayList<>();
        for (ChartFiles.Format format : formats) {
            files.add(ChartFiles.write(chart, dir, name, format, ChartFiles.WIDTH, ChartFiles.HEIGHT));
        }
        return files;
    }

    /**
     * A sweep: the metric against the first input ({@code inputLabel}, with its unit), one line per
     * value of the second.
     */
    public static JFreeChart sweep(Sweep.Result result, StudyMetric metric, String inputLabel, String where,
            String footnote) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Sweep.Axis> axes = result.axes();
        for (Sweep.Point point : result.points()) {
            String series = axes.size() == 2 ? axes.get(1).input() + " = " + point.values().get(1) : metric.label();
            data.addValue(point.metrics()[metric.ordinal()], series, point.values().get(0));
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        ChartStyle.lineSeries(renderer, data.getRowCount());
        NumberAxis axis = new NumberAxis(metric.labelWithUnit());
        axis.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(inputLabel), axis, renderer);
        return finish(metric.label() + " against " + axes.get(0).input() + ", " + where, plot, axes.size() == 2,
                footnote);
    }

    /** Tornado: the change of the metric from the scenario's value with each input at its low and high. */
    public static JFreeChart tornado(Tornado.Result result, StudyMetric metric, String where, String footnote) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double base = result.base()[metric.ordinal()];
        List<Tornado.Bar> ranked = result.ranked(metric);
        for (Tornado.Bar bar : ranked.subList(0, Math.min(MAX_TORNADO_BARS, ranked.size()))) {
            String label = bar.range().input();
            data.addValue(bar.atLow()[metric.ordinal()] - base, "input at its low value", label);
            data.addValue(bar.atHigh()[metric.ordinal()] - base, "input at its high value", label);
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setMaximumBarWidth(0.08);
        NumberAxis axis = new NumberAxis("change of " + metric.labelWithUnit() + " from " + plain(base, metric));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("uncertain input"), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // the change under the bars, by its label
        plot.setFixedLegendItems(ChartStyle.hatchedBars(renderer, List.of("input at its low value",
                "input at its high value")));
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.TEXT, new BasicStroke(1.2f)));
        return finish("Sensitivity of " + metric.label() + ", " + where, plot, true, footnote);
    }

    /** Histogram of the Monte Carlo samples of a metric, with P5, P50 and P95 marked. */
    public static JFreeChart histogram(MonteCarlo.Result result, StudyMetric metric, String where, String footnote) {
        double[] values = result.values(metric);
        HistogramDataset data = new HistogramDataset();
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        int bins = Math.max(5, Math.min(40, (int) Math.ceil(Math.sqrt(values.length))));
        data.addSeries(metric.label(), values, bins, min, max > min ? max : min + 1e-9);
        XYBarRenderer renderer = new XYBarRenderer(0.05);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.colour(5));
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        NumberAxis valueAxis = new NumberAxis(metric.labelWithUnit());
        valueAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, valueAxis, new NumberAxis("samples"), renderer);
        for (MonteCarlo.Summary s : result.summaries()) {
            if (s.metric() == metric) {
                plot.addDomainMarker(ChartStyle.labelledMarker(s.p5(), "P5", ChartStyle.limitLine(1), ChartStyle.TEXT));
                plot.addDomainMarker(ChartStyle.labelledMarker(s.p50(), "P50", ChartStyle.limitLine(3), ChartStyle.colour(0)));
                plot.addDomainMarker(ChartStyle.labelledMarker(s.p95(), "P95", ChartStyle.limitLine(1), ChartStyle.TEXT));
            }
        }
        // the policy limits on this metric, with the share of samples that meet each
        List<MonteCarlo.Chance> limits = result.pMeets().stream().filter(c -> StudyRules.studyMetric(c.rule())
                .filter(metric::equals).isPresent()).toList();
        double low = min;
        double high = max;
        for (MonteCarlo.Chance chance : limits) {
            low = Math.min(low, chance.rule().limit());
            high = Math.max(high, chance.rule().limit());
        }
        if (low < min || high > max) {
            double pad = Math.max((high - low) * 0.05, 1e-6);
            valueAxis.setRange(low - pad, high + pad);
        }
        for (int i = 0; i < limits.size(); i++) {
            MonteCarlo.Chance chance = limits.get(i);
            double limit = chance.rule().limit();
            ValueMarker line = ChartStyle.labelledMarker(limit, "limit: " + chance.rule().describe() + String.format(
                    Locale.ROOT, " (%.1f%% meet it)", 100 * chance.probability()), ChartStyle.limitLine(i),
                    Color.BLACK);
            // at the top, under the percentile labels, on the side of the line with more room
            if (limit > (low + high) / 2) {
                line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                line.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            }
            line.setLabelOffset(new RectangleInsets(26 + 22 * i, 4, 4, 4));
            plot.addDomainMarker(line);
        }
        return finish(metric.label() + " over " + result.samples() + " Monte Carlo samples (seed " + result.seed()
                + "), " + where, plot, false, footnote);
    }

    /** Every feasible design (TCO against life-cycle CO2e), the Pareto set drawn over them. */
    public static JFreeChart pareto(List<Optimiser.Design> feasible, List<Optimiser.Design> front, String where,
            String footnote) {
        XYSeries all = new XYSeries("designs that meet the limits", false, true);
        XYSeries best = new XYSeries("Pareto set: no design is cheaper and lower in CO2e", false, true);
        for (Optimiser.Design d : feasible) {
            all.add(d.metrics()[StudyMetric.TCO_NPV_USD.ordinal()] / 1e6,
                    d.metrics()[StudyMetric.CO2_LIFECYCLE_T.ordinal()]);
        }
        for (Optimiser.Design d : front) {
            best.add(d.metrics()[StudyMetric.TCO_NPV_USD.ordinal()] / 1e6,
                    d.metrics()[StudyMetric.CO2_LIFECYCLE_T.ordinal()]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all);
        data.addSeries(best);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        ChartStyle.lineSeries(renderer, 2);
        // the cloud of designs hollow, the Pareto set filled, larger and drawn last over it
        renderer.setSeriesPaint(0, ChartStyle.colour(5));
        renderer.setSeriesShapesFilled(0, false);
        renderer.setUseOutlinePaint(false);
        renderer.setSeriesShape(1, scaled(ChartStyle.marker(1), 1.5));
        NumberAxis cost = new NumberAxis("total cost of ownership, NPV (million USD)");
        cost.setAutoRangeIncludesZero(false);
        NumberAxis co2 = new NumberAxis("life-cycle CO2e (t)");
        co2.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, cost, co2, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        return finish("Designs: cost of ownership and life-cycle CO2e, " + where, plot, true, footnote);
    }

    /**
     * The metrics (same unit) against warming, titled and labelled {@code quantity}, with the
     * applicable policy limits on them drawn as lines inside the axis range.
     */
    public static JFreeChart stress(StressTest.Result result, List<StudyMetric> metrics, String quantity,
            String where, String footnote) {
        XYSeriesCollection data = new XYSeriesCollection();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (StudyMetric metric : metrics) {
            XYSeries series = new XYSeries(metric.label());
            for (StressTest.Row row : result.rows()) {
                series.add(row.warmingK(), row.value(metric));
                low = Math.min(low, row.value(metric));
                high = Math.max(high, row.value(metric));
            }
            data.addSeries(series);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        ChartStyle.lineSeries(renderer, metrics.size());
        NumberAxis warming = new NumberAxis("mean warming (K)");
        XYPlot plot = new XYPlot(data, warming, new NumberAxis(quantity), renderer);
        int drawn = 0;
        for (StressTest.LimitCheck check : result.limits()) {
            if (StudyRules.studyMetric(check.rule()).filter(metrics::contains).isPresent()) {
                PolicyRule rule = check.rule();
                ValueMarker limit = ChartStyle.labelledMarker(rule.limit(), "limit: " + rule.describe(), ChartStyle.limitLine(drawn++),
                        Color.BLACK);
                limit.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
                limit.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                plot.addRangeMarker(limit);
                low = Math.min(low, rule.limit());
                high = Math.max(high, rule.limit());
            }
        }
        double pad = Math.max((high - low) * 0.08, 1e-3);
        plot.getRangeAxis().setRange(low - pad, high + pad);
        return finish(quantity + " in a warmer climate, " + where, plot, true, footnote);
    }

    private static JFreeChart finish(String title, org.jfree.chart.plot.Plot plot, boolean legend,
            String footnote) {
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE_FONT, plot, legend), footnote);
    }

    private static java.awt.Shape scaled(java.awt.Shape shape, double factor) {
        return java.awt.geom.AffineTransform.getScaleInstance(factor, factor).createTransformedShape(shape);
    }

    private static String plain(double value, StudyMetric metric) {
        return String.format(Locale.ROOT, "%,." + metric.decimals() + "f", value);
    }
}
