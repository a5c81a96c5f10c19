package dcplanner.climate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads site climates and keeps them for the life of the process: a site's weather is read and its
 * psychrometric state computed once, however many scenarios use it. Thread-safe.
 */
public final class ClimateLibrary {

    private final SiteCatalogue catalogue;
    private final Map<String, SiteClimate> bySiteId = new ConcurrentHashMap<>();
    private final Map<String, SiteClimate> byFile = new ConcurrentHashMap<>();
    private final Map<String, SiteClimate> byElevation = new ConcurrentHashMap<>();

    public ClimateLibrary(SiteCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public SiteCatalogue catalogue() {
        return catalogue;
    }

    /** The climate of a built-in site; {@link IllegalArgumentException} names the valid ids. */
    public SiteClimate site(String siteId) {
        Site site = catalogue.find(siteId).orElseThrow(() -> new IllegalArgumentException(
                "site " + dcplanner.text.InputText.quote(siteId) + " is not a built-in site; valid: " + String.join(", ", catalogue.ids())));
        return bySiteId.computeIfAbsent(siteId, id -> SiteClimate.of(site, weatherOf(site)));
    }

    /** The climate of a user's EPW file; re-read only when the file changes. */
    public SiteClimate epw(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String key;
        try {
            BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
            key = absolute + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            // let the reader produce its one-line message (no such file, not readable)
            return siteFromEpw(file, EpwReader.read(file));
        }
        return byFile.computeIfAbsent(key, k -> siteFromEpw(file, EpwReader.read(file)));
    }

    /**
     * {@code base} at another elevation: the station pressure of every hour scaled by the standard
     * atmosphere ratio (ASHRAE 2017 ch.1 eq.3), temperatures unchanged. Cached like the base.
     */
    public SiteClimate atElevation(SiteClimate base, double elevationM) {
        Site site = base.site();
        if (Math.abs(elevationM - site.elevationM()) < 1e-9) {
            return base;
        }
        String key = site.id() + "|" + site.weatherFile() + "|" + elevationM;
        return byElevation.computeIfAbsent(key, k -> {
            Site moved = new Site(site.id(), site.city(), site.countryIso3(), site.countryName(), site.latitudeDeg(),
                    site.longitudeDeg(), elevationM, site.timeZoneHours(), site.weatherFile(), site.weatherStation(),
                    site.weatherType(), site.weatherPeriod(), site.proxyWeatherFrom(), site.locationSource(),
                    site.notes());
            double factor = Psychrometrics.standardPressurePa(elevationM)
                    / Psychrometrics.standardPressurePa(site.elevationM());
            return SiteClimate.of(moved, base.weather().withPressureScaled(factor));
        });
    }

    private WeatherYear weatherOf(Site site) {
        String resource = SiteCatalogue.WEATHER_RESOURCE_DIR + site.weatherFile();
        WeatherYear weather;
        try (InputStream in = ClimateLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("weather file " + resource + " of site " + site.id()
                        + " is missing from the jar");
            }
            weather = EpwReader.read(in, site.weatherFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        double fileElevationM = weather.location().elevationM();
        if (site.isProxy() && Math.abs(site.elevationM() - fileElevationM) > 0.5) {
            // the borrowed year keeps its temperatures; its pressure follows the proxy's elevation
            // (ASHRAE 2017 ch.1 eq.3 standard atmosphere ratio)
            weather = weather.withPressureScaled(Psychrometrics.standardPressurePa(site.elevationM())
                    / Psychrometrics.standardPressurePa(fileElevationM));
        }
        return weather;
    }

    private static SiteClimate siteFromEpw(Path file, WeatherYear weather) {
        EpwLocation location = weather.location();
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String country = location.country().toUpperCase(Locale.ROOT);
        String period = periodOfRecord(weather);
        Site site = new Site("epw:" + fileName, location.city(), country, country, location.latitudeDeg(),
                location.longitudeDeg(), location.elevationM(), location.timeZoneHours(), file.toString(),
                location.city() + (location.wmoStation().isBlank() ? "" : " (WMO " + location.wmoStation() + ")"),
                location.dataSource(), period, "", "EPW LOCATION header", "user weather file");
        return SiteClimate.of(site, weather);
    }

    /** "Period of Record=2009-2023" from the COMMENTS lines of TMYx files, else empty. */
    static String periodOfRecord(WeatherYear weather) {
        for (String comment : weather.comments()) {
            int at = comment.indexOf("Period of Record=");
            if (at >= 0) {
                String rest = comment.substring(at + "Period of Record=".length());
                int end = 0;
                while (end < rest.length() && (Character.isDigit(rest.charAt(end)) || rest.charAt(end) == '-')) {
                    end++;
                }
                return rest.substring(0, end);
            }
        }
        return "";
    }
}
