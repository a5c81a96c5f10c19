package dcplanner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.climate.SiteCatalogue;
import dcplanner.scenario.ParameterCatalogue;

/** Reading batch input as spreadsheets export it; no evaluation here. */
class BatchInputTest {

    private static final ParameterCatalogue CATALOGUE = ParameterCatalogue.standard(SiteCatalogue.bundled());

    @TempDir
    Path dir;

    private List<BatchRow> rows(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        List<BatchRow> rows = new ArrayList<>();
        try (BatchInput input = BatchInput.open(file, CATALOGUE)) {
            input.forEachRemaining(rows::add);
        }
        return rows;
    }

    private List<BatchRow> rows(String content) throws IOException {
        return rows("input.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void byteOrderMarkCrlfAndQuotedFieldsWithDelimitersAndLineBreaks() throws IOException {
        byte[] text = ("\uFEFFscenario_id,Site,COOLING,utilisation_profile\r\n"
                + "\"Johor, phase 1\",johor-bahru,DX-CRAC,\"1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2\"\r\n"
                + "\"two\r\nlines \"\"quoted\"\"\",singapore,immersion,\r\n").getBytes(StandardCharsets.UTF_8);
        List<BatchRow> rows = rows("bom.csv", text);
        assertThat(rows).hasSize(2);
        BatchRow first = rows.get(0);
        assertThat(first.row()).isEqualTo(2); // the header is row 1, as a spreadsheet numbers them
        assertThat(first.scenarioId()).isEqualTo("Johor, phase 1");
        assertThat(first.inputs()).containsEntry("site", "johor-bahru").containsEntry("cooling", "DX-CRAC");
        assertThat(first.inputs().get("utilisation_profile").split(",")).hasSize(24);
        BatchRow second = rows.get(1);
        assertThat(second.row()).isEqualTo(3); // a record with a line break inside is still one spreadsheet row
        assertThat(second.scenarioId()).isEqualTo("two\r\nlines \"quoted\"");
        assertThat(second.inputs()).containsEntry("utilisation_profile", "");
    }

    @Test
    void semicolonFilesReadDecimalCommas() throws IOException {
        List<BatchRow> rows = rows("scenario_id;site;utilisation;supply_air_c;ramp;carbon_price_usd_per_t\n"
                + "eu;singapore;0,6;26,5;\"0,3;0,6\";2026:33,5 2030:48\n"
                + "dots;singapore;0.7;27;0.3,0.6;\n");
        assertThat(rows.get(0).inputs()).containsEntry("utilisation", "0.6").containsEntry("supply_air_c", "26.5")
                .containsEntry("ramp", "0.3;0.6").containsEntry("carbon_price_usd_per_t", "2026:33.5 2030:48");
        // a semicolon file written with decimal points keeps them, and commas then separate list values
        assertThat(rows.get(1).inputs()).containsEntry("utilisation", "0.7").containsEntry("ramp", "0.3,0.6");
    }

    @Test
    void tabDelimitedFilesAreRead() throws IOException {
        assertThat(rows("site\tcooling\nmanila\tseawater\n").get(0).inputs()).containsEntry("site", "manila")
                .containsEntry("cooling", "seawater");
    }

    @Test
    void unknownColumnStopsBeforeAnyRowNamingTheClosestName() {
        assertThatThrownBy(() -> rows("scenario_id,site,supply_air\nx,singapore,27\n"))
                .isInstanceOf(BatchInputException.class)
                .hasMessageContaining("unknown column 'supply_air' (did you mean supply_air_c?)");
        assertThatThrownBy(() -> rows("scenario_id,site,site\n")).hasMessageContaining("'site' appears twice");
        assertThatThrownBy(() -> rows("")).hasMessageContaining("empty");
    }

    @Test
    void kebabCaseAndAnyLetterCaseNameTheSameColumns() throws IOException {
        assertThat(rows("Scenario-ID,IT-Capacity-kW\nx,500\n").get(0).inputs()).containsEntry("it_capacity_kw", "500");
    }

    @Test
    void blankRowsAreMarkedAndValuesBeyondTheHeaderAreAProblem() throws IOException {
        List<BatchRow> rows = rows("scenario_id,site,\na,singapore,\n,,\n\nb,manila,,\nc,hanoi,,oops\n");
        assertThat(rows).extracting(BatchRow::row).containsExactly(2, 3, 4, 5, 6);
        assertThat(rows.get(0).problem()).isNull(); // an unnamed empty column, as spreadsheets add, is fine
        assertThat(rows.get(1).blank()).isTrue();
        assertThat(rows.get(2).blank()).isTrue();
        assertThat(rows.get(3).problem()).isNull(); // trailing empty cells too
        RowError extra = rows.get(4).problem();
        assertThat(extra.row()).isEqualTo(6);
        assertThat(extra.scenarioId()).isEqualTo("c");
        assertThat(extra.value()).isEqualTo("oops");
        assertThat(extra.reason()).contains("column 4, which has no name in the header");
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithAHint() {
        byte[] latin1 = "site,country\nsingapore,S\u00e9G\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> rows("latin1.csv", latin1)).isInstanceOf(BatchInputException.class)
                .hasMessageContaining("not UTF-8");
    }
}
