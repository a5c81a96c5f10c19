package dcplanner.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dcplanner.policy.Direction;
import dcplanner.policy.PolicyMetric;
import dcplanner.policy.PolicyRules;
import dcplanner.testsupport.Inputs;

class StressTestTest {

    @Test
    void aWarmerClimateRaisesThePueOfAChillerPlantAndTheBaselineIsTheUnmorphedYear() {
        Map<String, String> inputs = Inputs.of("site", "singapore", "cooling", "water-cooled-chiller");
        PolicyRules limits = StudyFixtures.rules(StudyFixtures.rule("pue-1", "SGP", PolicyMetric.PUE,
                Direction.AT_MOST, 1.0));

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

    @Test
    void johorLimitsApplyToJohorBahruAndNotToKualaLumpur() {
        PolicyRules bundled = PolicyRules.bundled();
        StressTest.Result johor = StressTest.run(StudyFixtures.runner(2), Inputs.of("site", "johor-bahru", "cooling",
                "water-cooled-chiller"), List.of(1.0), 0, bundled);
        StressTest.Result kualaLumpur = StressTest.run(StudyFixtures.runner(2), Inputs.of("site", "kuala-lumpur",
                "cooling", "water-cooled-chiller"), List.of(1.0), 0, bundled);

        // policy-thresholds.csv: Malaysia's only rules are Johor's (PUE 1.4, WUE 1.8)
        assertThat(johor.limits()).extracting(c -> c.rule().ruleId()).containsExactly("mys-johor-pue",
                "mys-johor-wue");
        assertThat(kualaLumpur.limits()).isEmpty();
        // margin = limit - value for an upper limit
        StressTest.LimitCheck pue = johor.limits().get(0);
        assertThat(pue.margins()[0]).isCloseTo(1.4 - johor.rows().get(0).value(StudyMetric.PUE), within(1e-12));
    }
}
