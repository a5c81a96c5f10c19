package dcplanner.fleet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import dcplanner.chart.ChartFiles;
import dcplanner.chart.ChartText;
import dcplanner.chart.StackedBars;

/**
 * The fleet's charts in the one chart style ({@link dcplanner.chart.ChartStyle}): for each year a bar
 * stacked by country (colour and fill pattern per country, the same on every chart) of facility
 * electricity, operational emissions and site water, with the year's total over it and a footnote
 * naming the weather files and grid intensities. Written by {@link ChartFiles} as PNG and/or SVG.
 */
public final class FleetCharts {

    /** The file-name stems, in order: electricity, emissions, water. */
    public static final List<String> STEMS = List.of("fleet-electricity", "fleet-emissions", "fleet-water");

    private FleetCharts() {
    }

    /**
     * Writes the three charts into {@code folder} in each format; {@code source} names the pipeline
     * file in the titles. Returns the files written.
     */
    public static List<Path> write(FleetProjection.Result result, Path folder, String source,
            List<ChartFiles.Format> formats) {
        List<JFreeChart> charts = charts(result, source);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            for (ChartFiles.Format format : formats) {
                written.add(ChartFiles.write(charts.get(i), folder, STEMS.get(i), format, ChartFiles.WIDTH,
                        ChartFiles.HEIGHT));
            }
        }
        return written;
    }

    /** Electricity, emissions and water by country, year by year. */
    static List<JFreeChart> charts(FleetProjection.Result result, String source) {
        String of = source.isEmpty() ? "" : ": " + source;
        List<String> grid = new ArrayList<>();
        result.lifecycleGPerKwh().forEach((country, g) -> grid.add(ChartText.gridCarbon(country, g, "lifecycle")));
        String footnote = ChartText.footnote(result.citiesByWeatherFile(), grid, "dc-planner fleet projection"
                + " (location-based CO2e; a --grid-path replaces the grid intensity year by year).");
        List<FleetRow> rows = result.rows();
        return List.of(
                chart(rows, "Data-centre electricity by country" + of, "Facility electricity, TWh per year",
                        FleetRow::facilityEnergyTwh, footnote),
                chart(rows, "Operational CO2e by country (location-based)" + of,
                        "CO2e, Mt per year (life-cycle grid intensity)", FleetRow::co2LocationMt, footnote),
                chart(rows, "Data-centre site water by country" + of, "Site water, million m3 per year",
                        FleetRow::waterMillionM3, footnote));
    }

    private static JFreeChart chart(List<FleetRow> rows, String title, String axis, ToDoubleFunction<FleetRow> value,
            String footnote) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FleetRow row : rows) {
            if (!row.country().equals(FleetProjection.ALL)) {
                data.addValue(value.applyAsDouble(row), row.country(), Integer.toString(row.year()));
            }
        }
        return StackedBars.build(title, "Year", axis, data, PlotOrientation.VERTICAL, footnote);
    }
}
