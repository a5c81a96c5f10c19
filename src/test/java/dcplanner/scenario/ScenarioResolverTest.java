package dcplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dcplanner.climate.SiteCatalogue;
import dcplanner.energy.CoolingTechnology;
import dcplanner.energy.FacilityDesign;
import dcplanner.testsupport.Inputs;

class ScenarioResolverTest {

    private final ParameterCatalogue catalogue = ParameterCatalogue.standard(SiteCatalogue.bundled());
    private final ScenarioResolver resolver = new ScenarioResolver(catalogue);

    private Scenario resolve(String... keyValues) {
        return resolver.resolve(Inputs.of(keyValues));
    }

    @Test
    void everyInputButTheSiteHasADefaultWithASource() {
        for (Parameter parameter : catalogue.all()) {
            if (java.util.Set.of("site", "epw", "elevation_m", "ramp", "revenue_usd_per_kw_month",
                    "chiller_part_load").contains(parameter.name())) {
                continue;
            }
            for (CoolingTechnology technology : CoolingTechnology.values()) {
                Scenario scenario = resolve("site", "singapore", "cooling", technology.id());
                Scenario.Value value = scenario.find(parameter.name()).orElseThrow(() -> new AssertionError(
                        parameter.name() + " has no default"));
                if (value.given()) {
                    continue; // cooling itself, given here; its default is checked below
                }
                assertThat(value.source().citation()).as(parameter.name()).isNotBlank();
                assertThat(value.source().confidence()).isIn("high", "medium", "low", "assumption");
                if (parameter.isNumeric()) {
                    assertThat((Double) value.value()).as(parameter.name() + " default within its range")
                            .isBetween(parameter.min(), parameter.max());
                }
            }
        }
    }

    @Test
    void coolingDefaultIsLabelledAsAnAssumption() {
        Scenario.Value cooling = resolve("site", "singapore").find("cooling").orElseThrow();
        assertThat(cooling.given()).isFalse();
        assertThat(cooling.source().confidence()).isEqualTo("assumption");
    }

    @ParameterizedTest
    @EnumSource(CoolingTechnology.class)
    void everyTechnologyMapsToADesign(CoolingTechnology technology) {
        FacilityDesign design = DesignMapper.facilityDesign(resolve("site", "jakarta", "cooling", technology.id()));
        assertThat(design.cooling().technology()).isEqualTo(technology);
    }

    @Test
    void technologyDefaultsFollowTheLeiMasanetSizeClass() {
        // Lei & Masanet (2022): air temperature rise 13.9-19.4 K for large plants, 5-10 K midsize
        assertThat(resolve("site", "singapore", "cooling", "water-cooled-chiller-wse").number("air_dt_k"))
                .isEqualTo(16.65);
        assertThat(resolve("site", "singapore", "cooling", "air-cooled-chiller").number("air_dt_k")).isEqualTo(7.5);
        assertThat(resolve("site", "singapore").find("air_dt_k").orElseThrow().given()).isFalse();
    }

    @Test
    void kebabAndSnakeNamesBothWorkAndUserValuesAreMarked() {
        Scenario scenario = resolve("site", "bangkok", "supply-air-c", "24", "it_capacity_kw", "20000");
        assertThat(scenario.number("supply_air_c")).isEqualTo(24.0);
        assertThat(scenario.find("supply_air_c").orElseThrow().given()).isTrue();
        assertThat(scenario.find("supply_air_c").orElseThrow().source()).isEqualTo(Source.USER);
        assertThat(scenario.number("it_capacity_kw")).isEqualTo(20000.0);
    }

    @Test
    void badInputsNameTheInputTheValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> resolve("site", "singapore", "supply_air_c", "45"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("supply_air_c = 45 is outside 15..35 C (ASHRAE A1-A2 allowable inlet range)");
        assertThatThrownBy(() -> resolve("site", "singapore", "cooling", "magic"))
                .hasMessageContaining("cooling = 'magic' is not allowed; one of air-cooled-chiller,");
        assertThatThrownBy(() -> resolve("cooling", "immersion")).hasMessageStartingWith("site is missing");
        assertThatThrownBy(() -> resolve("site", "singapore", "utilisation", "abc"))
                .hasMessage("utilisation = 'abc' is not a number; allowed: 0.01..1");
        assertThatThrownBy(() -> resolve("site", "singapore", "colour", "blue"))
                .hasMessageContaining("unknown input 'colour'");
        assertThatThrownBy(() -> resolve("site", "singapore", "redundancy_group_size", "2.5"))
                .hasMessageContaining("is not a whole number");
        assertThatThrownBy(() -> resolve("site", "singapore", "epw", "x.epw")).hasMessageContaining("both given");
        assertThatThrownBy(() -> resolve("site", "singapore", "utilisation", "NaN"))
                .hasMessage("utilisation = 'NaN' is not a number; allowed: 0.01..1");
    }

