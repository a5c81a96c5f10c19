package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/** The study commands in one-command mode: documented JSON keys, reproducibility, charts, usage errors. */
class StudyCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void stressGivesOneRowPerWarmingWithTheDocumentedKeys() throws Exception {
        OneCommandModeTest.Run run = OneCommandModeTest.run("stress", "--site", "singapore", "--warming", "1,2",
                "--format", "json");
        assertThat(run.err()).isEmpty();
        Map<?, ?> doc = JSON.readValue(run.out(), Map.class);
        List<?> rows = (List<?>) doc.get("rows");
        assertThat(rows).hasSize(3);
        assertThat(asMap(rows.get(2))).containsKeys("warming_k", "pue", "pue_at_25pct_load", "wue_l_per_kwh",
                "peak_facility_kw").containsEntry("warming_k", 2.0);
        // Singapore's PUE and WUE limits are all checked
        assertThat((List<?>) doc.get("limits")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void monteCarloIsTheSameWhateverTheThreadCountAndDrawsItsHistograms() throws Exception {
        String[] common = {"montecarlo", "--site", "singapore", "--samples", "16", "--seed", "11", "--format", "json",
            "--charts", dir.toString()};
        OneCommandModeTest.Run one = OneCommandModeTest.run(concat(common, "--threads", "1"));
        OneCommandModeTest.Run two = OneCommandModeTest.run(concat(common, "--threads", "2"));
        assertThat(one.exitCode()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        Map<?, ?> doc = JSON.readValue(one.out(), Map.class);
        assertThat(asMap(doc.get("pue"))).containsKeys("p5", "p50", "p95");
        assertThat((List<?>) doc.get("p_meets")).isNotEmpty();
        Path png = dir.resolve("montecarlo-pue.png");
        assertThat(Files.size(png)).isGreaterThan(5000);
        assertThat(Files.readString(dir.resolve("montecarlo-pue.svg"))).contains("<svg");
    }

    @Test
    void optimiseSaysWhichSearchItUsedAndSweepWritesCsv() throws Exception {
        OneCommandModeTest.Run optimise = OneCommandModeTest.run("optimise", "--site", "singapore", "--cooling-options",
                "water-cooled-chiller,air-cooled-chiller", "--supply-air-options", "26", "--ups-type-options",
                "modern-double-conversion", "--redundancy-options", "N+1", "--pv-kwp-options", "0", "--format", "json");
        Map<?, ?> doc = JSON.readValue(optimise.out(), Map.class);
        assertThat(doc.get("method")).isEqualTo("exhaustive");
        assertThat(doc.get("designs_in_space")).isEqualTo(2);
        assertThat((List<?>) doc.get("pareto")).isNotEmpty();

        OneCommandModeTest.Run sweep = OneCommandModeTest.run("sweep", "--site", "singapore", "--param", "supply-air-c",
                "--from", "24", "--to", "26", "--step", "1", "--format", "csv");
        assertThat(sweep.out().lines().toList()).hasSize(4);
        assertThat(sweep.out()).startsWith("supply_air_c,pue,");
    }

    @Test
    void badStudyOptionsAreUsageErrors() {
        for (String[] args : new String[][] {{"stress", "--site", "singapore"},
            {"montecarlo", "--site", "singapore", "--samples", "1"},
            {"stress", "--site", "singapore", "--warming", "1,hot"},
            {"stress", "--site", "singapore", "--warming", "1,,2"},
            {"stress", "--site", "singapore", "--warming", "1,2,"},
            {"sweep", "--site", "singapore", "--param", "cooling", "--values", "immersion,"},
            {"sweep", "--site", "singapore", "--param", "supply-air-c", "--from", "30", "--to", "22", "--step", "1"}}) {
            OneCommandModeTest.Run run = OneCommandModeTest.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).startsWith("error: ");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
