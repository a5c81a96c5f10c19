package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.Site;
import dcplanner.io.Column;
import dcplanner.io.CsvOutput;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;

/** {@code sites}: the built-in sites and where their weather comes from. */
@Component
public class SitesCommand extends PlannerCommand {

    private static final List<Column<Site>> COLUMNS = List.of(
            new Column<>("id", "Id", "", 0, Site::id),
            new Column<>("city", "City", "", 0, Site::city),
            new Column<>("country", "Country", "", 0, Site::countryIso3),
            new Column<>("latitude_deg", "Lat", "deg", 4, Site::latitudeDeg),
            new Column<>("longitude_deg", "Lon", "deg", 4, Site::longitudeDeg),
            new Column<>("elevation_m", "Elev", "m", 1, Site::elevationM),
            new Column<>("time_zone_hours", "UTC", "h", 1, Site::timeZoneHours),
            new Column<>("weather_station", "Weather source", "", 0, Site::weatherStation),
            new Column<>("weather_type", "Type", "", 0, Site::weatherType),
            new Column<>("weather_period", "Period", "", 0, Site::weatherPeriod),
            new Column<>("proxy_weather_from", "Proxy of", "", 0, Site::proxyWeatherFrom));

    private final ClimateLibrary climates;

    public SitesCommand(ClimateLibrary climates) {
        super("sites", "list the built-in sites, their coordinates and weather files", List.of(OptionSpec.format()));
        this.climates = climates;
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        List<Site> sites = climates.catalogue().all();
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Site site : sites) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (Column<Site> column : COLUMNS) {
                        row.put(column.key(), column.dataOf(site));
                    }
                    row.put("country_name", site.countryName());
                    row.put("weather_file", site.weatherFile());
                    row.put("location_source", site.locationSource());
                    row.put("warnings", site.proxyWarning().map(List::of).orElse(List.of()));
                    rows.add(row);
                }
                out.println(JsonOutput.write(rows));
            }
            case CSV -> {
                List<String> headers = new ArrayList<>(COLUMNS.stream().map(Column::key).toList());
                headers.add("weather_file");
                headers.add("notes");
                List<List<Object>> rows = new ArrayList<>();
                for (Site site : sites) {
                    List<Object> row = new ArrayList<>();
                    for (Column<Site> column : COLUMNS) {
                        row.add(column.dataOf(site));
                    }
                    row.add(site.weatherFile());
                    row.add(site.proxyWarning().orElse(site.notes()));
                    rows.add(row);
                }
                out.print(CsvOutput.write(headers, rows));
            }
            case TABLE -> {
                TextTable table = new TextTable(COLUMNS.stream().map(Column::tableHeader).toList());
                for (int c : new int[] {0, 1, 2, 7, 8, 9, 10}) {
                    table.leftAlign(c);
                }
                for (Site site : sites) {
                    table.add(COLUMNS.stream()
                            .map(column -> column.textOf(site))
                            .toList());
                }
                out.print(table.render());
                out.println();
                out.println("Proxy sites (no weather file of their own yet; their results say so):");
                for (Site site : sites) {
                    site.proxyWarning().ifPresent(warning -> out.println("  " + site.id() + ": " + warning));
                }
            }
        }
    }
}