    @Test
    void crossChecks() {
        // busiest hour above capacity
        String peaky = "1,1,1,1,1,1,1,1,1,1,1,1,3,1,1,1,1,1,1,1,1,1,1,1";
        assertThatThrownBy(() -> resolve("site", "singapore", "utilisation", "0.9", "utilisation_profile", peaky))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("busiest hour");
        assertThatThrownBy(() -> resolve("site", "singapore", "utilisation_profile", "1,2,3"))
                .hasMessageContaining("has 3 values");
        assertThatThrownBy(() -> resolve("site", "singapore", "cooling", "airside-economiser-adiabatic",
                "supply_air_min_c", "27", "supply_air_c", "24")).hasMessageContaining("supply_air_min_c = 27 is above");
        // chilled water that would freeze
        assertThatThrownBy(() -> resolve("site", "singapore", "supply_air_c", "15", "air_dt_k", "25",
                "coil_effectiveness", "0.5")).hasMessageContaining("chilled water at");
        assertThatThrownBy(() -> resolve("site", "singapore", "country", "Singapore"))
                .hasMessageContaining("not an ISO 3166 alpha-3 code");
    }

    @Test
    void inputsTheTechnologyIgnoresAreReportedNotFatal() {
        Scenario scenario = resolve("site", "singapore", "cooling", "air-cooled-chiller", "sea_temperature_c", "28");
        assertThat(scenario.warnings()).contains("sea_temperature_c is not used by cooling = air-cooled-chiller"
                + " (ignored)");
        assertThat(scenario.inputsUsed()).doesNotContainKey("sea_temperature_c").containsKey("supply_air_c");
    }

    @Test
    void installedCapacityFollowsRedundancy() {
        assertThat(ElectricalInputs.installedCapacityFactor(resolve("site", "singapore", "redundancy", "N")))
                .isEqualTo(1.0);
        assertThat(ElectricalInputs.installedCapacityFactor(resolve("site", "singapore", "redundancy", "2N")))
                .isEqualTo(2.0);
        assertThat(ElectricalInputs.installedCapacityFactor(resolve("site", "singapore", "redundancy", "N+1",
                "redundancy_group_size", "4"))).isEqualTo(1.25);
    }

    @Test
    void theChilledWaterSetPointFollowsTheSupplyAirUpToTheChillersWarmestLeavingWater() {
        // the level's set-point at its own supply air (typical 12 C at 26 C, legacy 7 C at 22 C),
        // moved kelvin for kelvin with the supply air, at most 15.6 C (60 F) and at least 4 C
        assertThat(resolve("site", "singapore").number("chilled_water_supply_max_c")).isEqualTo(12.0);
        assertThat(resolve("site", "singapore", "supply_air_c", "28").number("chilled_water_supply_max_c"))
                .isEqualTo(14.0);
        assertThat(resolve("site", "singapore", "supply_air_c", "35").number("chilled_water_supply_max_c"))
                .isEqualTo(15.6);
        assertThat(resolve("site", "singapore", "design_level", "legacy", "supply_air_c", "24")
                .number("chilled_water_supply_max_c")).isEqualTo(9.0);
        assertThat(resolve("site", "singapore", "design_level", "legacy", "supply_air_c", "15")
                .number("chilled_water_supply_max_c")).isEqualTo(4.0);
        // a set-point the user gives is kept whatever the supply air
        assertThat(resolve("site", "singapore", "supply_air_c", "30", "chilled_water_supply_max_c", "10")
                .number("chilled_water_supply_max_c")).isEqualTo(10.0);
    }

    @Test
    void seawaterCoolingInLandlockedLaosIsFlagged() {
        // Lao PDR has no coast; Singapore and Bangkok (the Gulf of Thailand) have
        assertThat(resolve("site", "vientiane", "cooling", "seawater").warnings())
                .anyMatch(w -> w.contains("landlocked"));
        assertThat(resolve("site", "singapore", "cooling", "seawater").warnings())
                .noneMatch(w -> w.contains("landlocked"));
        assertThat(resolve("site", "vientiane", "cooling", "immersion").warnings())
                .noneMatch(w -> w.contains("landlocked"));
    }
}
