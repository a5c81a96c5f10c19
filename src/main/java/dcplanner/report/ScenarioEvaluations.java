package dcplanner.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dcplanner.chart.NamedEvaluation;
import dcplanner.climate.Site;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.InvalidInputException;
import dcplanner.scenario.Scenario;

/** Turns named inputs into named evaluations, and one design into one evaluation per built-in site. */
public final class ScenarioEvaluations {

    /** Inputs that say where a scenario is; a sweep over sites replaces them. */
    private static final Set<String> LOCATION_INPUTS = Set.of("site", "epw", "country", "elevation_m");

    private ScenarioEvaluations() {
    }

    /**
     * Evaluates each scenario in order; those {@code keepHourly} accepts (by name) keep their hourly
     * series. A bad input is reported with the scenario's name in front.
     */
    public static List<NamedEvaluation> evaluate(EvaluationService service, List<NamedInputs> scenarios,
            Predicate<String> keepHourly) {
        List<NamedEvaluation> evaluations = new ArrayList<>();
        for (NamedInputs s : scenarios) {
            evaluations.add(new NamedEvaluation(s.name(), service.evaluate(resolve(service, s), keepHourly.test(
                    s.name()))));
        }
        return evaluations;
    }

    private static Scenario resolve(EvaluationService service, NamedInputs s) {
        try {
            return service.resolver().resolve(s.inputs());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.input(), "scenario '" + s.name() + "': " + e.getMessage());
        }
    }

    /**
     * The design (every input but where it is) at each built-in site, named by city and country; a
     * site that borrows another's weather says so in its name.
     */
    public static List<NamedEvaluation> acrossSites(EvaluationService service, Map<String, String> design) {
        List<Site> sites = service.climates().catalogue().all();
        Map<String, Site> byId = new LinkedHashMap<>();
        sites.forEach(site -> byId.put(site.id(), site));
        Set<String> baseNames = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Site site : sites) {
            if (!baseNames.add(site.city() + "|" + site.countryIso3())) {
                repeated.add(site.city() + "|" + site.countryIso3());
            }
        }
        List<NamedInputs> scenarios = new ArrayList<>();
        for (Site site : sites) {
            Map<String, String> inputs = new LinkedHashMap<>(design);
            inputs.keySet().removeAll(LOCATION_INPUTS);
            inputs.put("site", site.id());
            String detail = site.countryIso3();
            if (site.isProxy()) {
                Site from = byId.get(site.proxyWeatherFrom());
                detail += ", " + (from == null ? site.proxyWeatherFrom() : from.city()) + " weather";
            } else if (repeated.contains(site.city() + "|" + site.countryIso3())) {
                detail += ", " + site.weatherPeriod() + " weather";
            }
            scenarios.add(new NamedInputs(site.city() + " (" + detail + ")", inputs));
        }
        return evaluate(service, scenarios, name -> false);
    }
}
