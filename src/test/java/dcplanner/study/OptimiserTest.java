package dcplanner.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import dcplanner.testsupport.Inputs;

class OptimiserTest {

    private static final Map<String, String> SINGAPORE = Inputs.of("site", "singapore");
    /** A legacy UPS loses 4% of its rating at no load plus 5% of the load (Schneider WP113): no square-law term. */
    private static final Map<String, String> LEGACY_UPS = Inputs.of("site", "singapore", "ups_type",
            "legacy-double-conversion");

    @Test
    void theLowestCarbonChillerPlantHasTheWarmestSupplyAirAndNoRedundantUpsCapacity() {
        // by hand: warmer supply air raises the chiller COP; with a legacy UPS the losses grow with the
        // installed rating (0.04 x rating), so N (rating 1x) beats N+1 (1.25x) and 2N (2x) by 1 and 4% of
        // the IT capacity, far more than the transformers' square-law term can win back (< 0.1%);
        // embodied carbon depends on neither. So 30 C and N is the optimum.
        List<Optimiser.Dimension> space = List.of(
                new Optimiser.Dimension("cooling", List.of("water-cooled-chiller")),
                new Optimiser.Dimension("supply_air_c", List.of("22", "26", "30")),
                new Optimiser.Dimension("redundancy", List.of("2N", "N")));

        Optimiser.Result result = Optimiser.run(StudyFixtures.runner(2), LEGACY_UPS, space, Optimiser.Objective.CO2,
                Optimiser.Limits.none(), 3);

        assertThat(result.method()).isEqualTo("exhaustive");
        assertThat(result.spaceSize()).isEqualTo(6);
        assertThat(result.evaluated()).isEqualTo(6);
        assertThat(result.best().get(0).choices()).containsEntry("supply_air_c", "30").containsEntry("redundancy", "N");
    }

    @Test
    void aWaterLimitRulesOutCoolingTowers() {
        // cooling towers evaporate about 1.8-2.6 L per kWh of IT energy; an air-cooled chiller uses almost none
        // (MODEL.md section 4.7), though it needs more energy
        List<Optimiser.Dimension> space = List.of(
                new Optimiser.Dimension("cooling", List.of("water-cooled-chiller", "air-cooled-chiller")));

        Optimiser.Result free = Optimiser.run(StudyFixtures.runner(2), SINGAPORE, space, Optimiser.Objective.CO2,
                Optimiser.Limits.none(), 2);
        Optimiser.Result dry = Optimiser.run(StudyFixtures.runner(2), SINGAPORE, space, Optimiser.Objective.CO2,
                new Optimiser.Limits(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(0.5),
                        OptionalDouble.empty()), 2);

        assertThat(free.best().get(0).choices()).containsEntry("cooling", "water-cooled-chiller");
        assertThat(dry.feasibleCount()).isEqualTo(1);
        assertThat(dry.best()).singleElement().satisfies(d -> assertThat(d.choices())
                .containsEntry("cooling", "air-cooled-chiller"));
    }

    @Test
    void johorsRulesConstrainADesignInJohorBahruAsTheSameNumericLimitsDoAndNothingInKualaLumpur() {
        StudyRunner runner = StudyFixtures.runner(2);
        Map<String, String> johor = Inputs.of("site", "johor-bahru");
        List<Optimiser.Dimension> space = List.of(new Optimiser.Dimension("cooling", List.of("water-cooled-chiller",
                "air-cooled-chiller", "water-cooled-chiller-wse", "airside-economiser-adiabatic")));
        List<dcplanner.policy.PolicyRule> rules = StudyRules.applicable(runner, runner.resolve(johor),
                dcplanner.policy.PolicyRules.bundled());

        // policy-thresholds.csv: Johor's annual PUE <= 1.4 and WUE <= 1.8 (in force); Malaysia has no national rule
        assertThat(rules).extracting(dcplanner.policy.PolicyRule::ruleId).containsExactly("mys-johor-pue",
                "mys-johor-wue");
        assertThat(StudyRules.applicable(runner, runner.resolve(Inputs.of("site", "kuala-lumpur")),
                dcplanner.policy.PolicyRules.bundled())).isEmpty();
        Optimiser.Result byRules = Optimiser.run(runner, johor, space, Optimiser.Objective.TCO, new Optimiser.Limits(
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), rules),
                4);
        Optimiser.Result byNumbers = Optimiser.run(runner, johor, space, Optimiser.Objective.TCO, new Optimiser.Limits(
                OptionalDouble.of(1.4), OptionalDouble.empty(), OptionalDouble.of(1.8), OptionalDouble.empty()), 4);

