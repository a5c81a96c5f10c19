package dcplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import dcplanner.economics.Finance;
import dcplanner.economics.YearFlow;
import dcplanner.scenario.Evaluation;

/** Lines over time: PUE month by month, and the cumulative discounted cash flow year by year. */
final class TrendCharts {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private TrendCharts() {
    }

    /** One line per scenario: the PUE of each calendar month of the weather year. */
    static JFreeChart monthlyPue(ScenarioCharts charts) {
        List<NamedEvaluation> scenarios = charts.scenarios();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double low = Double.MAX_VALUE;
        double high = 1;
        for (NamedEvaluation s : scenarios) {
            for (int month = 1; month <= 12; month++) {
                Double pue = s.evaluation().energy().pue(month).orElse(null);
                data.addValue(pue, s.name(), MONTHS[month - 1]);
                if (pue != null) {
                    low = Math.min(low, pue);
                    high = Math.max(high, pue);
                }
            }
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        LegendItemCollection legend = scenarioLines(charts, renderer, data.getRowKeys());
        NumberAxis axis = new NumberAxis("PUE of the month (facility energy / IT energy)");
        double pad = Math.max((high - low) * 0.15, 0.01);
        axis.setRange(Math.max(1.0, low - pad), high + pad);
        axis.setNumberFormatOverride(ScenarioCharts.decimal("0.000"));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Month of the weather year"), axis, renderer);
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Monthly PUE of " + ChartText.count(scenarios.size(), "scenario") + " in "
                + ChartText.where(scenarios), ChartStyle.TITLE_FONT, plot, true);
        return ChartStyle.finish(chart, ChartText.footnote(scenarios));
    }

    /**
     * One line per scenario: net cash flow (revenue and residual value less every cost) summed year by
     * year, each year discounted at the scenario's discount rate with the end-of-year convention the
     * life-cycle model uses (year k of the study discounted k + 1 years), so the last point is minus
     * the total cost of ownership when there is no revenue.
     */
    static JFreeChart cashFlow(ScenarioCharts charts) {
        List<NamedEvaluation> scenarios = charts.scenarios();
        XYSeriesCollection data = new XYSeriesCollection();
        ScenarioCharts.MoneyScale scale = ScenarioCharts.MoneyScale.of(scenarios.stream()
                .mapToDouble(s -> Math.abs(s.evaluation().lifecycle().tcoNpvUsd())).max().orElse(0));
        for (NamedEvaluation s : scenarios) {
            XYSeries series = new XYSeries(s.name(), false, true);
            for (double[] point : cumulativeDiscounted(s.evaluation())) {
                series.add(point[0], point[1] / scale.divisor());
            }
            data.addSeries(series);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        LegendItemCollection legend = scenarioLines(charts, renderer, data.getSeries().stream()
                .map(series -> ((XYSeries) series).getKey()).toList());
        NumberAxis years = new NumberAxis("Calendar year (end of year)");
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setAutoRangeIncludesZero(false);
        years.setNumberFormatOverride(ScenarioCharts.decimal("0"));
        NumberAxis money = new NumberAxis("Cumulative discounted net cash flow, " + scale.unit());
        money.setNumberFormatOverride(ScenarioCharts.decimal("#,##0.0"));
        XYPlot plot = new XYPlot(data, years, money, renderer);
        ValueMarker zero = new ValueMarker(0, new Color(0x606060), new BasicStroke(1.2f));
        plot.addRangeMarker(zero);
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Cumulative discounted cash flow over the study: "
                + ChartText.where(scenarios), ChartStyle.TITLE_FONT, plot, true);
        return ChartStyle.finish(chart, ChartText.footnote(scenarios));
    }

    /** Gives series r (scenario {@code names[r]}) its scenario's colour, line and marker; returns the legend. */
    private static LegendItemCollection scenarioLines(ScenarioCharts charts, AbstractRenderer renderer,
            List<?> names) {
        LegendItemCollection legend = new LegendItemCollection();
        for (int r = 0; r < names.size(); r++) {
            String name = (String) names.get(r);
            int style = charts.styleOf(name);
            renderer.setSeriesPaint(r, ChartStyle.colour(style));
            renderer.setSeriesStroke(r, ChartStyle.line(style));
            renderer.setSeriesShape(r, ChartStyle.marker(style));
            legend.add(ScenarioCharts.lineItem(name, ChartStyle.colour(style), (BasicStroke) ChartStyle.line(style),
                    ChartStyle.marker(style)));
        }
        return legend;
    }

    /** (calendar year, cumulative discounted net USD) after each year of the study. */
    static double[][] cumulativeDiscounted(Evaluation e) {
        double rate = e.scenario().number("discount_rate");
        List<YearFlow> flows = e.lifecycle().years();
        double[][] points = new double[flows.size()][];
        double sum = 0;
        for (int i = 0; i < flows.size(); i++) {
            YearFlow year = flows.get(i);
            sum += year.netUsd() * Finance.presentValueFactor(rate, year.index() + 1);
            points[i] = new double[] {year.calendarYear(), sum};
        }
        return points;
    }
}
