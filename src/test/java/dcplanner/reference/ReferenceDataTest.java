package dcplanner.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.bundled();

    @Test
    void everyFigureCarriesItsSourceYearAndConfidence() {
        assertThat(data.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.source()).as(row.toString()).isNotBlank();
            assertThat(row.year()).as(row.toString()).matches("\\d{4}");
            assertThat(row.confidence()).as(row.toString()).isIn("high", "medium", "low");
        });
    }

    @Test
    void moneyIsConvertedWithThePublishedExchangeRates() {
        // Thailand: 3.98 THB/kWh (ERC, chosen row) x 0.0284 USD/THB = 0.113032 USD/kWh, by hand
        Figure thailand = data.figure("THA", "electricity_tariff").orElseThrow();
        assertThat(thailand.value()).isCloseTo(0.113032, within(1e-9));
        assertThat(thailand.unit()).isEqualTo("USD/kWh");
        assertThat(thailand.isFallback()).isFalse();
        assertThat(thailand.rows()).singleElement().extracting(ReferenceRow::line).isEqualTo(79);
        // Jakarta capex: 187207 IDR/W x 0.0000632 = 11.831 USD/W = USD million per MW
        assertThat(data.figure("IDN", "capex_per_mw").orElseThrow().value()).isCloseTo(11.8314824, within(1e-6));
        // national emission factors are read in kg/kWh and used in g/kWh
        assertThat(data.figure("VNM", "grid_ef_national").orElseThrow().value()).isCloseTo(659.2, within(1e-9));
    }

    @Test
    void severalChargesAreAddedWhereTheSelectionSaysSo() {
        // Malaysia: capacity 21.76 + network 23.06 MYR/kW-month = 44.82 x 0.218 = 9.77076 USD/kW-month
        assertThat(data.figure("MYS", "electricity_demand_charge").orElseThrow().value())
                .isCloseTo(9.77076, within(1e-9));
    }

    @Test
    void missingFiguresFallBackToAStatedRegionalFigure() {
        Figure brunei = data.figure("BRN", "electricity_tariff").orElseThrow();
        assertThat(brunei.value()).isEqualTo(0.115);
        assertThat(brunei.fallbackNote()).contains("no electricity tariff for BRN").contains("APAC");
        // Thailand has no construction cost: the median of IDN 11.83, MYS 8.78, PHL 4.59, SGP 12.5,
        // VNM 6.9 is 8.78 (by hand)
        Figure thailand = data.figure("THA", "capex_per_mw").orElseThrow();
        assertThat(thailand.value()).isEqualTo(8.78);
        assertThat(thailand.fallbackNote()).contains("ASEAN median").contains("IDN, MYS, PHL, SGP, VNM");
        assertThat(data.figure("KHM", "land_cost").orElseThrow().isFallback()).isTrue();
    }

    @Test
    void singaporeCarbonPriceFollowsItsSchedule() {
        // S$25 (2024), S$45 (2026), S$65 (2030, middle of 50-80) x 0.745 USD/SGD
        assertThat(data.carbonPriceSchedule("SGP")).containsEntry(2024, 25 * 0.745).containsEntry(2026, 45 * 0.745)
                .containsEntry(2030, 65 * 0.745);
        assertThat(data.carbonPriceSchedule("MYS")).isEmpty();
    }

    @Test
    void everyParameterWithFiguresHasExactlyOneDefault() {
        java.util.Set<String> pairs = new java.util.LinkedHashSet<>();
        data.rows().forEach(r -> pairs.add(r.countryIso3() + "|" + r.parameter()));
        for (String pair : pairs) {
            String[] parts = pair.split("\\|");
            var rows = data.rows(parts[0], parts[1]).stream().filter(r -> r.value() != null).toList();
            if (rows.isEmpty() || parts[1].equals("carbon_price")) {
                continue;
            }
            // no ambiguity: the figure resolves, and the rows it uses are the ones marked as default
            var figure = data.countryFigure(parts[0], parts[1]).orElseThrow();
            assertThat(rows.stream().filter(data::usedByDefault).toList()).as(pair)
                    .containsExactlyElementsOf(figure.rows());
        }
    }

    @Test
    void everyCountryHasGridCarbonAndATariff() {
        for (String country : ReferenceData.ASEAN) {
            assertThat(data.figure(country, "grid_ci_lifecycle")).as(country).isPresent();
            assertThat(data.figure(country, "electricity_tariff")).as(country).isPresent();
        }
    }
}
