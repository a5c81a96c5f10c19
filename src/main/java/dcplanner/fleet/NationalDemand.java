package dcplanner.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dcplanner.text.StrictNumbers;

/**
 * National electricity demand of a country, the yardstick of the data centres' share
 * ({@code data/countries/national-electricity-demand.csv}).
 */
public record NationalDemand(String countryIso3, int year, double demandTwh, String basis, String confidence,
        String source) {

    private static final String FILE = "/data/countries/national-electricity-demand.csv";

    /** The bundled figures by country. */
    public static Map<String, NationalDemand> bundled() {
        try (InputStream in = NationalDemand.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the jar");
            }
            Map<String, NationalDemand> figures = new LinkedHashMap<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String where = FILE + " line " + (r.getRecordNumber() + 1);
                figures.put(r.get("country_iso3"), new NationalDemand(r.get("country_iso3"),
                        StrictNumbers.parseInt(r.get("year"), where + " year"),
                        StrictNumbers.parse(r.get("demand_twh"), where + " demand_twh"), r.get("basis"),
                        r.get("confidence"), r.get("source")));
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
    }
}
