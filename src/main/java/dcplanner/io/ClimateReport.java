package dcplanner.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dcplanner.climate.ClimateStatistics;
import dcplanner.climate.Site;
import dcplanner.climate.SiteClimate;

/** The climate statistics of a site as JSON, CSV or a text table (the {@code climate} command's output). */
public final class ClimateReport {

    /** The statistics, in output order; the same keys in JSON, CSV and (with units) the table. */
    public static final List<Column<ClimateStatistics>> STATISTICS = List.of(
            new Column<>("hours", "Hours", "", 0, ClimateStatistics::hours),
            new Column<>("mean_dry_bulb_c", "Mean dry bulb", "C", 2, ClimateStatistics::meanDryBulbC),
            new Column<>("max_dry_bulb_c", "Max dry bulb", "C", 1, ClimateStatistics::maxDryBulbC),
            new Column<>("mean_wet_bulb_c", "Mean wet bulb", "C", 2, ClimateStatistics::meanWetBulbC),
            new Column<>("max_wet_bulb_c", "Max wet bulb", "C", 2, ClimateStatistics::maxWetBulbC),
            new Column<>("mean_dew_point_c", "Mean dew point", "C", 2, ClimateStatistics::meanDewPointC),
            new Column<>("mean_humidity_ratio_kg_per_kg", "Mean humidity ratio", "kg/kg", 5,
                    ClimateStatistics::meanHumidityRatioKgPerKg),
            new Column<>("mean_enthalpy_kj_per_kg", "Mean enthalpy", "kJ/kg", 2,
                    ClimateStatistics::meanEnthalpyKjPerKg),
            new Column<>("dry_bulb_0_4pct_c", "Dry bulb exceeded 0.4%", "C", 2, ClimateStatistics::dryBulb0p4PctC),
            new Column<>("wet_bulb_0_4pct_c", "Wet bulb exceeded 0.4%", "C", 2, ClimateStatistics::wetBulb0p4PctC),
            new Column<>("hours_wet_bulb_below_20c", "Hours wet bulb < 20 C", "h", 0,
                    ClimateStatistics::hoursWetBulbBelow20C),
            new Column<>("hours_wet_bulb_below_24c", "Hours wet bulb < 24 C", "h", 0,
                    ClimateStatistics::hoursWetBulbBelow24C),
            new Column<>("hours_dry_bulb_below_24c", "Hours dry bulb < 24 C", "h", 0,
                    ClimateStatistics::hoursDryBulbBelow24C));

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private ClimateReport() {
    }

    public static Map<String, Object> siteDescription(SiteClimate climate) {
        Site site = climate.site();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("site", site.id());
        doc.put("city", site.city());
        doc.put("country", site.countryIso3());
        doc.put("latitude_deg", site.latitudeDeg());
        doc.put("longitude_deg", site.longitudeDeg());
        doc.put("elevation_m", site.elevationM());
        doc.put("weather_file", climate.weather().sourceName());
        doc.put("weather_station", site.weatherStation());
        doc.put("weather_period", site.weatherPeriod());
        doc.put("proxy_climate", site.isProxy());
        doc.put("warnings", climate.warnings());
        return doc;
    }

    /** The JSON document: the site, the annual statistics and the monthly ones. */
    public static Map<String, Object> json(SiteClimate climate, ClimateStatistics annual,
            List<ClimateStatistics> monthly) {
        Map<String, Object> doc = siteDescription(climate);
        putStatistics(doc, annual);
        List<Map<String, Object>> months = new ArrayList<>();
        for (ClimateStatistics month : monthly) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("month", month.month());
            putStatistics(entry, month);
            months.add(entry);
        }
        doc.put("monthly", months);
        return doc;
    }

    private static void putStatistics(Map<String, Object> doc, ClimateStatistics stats) {
        for (Column<ClimateStatistics> column : STATISTICS) {
            doc.put(column.key(), column.dataOf(stats));
        }
    }

    /** One CSV row for the year and one for each month. */
    public static String csv(SiteClimate climate, ClimateStatistics annual, List<ClimateStatistics> monthly) {
        List<String> headers = new ArrayList<>(List.of("site", "period"));
        STATISTICS.forEach(column -> headers.add(column.key()));
        headers.add("warnings");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(csvRow(climate, "annual", annual, String.join("; ", climate.warnings())));
        for (ClimateStatistics month : monthly) {
            rows.add(csvRow(climate, String.valueOf(month.month()), month, ""));
        }
        return CsvOutput.write(headers, rows);
    }

    private static List<Object> csvRow(SiteClimate climate, String period, ClimateStatistics stats, String warnings) {
        List<Object> row = new ArrayList<>(List.of(climate.site().id(), period));
        for (Column<ClimateStatistics> column : STATISTICS) {
            row.add(column.dataOf(stats));
        }
        row.add(warnings);
        return row;
    }

    /** The annual statistics and a monthly table, as text. */
    public static String table(SiteClimate climate, ClimateStatistics annual, List<ClimateStatistics> monthly) {
        Site site = climate.site();
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Climate of ").append(site.city()).append(" (").append(site.countryName()).append("), site ")
                .append(site.id()).append(nl);
        out.append("Weather: ").append(site.weatherStation()).append(", ").append(site.weatherType())
                .append(site.weatherPeriod().isEmpty() ? "" : " " + site.weatherPeriod()).append(" (")
                .append(climate.weather().sourceName()).append(')').append(nl);
        for (String warning : climate.warnings()) {
            out.append("WARNING: ").append(warning).append(nl);
        }
        out.append(nl).append("Annual").append(nl);
        TextTable annualTable = new TextTable(List.of("Statistic", "Value", "Unit")).leftAlign(0).leftAlign(2);
        for (Column<ClimateStatistics> column : STATISTICS) {
            annualTable.add(List.of(column.header(),
                    column.textOf(annual), column.unit()));
        }
        out.append(annualTable.render()).append(nl).append("Monthly").append(nl);
        List<Column<ClimateStatistics>> monthColumns = List.of(STATISTICS.get(1), STATISTICS.get(2),
                STATISTICS.get(3), STATISTICS.get(4), STATISTICS.get(5), STATISTICS.get(9),
                STATISTICS.get(11));
        List<String> headers = new ArrayList<>(List.of("Month"));
        monthColumns.forEach(column -> headers.add(column.tableHeader()));
        TextTable monthTable = new TextTable(headers).leftAlign(0);
        for (ClimateStatistics month : monthly) {
            List<String> row = new ArrayList<>(List.of(MONTHS[month.month() - 1]));
            monthColumns.forEach(column -> row.add(column.textOf(month)));
            monthTable.add(row);
        }
        out.append(monthTable.render());
        return out.toString();
    }
}
