package dcplanner.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.climate.Site;

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
        Path inner = folder.resolve("out");
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
    void aLimitThatNamesAPlaceAppliesOnlyToSitesThere() {
        Site johor = site("johor-bahru", "Johor Bahru (Senai)");
        Site kualaLumpur = site("kuala-lumpur", "Kuala Lumpur (Subang)");
        assertThat(BundledPolicyLimits.appliesToPlace("new data centres in Johor", johor)).isTrue();
        assertThat(BundledPolicyLimits.appliesToPlace("new data centres in Johor", kualaLumpur)).isFalse();
        assertThat(BundledPolicyLimits.appliesToPlace("all data centres within 10 years", kualaLumpur)).isTrue();
    }

    private static Site site(String id, String city) {
        return new Site(id, city, "MYS", "Malaysia", 0, 0, 0, 8, "", "", "", "", "", "", "");
    }
}
