package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dcplanner.DcPlannerApplication;
import dcplanner.scenario.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = DcPlannerApplication.class)
@ShellTest
class EvaluateCommandTest {

    @MockitoBean
    CliRunner cliRunner;

    @Autowired
    ShellTestClient client;

    @TempDir
    Path dir;

    private String run(String command) throws Exception {
        return String.join("\n", client.sendCommand(command).lines());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheDocumentedKeysAndTheInputsUsed() throws Exception {
        Map<String, Object> doc = JsonMapper.builder().build().readValue(
                run("evaluate --site jakarta --cooling water-cooled-chiller-wse --it-capacity-kw 5000 --format json"),
                Map.class);
        assertThat(doc).containsKeys("pue", "wue_l_per_kwh", "it_energy_mwh", "facility_energy_mwh",
                "cooling_energy_mwh", "peak_facility_kw", "water_m3", "pue_at_25pct_load", "pue_at_50pct_load",
                "pue_at_75pct_load", "pue_at_100pct_load", "hours_full_economiser", "hours_partial_economiser",
                "hours_mechanical", "monthly", "inputs", "warnings");
        int hours = ((Number) doc.get("hours_full_economiser")).intValue()
                + ((Number) doc.get("hours_partial_economiser")).intValue()
                + ((Number) doc.get("hours_mechanical")).intValue();
        assertThat(hours).isEqualTo(8760);
        List<Map<String, Object>> monthly = (List<Map<String, Object>>) doc.get("monthly");
        assertThat(monthly).hasSize(12).allSatisfy(m -> assertThat(m).containsKeys("month", "pue"));
        Map<String, Object> inputs = (Map<String, Object>) doc.get("inputs");
        assertThat(inputs).containsEntry("it_capacity_kw", 5000).containsEntry("cooling", "water-cooled-chiller-wse")
                .containsKeys("supply_air_c", "tower_approach_k", "economiser_pump_pressure_pa")
                .doesNotContainKey("sea_temperature_c");
        // IT energy by hand: 5000 kW x 0.6 utilisation x 8760 h = 26280 MWh (no server-fan change)
        assertThat(((Number) doc.get("it_energy_mwh")).doubleValue()).isEqualTo(26280.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonCarriesCarbonAndEconomicsInEveryRun() throws Exception {
        Map<String, Object> doc = JsonMapper.builder().build().readValue(
                run("evaluate --site singapore --revenue-usd-per-kw-month 300 --format json"), Map.class);
        assertThat(doc).containsKeys("capex_usd", "opex_usd_per_year", "tco_npv_usd", "lcoc_usd_per_kw_month",
                "cost_usd_per_mwh_it", "irr", "payback_years", "co2_location_t_per_year", "co2_market_t_per_year",
                "cue_kg_per_kwh", "ref", "erf", "co2_lifecycle_t", "wue_source_l_per_kwh", "cash_flow");
        assertThat(doc.get("grid_carbon_basis")).isEqualTo("lifecycle");
        assertThat(doc.get("irr")).isNotNull();
        assertThat((List<Object>) doc.get("cash_flow")).hasSize(22);
        Map<String, Object> without = JsonMapper.builder().build().readValue(
                run("evaluate --site singapore --format json"), Map.class);
        assertThat(without.get("irr")).isNull(); // no rent given: no rate of return
        assertThat(without.get("payback_years")).isNull();
    }

    @Test
    void sourcesListsEveryFigureWithItsSource() throws Exception {
        String singapore = run("sources --country SGP");
        assertThat(singapore).contains("electricity_tariff").contains("Cushman & Wakefield")
                .contains("policy_threshold").doesNotContain("MYS");
        List<String> csv = client.sendCommand("sources --format csv").lines();
        assertThat(csv.get(0)).isEqualTo("kind,country,parameter,value,unit,value_usd,unit_usd,year,confidence,default,"
                + "source,note");
        assertThat(csv).anyMatch(line -> line.startsWith("exchange_rate,,usd_per_SGD,0.745,"));
    }

    @Test
    void compareGivesTheAbatementCost() throws Exception {
        String out = run("compare --base \"--site jakarta --cooling air-cooled-chiller\" --alternative "
                + "\"--cooling water-cooled-chiller\"");
        assertThat(out).contains("Total cost of ownership (NPV)").contains("Abatement cost:");
        assertThatThrownBy(() -> client.sendCommand("compare --base \"--site jakarta --colour red\" --alternative"
                + " \"--pv-kwp 10\"")).rootCause().hasMessageStartingWith("compare --base: unknown option --colour; valid options: --site, --epw,");
    }

    @Test
    void tableAndCsvFormats() throws Exception {
        String table = run("evaluate --site manila --cooling air-cooled-chiller");
        assertThat(table).contains("PUE (annual)").contains("Peak facility power").contains("Facility total")
                .contains("Month");
        List<String> csv = client.sendCommand("evaluate --site manila --cooling dx-crac --format csv").lines();
        assertThat(csv).hasSize(2);
        assertThat(csv.get(0)).startsWith("site,city,country,weather_file,proxy_climate,cooling,epw,elevation_m,")
                .contains(",pue,wue_l_per_kwh,");
    }

    @Test
    void proxySitesAndIgnoredInputsAreWarned() throws Exception {
        String out = run("evaluate --site phnom-penh --cooling dx-crac --sea-temperature-c 28");
        assertThat(out).contains("WARNING: proxy climate: Phnom Penh").contains("sea_temperature_c is not used");
    }

    @Test
    void hourlyCsvIsWrittenWhole() throws Exception {
        Path file = Files.createDirectories(dir.resolve("out")).resolve("hourly.csv");
        run("evaluate --site singapore --hourly-csv " + file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(8761);
        assertThat(lines.get(0)).startsWith("hour_index,month,day,hour,dry_bulb_c,wet_bulb_c,mode,inlet_air_c,it_kw");
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.toList()).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void invalidInputsAreRefusedWithTheirRange() {
        assertThatThrownBy(() -> client.sendCommand("evaluate --site singapore --supply-air-c 45")).rootCause()
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("supply_air_c = 45 is outside 15..35 C (ASHRAE A1-A2 allowable inlet range)");
        assertThatThrownBy(() -> client.sendCommand("evaluate --site singapore --cooling fridge")).rootCause()
                .hasMessageContaining("--cooling 'fridge' is not allowed");
        assertThatThrownBy(() -> client.sendCommand("evaluate --cooling immersion")).rootCause()
                .hasMessageStartingWith("site is missing");
    }

    @Test
    void parametersListsDefaultsWithSources() throws Exception {
        String out = run("parameters --cooling seawater");
        assertThat(out).contains("sea_temperature_c").contains("Strait of Malacca").doesNotContain("tower_approach_k");
    }
}
