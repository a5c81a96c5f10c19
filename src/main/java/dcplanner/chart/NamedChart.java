package dcplanner.chart;

import org.jfree.chart.JFreeChart;

/** A chart and the file-name stem it is written under (already safe: see {@link ChartFiles#safeStem}). */
public record NamedChart(String stem, JFreeChart chart) {

    public NamedChart {
        stem = ChartFiles.safeStem(stem);
    }
}
