package dcplanner.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LossCoefficientsTest {

    @Test
    void legacyUpsLosesNinePercentOfItsRatingAtFullLoad() {
        // Schneider WP113 Table 2, typical UPS: 4% no-load + 5% proportional = 9% of rating at full load
        LossCoefficients legacy = new LossCoefficients(0.04, 0.05, 0);
        assertThat(legacy.lossKw(1000, 1000)).isCloseTo(90, within(1e-9));
        assertThat(legacy.efficiencyAt(1.0)).isCloseTo(1 / 1.09, within(1e-12));
        // no-load losses stay when the load falls: at 10% load losses are 4.5% of rating, 45% of the load
        assertThat(legacy.lossKw(100, 1000)).isCloseTo(45, within(1e-9));
    }

    @Test
    void modernAndEcoModeFitsReproduceThePublishedEfficiencies() {
        // catalogue defaults, fitted to Eaton 9395XR double conversion 97.0/97.3/97.0/96.4% and ESS
        // 98.4/99.0/99.2/99.2% at 25/50/75/100% load
        LossCoefficients modern = new LossCoefficients(0.0058, 0, 0.03143);
        LossCoefficients eco = new LossCoefficients(0.00386, 0, 0.00416);
        double[] loads = {0.25, 0.5, 0.75, 1.0};
        double[] modernPublished = {0.970, 0.973, 0.970, 0.964};
        double[] ecoPublished = {0.984, 0.990, 0.992, 0.992};
        for (int k = 0; k < loads.length; k++) {
            assertThat(modern.efficiencyAt(loads[k])).isCloseTo(modernPublished[k], within(0.001));
            assertThat(eco.efficiencyAt(loads[k])).isCloseTo(ecoPublished[k], within(0.001));
        }
    }

    @Test
    void redundancyMultipliesNoLoadLosses() {
        // 2N: two UPS systems each rated for the full load, each carrying half
        LossCoefficients ups = new LossCoefficients(0.0058, 0, 0.03143);
        double n = ups.lossKw(600, 1000);
        double twoN = ups.lossKw(600, 2000);
        // by hand: N: 5.8 + 0.03143 * 600^2 / 1000 = 17.1148; 2N: 11.6 + 0.03143 * 600^2 / 2000 = 17.2574
        assertThat(n).isCloseTo(17.1148, within(1e-9));
        assertThat(twoN).isCloseTo(17.2574, within(1e-9));
    }
}
