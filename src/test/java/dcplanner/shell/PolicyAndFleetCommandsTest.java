package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.shell.OneCommandModeTest.Run;
import tools.jackson.databind.json.JsonMapper;

/** {@code policy check} (a two-word command) and {@code fleet} as a user runs them. */
class PolicyAndFleetCommandsTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void policyCheckJsonHasOneObjectPerRuleWithTheDocumentedKeys() throws Exception {
        Run run = OneCommandModeTest.run("policy", "check", "--site", "johor-bahru", "--cooling",
                "water-cooled-chiller", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> doc = JsonMapper.builder().build().readValue(run.out(), Map.class);
        List<Map<String, Object>> checks = (List<Map<String, Object>>) doc.get("checks");
        // a site in Johor: the two Johor rules, nothing of Singapore's
        assertThat(checks).extracting(c -> c.get("rule_id")).containsExactly("mys-johor-pue", "mys-johor-wue");
        assertThat(checks.get(0)).containsKeys("rule_id", "jurisdiction", "metric", "load_point", "value", "limit",
                "direction", "pass", "margin", "status", "source");
        assertThat(checks.get(0).get("load_point")).isEqualTo("annual");
        // towers evaporate about 2 L/kWh: the WUE rule fails and a change that passes is named
        Map<String, Object> wue = checks.get(1);
        assertThat(wue.get("pass")).isEqualTo(false);
        assertThat((Map<String, Object>) wue.get("cheapest_fix")).containsKeys("parameter", "value",
                "tco_change_usd");
    }

    @Test
    void aMistypedSubCommandIsAUsageError() {
        Run typo = OneCommandModeTest.run("policy", "chek", "--site", "singapore");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown command 'policy chek' (did you mean policy check?)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fleetJsonRowsAndCharts() throws Exception {
        Path pipeline = dir.resolve("p.csv");
        Files.writeString(pipeline, "cohort_id,country,site,year_online,it_capacity_mw,utilisation,cooling\n"
                + "a,SGP,singapore,2025,10,0.5,water-cooled-chiller\n");
        Run run = OneCommandModeTest.run("fleet", "--input", pipeline.toString(), "--from", "2025", "--to", "2026",
                "--format", "json", "--charts", dir.resolve("charts").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> doc = JsonMapper.builder().build().readValue(run.out(), Map.class);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) doc.get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsKeys("year", "country", "it_energy_twh", "facility_energy_twh",
                "peak_demand_mw", "water_million_m3", "water_ml_per_day", "co2_location_mt",
                "co2_national_basis_mt");
        // 10 MW x 0.5 x 8760 h = 0.0438 TWh
        assertThat(((Number) rows.get(1).get("it_energy_twh")).doubleValue()).isEqualTo(0.0438);
        assertThat(dir.resolve("charts/fleet-electricity.svg")).exists();
    }
}
