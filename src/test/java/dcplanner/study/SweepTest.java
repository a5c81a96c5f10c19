package dcplanner.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dcplanner.testsupport.Inputs;

class SweepTest {

    @Test
    void warmerSupplyAirMeansLessChillerCompressorEnergy() {
        // warmer supply air -> warmer chilled water -> higher chiller COP (MODEL.md section 4 and 9)
        Sweep.Result result = Sweep.run(StudyFixtures.runner(2), Inputs.of("site", "singapore", "cooling",
                "water-cooled-chiller"), List.of(Sweep.Axis.range("supply_air_c", "22", "30", "1", 100)));

        assertThat(result.points()).hasSize(9);
        assertThat(result.points().get(0).values()).containsExactly("22");
        // once the chilled water reaches the chiller's highest leaving-water temperature the credit stops
        // (issue 7) and the energy levels off; only the heat of the fans moving lighter, warmer air may
        // then add a trace (at most 0.1 % per kelvin)
        int compressor = StudyMetric.COMPRESSOR_ENERGY_MWH.ordinal();
        for (int i = 1; i < result.points().size(); i++) {
            assertThat(result.points().get(i).metrics()[compressor])
                    .isLessThan(result.points().get(i - 1).metrics()[compressor] * 1.001);
        }
        assertThat(result.points().get(8).metrics()[compressor])
                .isLessThan(0.9 * result.points().get(0).metrics()[compressor]);
    }

    @Test
    void twoInputsMakeAGridWithTheLastVaryingFastest() {
        Sweep.Result result = Sweep.run(StudyFixtures.runner(2), Inputs.of("site", "singapore"), List.of(
                new Sweep.Axis("cooling", List.of("air-cooled-chiller", "water-cooled-chiller")),
                Sweep.Axis.range("utilisation", "0.4", "0.8", "0.2", 100)));

        assertThat(result.points()).extracting(Sweep.Point::values).containsExactly(
                List.of("air-cooled-chiller", "0.4"), List.of("air-cooled-chiller", "0.6"),
                List.of("air-cooled-chiller", "0.8"), List.of("water-cooled-chiller", "0.4"),
                List.of("water-cooled-chiller", "0.6"), List.of("water-cooled-chiller", "0.8"));
    }

    @Test
    void decimalStepsCarryNoBinaryRoundingAndBadRangesAreRefused() {
        assertThat(Sweep.Axis.range("utilisation", "0.1", "0.3", "0.1", 100).values())
                .containsExactly("0.1", "0.2", "0.3");
        assertThatThrownBy(() -> Sweep.Axis.range("supply_air_c", "30", "22", "1", 100))
                .hasMessageContaining("to = 22 is below from = 30");
        assertThatThrownBy(() -> Sweep.Axis.range("supply_air_c", "22", "30", "0", 100))
                .hasMessageContaining("step");
    }
}
