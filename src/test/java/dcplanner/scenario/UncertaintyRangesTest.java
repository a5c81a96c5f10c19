package dcplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.climate.SiteCatalogue;
import dcplanner.energy.CoolingTechnology;

class UncertaintyRangesTest {

    private static final ParameterCatalogue CATALOGUE = ParameterCatalogue.standard(SiteCatalogue.bundled());
    private static final ScenarioResolver RESOLVER = new ScenarioResolver(CATALOGUE);

    @TempDir
    Path dir;

    @Test
    void everyRangeIsOnANumericInputInsideItsAllowedRangeAndHoldsTheCataloguesDefault() {
        for (UncertaintyRanges.Range range : UncertaintyRanges.standard().all()) {
            Parameter parameter = CATALOGUE.find(range.input()).orElseThrow();
            assertThat(parameter.isNumeric()).as(range.input()).isTrue();
            assertThat(range.low()).as(range.input()).isLessThan(range.high());
            if (!range.relative()) {
                assertThat(range.low()).as(range.input()).isGreaterThanOrEqualTo(parameter.min());
                assertThat(range.high()).as(range.input()).isLessThanOrEqualTo(parameter.max());
            }
            for (CoolingTechnology technology : CoolingTechnology.values()) {
                if (!range.appliesTo(technology) || !parameter.appliesTo(technology)) {
                    continue;
                }
                Scenario scenario = RESOLVER.resolve(Map.of("site", "singapore", "cooling", technology.id()));
                double value = scenario.number(range.input());
                assertThat(value).as(range.input() + " for " + technology.id())
                        .isBetween(range.lowFor(value), range.highFor(value));
            }
        }
    }

    @Test
    void whereTheCatalogueTakesTheMiddleOfALeiMasanetRangeTheDefaultIsItsMidpoint() {
        // the catalogue's defaults cite "middle of range"; the ranges here are those ranges
        for (String[] c : new String[][] {{"air_dt_k", "water-cooled-chiller"}, {"air_dt_k", "air-cooled-chiller"},
            {"tower_approach_k", "water-cooled-chiller"}, {"chilled_water_dt_k", "water-cooled-chiller"},
            {"distribution_loss_fraction", "water-cooled-chiller"}, {"cycles_of_concentration", "water-cooled-chiller"},
            {"sea_pump_head_m", "seawater"}, {"utilisation", "water-cooled-chiller"}}) {
            UncertaintyRanges.Range range = UncertaintyRanges.standard().find(c[0],
                    CoolingTechnology.fromId(c[1])).orElseThrow();
            double value = RESOLVER.resolve(Map.of("site", "singapore", "cooling", c[1])).number(c[0]);
            assertThat(value).as(c[0]).isCloseTo((range.low() + range.high()) / 2, org.assertj.core.api.Assertions
                    .within(1e-9));
        }
    }

    @Test
    void aCsvReplacesTheDeclaredRangeOfItsInputsAndBadRowsAreNamed() throws IOException {
        Path csv = dir.resolve("ranges.csv");
        Files.writeString(csv, "input,distribution,low,high\nutilisation,normal,0.5,0.7\n");
        UncertaintyRanges ranges = UncertaintyRanges.standard().withOverrides(csv, CATALOGUE);
        UncertaintyRanges.Range utilisation = ranges.find("utilisation", CoolingTechnology.DX_CRAC).orElseThrow();
        assertThat(utilisation.distribution()).isEqualTo(UncertaintyRanges.Distribution.NORMAL);
        assertThat(utilisation.low()).isEqualTo(0.5);
        assertThat(ranges.of("utilisation")).hasSize(1);
        assertThat(ranges.find("tower_approach_k", CoolingTechnology.WATER_COOLED_CHILLER)).isPresent();

        Files.writeString(csv, "input,distribution,low,high\nsupply_air_c,uniform,10,30\n");
        assertThatThrownBy(() -> UncertaintyRanges.standard().withOverrides(csv, CATALOGUE))
                .hasMessageContaining("line 2").hasMessageContaining("supply_air_c range 10..30 is outside 15..35 C");
        Files.writeString(csv, "input,distribution,low,high\nutilisation,beta,0.4,0.8\n");
        assertThatThrownBy(() -> UncertaintyRanges.standard().withOverrides(csv, CATALOGUE))
                .hasMessageContaining("'beta' is not allowed");
    }
}
