package dcplanner.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dcplanner.scenario.UncertaintyRanges;
import dcplanner.testsupport.Inputs;

class TornadoTest {

    @Test
    void eachUncertainInputIsMovedToItsEndsAndGivenInputsStayFixed() {
        Tornado.Result result = Tornado.run(StudyFixtures.runner(2), Inputs.of("site", "singapore", "cooling",
                "water-cooled-chiller", "tower_approach_k", "4"), UncertaintyRanges.standard());

        assertThat(result.fixedByUser()).containsExactly("tower_approach_k");
        assertThat(result.bars()).extracting(b -> b.range().input()).contains("utilisation", "air_dt_k")
                .doesNotContain("tower_approach_k", "liquid_share");
        Tornado.Bar utilisation = result.bars().stream().filter(b -> b.range().input().equals("utilisation"))
                .findFirst().orElseThrow();
        assertThat(utilisation.lowValue()).isEqualTo(0.4);
        assertThat(utilisation.highValue()).isEqualTo(0.8);
        // fixed losses (UPS no-load, lighting, transformers) weigh more on a lightly loaded hall
        assertThat(utilisation.atLow()[StudyMetric.PUE.ordinal()])
                .isGreaterThan(utilisation.atHigh()[StudyMetric.PUE.ordinal()]);
        // Singapore has a second bundled weather year: the scenario is run on it too
        assertThat(result.weatherYears()).extracting(Tornado.WeatherYear::site).containsExactly("singapore-1963-2017");
        // ranked by swing, largest first
        var ranked = result.ranked(StudyMetric.PUE);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).swing(StudyMetric.PUE)).isLessThanOrEqualTo(ranked.get(i - 1).swing(StudyMetric.PUE));
        }
    }
}
