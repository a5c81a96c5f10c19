package dcplanner.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dcplanner.testsupport.Inputs;

class StressTestTest {

    @Test
    void aWarmerClimateRaisesThePueOfAChillerPlantAndTheBaselineIsTheUnmorphedYear() {
        Map<String, String> inputs = Inputs.of("site", "singapore", "cooling", "water-cooled-chiller");
        PolicyLimits limits = country -> List.of(new PolicyRule(country, "test", StudyMetric.PUE, true, 1.0, "", ""));

        StressTest.Result result = StressTest.run(StudyFixtures.runner(2), inputs, List.of(2.0, 1.0, 3.0), 0, limits);

        assertThat(result.rows()).extracting(StressTest.Row::warmingK).containsExactly(0.0, 1.0, 2.0, 3.0);
        double plainPue = StudyFixtures.SERVICE.evaluate(inputs).energy().pue();
        assertThat(result.rows().get(0).value(StudyMetric.PUE)).isCloseTo(plainPue, within(1e-12));
        // higher wet bulb -> warmer condenser water -> lower chiller COP (MODEL.md section 4)
        for (int i = 1; i < 4; i++) {
            assertThat(result.rows().get(i).value(StudyMetric.PUE))
                    .isGreaterThan(result.rows().get(i - 1).value(StudyMetric.PUE));
        }
        // PUE <= 1 can never be met: broken from the start, margins negative
        assertThat(result.limits()).singleElement().satisfies(check -> {
            assertThat(check.firstBreakingWarmingK()).isEqualTo(0.0);
            assertThat(check.margins()[0]).isCloseTo(1.0 - plainPue, within(1e-12));
        });
    }
}
