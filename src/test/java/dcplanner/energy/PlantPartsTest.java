package dcplanner.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Part-load pieces by hand. */
class PlantPartsTest {

    @Test
    void chillersAreStagedOnTheLoadWithTheStandbyUnit() {
        // four duty chillers plus one standby for 1100 kW: 275 kW each, another starts above 90 % (247.5 kW)
        CoolingDesign.PartLoad plant = new CoolingDesign.PartLoad(1000, 0.4, 0.5, 4, 5);
        PlantParts.ChillerBank bank = new PlantParts.ChillerBank(
                new CoolingDesign.Chiller(Double.NaN, 0, Double.NaN, 0.5, 0.15), plant, 1100);
        // 500 kW: 500 / 247.5 = 2.02 -> 3 running at 500 / 825
        assertThat(bank.partLoad(500)).isCloseTo(500.0 / 825, within(1e-12));
        // 1100 kW: 4.44 -> 5 running (the standby unit too) at 0.8
        assertThat(bank.partLoad(1100)).isCloseTo(0.8, within(1e-12));
        // more than all five can carry: capped at full load
        assertThat(bank.partLoad(2000)).isEqualTo(1.0);
        // 30 kW: one chiller at 0.109, below its 0.15 minimum: it works for 0.15 x 275 = 41.25 kW
        double partLoad = bank.partLoad(30);
        assertThat(partLoad).isCloseTo(30.0 / 275, within(1e-12));
        assertThat(bank.workedKw(30, partLoad)).isCloseTo(41.25, within(1e-9));
        assertThat(bank.curvePartLoad(partLoad)).isEqualTo(0.15);
        // a fixed part load (Lei & Masanet) ignores the load
        PlantParts.ChillerBank fixed = new PlantParts.ChillerBank(new CoolingDesign.Chiller(0.224, 0.1),
                CoolingDesign.PartLoad.PROPORTIONAL, 0);
        assertThat(fixed.partLoad(30)).isEqualTo(0.224);
        assertThat(fixed.workedKw(30, 0.224)).isEqualTo(30);
    }

    @Test
    void fansFollowTheAppendixGCurveAboveTheirMinimumSpeed() {
        // ASHRAE 90.1 Appendix G: 0.0013 + 0.1470 x + 0.9506 x^2 - 0.0998 x^3; at x = 1: 0.9991
        assertThat(PlantParts.fanPowerShare(1.0, 0.4)).isCloseTo(1.0, within(1e-12));
        // x = 0.4: 0.0013 + 0.0588 + 0.152096 - 0.0063872 = 0.2058088, over 0.9991
        assertThat(PlantParts.fanPowerShare(0.4, 0.4)).isCloseTo(0.2058088 / 0.9991, within(1e-9));
        // below the minimum speed the fan stays at it
        assertThat(PlantParts.fanPowerShare(0.1, 0.4)).isEqualTo(PlantParts.fanPowerShare(0.4, 0.4));
        // constant speed: design power at any lower flow
        assertThat(PlantParts.fanPowerShare(0.3, 1.0)).isCloseTo(1.0, within(1e-12));
    }
}
