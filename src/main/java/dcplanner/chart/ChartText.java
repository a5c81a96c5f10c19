package dcplanner.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dcplanner.climate.Site;
import dcplanner.io.Values;
import dcplanner.scenario.Evaluation;

/** The words around a chart: where the scenarios are, and the footnote naming weather and grid carbon. */
public final class ChartText {

    private ChartText() {
    }

    /** "Singapore and Johor Bahru (Senai)", or "13 sites" when there are more than three. */
    public static String where(List<NamedEvaluation> scenarios) {
        Set<String> cities = new LinkedHashSet<>();
        scenarios.forEach(s -> cities.add(s.evaluation().climate().site().city()));
        List<String> list = new ArrayList<>(cities);
        if (list.size() > 3) {
            return list.size() + " sites";
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    /**
     * The weather file of each site (with the site it stands in for when it is a proxy) and the grid
     * carbon basis and intensity of each country.
     */
    public static String footnote(List<NamedEvaluation> scenarios) {
        return footnote(scenarios, HOURLY_SIMULATION);
    }

    /** As above, ending with {@code method} (how the charted figures were made) instead. */
    public static String footnote(List<NamedEvaluation> scenarios, String method) {
        Map<String, Set<String>> weather = new LinkedHashMap<>();
        Map<String, String> grid = new LinkedHashMap<>();
        for (NamedEvaluation named : scenarios) {
            Evaluation e = named.evaluation();
            weather.computeIfAbsent(e.climate().weather().sourceName(), k -> new LinkedHashSet<>())
                    .add(city(e.climate().site()));
            grid.putIfAbsent(e.countryIso3() + "|" + e.carbon().basis(), gridCarbon(e.countryIso3(),
                    e.carbon().gridGramsPerKwh(), e.carbon().basis()));
        }
        return footnote(weather, grid.values(), method);
    }

    /** What the footnote of a chart of evaluated scenarios ends with. */
    public static final String HOURLY_SIMULATION = "dc-planner hourly simulation.";

    /**
     * "Weather: FILE (City, City); FILE (City). Grid carbon: SGP 412 g/kWh (lifecycle). METHOD": the
     * footnote of every chart, from the weather files (each with the sites on it) and the grid carbon
     * figures used.
     */
    public static String footnote(Map<String, ? extends Collection<String>> citiesByWeatherFile,
            Collection<String> gridCarbon, String method) {
        List<String> files = new ArrayList<>();
        citiesByWeatherFile.forEach((file, cities) -> files.add(file + " (" + String.join(", ", cities) + ")"));
        return "Weather: " + String.join("; ", files) + ". Grid carbon: " + String.join(", ", gridCarbon) + ". "
                + method;
    }

    /** A site as the footnote names it: its city, marked when its weather is another site's. */
    public static String city(Site site) {
        return site.isProxy() ? site.city() + " (proxy)" : site.city();
    }

    /** "MYS 585 g/kWh (lifecycle)". */
    public static String gridCarbon(String countryIso3, double gramsPerKwh, String basis) {
        return countryIso3 + " " + Values.plain(gramsPerKwh, 0, "grid_ci_g_per_kwh") + " g/kWh (" + basis + ")";
    }

    /** One paragraph: how many scenarios, where, on what weather and grid carbon. */
    public static String summary(List<NamedEvaluation> scenarios) {
        return count(scenarios.size(), "scenario") + " in " + where(scenarios) + ", simulated hour by hour over a"
                + " typical weather year. " + footnote(scenarios).replace(" " + HOURLY_SIMULATION, "");
    }

    /** Lower-case plural noun phrase for a count: "1 scenario", "4 scenarios". */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
