package dcplanner.chart;

import java.util.List;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.policy.PolicyRules;
import dcplanner.scenario.EvaluationService;
import dcplanner.testsupport.Inputs;

/** Real evaluations shared by the chart and report tests (evaluated once per test run). */
public final class ChartFixtures {

    public static final EvaluationService SERVICE = EvaluationService.standard(
            new ClimateLibrary(SiteCatalogue.bundled()));

    /** Singapore and Johor, three cooling technologies; the first keeps its hourly series. */
    public static final List<NamedEvaluation> SCENARIOS = List.of(
            named("Singapore water-cooled", true, "site", "singapore", "cooling", "water-cooled-chiller"),
            named("Singapore liquid-cooled", false, "site", "singapore", "cooling", "direct-liquid-cooling"),
            named("Johor air-cooled", false, "site", "johor-bahru", "cooling", "air-cooled-chiller"),
            named("Johor water-cooled", false, "site", "johor-bahru", "cooling", "water-cooled-chiller"));

    public static final LimitSource LIMITS = new PolicyLimitLines(PolicyRules.bundled());

    private ChartFixtures() {
    }

    public static NamedEvaluation named(String name, boolean hourly, String... inputs) {
        return new NamedEvaluation(name, SERVICE.evaluate(SERVICE.resolver().resolve(Inputs.of(inputs)), hourly));
    }
}
