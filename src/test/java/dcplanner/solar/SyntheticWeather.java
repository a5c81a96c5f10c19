package dcplanner.solar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import dcplanner.climate.EpwReader;
import dcplanner.climate.WeatherYear;

/** Builds a 2019 (365-day) EPW weather year whose irradiance and temperature come from functions of the hour. */
final class SyntheticWeather {

    /** Hourly values of one record, given its 0-based hour index and its EPW hour-of-day (1..24). */
    interface HourlyValues {
        /** {ghi, dni, dhi} in Wh/m2 for the hour. */
        double[] irradiance(int index, int dayOfYear, int hourOfDay);
    }

    private SyntheticWeather() {
    }

    static WeatherYear year(double latitudeDeg, double longitudeDeg, double timeZoneHours, double dryBulbC,
            double windMPerS, HourlyValues values) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "LOCATION,Synthetic,XX,XXX,TEST,000000,%.4f,%.4f,%.1f,10.0%n",
                latitudeDeg, longitudeDeg, timeZoneHours));
        text.append("DESIGN CONDITIONS,0\nTYPICAL/EXTREME PERIODS,0\nGROUND TEMPERATURES,0\n");
        text.append("HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0\nCOMMENTS 1,synthetic\nCOMMENTS 2,synthetic\n");
        text.append("DATA PERIODS,1,1,Data,Tuesday, 1/ 1,12/31\n");
        LocalDate date = LocalDate.of(2019, 1, 1);
        int index = 0;
        while (date.getYear() == 2019) {
            for (int hour = 1; hour <= 24; hour++) {
                double[] irradiance = values.irradiance(index, date.getDayOfYear(), hour);
                text.append(String.format(Locale.ROOT,
                        "2019,%d,%d,%d,60,?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9?9?9*9*9?9*9,%.1f,%.1f,70,101325,0,0,400,"
                                + "%.1f,%.1f,%.1f,0,0,0,0,180,%.1f,5,5,10.0,77777,9,999999999,0,0.1,0,88,0.2,0.0,0.0%n",
                        date.getMonthValue(), date.getDayOfMonth(), hour, dryBulbC, dryBulbC - 4.0, irradiance[0],
                        irradiance[1], irradiance[2], windMPerS));
                index++;
            }
            date = date.plusDays(1);
        }
        return EpwReader.read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.ISO_8859_1)),
                "synthetic.epw");
    }
}
