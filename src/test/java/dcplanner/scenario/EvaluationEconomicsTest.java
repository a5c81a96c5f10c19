package dcplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dcplanner.carbon.CarbonMetrics;
import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.economics.YearFlow;
import dcplanner.testsupport.Inputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Carbon and economics of whole evaluations, checked against identities and published figures. */
class EvaluationEconomicsTest {

    private static EvaluationService service;

    @BeforeAll
    static void start() {
        service = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));
    }

    private static Evaluation evaluate(String... keyValues) {
        return service.evaluate(Inputs.of(keyValues));
    }

    @Test
    void twentyMegawattsInSingaporeAtPue15PaysAboutThirtyMillionAYearForPower() {
        // MODEL.md section 6 (Cushman & Wakefield 2025): 20 MW IT at PUE 1.5 costs about USD 30 M a year
        // at Singapore tariffs; each 0.1 of PUE about USD 1.9 M
        Evaluation e = evaluate("site", "singapore", "it_capacity_kw", "20000");
        double electricity = e.lifecycle().firstYearOpex().electricityUsd();
        double pue = e.energy().pue();
        assertThat(electricity * 1.5 / pue).isCloseTo(30e6, within(3e6));
        assertThat(electricity * 0.1 / pue).isCloseTo(1.9e6, within(0.19e6));
        // and the bill is the facility energy at the tariff
        assertThat(electricity).isCloseTo(e.energy().facilityKwh() * e.scenario().number("tariff_usd_per_kwh"),
                within(1e-3));
    }

    @Test
    void cueIsGridIntensityTimesPueWhenAllEnergyComesFromTheGrid() {
        // ISO/IEC 30134-8 / MODEL.md section 1: CUE = CEF x PUE
        Evaluation e = evaluate("site", "jakarta", "cooling", "air-cooled-chiller");
        assertThat(e.carbon().cueKgPerKwh()).isCloseTo(0.676 * e.energy().pue(), within(1e-9));
        assertThat(e.carbon().co2MarketTPerYear()).isEqualTo(e.carbon().co2LocationTPerYear());
        assertThat(e.carbon().basis()).isEqualTo("lifecycle");
    }

    @Test
    void onSitePvIsNettedHourByHour() {
        Evaluation e = evaluate("site", "singapore", "it_capacity_kw", "20000", "pv_kwp", "5000");
        CarbonMetrics c = e.carbon();
        assertThat(c.pvGenerationKwh()).isPositive();
        assertThat(c.pvUsedKwh()).isLessThanOrEqualTo(c.pvGenerationKwh() + 1e-6);
        assertThat(c.gridKwh() + c.pvUsedKwh()).isCloseTo(e.energy().facilityKwh(), within(1e-3));
        assertThat(c.renewableEnergyFactor()).isCloseTo(c.pvUsedKwh() / e.energy().facilityKwh(), within(1e-12));
        // the facility always draws more than 5 MWp of PV makes, so all of it is used
        assertThat(c.pvUsedKwh()).isCloseTo(c.pvGenerationKwh(), within(1e-3));
        // yield per kWp in a tropical range (GHI 1769 kWh/m2 x performance ratio 0.70-0.85)
        assertThat(c.pvGenerationKwh() / 5000).isBetween(1769 * 0.70, 1769 * 0.85);
        assertThat(e.lifecycle().capex().pvUsd()).isCloseTo(5000 * 876.0, within(1e-6));
    }

    @Test
    void contractsLowerMarketBasedEmissionsAndRaiseRef() {
        Evaluation e = evaluate("site", "bangkok", "ppa_share", "0.3", "certificate_share", "0.2");
        CarbonMetrics c = e.carbon();
        assertThat(c.co2MarketTPerYear()).isCloseTo(0.5 * c.co2LocationTPerYear(), within(1e-6));
        assertThat(c.renewableEnergyFactor()).isCloseTo(0.5, within(1e-12));
        // Thai UGT1 green tariff 4.21 THB/kWh x 0.0284 = 0.119564 USD/kWh for the PPA share
        assertThat(e.scenario().number("ppa_price_usd_per_kwh")).isCloseTo(0.119564, within(1e-9));
        assertThat(e.warnings()).anyMatch(w -> w.contains("no certificate price for THA"));
    }

    @Test
    void heatReuseAndSourceWaterFollowTheirDefinitions() {
        Evaluation e = evaluate("site", "kuala-lumpur", "heat_reuse_fraction", "0.1");
        double facility = e.energy().facilityKwh();
        double reused = 0.1 * e.energy().heatRejectedKwh();
        assertThat(e.carbon().energyReuseFactor()).isCloseTo(reused / facility, within(1e-12));
        // ERE = (1 - ERF) x PUE (The Green Grid)
        assertThat(e.carbon().energyReuseEffectiveness()).isCloseTo((1 - e.carbon().energyReuseFactor())
                * e.energy().pue(), within(1e-12));
        // WUE source = WUE site + EWIF x grid / IT, Malaysia's WRI factor 1.678 L/kWh
        assertThat(e.carbon().wueSourceLitresPerKwh()).isCloseTo(e.energy().wueLitresPerKwh()
                + 1.678 * e.energy().facilityKwh() / e.energy().itKwh(), within(1e-9));
    }

    @Test
    void nationalBasisUsesOfficialFactorsOrSaysWhyNot() {
        assertThat(evaluate("site", "singapore", "grid_carbon_basis", "national").carbon().gridGramsPerKwh())
                .isCloseTo(419.2, within(1e-9));
        Evaluation cambodia = evaluate("site", "phnom-penh", "grid_carbon_basis", "national");
        assertThat(cambodia.carbon().gridGramsPerKwh()).isEqualTo(418.0);
        assertThat(cambodia.warnings()).anyMatch(w -> w.startsWith("no official national grid emission factor for"
                + " KHM"));
    }

    @Test
    void fallbacksAreNamedInTheWarnings() {
        Evaluation brunei = evaluate("site", "bandar-seri-begawan");
        assertThat(brunei.countryIso3()).isEqualTo("BRN");
        assertThat(brunei.scenario().number("tariff_usd_per_kwh")).isEqualTo(0.115);
        assertThat(brunei.warnings()).anyMatch(w -> w.contains("no electricity tariff for BRN"))
                .anyMatch(w -> w.contains("no capex per mw for BRN")).anyMatch(w -> w.startsWith("proxy climate"));
    }

    @Test
    void rampUpYearsUseTheirOwnUtilisation() {
        Evaluation e = evaluate("site", "manila", "ramp", "0.2,0.4", "operating_years", "5", "construction_years", "1");
        var years = e.lifecycle().years();
        assertThat(years).hasSize(6);
        assertThat(years.stream().map(YearFlow::utilisation).toList()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.6, 0.6);
        // IT energy follows utilisation: 1000 kW x 8760 h x u
        assertThat(years.get(1).itKwh()).isCloseTo(1000 * 8760 * 0.2, within(1e-3));
        assertThat(years.get(1).opex().electricityUsd()).isLessThan(years.get(3).opex().electricityUsd());
    }

    @Test
    void timeOfUseInMalaysiaPricesThePeakWindow() {
        Evaluation e = evaluate("site", "kuala-lumpur", "tariff_structure", "time-of-use");
        double peakShare = e.steadyYear().peakWindowGridKwh() / e.steadyYear().gridKwh();
        // Mon-Fri 14:00-22:00 of a nearly flat load: 8 h x 5 days / (24 h x 7 days) = 0.238
        assertThat(peakShare).isCloseTo(40.0 / 168, within(0.01));
        double peak = e.scenario().number("tariff_peak_usd_per_kwh");
        double offPeak = e.scenario().number("tariff_offpeak_usd_per_kwh");
        assertThat(e.lifecycle().firstYearOpex().electricityUsd()).isCloseTo(
                e.steadyYear().peakWindowGridKwh() * peak + (e.steadyYear().gridKwh()
                        - e.steadyYear().peakWindowGridKwh()) * offPeak, within(1e-3));
        // TNB: 0.4452 and 0.4043 MYR/kWh x 0.218
        assertThat(peak).isCloseTo(0.4452 * 0.218, within(1e-9));
        assertThat(offPeak).isCloseTo(0.4043 * 0.218, within(1e-9));
    }

    @Test
    void abatementCostIsTheExtraCostPerTonneAvoided() {
        Evaluation base = evaluate("site", "hanoi", "cooling", "air-cooled-chiller");
        Evaluation alternative = evaluate("site", "hanoi", "cooling", "water-cooled-chiller-wse");
        Comparison comparison = new Comparison(base, alternative);
        double avoided = base.lifecycle().lifecycleCo2T() - alternative.lifecycle().lifecycleCo2T();
        assertThat(avoided).isPositive();
        assertThat(comparison.abatementCostUsdPerT().getAsDouble()).isCloseTo(
                (alternative.lifecycle().tcoNpvUsd() - base.lifecycle().tcoNpvUsd()) / avoided, within(1e-9));
        assertThat(new Comparison(alternative, base).abatementCostUsdPerT()).isEmpty();
    }

    @Test
    void badEconomicInputsAreRefused() {
        assertThatThrownBy(() -> evaluate("site", "singapore", "tariff_usd_per_kwh", "-0.1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("tariff_usd_per_kwh = -0.1 is outside 0..2 USD/kWh");
        assertThatThrownBy(() -> evaluate("site", "singapore", "discount_rate", "-2"))
                .hasMessage("discount_rate = -2 is outside 0..0.3 1/year");
        assertThatThrownBy(() -> evaluate("site", "singapore", "operating_years", "0"))
                .hasMessage("operating_years = 0 is outside 1..60 years (whole number)");
        assertThatThrownBy(() -> evaluate("site", "singapore", "carbon_price_usd_per_t", "2030:abc"))
                .hasMessageContaining("is not a number");
        assertThatThrownBy(() -> evaluate("site", "singapore", "ramp", "0.2,1.5"))
                .hasMessageContaining("ramp value 2 = 1.5 is outside 0.01..1");
    }

    @Test
    void carbonPriceScheduleCanBeGiven() {
        Evaluation e = evaluate("site", "singapore", "carbon_price_usd_per_t", "2020:10,2030:100", "start_year",
                "2027", "construction_years", "2");
        // first operating year 2029: USD 10 a tonne on market-based emissions
        assertThat(e.lifecycle().firstYearOpex().carbonUsd()).isCloseTo(10 * e.carbon().co2MarketTPerYear(),
                within(1e-6));
    }
}
