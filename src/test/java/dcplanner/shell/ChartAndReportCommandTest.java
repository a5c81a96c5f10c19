package dcplanner.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.shell.OneCommandModeTest.Run;

/** {@code chart} and {@code report} as one-shot commands: files written, exit codes, one-line errors. */
class ChartAndReportCommandTest {

    @TempDir
    Path dir;

    private Path scenarios(String... rows) throws IOException {
        Path csv = dir.resolve("scenarios.csv");
        Files.writeString(csv, String.join("\n", rows) + "\n");
        return csv;
    }

    @Test
    void chartKindWritesItsFileAtTheRequestedSize() throws IOException {
        Path csv = scenarios("\uFEFFscenario_id,site,cooling", "Singapore WCC,singapore,water-cooled-chiller",
                "", "Johor ACC,johor-bahru,air-cooled-chiller");
        Path out = dir.resolve("charts");
        Run run = OneCommandModeTest.run("chart", "metrics", "--input", csv.toString(), "--out", out.toString(),
                "--size", "1600x1000");
        assertThat(run.err().strip()).isEqualTo("chart: created folder " + out);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("wrote "
                + out.resolve("metric-comparison.png").toAbsolutePath());
        BufferedImage image = ImageIO.read(out.resolve("metric-comparison.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);

        Run hourly = OneCommandModeTest.run("chart", "hourly-mode", "--input", csv.toString(), "--out",
                out.toString(), "--format", "svg", "--scenario", "Johor ACC");
        assertThat(hourly.exitCode()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("metric-comparison.png",
                    "hourly-mode-johor-acc.svg");
        }
    }

    @Test
    void chartSitesRunsOneDesignOverEveryBuiltInSite() throws IOException {
        Path out = dir.resolve("sites");
        Run run = OneCommandModeTest.run("chart", "sites", "--cooling", "dx-crac", "--it-capacity-kw", "500",
                "--out", out.toString(), "--format", "svg", "--size", "800x600");
        assertThat(run.err().strip()).isEqualTo("chart: created folder " + out);
        assertThat(run.exitCode()).isZero();
        String svg = Files.readString(out.resolve("sites-pue-wue.svg"));
        for (String city : List.of("Singapore", "Johor Bahru", "Jakarta", "Bangkok", "Manila", "Hanoi", "Yangon",
                "Phnom Penh (KHM, Bangkok weather)")) {
            assertThat(svg).contains(city);
        }
        assertThat(svg).contains("dx-crac, 500 kW IT");
    }

    @Test
    void reportWritesOneSelfContainedPage() throws Exception {
        Path csv = scenarios("scenario_id,site,cooling", "a,singapore,direct-liquid-cooling");
        Path out = dir.resolve("report");
        Run run = OneCommandModeTest.run("report", "--input", csv.toString(), "--out", out.toString(), "--title",
                "Briefing");
        assertThat(run.err().strip()).isEqualTo("report: created folder " + out);
        assertThat(run.exitCode()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Briefing</title>").contains("<svg");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(html))); // well-formed
    }

    @Test
    void badRequestsFailWithOneLine() throws IOException {
        Path csv = scenarios("scenario_id,site,cooling", "a,singapore,water-cooled-chiller");
        Path unknownColumn = dir.resolve("bad.csv");
        Files.writeString(unknownColumn, "scenario_id,site,supply_air\na,singapore,27\n");
        Path badValue = dir.resolve("value.csv");
        Files.writeString(badValue, "scenario_id,site,supply_air_c\nhot,singapore,45\n");
        String out = dir.resolve("out").toString();
        record Case(String[] args, int exit, String message) {
        }
        for (Case c : List.of(
                new Case(new String[] {"chart", "pie", "--input", csv.toString()}, 2, "chart kind 'pie' is not known"),
                new Case(new String[] {"--workspace", dir.resolve("empty-workspace.json").toString(), "chart", "metrics"}, 2,
                        "no scenarios: give --input FILE.csv"),
                new Case(new String[] {"chart", "--input", csv.toString()}, 2, "give one KIND"),
                new Case(new String[] {"chart", "metrics", "--input", csv.toString(), "--size", "10x10"}, 2,
                        "--size 10x10 is not allowed"),
                new Case(new String[] {"chart", "metrics", "--input", csv.toString(), "--cooling", "dx-crac"}, 2,
                        "with --input the scenarios come from the file"),
                new Case(new String[] {"chart", "hourly-pue", "--input", csv.toString(), "--scenario", "zz"}, 2,
                        "--scenario 'zz' is not among the scenarios"),
                new Case(new String[] {"chart", "metrics", "--input", unknownColumn.toString(), "--out", out}, 1,
                        "unknown column 'supply_air'"),
                new Case(new String[] {"chart", "metrics", "--input", badValue.toString(), "--out", out}, 2,
                        "scenario 'hot': supply_air_c = 45"),
                new Case(new String[] {"report", "--input", dir.resolve("missing.csv").toString()}, 1,
                        "no such file"))) {
            Run run = OneCommandModeTest.run(c.args());
            assertThat(run.exitCode()).as(String.join(" ", c.args()) + ": " + run.err()).isEqualTo(c.exit());
            assertThat(run.err()).startsWith("error: ").contains(c.message());
            assertThat(run.err().strip().lines()).hasSize(1);
        }
        assertThat(Files.exists(dir.resolve("out"))).as("nothing written by a failed run").isFalse();
        Run onFile = OneCommandModeTest.run("chart", "metrics", "--input", csv.toString(), "--out", csv.toString());
        assertThat(onFile.exitCode()).isEqualTo(1);
        assertThat(onFile.err()).contains("it is not a folder");
    }
}
