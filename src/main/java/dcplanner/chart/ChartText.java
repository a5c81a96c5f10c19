package dcplanner.chart;

import java.util.ArrayList;
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
        Map<String, Set<String>> weather = new LinkedHashMap<>();
        Map<String, String> grid = new LinkedHashMap<>();
        for (NamedEvaluation named : scenarios) {
            Evaluation e = named.evaluation();
            Site site = e.climate().site();
            String city = site.isProxy() ? site.city() + " (proxy)" : site.city();
            weather.computeIfAbsent(e.climate().weather().sourceName(), k -> new LinkedHashSet<>()).add(city);
            grid.putIfAbsent(e.countryIso3() + "|" + e.carbon().basis(), e.countryIso3() + " "
                    + Values.plain(e.carbon().gridGramsPerKwh(), 0, "grid_ci_g_per_kwh") + " g/kWh ("
                    + e.carbon().basis() + ")");
        }
        List<String> files = new ArrayList<>();
        weather.forEach((file, cities) -> files.add(file + " (" + String.join(", ", cities) + ")"));
        return "Weather: " + String.join("; ", files) + ". Grid carbon: " + String.join(", ", grid.values())
                + ". dc-planner hourly simulation.";
    }

    /** One paragraph: how many scenarios, where, on what weather and grid carbon. */
    public static String summary(List<NamedEvaluation> scenarios) {
        return count(scenarios.size(), "scenario") + " in " + where(scenarios) + ", simulated hour by hour over a"
                + " typical weather year. " + footnote(scenarios).replace(" dc-planner hourly simulation.", "");
    }

    /** Lower-case plural noun phrase for a count: "1 scenario", "4 scenarios". */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
