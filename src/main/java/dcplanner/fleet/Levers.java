package dcplanner.fleet;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

import dcplanner.text.StrictNumbers;

/**
 * What-if levers of a fleet projection. "New builds" are the cohorts that come online in or after
 * {@code newBuildFromYear}.
 *
 * @param pueLimitShare      share of new-build capacity whose annual PUE is held to {@code pueLimit}
 * @param pueLimit           the PUE limit those new builds meet (overhead energy scaled down to it; water unchanged)
 * @param liquidShare        share of new-build capacity built with direct liquid cooling instead of its own cooling
 *                           (evaluated with evaluate's liquid-cooled plant)
 * @param greenShare         share of data-centre electricity covered by renewable PPAs or certificates (market-based
 *                           emissions; location-based ones do not change)
 * @param gridPathGPerKwh    per country, grid carbon intensity on the life-cycle basis by year, g/kWh (linear between
 *                           given years, flat beyond them); replaces the bundled figure for the location-based column
 * @param nationalDemandTwh  per country, national electricity demand, TWh a year (overrides the bundled figure)
 */
public record Levers(int newBuildFromYear, double pueLimitShare, OptionalDouble pueLimit, double liquidShare,
        double greenShare, Map<String, NavigableMap<Integer, Double>> gridPathGPerKwh,
        Map<String, Double> nationalDemandTwh) {

    public Levers {
        check("pue_limit_share", pueLimitShare);
        check("liquid_share", liquidShare);
        check("green_share", greenShare);
        if (pueLimitShare > 0 && pueLimit.isEmpty()) {
            throw new IllegalArgumentException("a PUE limit share needs the PUE limit (--pue-limit)");
        }
        if (pueLimit.isPresent() && (pueLimit.getAsDouble() < 1 || pueLimit.getAsDouble() > 3)) {
            throw new IllegalArgumentException("pue limit " + pueLimit.getAsDouble() + " is outside 1..3");
        }
        gridPathGPerKwh = Map.copyOf(gridPathGPerKwh);
        nationalDemandTwh = Map.copyOf(nationalDemandTwh);
    }

    /** No lever pulled: the pipeline as it is. */
    public static Levers none(int newBuildFromYear) {
        return new Levers(newBuildFromYear, 0, OptionalDouble.empty(), 0, 0, Map.of(), Map.of());
    }

    private static void check(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " " + share + " is outside 0..1");
        }
    }

    /** The path's intensity in {@code year}, if the country has a path. */
    public OptionalDouble gridIntensity(String country, int year) {
        NavigableMap<Integer, Double> path = gridPathGPerKwh.get(country);
        if (path == null || path.isEmpty()) {
            return OptionalDouble.empty();
        }
        Map.Entry<Integer, Double> below = path.floorEntry(year);
        Map.Entry<Integer, Double> above = path.ceilingEntry(year);
        if (below == null) {
            return OptionalDouble.of(above.getValue());
        }
        if (above == null || above.getKey().equals(below.getKey())) {
            return OptionalDouble.of(below.getValue());
        }
        double t = (year - below.getKey()) / (double) (above.getKey() - below.getKey());
        return OptionalDouble.of(below.getValue() + t * (above.getValue() - below.getValue()));
    }

    /**
     * Parses a grid path {@code "MYS:2025=606,2035=400;SGP:2025=471,2035=400"}: per country, years and
     * intensities in g/kWh (0..1500).
     */
    public static Map<String, NavigableMap<Integer, Double>> parseGridPath(String text) {
        Map<String, NavigableMap<Integer, Double>> paths = new TreeMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("grid path '" + part.trim() + "' needs COUNTRY:YEAR=G,...; e.g."
                        + " MYS:2025=606,2035=400");
            }
            String country = country(part.substring(0, colon));
            NavigableMap<Integer, Double> path = new TreeMap<>();
            for (String point : items(part.substring(colon + 1), "grid path of " + country)) {
                String[] yearValue = point.split("=");
                if (yearValue.length != 2) {
                    throw new IllegalArgumentException("grid path point '" + point.trim() + "' needs YEAR=G");
                }
                int year = StrictNumbers.parseInt(yearValue[0], "grid path year");
                double g = StrictNumbers.parse(yearValue[1], "grid path intensity");
                if (g < 0 || g > 1500) {
                    throw new IllegalArgumentException("grid path intensity " + yearValue[1].trim()
                            + " is outside 0..1500 g/kWh");
                }
                path.put(year, g);
            }
            paths.put(country, path);
        }
        return paths;
    }

    /** Parses {@code "SGP=57,MYS=140"}: TWh a year per country, above 0. */
    public static Map<String, Double> parseDemand(String text) {
        Map<String, Double> demand = new TreeMap<>();
        for (String part : items(text, "national demand")) {
            String[] pair = part.split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("national demand '" + part.trim() + "' needs COUNTRY=TWH");
            }
            double twh = StrictNumbers.parse(pair[1], "national demand");
            if (twh <= 0) {
                throw new IllegalArgumentException("national demand " + pair[1].trim() + " TWh must be above 0");
            }
            demand.put(country(pair[0]), twh);
        }
        return demand;
    }

    private static String country(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not an ISO 3166-1 alpha-3 country code");
        }
        return code;
    }

    /** The comma-separated items of {@code text}; an empty item or a trailing comma is refused. */
    private static List<String> items(String text, String what) {
        try {
            return dcplanner.text.StrictNumbers.listItems(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " " + dcplanner.text.InputText.quote(text) + ": "
                    + e.getMessage());
        }
    }
}
