package dcplanner.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.scenario.DesignMapper;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.ScenarioResolver;
import dcplanner.testsupport.Inputs;

/**
 * Design levels and part load on every bundled weather year: better equipment never raises PUE, and
 * fixed loads (base load, UPS no-load losses, minimum fan speeds and pump flows, chiller minimum load)
 * make the PUE at 25 % IT load the worst of the four load points, as Green Mark DC measures it.
 */
class DesignLevelTest {

    private static final List<String> SITES = List.of("singapore", "johor-bahru", "kuala-lumpur", "jakarta",
            "bangkok", "manila", "hanoi", "ho-chi-minh-city", "yangon");
    private static ClimateLibrary climates;
    private static ScenarioResolver resolver;

    @BeforeAll
    static void load() {
        climates = new ClimateLibrary(SiteCatalogue.bundled());
        resolver = new ScenarioResolver(ParameterCatalogue.standard(climates.catalogue()));
    }

    private static FacilityDesign design(String site, CoolingTechnology technology, String level) {
        Map<String, String> inputs = Inputs.of("site", site, "cooling", technology.id(), "design_level", level,
                "it_capacity_kw", "10000");
        return DesignMapper.facilityDesign(resolver.resolve(inputs));
    }

    @Test
    void legacyAboveTypicalAboveBestPracticeEverywhere() {
        for (String site : SITES) {
            for (CoolingTechnology technology : CoolingTechnology.values()) {
                double legacy = HourlySimulation.run(climates.site(site), design(site, technology, "legacy"), false).pue();
                double typical = HourlySimulation.run(climates.site(site), design(site, technology, "typical"), false)
                        .pue();
                double best = HourlySimulation.run(climates.site(site), design(site, technology, "best-practice"),
                        false).pue();
                assertThat(legacy).as("%s %s legacy over typical", site, technology).isGreaterThan(typical);
                assertThat(typical).as("%s %s typical over best-practice", site, technology).isGreaterThan(best);
            }
        }
    }

    @Test
    void quarterLoadIsTheWorstLoadPointOfTypicalPlants() {
        for (String site : SITES) {
            for (CoolingTechnology technology : CoolingTechnology.values()) {
                HourlySimulation.LoadPointRun run = HourlySimulation.runWithLoadPoints(climates.site(site),
                        design(site, technology, "typical"), false, 25, 50, 75, 100);
                double quarter = run.atLoadPercent().get(25).pue();
                for (int percent : new int[] {50, 75, 100}) {
                    assertThat(quarter).as("%s %s: 25 %% against %d %%", site, technology, percent)
                            .isGreaterThan(run.atLoadPercent().get(percent).pue());
                }
            }
        }
    }
}
