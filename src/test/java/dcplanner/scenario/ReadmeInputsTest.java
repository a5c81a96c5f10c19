package dcplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dcplanner.climate.SiteCatalogue;

/** The README's input table lists every input of the catalogue: the two never drift apart. */
class ReadmeInputsTest {

    @Test
    void everyCatalogueInputIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (Parameter parameter : ParameterCatalogue.standard(SiteCatalogue.bundled()).all()) {
            assertThat(readme).as(parameter.name()).contains("| `" + parameter.name() + "` |");
        }
    }
}
