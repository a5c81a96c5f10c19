package dcplanner.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteClimate;
import dcplanner.energy.FacilityDesign;
import dcplanner.energy.HourlySimulation;

/**
 * The one way a scenario is evaluated, whichever way it was entered (shell, CSV batch, studies):
 * inputs -> scenario -> site climate -> hourly simulation -> results. Thread-safe.
 */
public final class EvaluationService {

    /** IT loads, in percent of capacity, at which PUE is always reported (policy limits use them). */
    public static final int[] LOAD_POINTS_PERCENT = {25, 50, 75, 100};

    private final ScenarioResolver resolver;
    private final ClimateLibrary climates;

    public EvaluationService(ScenarioResolver resolver, ClimateLibrary climates) {
        this.resolver = resolver;
        this.climates = climates;
    }

    public ScenarioResolver resolver() {
        return resolver;
    }

    public ClimateLibrary climates() {
        return climates;
    }

    /** Resolves and evaluates inputs given by name. */
    public Evaluation evaluate(Map<String, String> inputs) {
        return evaluate(resolver.resolve(inputs), false);
    }

    /** Evaluates a resolved scenario; {@code keepHourly} keeps the hour-by-hour series. */
    public Evaluation evaluate(Scenario scenario, boolean keepHourly) {
        SiteClimate climate = climateOf(scenario);
        FacilityDesign design = DesignMapper.facilityDesign(scenario);
        HourlySimulation.LoadPointRun run = HourlySimulation.runWithLoadPoints(climate, design, keepHourly,
                LOAD_POINTS_PERCENT);
        List<String> warnings = new ArrayList<>(climate.warnings());
        warnings.addAll(scenario.warnings());
        String country = scenario.find("country").map(v -> (String) v.value())
                .orElse(climate.site().countryIso3());
        return new Evaluation(scenario, climate, country, run.scenario(), run.atLoadPercent(), warnings);
    }

    /** The site climate a scenario names, at its elevation. */
    public SiteClimate climateOf(Scenario scenario) {
        SiteClimate climate = scenario.has("site") ? climates.site(scenario.text("site"))
                : climates.epw(Path.of(scenario.text("epw")));
        if (scenario.has("elevation_m")) {
            climate = climates.atElevation(climate, scenario.number("elevation_m"));
        }
        return climate;
    }
}
