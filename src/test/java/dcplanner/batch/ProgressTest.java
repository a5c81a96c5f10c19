package dcplanner.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Progress as a bar redrawn in place on a terminal, as plain lines elsewhere. */
class ProgressTest {

    private static String shown(boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, 0);
        progress.start(10);
        progress.update(5, 1);
        progress.finish(10, 1);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalGetsABarRedrawnInPlaceThenALineEnd() {
        String bar = shown(true);
        assertThat(bar).startsWith("\r[############............] 5/10 rows, 1 failed, ").contains(" left")
                .doesNotContain("\n\r").endsWith("\n");
        assertThat(bar).contains("\r[########################] 10/10 rows, 1 failed, ");
    }

    @Test
    void elsewherePlainLinesThatALogKeeps() {
        String lines = shown(false);
        assertThat(lines).startsWith("batch: 5 of 10 rows done (50%), 1 failed, ").doesNotContain("\r");
        assertThat(lines.lines()).hasSize(1); // no bar to end
    }
}
