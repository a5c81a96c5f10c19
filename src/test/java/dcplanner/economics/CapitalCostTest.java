package dcplanner.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapitalCostTest {

    private static CapexInputs calibrationBuild(double usdPerMw) {
        // 20 MW, Tier III N+1 (factor 1.25), the reference density, chiller plant, linear scale
        return new CapexInputs(20_000, usdPerMw, 1.25, 1.25, 1.0, 1.0, 10, 10, 1.0, 20, 0, 809.4, 0, 0);
    }

    /**
     * The calibration build costs the published per-MW construction cost of its country (MODEL.md
     * section 6: Singapore 12.5, Malaysia 8.78, Viet Nam 6.9, Philippines 4.59 USD million/MW),
     * well within the +-20% capital-cost calculators claim.
     */
    @ParameterizedTest
    @CsvSource({"SGP, 12.5", "MYS, 8.78", "VNM, 6.9", "PHL, 4.59"})
    void calibrationBuildLandsOnThePublishedCostPerMw(String country, double millionsPerMw) {
        CapexBreakdown capex = CapitalCost.estimate(calibrationBuild(millionsPerMw * 1e6));
        assertThat(capex.constructionUsd() / 20).as(country).isCloseTo(millionsPerMw * 1e6, within(1.0));
        assertThat(capex.landUsd()).isZero();
    }

    @Test
    void sharesAddUpToTheWholeCost() {
        assertThat(CapitalCost.SHELL_SHARE + CapitalCost.ELECTRICAL_SHARE + CapitalCost.MECHANICAL_SHARE
                + CapitalCost.FIT_OUT_SHARE + CapitalCost.SITE_SHARE).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void redundancyDensityScaleAndLandMoveTheirSubsystems() {
        CapexBreakdown reference = CapitalCost.estimate(calibrationBuild(10e6));
        // 2N installs twice the IT capacity: 2 / 1.25 = 1.6 times the electrical plant
        CapexBreakdown twoN = CapitalCost.estimate(new CapexInputs(20_000, 10e6, 2.0, 1.25, 1, 1, 10, 10, 1, 20, 0, 809.4,
                0, 0));
        assertThat(twoN.electricalUsd()).isCloseTo(1.6 * reference.electricalUsd(), within(1e-3));
        assertThat(twoN.mechanicalUsd()).isEqualTo(reference.mechanicalUsd());
        // twice the rack density halves the floor area: shell and fit-out halve; above 15 kW/rack no more
        CapexBreakdown dense = CapitalCost.estimate(new CapexInputs(20_000, 10e6, 1.25, 1.25, 1, 1, 15, 10, 1, 20, 0,
                809.4, 0, 0));
        assertThat(dense.buildingShellUsd()).isCloseTo(reference.buildingShellUsd() * 10 / 15, within(1e-3));
        CapexBreakdown veryDense = CapitalCost.estimate(new CapexInputs(20_000, 10e6, 1.25, 1.25, 1, 1, 60, 10, 1, 20, 0,
                809.4, 0, 0));
        assertThat(veryDense.fitOutUsd()).isCloseTo(dense.fitOutUsd(), within(1e-3));
        // scale exponent 0.9: a 40 MW build costs 2^0.9 times the 20 MW build, by hand 1.866066
        CapexBreakdown larger = CapitalCost.estimate(new CapexInputs(40_000, 10e6, 1.25, 1.25, 1, 1, 10, 10, 0.9, 20, 0,
                809.4, 0, 0));
        assertThat(larger.constructionUsd() / reference.constructionUsd()).isCloseTo(1.866066, within(1e-6));
        // land: Singapore 11573 USD/m2 x 809.4 m2/MW x 20 MW = 187,343,724 USD
        CapexBreakdown land = CapitalCost.estimate(new CapexInputs(20_000, 10e6, 1.25, 1.25, 1, 1, 10, 10, 1, 20, 11573,
                809.4, 500, 876));
        assertThat(land.landUsd()).isCloseTo(187_343_724, within(1.0));
        assertThat(land.pvUsd()).isCloseTo(438_000, within(1e-6));
        assertThat(land.totalUsd()).isCloseTo(land.constructionUsd() + land.landUsd(), within(1e-6));
    }
}
