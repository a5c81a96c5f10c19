package dcplanner.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import dcplanner.io.AtomicFiles;

/**
 * The studies' charts (JFreeChart), each written as PNG and SVG. Self-contained so that it can move
 * into a shared chart package: titles say what and where, axes carry units, series differ in
 * lightness and line style as well as hue (readable in greyscale).
 */
public final class StudyCharts {

    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    /** Dark blue, orange, mid grey, light blue: distinct in hue and in lightness. */
    private static final Paint[] PAINTS = {new Color(0x1f3a93), new Color(0xe67e22), new Color(0x7f7f7f),
        new Color(0x85c1e9)};
    private static final int MAX_TORNADO_BARS = 15;

    private StudyCharts() {
    }

    /** Writes {@code chart} to {@code dir/name.png} and {@code dir/name.svg}; returns both paths. */
    public static List<Path> write(JFreeChart chart, Path dir, String name) {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        AtomicFiles.writeBytes(png, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        String document = graphics.getSVGDocument();
        AtomicFiles.write(svg, writer -> writer.write(document));
        return List.of(png, svg);
    }

    /**
     * A sweep: the metric against the first input ({@code inputLabel}, with its unit), one line per
     * value of the second.
     */
    public static JFreeChart sweep(Sweep.Result result, StudyMetric metric, String inputLabel, String where) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Sweep.Axis> axes = result.axes();
        for (Sweep.Point point : result.points()) {
            String series = axes.size() == 2 ? axes.get(1).input() + " = " + point.values().get(1) : metric.label();
            data.addValue(point.metrics()[metric.ordinal()], series, point.values().get(0));
        }
        JFreeChart chart = ChartFactory.createLineChart(metric.label() + " against " + axes.get(0).input() + ", "
                + where, inputLabel, metric.labelWithUnit(), data, PlotOrientation.VERTICAL, true, false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int s = 0; s < data.getRowCount(); s++) {
            renderer.setSeriesPaint(s, PAINTS[s % PAINTS.length]);
            renderer.setSeriesStroke(s, stroke(s));
        }
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return styled(chart);
    }

    /** Tornado: the change of the metric from the scenario's value with each input at its low and high. */
    public static JFreeChart tornado(Tornado.Result result, StudyMetric metric, String where) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double base = result.base()[metric.ordinal()];
        List<Tornado.Bar> ranked = result.ranked(metric);
        for (Tornado.Bar bar : ranked.subList(0, Math.min(MAX_TORNADO_BARS, ranked.size()))) {
            String label = bar.range().input();
            data.addValue(bar.atLow()[metric.ordinal()] - base, "input at its low value", label);
            data.addValue(bar.atHigh()[metric.ordinal()] - base, "input at its high value", label);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Sensitivity of " + metric.label() + ", " + where,
                "input", "change of " + metric.labelWithUnit() + " from " + plain(base, metric), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, PAINTS[0]);
        plot.getRenderer().setSeriesPaint(1, PAINTS[1]);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        return styled(chart);
    }

    /** Histogram of the Monte Carlo samples of a metric, with P5, P50 and P95 marked. */
    public static JFreeChart histogram(MonteCarlo.Result result, StudyMetric metric, String where) {
        double[] values = result.values(metric);
        HistogramDataset data = new HistogramDataset();
        double min = java.util.Arrays.stream(values).min().orElse(0);
        double max = java.util.Arrays.stream(values).max().orElse(0);
        int bins = Math.max(5, Math.min(40, (int) Math.ceil(Math.sqrt(values.length))));
        data.addSeries(metric.label(), values, bins, min, max > min ? max : min + 1e-9);
        JFreeChart chart = ChartFactory.createHistogram(metric.label() + " over " + result.samples()
                + " Monte Carlo samples (seed " + result.seed() + "), " + where, metric.labelWithUnit(), "samples",
                data, PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, PAINTS[3]);
        for (MonteCarlo.Summary s : result.summaries()) {
            if (s.metric() == metric) {
                plot.addDomainMarker(marker(s.p5(), "P5", PAINTS[2]));
                plot.addDomainMarker(marker(s.p50(), "P50", PAINTS[0]));
                plot.addDomainMarker(marker(s.p95(), "P95", PAINTS[2]));
            }
        }
        return styled(chart);
    }

    /** Every feasible design (TCO against life-cycle CO2e), the Pareto set drawn over them. */
    public static JFreeChart pareto(List<Optimiser.Design> feasible, List<Optimiser.Design> front, String where) {
        XYSeries all = new XYSeries("designs that meet the limits", false, true);
        XYSeries best = new XYSeries("Pareto set", false, true);
        for (Optimiser.Design d : feasible) {
            all.add(d.metrics()[StudyMetric.TCO_NPV_USD.ordinal()] / 1e6, d.metrics()[StudyMetric.CO2_LIFECYCLE_T.ordinal()]);
        }
        for (Optimiser.Design d : front) {
            best.add(d.metrics()[StudyMetric.TCO_NPV_USD.ordinal()] / 1e6, d.metrics()[StudyMetric.CO2_LIFECYCLE_T.ordinal()]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all);
        data.addSeries(best);
        JFreeChart chart = ChartFactory.createScatterPlot("Designs: cost of ownership and life-cycle CO2e, " + where,
                "total cost of ownership, NPV (million USD)", "life-cycle CO2e (t)", data, PlotOrientation.VERTICAL,
                true, false, false);
        // the Pareto set drawn last, larger and darker, over the cloud of designs
        chart.getXYPlot().setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        XYItemRenderer renderer = chart.getXYPlot().getRenderer();
        renderer.setSeriesPaint(0, PAINTS[3]);
        renderer.setSeriesPaint(1, PAINTS[1]);
        renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        ((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        ((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getDomainAxis()).setAutoRangeIncludesZero(false);
        return styled(chart);
    }

    /**
     * The metrics (same unit) against warming, titled and labelled {@code quantity}, with the
     * applicable limits on them drawn as lines inside the axis range.
     */
    public static JFreeChart stress(StressTest.Result result, List<StudyMetric> metrics, String quantity,
            String where) {
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
        JFreeChart chart = ChartFactory.createXYLineChart(quantity + " in a warmer climate, " + where,
                "mean warming (K)", quantity, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
                (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int s = 0; s < metrics.size(); s++) {
            renderer.setSeriesPaint(s, PAINTS[s % PAINTS.length]);
            renderer.setSeriesStroke(s, stroke(s));
        }
        for (StressTest.LimitCheck check : result.limits()) {
            if (StudyRules.studyMetric(check.rule()).filter(metrics::contains).isPresent()) {
                ValueMarker limit = marker(check.rule().limit(), check.rule().describe(), PAINTS[2]);
                limit.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
                limit.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                plot.addRangeMarker(limit);
                low = Math.min(low, check.rule().limit());
                high = Math.max(high, check.rule().limit());
            }
        }
        double pad = Math.max((high - low) * 0.08, 1e-3);
        plot.getRangeAxis().setRange(low - pad, high + pad);
        return styled(chart);
    }

    /** File-name part for a metric or input: {@code pue_at_25pct_load} -> {@code pue-at-25pct-load}. */
    public static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static ValueMarker marker(double value, String label, Paint paint) {
        ValueMarker marker = new ValueMarker(value, paint, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }

    private static BasicStroke stroke(int series) {
        return series % 2 == 0 ? new BasicStroke(2f) : new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
    }

    private static String plain(double value, StudyMetric metric) {
        return String.format(Locale.ROOT, "%,." + metric.decimals() + "f", value);
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
        } else if (chart.getPlot() instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        return chart;
    }
}
