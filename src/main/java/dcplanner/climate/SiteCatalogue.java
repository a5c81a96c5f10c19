package dcplanner.climate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The built-in sites, read from {@code data/sites.csv} on the class path. */
public final class SiteCatalogue {

    public static final String SITES_RESOURCE = "/data/sites.csv";
    public static final String WEATHER_RESOURCE_DIR = "/data/weather/";

    private final Map<String, Site> sitesById;

    private SiteCatalogue(Map<String, Site> sitesById) {
        this.sitesById = Collections.unmodifiableMap(sitesById);
    }

    /** Loads the bundled catalogue. */
    public static SiteCatalogue bundled() {
        try (InputStream in = SiteCatalogue.class.getResourceAsStream(SITES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the site catalogue " + SITES_RESOURCE + " is missing from the jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), SITES_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SITES_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static SiteCatalogue read(Reader reader, String name) throws IOException {
        Map<String, Site> sites = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        for (CSVRecord row : format.parse(reader)) {
            String id = row.get("id");
            if (sites.containsKey(id)) {
                throw new IllegalStateException(name + " line " + row.getRecordNumber() + ": duplicate site id " + id);
            }
            sites.put(id, new Site(id, row.get("city"), row.get("country_iso3"), row.get("country"),
                    number(row, "latitude_deg", name), number(row, "longitude_deg", name),
                    number(row, "elevation_m", name), number(row, "time_zone_hours", name), row.get("weather_file"),
                    row.get("weather_station"), row.get("weather_type"), row.get("weather_period"),
                    row.get("proxy_weather_from"), row.get("location_source"), row.get("notes")));
        }
        for (Site site : sites.values()) {
            if (site.isProxy() && !sites.containsKey(site.proxyWeatherFrom())) {
                throw new IllegalStateException(name + ": site " + site.id() + " borrows the weather of unknown site "
                        + site.proxyWeatherFrom());
            }
        }
        return new SiteCatalogue(sites);
    }

    private static double number(CSVRecord row, String column, String name) {
        try {
            return Double.parseDouble(row.get(column));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " line " + row.getRecordNumber() + ": " + column + " '"
                    + row.get(column) + "' is not a number");
        }
    }

    public List<Site> all() {
        return new ArrayList<>(sitesById.values());
    }

    public List<String> ids() {
        return new ArrayList<>(sitesById.keySet());
    }

    public Optional<Site> find(String id) {
        return Optional.ofNullable(sitesById.get(id));
    }
}
