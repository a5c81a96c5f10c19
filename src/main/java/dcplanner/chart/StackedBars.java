package dcplanner.chart;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A stacked bar chart in the one chart style: one bar per column of the data (a scenario, a year),
 * one patterned segment per row (a component, a country), the total written at the end of each bar.
 * Used by the scenario breakdowns and the fleet projection.
 */
public final class StackedBars {

    private StackedBars() {
    }

    /** The chart; {@code data} rows are the segments, columns the bars (positive values). */
    public static JFreeChart build(String title, String barAxisLabel, String valueAxisLabel,
            DefaultCategoryDataset data, PlotOrientation orientation, String footnote) {
        double highest = 0;
        double[] totals = new double[data.getColumnCount()];
        for (int c = 0; c < totals.length; c++) {
            for (int r = 0; r < data.getRowCount(); r++) {
                Number value = data.getValue(r, c);
                totals[c] += value == null ? 0 : value.doubleValue();
            }
            highest = Math.max(highest, totals[c]);
        }
        DecimalFormat format = ScenarioCharts.decimal(highest >= 100 ? "#,##0" : highest >= 10 ? "#,##0.0"
                : "#,##0.00");
        NumberAxis axis = new NumberAxis(valueAxisLabel);
        axis.setRange(0, highest > 0 ? highest * 1.1 : 1);
        axis.setNumberFormatOverride(format);
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setMaximumBarWidth(orientation == PlotOrientation.HORIZONTAL ? 0.12 : 0.07);
        List<String> rows = new ArrayList<>();
        data.getRowKeys().forEach(key -> rows.add(key.toString()));
        CategoryAxis bars = new CategoryAxis(barAxisLabel);
        if (orientation == PlotOrientation.HORIZONTAL) {
            bars.setMaximumCategoryLabelWidthRatio(0.4f); // long scenario names wrap beside their bars
        }
        CategoryPlot plot = new CategoryPlot(data, bars, axis, renderer);
        plot.setOrientation(orientation);
        plot.setFixedLegendItems(ChartStyle.hatchedBars(renderer, rows));
        boolean horizontal = orientation == PlotOrientation.HORIZONTAL;
        for (int c = 0; c < totals.length; c++) {
            CategoryTextAnnotation label = new CategoryTextAnnotation(horizontal ? "  " + format.format(totals[c])
                    : format.format(totals[c]), data.getColumnKey(c), totals[c]);
            label.setFont(ChartStyle.TICK_FONT);
            label.setTextAnchor(horizontal ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER);
            label.setCategoryAnchor(CategoryAnchor.MIDDLE);
            plot.addAnnotation(label);
        }
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true), footnote);
    }
}
