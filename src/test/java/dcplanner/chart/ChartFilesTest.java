package dcplanner.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** File names and where charts may be written; which limits apply to which site. */
class ChartFilesTest {

    @TempDir
    Path folder;

    @Test
    void stemsAreLowerCaseLettersDigitsAndHyphensOnly() {
        assertThat(ChartFiles.safeStem("Johor Bahru: DLC @ 27 °C")).isEqualTo("johor-bahru-dlc-27-c");
        assertThat(ChartFiles.safeStem("Ho Chí Minh")).isEqualTo("ho-chi-minh");
        assertThat(ChartFiles.safeStem("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(ChartFiles.safeStem("..\\..\\windows")).isEqualTo("windows");
        assertThat(ChartFiles.safeStem("/absolute/path")).isEqualTo("absolute-path");
        assertThat(ChartFiles.safeStem("...")).isEqualTo("chart");
        assertThat(ChartFiles.safeStem("")).isEqualTo("chart");
        assertThat(ChartFiles.safeStem("x".repeat(300))).hasSize(80);
        assertThat(ChartFiles.safeStem("-rf")).isEqualTo("rf");
    }

    @Test
    void aScenarioNameNeverWritesOutsideTheFolder() throws IOException {
        ScenarioCharts charts = new ScenarioCharts(List.of(ChartFixtures.SCENARIOS.get(0)), LimitSource.NONE);
        Path inner = Files.createDirectory(folder.resolve("out"));
        for (String hostile : List.of("../escape", "/tmp/absolute", "a/../../b", "..", "nul\0byte")) {
            Path written = ChartFiles.write(charts.monthlyPue(), inner, hostile, ChartFiles.Format.SVG, 600, 400);
            assertThat(written.getParent()).isEqualTo(inner.toAbsolutePath().normalize());
        }
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.filter(Files::isRegularFile).allMatch(p -> p.getParent().equals(inner))).isTrue();
        }
        assertThatThrownBy(() -> ChartFiles.inside(inner, "../x.png")).hasMessageContaining("outside");
        assertThatThrownBy(() -> ChartFiles.inside(inner, "sub/x.png")).hasMessageContaining("outside");
    }

    @Test
    void writtenPngAndSvgAreTheBytesRendered() throws IOException {
        ScenarioCharts charts = new ScenarioCharts(List.of(ChartFixtures.SCENARIOS.get(0)), LimitSource.NONE);
        Path png = ChartFiles.write(charts.water(), folder, "water-by-use", ChartFiles.Format.PNG, 1200, 800);
        assertThat(png.getFileName().toString()).isEqualTo("water-by-use.png");
        assertThat(Files.readAllBytes(png)).isEqualTo(ChartFiles.png(charts.water(), 1200, 800));
        Path svg = ChartFiles.write(charts.water(), folder, "water-by-use", ChartFiles.Format.SVG, 1200, 800);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("id='water-by-use'");
        try (Stream<Path> all = Files.list(folder)) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("water-by-use.png",
                    "water-by-use.svg"); // no temporary file left behind
        }
    }

    @Test
    void theLogicalFontResolvesToAnInstalledFontThatShowsEveryCharacterUsed() {
        // headless, the logical SansSerif maps through fontconfig to an installed font (DejaVu Sans on
        // Debian); a missing font would fall back to boxes or fail with "Fontconfig head is null"
        java.awt.Font font = ChartStyle.TITLE_FONT;
        assertThat(font.getFamily()).isEqualTo(java.awt.Font.SANS_SERIF);
        assertThat(font.canDisplayUpTo("PUE at 25% IT load, WUE L/kWh, CUE kg CO2e/kWh, m3 per year, 1,234.5 Ho Chí"
                + " Minh: Johor Bahru (Senai) °C -")).isEqualTo(-1);
        assertTextDrawsInk(font);
    }

    /** Draws a word and counts dark pixels: a font that renders nothing would leave none. */
    private static void assertTextDrawsInk(java.awt.Font font) {
        {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 60,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g2 = image.createGraphics();
            g2.setColor(java.awt.Color.WHITE);
            g2.fillRect(0, 0, 200, 60);
            g2.setColor(java.awt.Color.BLACK);
            g2.setFont(font);
            g2.drawString("PUE 1.25", 10, 40);
            g2.dispose();
            int dark = 0;
            for (int y = 0; y < 60; y++) {
                for (int x = 0; x < 200; x++) {
                    dark += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
                }
            }
            assertThat(dark).isGreaterThan(100);
        }
    }

    @Test
    void johorsLimitLinesAreDrawnForJohorBahruAndNotForKualaLumpur() {
        NamedEvaluation johor = ChartFixtures.named("JB", false, "site", "johor-bahru", "cooling",
                "water-cooled-chiller");
        NamedEvaluation kualaLumpur = ChartFixtures.named("KL", false, "site", "kuala-lumpur", "cooling",
                "water-cooled-chiller");
        // policy-thresholds.csv: Johor's annual PUE 1.4 and WUE 1.8; Malaysia has no national rule
        assertThat(ChartFixtures.LIMITS.limitsFor(johor.evaluation())).extracting(LimitLine::metric,
                LimitLine::limit).containsExactly(tuple("pue", 1.4), tuple("wue", 1.8));
        assertThat(ChartFixtures.LIMITS.limitsFor(kualaLumpur.evaluation())).isEmpty();
    }
}
