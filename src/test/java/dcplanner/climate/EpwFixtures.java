package dcplanner.climate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.zip.GZIPInputStream;

/** Builds EPW text for tests: a full year of rows from per-hour functions, or a bundled file's text. */
final class EpwFixtures {

    static final String HEADER = String.join("\n",
            "LOCATION,Testville,TS,SGP,TEST,999999,1.35,103.99,8.0,15.0",
            "DESIGN CONDITIONS,0",
            "TYPICAL/EXTREME PERIODS,0",
            "GROUND TEMPERATURES,0",
            "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0",
            "COMMENTS 1,\"NCEI ISD - #years=[3] Period of Record=2001-2003\"",
            "COMMENTS 2,\"synthetic test file\"",
            "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31");

    private EpwFixtures() {
    }

    /** A non-leap year of hourly rows with the given dry bulb, dew point and pressure. */
    static String year(IntToDoubleFunction dryBulbC, IntToDoubleFunction dewPointC, IntToDoubleFunction pressurePa) {
        return HEADER + "\n" + String.join("\n", rows(dryBulbC, dewPointC, pressurePa, 2001)) + "\n";
    }

    static List<String> rows(IntToDoubleFunction dryBulbC, IntToDoubleFunction dewPointC,
            IntToDoubleFunction pressurePa, int year) {
        List<String> rows = new ArrayList<>();
        LocalDate date = LocalDate.of(year, 1, 1);
        int hourIndex = 0;
        while (date.getYear() == year) {
            for (int hour = 1; hour <= 24; hour++) {
                rows.add(row(date.getMonthValue(), date.getDayOfMonth(), hour, dryBulbC.applyAsDouble(hourIndex),
                        dewPointC.applyAsDouble(hourIndex), pressurePa.applyAsDouble(hourIndex)));
                hourIndex++;
            }
            date = date.plusDays(1);
        }
        return rows;
    }

    static String row(int month, int day, int hour, double dryBulbC, double dewPointC, double pressurePa) {
        double rh = Math.min(100, 100 * Psychrometrics.saturationPressurePa(dewPointC)
                / Psychrometrics.saturationPressurePa(dryBulbC));
        return String.format(Locale.ROOT,
                "2001,%d,%d,%d,60,?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9?9?9*9*9?9*9,%.1f,%.1f,%.0f,%.0f,0,0,400,"
                        + "0,0,0,0,0,0,0,180,2.0,5,5,10.0,77777,9,999999999,0,0.1,0,88,0.2,0.0,0.0",
                month, day, hour, dryBulbC, dewPointC, rh, pressurePa);
    }

    /** The uncompressed text of a bundled weather file. */
    static String bundledText(String fileName) {
        try (InputStream in = EpwFixtures.class.getResourceAsStream(SiteCatalogue.WEATHER_RESOURCE_DIR + fileName);
                InputStream gz = new GZIPInputStream(in)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            gz.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
