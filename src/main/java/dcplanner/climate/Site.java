package dcplanner.climate;

import java.util.Optional;

/**
 * A place a data centre could be built, with the weather year used for it.
 *
 * @param id              short id used on the command line ({@code singapore}); for a user EPW file
 *                        {@code epw:<file name>}
 * @param countryIso3     ISO 3166-1 alpha-3 code of the country
 * @param elevationM      elevation of the site, m
 * @param timeZoneHours   legal time zone, hours from UTC
 * @param weatherFile     the weather file (bundled resource name or user path)
 * @param weatherStation  station the weather was observed at
 * @param weatherType     kind of weather year (TMYx, AMY...)
 * @param weatherPeriod   period of record the typical year was drawn from
 * @param proxyWeatherFrom id of the site whose weather year this site borrows, or empty
 * @param locationSource  where the coordinates come from
 * @param notes           anything a reader of the results should know about the data
 */
public record Site(String id, String city, String countryIso3, String countryName, double latitudeDeg,
        double longitudeDeg, double elevationM, double timeZoneHours, String weatherFile, String weatherStation,
        String weatherType, String weatherPeriod, String proxyWeatherFrom, String locationSource, String notes) {

    /** True when this site has no weather file of its own and borrows another site's year. */
    public boolean isProxy() {
        return proxyWeatherFrom != null && !proxyWeatherFrom.isBlank();
    }

    /** The plain-language warning every result of a proxy site carries. */
    public Optional<String> proxyWarning() {
        if (!isProxy()) {
            return Optional.empty();
        }
        return Optional.of("proxy climate: " + city + " (" + countryName + ") has no hourly weather file yet;"
                + " the " + weatherPeriod + " " + weatherType + " weather year of " + weatherStation
                + " (site '" + proxyWeatherFrom + "') is used, with pressure scaled to " + fmt(elevationM)
                + " m elevation");
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
