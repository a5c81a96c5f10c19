package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.shell.OneCommandModeTest.Run;

/** Commands that take workspace scenarios by name: policy check, the studies, chart and report. */
class WorkspaceScenarioCommandsTest {

    @TempDir
    Path dir;

    private Run session(String... lines) throws IOException {
        Path script = dir.resolve("session.txt");
        Files.writeString(script, String.join("\n", lines) + "\n");
        return OneCommandModeTest.run("--workspace", dir.resolve("ws.json").toString(), "@" + script);
    }

    @Test
    void policyCheckOfANamedScenarioUsesItsInputsAndTheOptionsOverThem() throws IOException {
        // an air-cooled chiller in Johor: Johor's rules apply (its site), and the options given on the line
        // replace the scenario's (here the jurisdiction's rules do not change with the cooling)
        Run run = session("scenario new jb --site johor-bahru --cooling air-cooled-chiller",
                "policy check jb --format csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("mys-johor-pue").doesNotContain("sgp-roadmap");

        Run overridden = session("policy check jb --site singapore --format csv");
        assertThat(overridden.exitCode()).as(overridden.err()).isZero();
        assertThat(overridden.out()).contains("sgp-roadmap").doesNotContain("mys-johor-pue");
    }

    @Test
    void anUnknownScenarioNameIsAUsageErrorNamingTheScenarios() throws IOException {
        Run run = session("scenario new alpha --site singapore", "stress beta --warming 1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no scenario 'beta'").contains("alpha");
    }

    @Test
    void aStudyRunsOnANamedScenario() throws IOException {
        // warming the weather of the scenario's own site: the PUE can only rise with the warming
        Run run = session("scenario new sg --site singapore --cooling air-cooled-chiller",
                "stress sg --warming 2 --format csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\\R");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3); // header, +0 K and +2 K
    }
}
