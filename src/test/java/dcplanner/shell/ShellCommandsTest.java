package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dcplanner.DcPlannerApplication;
import tools.jackson.databind.json.JsonMapper;

/** The commands as the interactive shell runs them (Spring Shell's parser, registry and executor). */
@SpringBootTest(classes = DcPlannerApplication.class)
@ShellTest
class ShellCommandsTest {

    /** Replaced so that starting the context does not open the interactive shell. */
    @MockitoBean
    CliRunner cliRunner;

    @Autowired
    ShellTestClient client;

    private static String text(ShellScreen screen) {
        return String.join("\n", screen.lines());
    }

    @Test
    void sitesListsEveryBuiltInSiteAndFlagsProxies() throws Exception {
        String out = text(client.sendCommand("sites"));
        for (String id : List.of("singapore", "johor-bahru", "kuala-lumpur", "jakarta", "bangkok", "manila", "hanoi",
                "ho-chi-minh-city", "yangon", "phnom-penh", "vientiane", "bandar-seri-begawan")) {
            assertThat(out).contains(id);
        }
        assertThat(out).contains("Lat (deg)").contains("Elev (m)");
        assertThat(out).contains("phnom-penh: proxy climate: Phnom Penh (Cambodia)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void climateJsonHasTheDocumentedKeys() throws Exception {
        String out = text(client.sendCommand("climate --site singapore --format json"));
        Map<String, Object> doc = JsonMapper.builder().build().readValue(out, Map.class);
        assertThat(doc).containsKeys("hours", "mean_dry_bulb_c", "max_dry_bulb_c", "mean_wet_bulb_c",
                "max_wet_bulb_c", "mean_dew_point_c", "mean_humidity_ratio_kg_per_kg", "mean_enthalpy_kj_per_kg",
                "dry_bulb_0_4pct_c", "wet_bulb_0_4pct_c", "hours_wet_bulb_below_20c", "hours_wet_bulb_below_24c",
                "hours_dry_bulb_below_24c", "monthly");
        assertThat(doc.get("hours")).isEqualTo(8760);
        // weather/SOURCES.md lists the Singapore 2011-2025 year at mean dry bulb 27.97 C, max 34.0 C
        assertThat(((Number) doc.get("mean_dry_bulb_c")).doubleValue()).isBetween(27.965, 27.975);
        assertThat(((Number) doc.get("max_dry_bulb_c")).doubleValue()).isEqualTo(34.0);
        List<Map<String, Object>> monthly = (List<Map<String, Object>>) doc.get("monthly");
        assertThat(monthly).hasSize(12);
        assertThat(monthly.get(0)).containsKeys("month", "mean_dry_bulb_c", "mean_wet_bulb_c", "mean_dew_point_c");
        // January mean dry bulb from the SOURCES.md monthly table: 26.9 C
        assertThat(((Number) monthly.get(0).get("mean_dry_bulb_c")).doubleValue()).isBetween(26.85, 26.95);
    }

    @Test
    void climateTableShowsUnitsAndProxyWarning() throws Exception {
        String out = text(client.sendCommand("climate --site bandar-seri-begawan"));
        assertThat(out).contains("Mean dry bulb (C)").contains("WARNING: proxy climate: Bandar Seri Begawan");
    }

    @Test
    void climateCsvIsAnnualPlusTwelveMonths() throws Exception {
        List<String> lines = client.sendCommand("climate --site hanoi --format csv").lines();
        assertThat(lines).hasSize(14);
        assertThat(lines.get(0)).startsWith("site,period,hours,mean_dry_bulb_c");
        assertThat(lines.get(1)).startsWith("hanoi,annual,8760,");
    }

    @Test
    void quotedPathsKeepTheirSpaces() {
        assertThat(PlannerCommandParser.tokenize("climate --epw \"My Weather/site 1.epw\" --format 'json'"))
                .containsExactly("climate", "--epw", "My Weather/site 1.epw", "--format", "json");
    }

    @Test
    void badInputIsAUsageError() {
        assertThatThrownBy(() -> client.sendCommand("climate --site atlantis")).rootCause()
                .isInstanceOf(UsageException.class).hasMessageContaining("--site 'atlantis' is not allowed");
        assertThatThrownBy(() -> client.sendCommand("climate --site singapore --supply-air 45")).rootCause()
                .hasMessageContaining("unknown option --supply-air; valid options: --site, --epw, --format");
    }
}
