package dcplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import dcplanner.scenario.Evaluation;

/**
 * Total cost of ownership against life-cycle CO2e, and against site water, one point per scenario;
 * in each panel the non-dominated scenarios (no other is at most as costly and at most as high on
 * the other axis, and better on one) are drawn filled and named, the dominated ones hollow.
 */
final class TradeOffChart {

    private TradeOffChart() {
    }

    static JFreeChart build(ScenarioCharts charts) {
        List<NamedEvaluation> scenarios = charts.scenarios();
        ScenarioCharts.MoneyScale scale = ScenarioCharts.MoneyScale.of(scenarios.stream()
                .mapToDouble(s -> s.evaluation().lifecycle().tcoNpvUsd()).max().orElse(0));
        NumberAxis tco = new NumberAxis("Total cost of ownership (NPV), " + scale.unit());
        tco.setAutoRangeIncludesZero(false);
        tco.setNumberFormatOverride(ScenarioCharts.decimal("#,##0.0"));
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(tco);
        plot.setGap(24);
        ToDoubleFunction<Evaluation> cost = e -> e.lifecycle().tcoNpvUsd() / scale.divisor();
        plot.add(panel(charts, "Life-cycle CO2e over the study, kt", e -> e.lifecycle().lifecycleCo2T() / 1000,
                cost), 1);
        plot.add(panel(charts, "Site water, thousand m3 per year", e -> e.energy().waterLitres() / 1e6, cost), 1);
        LegendItemCollection legend = new LegendItemCollection();
        for (NamedEvaluation s : scenarios) {
            int style = charts.styleOf(s.name());
            LegendItem item = new LegendItem(s.name(), null, null, null, ScenarioCharts.scaled(ChartStyle.marker(style),
                    1.4), ChartStyle.colour(style));
            item.setLabelFont(ChartStyle.LEGEND_FONT);
            legend.add(item);
        }
        LegendItem hollow = new LegendItem("hollow: dominated (another scenario is cheaper and no worse)", null, null,
                null, true, ScenarioCharts.scaled(ChartStyle.marker(0), 1.4), false, Color.BLACK, true, Color.BLACK,
                new BasicStroke(2f), false, ScenarioCharts.scaled(ChartStyle.marker(0), 1.4), new BasicStroke(1f),
                Color.BLACK);
        hollow.setLabelFont(ChartStyle.LEGEND_FONT);
        legend.add(hollow);
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Cost against carbon and water, filled = non-dominated: "
                + ChartText.where(scenarios), ChartStyle.TITLE_FONT, plot, true);
        return ChartStyle.finish(chart, ChartText.footnote(scenarios));
    }

    private static XYPlot panel(ScenarioCharts charts, String xLabel, ToDoubleFunction<Evaluation> x,
            ToDoubleFunction<Evaluation> y) {
        List<NamedEvaluation> scenarios = charts.scenarios();
        double[][] points = new double[scenarios.size()][];
        for (int i = 0; i < scenarios.size(); i++) {
            Evaluation e = scenarios.get(i).evaluation();
            points[i] = new double[] {x.applyAsDouble(e), y.applyAsDouble(e)};
        }
        List<Integer> front = nonDominated(points);
        double lowestX = java.util.Arrays.stream(points).mapToDouble(p -> p[0]).min().orElse(0);
        double highestX = java.util.Arrays.stream(points).mapToDouble(p -> p[0]).max().orElse(0);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setNumberFormatOverride(ScenarioCharts.decimal("#,##0.##"));
        XYPlot plot = new XYPlot(data, xAxis, null, renderer);
        for (int i = 0; i < scenarios.size(); i++) {
            String name = scenarios.get(i).name();
            XYSeries series = new XYSeries(name, false, true);
            series.add(points[i][0], points[i][1]);
            data.addSeries(series);
            int style = charts.styleOf(name);
            renderer.setSeriesPaint(i, ChartStyle.colour(style));
            renderer.setSeriesShape(i, ScenarioCharts.scaled(ChartStyle.marker(style), 1.6));
            renderer.setSeriesShapesFilled(i, front.contains(i));
            renderer.setSeriesOutlineStroke(i, new BasicStroke(2.2f));
            if (front.contains(i)) {
                // named to the right of the point, or to its left in the right half so the name stays inside
                boolean rightHalf = points[i][0] > (lowestX + highestX) / 2;
                XYTextAnnotation label = new XYTextAnnotation(rightHalf ? name + "   " : "   " + name, points[i][0],
                        points[i][1]);
                label.setFont(ChartStyle.TICK_FONT);
                label.setTextAnchor(rightHalf ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
                plot.addAnnotation(label);
            }
        }
        return plot;
    }

    /** Indices of the points (x, y) that no other point dominates when both are to be minimised. */
    static List<Integer> nonDominated(double[][] points) {
        List<Integer> front = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            boolean dominated = false;
            for (int j = 0; j < points.length && !dominated; j++) {
                dominated = j != i && points[j][0] <= points[i][0] && points[j][1] <= points[i][1]
                        && (points[j][0] < points[i][0] || points[j][1] < points[i][1]);
            }
            if (!dominated) {
                front.add(i);
            }
        }
        return front;
    }
}
