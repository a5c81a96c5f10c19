package dcplanner.shell;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import dcplanner.chart.ChartKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar dc-planner.jar batch ...}: exit codes, the summary line, stdout and stderr. */
class BatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void exitCodeSaysWhetherEveryRowRan() throws IOException {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "scenario_id,site,cooling\r\na,singapore,dx-crac\r\n\r\nb,hanoi,seawater\r\n");
        OneCommandModeTest.Run run = OneCommandModeTest.run("batch", "--input", good.toString(), "--output",
                dir.resolve("out.csv").toString(), "--threads", "2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("batch: 2 rows: 2 ran, 0 failed, 1 blank row skipped; results in ");
        assertThat(run.err()).isEmpty(); // no progress lines for a short run without a terminal
        assertThat(Files.readString(dir.resolve("out-errors.csv"))).isEqualTo("row,scenario_id,column,value,reason\n");

        Path mixed = dir.resolve("mixed.csv");
        Files.writeString(mixed, "scenario_id,site,cooling\na,singapore,dx-crac\nb,hanoi,fridge\n");
        run = OneCommandModeTest.run("batch", "--input", mixed.toString(), "--output",
                dir.resolve("out.csv").toString(), "--errors", dir.resolve("why.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("batch: 2 rows: 1 ran, 1 failed;");
        assertThat(run.err()).isEqualTo("error: 1 of 2 rows failed; see " + dir.resolve("why.csv") + "\n");
        assertThat(Files.readString(dir.resolve("why.csv"))).contains("3,b,cooling,fridge,");

        run = OneCommandModeTest.run("batch", "--input", mixed.toString(), "--output", mixed.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is the input file");
        run = OneCommandModeTest.run("batch", "--input", mixed.toString(), "--output", "x.csv", "--threads", "two");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--threads 'two' is not a whole number");
    }

    @Test
    void chartsAreDrawnForTheRowsThatRanWithTheHoursOfTheFirst() throws IOException {
        Path input = dir.resolve("two.csv");
        Files.writeString(input, "scenario_id,site,cooling\nJB AE,johor-bahru,airside-economiser-adiabatic\n"
                + "bad,singapore,fridge\nSG DLC,singapore,direct-liquid-cooling\n");
        Path charts = dir.resolve("charts");
        OneCommandModeTest.Run run = OneCommandModeTest.run("batch", "--input", input.toString(), "--output",
                dir.resolve("out.csv").toString(), "--charts", charts.toString(), "--chart-format", "png");
        assertThat(run.exitCode()).isEqualTo(1); // one row failed; the others are drawn
        // every kind of 'chart all' but the one-design 'sites' chart, and the two heat maps of the first row
        List<String> files;
        try (Stream<Path> listing = Files.list(charts)) {
            files = listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).contains("metric-comparison.png", "tco-tradeoff.png", "hourly-mode-jb-ae.png",
                "hourly-pue-jb-ae.png").doesNotContain("sites-pue-wue.png").noneMatch(f -> f.contains("sg-dlc"));
        assertThat(files).hasSize(ChartKind.values().length - 1);
        BufferedImage image = ImageIO.read(charts.resolve("metric-comparison.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(run.out()).contains("batch: " + files.size() + " charts of 2 scenarios in " + charts);
    }
}
