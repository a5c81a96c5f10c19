package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dcplanner.DcPlannerApplication;

/**
 * The examples of issue 9 run as one-command mode runs them ({@link ScriptRunner} is what
 * {@link CliRunner} calls: a {@link ScriptRunner.Failure} is printed as {@code error: MESSAGE} with
 * its exit code).
 */
@SpringBootTest(classes = DcPlannerApplication.class)
@ShellTest
class HardeningTest {

    @MockitoBean
    CliRunner cliRunner;

    @Autowired
    ScriptRunner runner;

    @TempDir
    Path dir;

    private String run(String... words) {
        StringWriter out = new StringWriter();
        runner.run(List.of(words), new PrintWriter(out));
        return out.toString();
    }

    private ScriptRunner.Failure failure(String... words) {
        try {
            run(words);
        } catch (RuntimeException e) {
            return runner.failure(e);
        }
        throw new AssertionError(String.join(" ", words) + " did not fail");
    }

    @Test
    void compareChecksItsInnerStringsAsEvaluateChecksItsArguments() {
        ScriptRunner.Failure twice = failure("compare", "--base", "--site singapore --site manila", "--alternative",
                "--pv-kwp 100");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.getMessage()).isEqualTo("compare --base: option --site is given twice");
        ScriptRunner.Failure unknown = failure("compare", "--base", "--site singapore", "--alternative", "--bar");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.getMessage()).startsWith("compare --alternative: unknown option --bar; valid options:");
        assertThat(failure("compare", "--base", "--site singapore", "--alternative", "--bar 1").getMessage())
                .startsWith("compare --alternative: unknown option --bar; valid options: --site, --epw,");
        assertThat(failure("compare", "--base", "--site singapore", "--alternative", "--pv-kw 1").getMessage())
                .startsWith("compare --alternative: unknown option --pv-kw (did you mean --pv-kwp?)");
        assertThat(failure("compare", "--base", "--site singapore", "--alternative", "--pv-kwp").getMessage())
                .isEqualTo("compare --alternative: --pv-kwp needs a value (0..1000000 kWp)");
        assertThat(failure("compare", "--base", "--site singapore stray", "--alternative", "--pv-kwp 1")
                .getMessage()).startsWith("compare --base: unexpected argument 'stray'");
    }

    @Test
    void aMissingValueSaysWhatIsAllowed() {
        ScriptRunner.Failure missing = failure("evaluate", "--site", "singapore", "--utilisation");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.getMessage()).isEqualTo("evaluate: --utilisation needs a value (0.01..1)");
        assertThat(failure("evaluate", "--site", "singapore", "--redundancy").getMessage())
                .isEqualTo("evaluate: --redundancy needs a value (one of N, N+1, 2N)");
    }

    @Test
    void numbersAreReadStrictly() {
        assertThat(failure("evaluate", "--site", "singapore", "--supply-air-c", "27d").getMessage())
                .isEqualTo("supply_air_c = '27d' is not a number; allowed: 15..35 C");
        assertThat(failure("evaluate", "--site", "singapore", "--ramp", "0.5,,1").getMessage())
                .startsWith("ramp = '0.5,,1': item 2 is empty");
    }

    @Test
    void aLowSupplyTemperatureWorksWithTheAirSideEconomiser() throws IOException {
        String csv = run("evaluate", "--site", "singapore", "--cooling", "airside-economiser-adiabatic",
                "--supply-air-c", "15", "--format", "csv");
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords().get(0);
        assertThat(row.get("supply_air_min_c")).isEqualTo("15");
    }

    @Test
    void csvNumbersStayNumbersAndOptionNamesAreNotFormulas() throws IOException {
        String csv = run("evaluate", "--site", "singapore", "--tariff-escalation", "-0.05", "--format", "csv");
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords().get(0);
        assertThat(row.get("tariff_escalation")).isEqualTo("-0.05");
        String parameters = run("parameters", "--format", "csv");
        assertThat(parameters).doesNotContain("'--").contains("\nsupply_air_c,supply-air-c,");
    }

    @Test
    void hourlyCsvGoesToStandardOutputOrADeviceButNeverReplacesIt() {
        String out = run("evaluate", "--site", "singapore", "--hourly-csv", "-", "--format", "json");
        assertThat(out).startsWith("hour_index,month,day,hour,");
        assertThat(out.lines().filter(line -> line.matches("\\d+,.*"))).hasSize(8760);
        assertThat(out).contains("\"pue\"");
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full is a Linux device");
        ScriptRunner.Failure full = failure("evaluate", "--site", "singapore", "--hourly-csv", "/dev/full");
        assertThat(full.exitCode()).isEqualTo(1);
        assertThat(full.getMessage()).isEqualTo("cannot write /dev/full: No space left on device");
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
    }

    @Test
    void aMissingOutputFolderIsRefusedBeforeTheSimulation() {
        Path target = dir.resolve("results/hourly.csv");
        ScriptRunner.Failure missing = failure("evaluate", "--site", "singapore", "--hourly-csv", target.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.getMessage()).isEqualTo("cannot write " + target + ": the folder " + target.getParent()
                + " does not exist (folders are not created: create it first)");
    }

    @Test
    void scriptFileRunsExactlyLikeAnAtFile() throws IOException {
        Path script = Files.writeString(dir.resolve("study.txt"), String.join("\n",
                "\uFEFF# sites first (after a byte-order mark, as Windows editors write)", "sites --format csv", "", "   # an indented comment",
                "evaluate --site singapore --supply-air-c 27d", "sites"));
        for (List<String> words : List.of(List.of("script", script.toString()),
                List.of("script", "--file", script.toString()))) {
            StringWriter out = new StringWriter();
            assertThatThrownBy(() -> runner.run(words, new PrintWriter(out))).satisfies(e -> {
                ScriptRunner.Failure failure = runner.failure(e);
                assertThat(failure.exitCode()).isEqualTo(2);
                assertThat(failure.getMessage()).isEqualTo(script + " line 5: supply_air_c = '27d' is not a number;"
                        + " allowed: 15..35 C");
            });
            assertThat(out.toString()).startsWith("id,city,country,").doesNotContain("Lat (deg)");
            // @FILE, as CliRunner runs it
            StringWriter atOut = new StringWriter();
            assertThatThrownBy(() -> runner.runScript(script, new PrintWriter(atOut)))
                    .hasMessage(script + " line 5: supply_air_c = '27d' is not a number; allowed: 15..35 C");
            assertThat(atOut).hasToString(out.toString());
        }
    }

    @Test
    void scriptsReportMissingFilesAndRefuseToCallThemselves() throws IOException {
        Path missing = dir.resolve("nothing.txt");
        ScriptRunner.Failure failure = failure("script", missing.toString());
        assertThat(failure.exitCode()).isEqualTo(1);
        assertThat(failure.getMessage()).isEqualTo("script " + missing + ": no such file");
        Path loop = dir.resolve("loop.txt");
        Files.writeString(loop, "script " + loop + "\n");
        assertThat(failure("script", loop.toString()).getMessage())
                .isEqualTo(loop + " line 1: script " + loop + " runs itself (through 1 script); a script may not"
                        + " call itself");
        Path ok = Files.writeString(dir.resolve("ok.txt"), "# nothing but\nsites --format json\nexit\nfrobnicate\n");
        assertThat(run("script", ok.toString())).startsWith("[");
    }
}
