package dcplanner.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.junit.jupiter.api.Test;

import dcplanner.policy.Direction;
import dcplanner.policy.PolicyMetric;
import dcplanner.policy.PolicyRules;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.testsupport.Inputs;

class MonteCarloTest {

    private static final Map<String, String> SINGAPORE_WCC = Inputs.of("site", "singapore", "cooling",
            "water-cooled-chiller");
    private static final PolicyRules NONE = StudyFixtures.NO_RULES;

    @Test
    void theSameSeedGivesTheSameSamplesAndResultsWhateverTheThreadCount() {
        MonteCarlo.Result oneThread = MonteCarlo.run(StudyFixtures.runner(1), SINGAPORE_WCC,
                UncertaintyRanges.standard(), NONE, 24, 42);
        MonteCarlo.Result twoThreads = MonteCarlo.run(StudyFixtures.runner(2), SINGAPORE_WCC,
                UncertaintyRanges.standard(), NONE, 24, 42);
        MonteCarlo.Result otherSeed = MonteCarlo.run(StudyFixtures.runner(2), SINGAPORE_WCC,
                UncertaintyRanges.standard(), NONE, 24, 43);

        assertThat(twoThreads.sampleInputs()).isEqualTo(oneThread.sampleInputs());
        for (int i = 0; i < 24; i++) {
            assertThat(twoThreads.sampleMetrics().get(i)).containsExactly(oneThread.sampleMetrics().get(i));
        }
        assertThat(otherSeed.sampleInputs()).isNotEqualTo(oneThread.sampleInputs());
        for (MonteCarlo.Summary s : oneThread.summaries()) {
            assertThat(s.p5()).isLessThanOrEqualTo(s.p50());
            assertThat(s.p50()).isLessThanOrEqualTo(s.p95());
        }
        // uncertain inputs the water-cooled plant uses; liquid-loop inputs are not sampled
        assertThat(oneThread.sampled()).extracting(s -> s.range().input())
                .contains("utilisation", "tower_approach_k", "chiller_cop_adjustment")
                .doesNotContain("liquid_share", "sea_pump_head_m");
    }

    @Test
    void singaporeHasTwoBundledWeatherYearsAndBothAreDrawn() {
        MonteCarlo.Result result = MonteCarlo.run(StudyFixtures.runner(2), SINGAPORE_WCC,
                UncertaintyRanges.standard(), NONE, 30, 1);

        assertThat(result.weatherSites()).containsExactly("singapore", "singapore-1963-2017");
        assertThat(result.sampleInputs()).extracting(inputs -> inputs.get("site"))
                .contains("singapore", "singapore-1963-2017");
        MonteCarlo.Result fixed = MonteCarlo.run(StudyFixtures.runner(2), SINGAPORE_WCC,
                UncertaintyRanges.standard(), NONE, 5, 1, false);
        assertThat(fixed.weatherSites()).isEmpty();
        assertThat(fixed.sampleInputs()).allSatisfy(s -> assertThat(s.get("site")).isEqualTo("singapore"));
    }

    @Test
    void inputsTheUserSetAreNotSampled() {
        Map<String, String> inputs = Inputs.of("site", "jakarta", "cooling", "water-cooled-chiller", "utilisation",
                "0.5");
        MonteCarlo.Result result = MonteCarlo.run(StudyFixtures.runner(2), inputs, UncertaintyRanges.standard(),
                NONE, 5, 3);

        assertThat(result.weatherSites()).isEmpty();
        assertThat(result.sampled()).extracting(s -> s.range().input()).doesNotContain("utilisation");
        assertThat(result.sampleInputs()).allSatisfy(s -> assertThat(s.get("utilisation")).isEqualTo("0.5"));
    }

    @Test
    void aLimitEveryDesignMeetsHasProbabilityOneAndAPhysicallyImpossibleOneZero() {
        // PUE can never be below 1 (facility energy includes the IT energy)
        PolicyRules limits = StudyFixtures.rules(
                StudyFixtures.rule("loose", "SGP", PolicyMetric.PUE, Direction.AT_MOST, 10),
                StudyFixtures.rule("impossible", "SGP", PolicyMetric.PUE, Direction.AT_MOST, 0.999),
                StudyFixtures.rule("elsewhere", "DEU", PolicyMetric.PUE, Direction.AT_MOST, 10));
        MonteCarlo.Result result = MonteCarlo.run(StudyFixtures.runner(2), SINGAPORE_WCC,
                UncertaintyRanges.standard(), limits, 10, 5);

        // only Singapore's rules apply to a Singapore site
        assertThat(result.pMeets()).extracting(c -> c.rule().ruleId()).containsExactly("loose", "impossible");
        assertThat(result.pMeets()).extracting(MonteCarlo.Chance::probability).containsExactly(1.0, 0.0);
    }

    @Test
    void pMeetsHasJohorsRulesForJohorBahruAndNoneForKualaLumpur() {
        MonteCarlo.Result johor = MonteCarlo.run(StudyFixtures.runner(2), Inputs.of("site", "johor-bahru", "cooling",
                "water-cooled-chiller"), UncertaintyRanges.standard(), PolicyRules.bundled(), 2, 1);
        MonteCarlo.Result kualaLumpur = MonteCarlo.run(StudyFixtures.runner(2), Inputs.of("site", "kuala-lumpur",
                "cooling", "water-cooled-chiller"), UncertaintyRanges.standard(), PolicyRules.bundled(), 2, 1);

        assertThat(johor.pMeets()).extracting(c -> c.rule().ruleId()).containsExactly("mys-johor-pue",
                "mys-johor-wue");
        assertThat(kualaLumpur.pMeets()).isEmpty();
    }

    @Test
    void normalAndLognormalRangesReadLowAndHighAsTheFifthAndNinetyFifthPercentiles() {
        for (UncertaintyRanges.Distribution kind : List.of(UncertaintyRanges.Distribution.NORMAL,
                UncertaintyRanges.Distribution.LOGNORMAL)) {
            ContinuousDistribution d = MonteCarlo.distribution(kind, 2, 0, 8);
            assertThat(d.inverseCumulativeProbability(0.05)).isCloseTo(2, within(1e-9));
            assertThat(d.inverseCumulativeProbability(0.95)).isCloseTo(8, within(1e-9));
        }
        // a triangular distribution's mean is (low + mode + high) / 3
        assertThat(MonteCarlo.distribution(UncertaintyRanges.Distribution.TRIANGULAR, 1, 2, 6).getMean())
                .isCloseTo(3, within(1e-12));
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] values = {5, 1, 4, 2, 3};
        // spreadsheet PERCENTILE({1..5}, p): 1.2 at 5%, 3 at the median, 4.8 at 95%
        assertThat(Percentiles.of(values, 0.05)).isCloseTo(1.2, within(1e-12));
        assertThat(Percentiles.of(values, 0.5)).isEqualTo(3.0);
        assertThat(Percentiles.of(values, 0.95)).isCloseTo(4.8, within(1e-12));
    }
}
