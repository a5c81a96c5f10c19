package dcplanner.fleet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import dcplanner.io.AtomicFiles;

/**
 * The fleet's charts as SVG files: stacked areas by country of facility electricity, operational
 * emissions and site water, year by year. Self-contained so that it can move onto a shared chart
 * package; colours are ordered dark to light so that countries stay apart in greyscale.
 */
public final class FleetCharts {

    /** Grey levels about 50, 95, 170, 205 (then more): distinguishable in greyscale, the same country in the same colour on every chart. */
    private static final Color[] PALETTE = {new Color(0x1b3a6b), new Color(0xc0392b), new Color(0xe6a817),
        new Color(0xaed6f1), new Color(0x145a32), new Color(0x58d68d), new Color(0x7f8c8d), new Color(0xf5cba7)};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;

    private FleetCharts() {
    }

    /** Writes the three charts into {@code folder}; returns the files written. */
    public static List<Path> write(List<FleetRow> rows, Path folder, String title) {
        List<Path> written = new ArrayList<>();
        written.add(write(folder.resolve("fleet-electricity.svg"), chart(rows, "Data-centre electricity by country"
                + title, "facility electricity (TWh per year)", FleetRow::facilityEnergyTwh)));
        written.add(write(folder.resolve("fleet-emissions.svg"), chart(rows, "Operational CO2e by country" + title
                + " (location-based, life-cycle grid intensity)", "CO2e (Mt per year)", FleetRow::co2LocationMt)));
        written.add(write(folder.resolve("fleet-water.svg"), chart(rows, "Data-centre site water by country" + title,
                "site water (million m3 per year)", FleetRow::waterMillionM3)));
        return written;
    }

    static JFreeChart chart(List<FleetRow> rows, String title, String axis, ToDoubleFunction<FleetRow> value) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FleetRow row : rows) {
            if (!row.country().equals(FleetProjection.ALL)) {
                data.addValue(value.applyAsDouble(row), row.country(), Integer.toString(row.year()));
            }
        }
        JFreeChart chart = ChartFactory.createStackedAreaChart(title, "year", axis, data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        for (int s = 0; s < data.getRowCount(); s++) {
            plot.getRenderer().setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            plot.getRenderer().setSeriesOutlinePaint(s, Color.WHITE);
            plot.getRenderer().setSeriesOutlineStroke(s, new BasicStroke(1f));
        }
        return chart;
    }

    private static Path write(Path file, JFreeChart chart) {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        String document = svg.getSVGDocument();
        AtomicFiles.write(file, writer -> writer.write(document));
        return file;
    }
}