        assertThat(byRules.feasibleCount()).isEqualTo(byNumbers.feasibleCount()).isLessThan(4);
        assertThat(byRules.best()).extracting(Optimiser.Design::choices).isEqualTo(byNumbers.best().stream()
                .map(Optimiser.Design::choices).toList());
        assertThat(byRules.best()).allSatisfy(d -> {
            assertThat(d.metrics()[StudyMetric.PUE.ordinal()]).isLessThanOrEqualTo(1.4);
            assertThat(d.metrics()[StudyMetric.WUE.ordinal()]).isLessThanOrEqualTo(1.8);
        });
    }

    @Test
    void choicesATechnologyDoesNotUseAreNotMultipliedOut() {
        List<Optimiser.Dimension> space = List.of(
                new Optimiser.Dimension("cooling", List.of("water-cooled-chiller", "direct-liquid-cooling")),
                new Optimiser.Dimension("liquid_share", List.of("0.7", "0.8")));

        assertThat(Optimiser.space(StudyFixtures.SERVICE.resolver().catalogue(), Map.of("cooling",
                "water-cooled-chiller"), space)).hasSize(3);
    }

    @Test
    void theHeuristicFindsTheHandCheckedOptimumAndTheParetoSetIsNotDominated() {
        List<Optimiser.Dimension> space = List.of(
                new Optimiser.Dimension("cooling", List.of("water-cooled-chiller", "air-cooled-chiller")),
                new Optimiser.Dimension("supply_air_c", List.of("22", "26", "30")),
                new Optimiser.Dimension("redundancy", List.of("2N", "N+1", "N")));

        Optimiser.Result result = Optimiser.run(StudyFixtures.runner(2), LEGACY_UPS, space, Optimiser.Objective.CO2,
                Optimiser.Limits.none(), 20, 1);

        assertThat(result.method()).startsWith("heuristic");
        assertThat(result.best().get(0).choices()).containsEntry("cooling", "water-cooled-chiller")
                .containsEntry("supply_air_c", "30").containsEntry("redundancy", "N");
        int tco = StudyMetric.TCO_NPV_USD.ordinal();
        int co2 = StudyMetric.CO2_LIFECYCLE_T.ordinal();
        for (Optimiser.Design member : result.pareto()) {
            for (Optimiser.Design other : result.best()) {
                boolean dominates = other.metrics()[tco] <= member.metrics()[tco]
                        && other.metrics()[co2] <= member.metrics()[co2]
                        && (other.metrics()[tco] < member.metrics()[tco] || other.metrics()[co2] < member.metrics()[co2]);
                assertThat(dominates).as("%s dominates %s", other.choices(), member.choices()).isFalse();
            }
        }
    }

    @Test
    void theHeuristicAgreesWithTheExhaustiveSearchOnASpaceSmallEnoughToCheck() {
        List<Optimiser.Dimension> space = List.of(
                new Optimiser.Dimension("cooling", List.of("air-cooled-chiller", "water-cooled-chiller-wse")),
                new Optimiser.Dimension("supply_air_c", List.of("22", "25", "28")),
                new Optimiser.Dimension("ups_type", List.of("legacy-double-conversion", "eco-mode")),
                new Optimiser.Dimension("redundancy", List.of("2N", "N+1")));
        for (Optimiser.Objective objective : Optimiser.Objective.values()) {
            Optimiser.Result exhaustive = Optimiser.run(StudyFixtures.runner(2), SINGAPORE, space, objective,
                    Optimiser.Limits.none(), 1);
            Optimiser.Result heuristic = Optimiser.run(StudyFixtures.runner(2), SINGAPORE, space, objective,
                    Optimiser.Limits.none(), 1, 1);
            assertThat(heuristic.evaluated()).isLessThan(exhaustive.evaluated());
            assertThat(heuristic.best().get(0).choices()).isEqualTo(exhaustive.best().get(0).choices());
        }
    }
}
