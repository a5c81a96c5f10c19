package dcplanner.climate;

/**
 * The LOCATION header line of an EPW file (EnergyPlus Auxiliary Programs, "Weather file format":
 * city, state/province, country, data source, WMO station, latitude, longitude, time zone, elevation).
 *
 * @param latitudeDeg  degrees north (negative south)
 * @param longitudeDeg degrees east (negative west)
 * @param timeZoneHours offset from UTC in hours
 * @param elevationM   metres above sea level
 */
public record EpwLocation(String city, String stateProvince, String country, String dataSource,
        String wmoStation, double latitudeDeg, double longitudeDeg, double timeZoneHours, double elevationM) {
}
