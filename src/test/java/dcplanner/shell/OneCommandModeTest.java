package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.DcPlannerApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar dc-planner.jar <command>}: the whole application started in-process with program
 * arguments, as {@code main} does, checking exit code, stdout and stderr.
 */
class OneCommandModeTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = DcPlannerApplication.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void successPrintsOnlyTheOutputAndExitsZero() throws Exception {
        Run run = run("climate", "--site", "singapore", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        // stdout is nothing but the JSON document: no banner, no log line
        Map<?, ?> doc = JsonMapper.builder().build().readValue(run.out(), Map.class);
        assertThat(doc.get("hours")).isEqualTo(8760);
    }

    @Test
    void usageErrorsExitTwoWithOneLineOnStderr() {
        for (String[] args : new String[][] {{"climate", "--site", "atlantis"}, {"frobnicate"},
            {"climate", "--site", "singapore", "--bogus", "1"}, {"climate"}, {"climate", "--site", "singapore",
                "stray"}}) {
            Run run = run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("error: ").doesNotContain("\tat ");
            assertThat(run.err().strip().lines()).hasSize(1);
        }
        assertThat(run("climate", "--site", "singapore", "--bogus", "1").err())
                .contains("unknown option --bogus; valid options: --site, --epw, --format, --help");
        assertThat(run("climate", "--sit", "singapore").err()).contains("unknown option --sit (did you mean --site?)");
        assertThat(run("climat", "--site", "singapore").err()).contains("unknown command 'climat' (did you mean climate?)");
    }

    @Test
    void brokenWeatherFileFailsWithExitOneNamingTheLine() throws IOException {
        Path broken = dir.resolve("broken.epw");
        StringBuilder text = new StringBuilder(String.join("\n", "LOCATION,Nowhere,,SGP,x,0,1.3,103.9,8,10",
                "DESIGN CONDITIONS,0", "TYPICAL/EXTREME PERIODS,0", "GROUND TEMPERATURES,0",
                "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0", "COMMENTS 1,", "COMMENTS 2,", "DATA PERIODS,1,1,Data,Sunday,1/1,12/31"));
        text.append("\n2001,1,1,1,60,x,25.0,20.0,74,101000,0,0,0,0,0,0,0,0,0,0,0,1.0,0,0,0,0,0,0,0,0,0,0,0,0,0\n");
        text.append("2001,1,1,2,60,x,25.0,20.0,74,101000,0,0\n");
        Files.writeString(broken, text);
        Run run = run("climate", "--epw", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("error: " + broken + ": line 10: expected 35 fields, found 12");
    }

    @Test
    void argumentsKeepTheirQuotingSoPathsMayHoldSpaces() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("my weather files"));
        Path file = folder.resolve("kuala lumpur.epw.gz");
        try (var in = getClass().getResourceAsStream(
                "/data/weather/MYS_Kuala.Lumpur-Subang.Intl.AP.486470_TMYx.2009-2023.epw.gz")) {
            Files.copy(in, file);
        }
        Run run = run("climate", "--epw", file.toString(), "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("epw:kuala lumpur.epw.gz,annual,8760,");
    }

    @Test
    void evaluateRefusesBadInputWithExitTwoAndRunsGoodInput() {
        Run bad = run("evaluate", "--site", "singapore", "--supply-air-c", "45");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo(
                "error: supply_air_c = 45 is outside 15..35 C (ASHRAE A1-A2 allowable inlet range)");
        assertThat(bad.out()).isEmpty();
        Run missing = run("evaluate", "--cooling", "immersion");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: site is missing");
        Run good = run("evaluate", "--site", "yangon", "--cooling", "seawater", "--format", "csv");
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.out().lines()).hasSize(2);
        assertThat(good.out()).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void helpExitsZero() {
        Run run = run("climate", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--site ID").contains("--epw FILE");
    }
}
