package dcplanner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.climate.SiteCatalogue;
import dcplanner.scenario.ParameterCatalogue;

/** Workspace import and export read and write the batch-input schema with the batch's own reader. */
class ScenarioCsvTest {

    private static final ParameterCatalogue CATALOGUE = ParameterCatalogue.standard(SiteCatalogue.bundled());

    @TempDir
    Path dir;

    @Test
    void whatIsExportedReadsBackTheSame() throws IOException {
        Map<String, Map<String, String>> scenarios = new LinkedHashMap<>();
        scenarios.put("sg-dlc", Map.of("site", "singapore", "cooling", "direct-liquid-cooling", "tariff_escalation",
                "-0.05"));
        scenarios.put("jb", Map.of("site", "johor-bahru", "supply_air_c", "27.5"));
        Path file = dir.resolve("out.csv");
        Files.writeString(file, ScenarioCsv.write(scenarios, CATALOGUE));
        assertThat(ScenarioCsv.read(file, CATALOGUE)).isEqualTo(scenarios);
    }

    @Test
    void aEuropeanSpreadsheetExportIsRead() throws IOException {
        // BOM, ';' between cells, decimal commas, CRLF and a column name in another case: the batch reader's rules
        Path file = dir.resolve("eu.csv");
        Files.writeString(file, "\uFEFFScenario_ID;site;Supply-Air-C\r\nwarm;singapore;27,5\r\n;;\r\n",
                StandardCharsets.UTF_8);
        assertThat(ScenarioCsv.read(file, CATALOGUE)).containsExactly(Map.entry("warm", Map.of("site", "singapore",
                "supply_air_c", "27.5")));
    }

    @Test
    void aRowWithoutAValidNameOrAnUnknownColumnIsRefusedWithItsPlace() throws IOException {
        Path noName = dir.resolve("no-name.csv");
        Files.writeString(noName, "scenario_id,site\nok,singapore\n,manila\n");
        assertThatThrownBy(() -> ScenarioCsv.read(noName, CATALOGUE)).hasMessageContaining("row 3")
                .hasMessageContaining("is not allowed");
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "scenario_id,coolnig\nx,immersion\n");
        assertThatThrownBy(() -> ScenarioCsv.read(unknown, CATALOGUE)).hasMessageContaining("unknown column 'coolnig'")
                .hasMessageContaining("did you mean cooling?");
    }
}
