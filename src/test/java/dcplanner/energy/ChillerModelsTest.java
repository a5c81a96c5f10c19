package dcplanner.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChillerModelsTest {

    /**
     * EnergyPlus dataset AirCooledChiller.idf, Carrier 30XA240 (reference COP 3.0 at 35 C, 6.67 C):
     * full-load COP worked out by hand from the published EIR(T) coefficients: 3.37 at 30 C, 2.96 at
     * 35 C, 2.63 at 40 C (MODEL.md: "rated COP 3.0 at 35 C").
     */
    @Test
    void airCooledChillerFollowsThePublishedCurve() {
        assertThat(ChillerModels.airCooledBaseCop(30)).isCloseTo(3.37, within(0.01));
        assertThat(ChillerModels.airCooledBaseCop(35)).isCloseTo(2.96, within(0.01));
        assertThat(ChillerModels.airCooledBaseCop(40)).isCloseTo(2.63, within(0.01));
        // the curve is not extrapolated below its 29.44 C limit (EnergyPlus clamps curve inputs)
        assertThat(ChillerModels.airCooledBaseCop(20)).isEqualTo(ChillerModels.airCooledBaseCop(29.44));
    }

    @Test
    void copNeverRisesWithTheCondenserTemperature() {
        for (double load = 0.1; load <= 1.0; load += 0.1) {
            double previous = Double.POSITIVE_INFINITY;
            for (double t = 10; t <= 50; t += 0.5) {
                double cop = ChillerModels.waterCooledCop(t, 5, load, 12, 0);
                assertThat(cop).as("load %.1f at %.1f C", load, t).isLessThanOrEqualTo(previous + 1e-12);
                previous = cop;
            }
        }
        double previous = Double.POSITIVE_INFINITY;
        for (double t = 0; t <= 50; t += 0.5) {
            double cop = ChillerModels.airCooledCop(t, 10, 0);
            assertThat(cop).isLessThanOrEqualTo(previous + 1e-12);
            previous = cop;
            assertThat(ChillerModels.dxCop(t, 36, 0)).isPositive();
        }
    }

    @Test
    void waterCooledRegressionByHand() {
        // Lei & Masanet (2020): t = 29.4 C (85 F), L = 1:
        // 16.798751 + 0.008840*29.4^2 - 8.528931 + 9.885294 - 0.760621*29.4 + 0.084615*29.4 = 5.9214
        assertThat(ChillerModels.waterCooledBaseCop(29.4, 1.0)).isCloseTo(5.9214, within(1e-3));
    }

    @Test
    void warmerChilledWaterRaisesCopAsTheCarnotLiftShrinks() {
        // same evaporating temperature: factor 1
        assertThat(ChillerModels.evaporatorLiftFactor(5, 5, 40)).isCloseTo(1.0, within(1e-12));
        // by hand: Te 288.15 K lift 25 K against Te 278.15 K lift 35 K -> (288.15/25)/(278.15/35) = 1.45034
        assertThat(ChillerModels.evaporatorLiftFactor(15, 5, 40)).isCloseTo(1.45034, within(1e-4));
        double colder = ChillerModels.waterCooledCop(30, 5, 0.5, 8, 0);
        double warmer = ChillerModels.waterCooledCop(30, 5, 0.5, 16, 0);
        assertThat(warmer).isGreaterThan(colder);
        // inverse forms agree with the COP forms
        assertThat(ChillerModels.waterCooledInverseCop(30, 5, 0.5, 16, 1.1) * 1.1 * warmer).isCloseTo(1.0,
                within(1e-12));
        assertThat(ChillerModels.airCooledInverseCop(33, 18, 1.0) * ChillerModels.airCooledCop(33, 18, 0))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void dxCopFollowsTheLiebertTable() {
        // EnergyPlus 1ZoneDataCenterCRAC_wApproachTemp.idf: gross rated COP 4.5669, EIR modifier 1.0 at 34.8889 C
        assertThat(ChillerModels.dxBaseCop(34.8889)).isCloseTo(4.5669, within(1e-9));
        // and 0.895 at 32.1111 C
        assertThat(ChillerModels.dxBaseCop(32.1111)).isCloseTo(4.5669 / 0.895, within(1e-9));
    }

    @Test
    void warmWaterCreditIsBoundedByTheLeavingWaterLimitAndTheMinimumLift() {
        // credit 0: the base curve as published
        assertThat(ChillerModels.warmWaterFactor(12, 5.67, 37, 0.0, 14.6)).isEqualTo(1.0);
        // by hand: Te 282.15 K lift 28 K against Te 278.82 K lift 31.33 K -> Carnot factor
        // (282.15 / 278.82) * (31.33 / 28) = 1.132291; half of the gain: 1.066146
        assertThat(ChillerModels.warmWaterFactor(9, 5.67, 37, 0.5, 14.6)).isCloseTo(1.066146, within(1e-5));
        // no gain beyond the highest leaving water (15.6 C, evaporating 14.6 C)
        assertThat(ChillerModels.warmWaterFactor(20, 5.67, 37, 0.5, 14.6))
                .isEqualTo(ChillerModels.warmWaterFactor(14.6, 5.67, 37, 0.5, 14.6));
        // condensing held 10 K above evaporating: a colder condenser gives no more than the minimum lift does
        assertThat(ChillerModels.warmWaterFactor(14, 5.67, 18, 1.0, 14.6))
                .isEqualTo(ChillerModels.warmWaterFactor(14, 5.67, 24, 1.0, 14.6));
        // the default credit gives 2 %/K between 6.67 and 10 C chilled water at 31 C condenser water: the
        // DOE-2 centrifugal curve's 2.1 %/K and manufacturers' 2-3 %/K (MODEL.md section 8)
        double cold = ChillerModels.waterCooledCop(31, 5, 1.0, 6.67, 0, ChillerModels.DEFAULT_WARM_WATER_CREDIT);
        double warm = ChillerModels.waterCooledCop(31, 5, 1.0, 10.0, 0, ChillerModels.DEFAULT_WARM_WATER_CREDIT);
        double perKelvin = (warm / cold - 1) / (10.0 - 6.67);
        assertThat(perKelvin).isBetween(0.018, 0.03);
    }
}
