package dcplanner.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dcplanner.climate.SiteCatalogue;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;

/**
 * The README's batch input schema is the one generated from the catalogue. To regenerate it after
 * the catalogue changes: {@code mvn -B -ntp test -Dtest=BatchSchemaTest -Dbatch.schema.write=true}.
 */
class BatchSchemaTest {

    private static final String BEGIN = "<!-- batch-schema:begin -->\n";
    private static final String END = "<!-- batch-schema:end -->";

    @Test
    void readmeHoldsTheSchemaGeneratedFromTheCatalogue() throws IOException {
        ParameterCatalogue catalogue = ParameterCatalogue.standard(SiteCatalogue.bundled());
        String schema = BatchSchema.markdown(catalogue);
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        assertThat(begin).as("README.md has the markers " + BEGIN.trim() + " and " + END).isNotNegative();
        assertThat(text.indexOf(END)).isGreaterThan(begin);
        if (Boolean.getBoolean("batch.schema.write")) {
            text = text.substring(0, begin + BEGIN.length()) + schema + text.substring(text.indexOf(END));
            Files.writeString(readme, text, StandardCharsets.UTF_8);
        }
        int end = text.indexOf(END);
        assertThat(text.substring(begin + BEGIN.length(), end))
                .as("README batch schema; regenerate with -Dbatch.schema.write=true").isEqualTo(schema);
        // every input is a column, and scenario_id besides
        for (Parameter parameter : catalogue.all()) {
            assertThat(schema).contains("| `" + parameter.name() + "` |");
        }
        assertThat(schema.lines().count()).isEqualTo(catalogue.all().size() + 3);
    }
}
