package dcplanner.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.policy.PolicyRules;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.testsupport.Inputs;

/** Every study chart renders (fonts present, headless) to a PNG and an SVG with its title. */
class StudyChartsTest {

    @TempDir
    Path dir;

    @Test
    void everyChartIsWrittenAsPngAndSvg() throws IOException {
        StudyRunner runner = StudyFixtures.runner(2);
        Map<String, String> inputs = Inputs.of("site", "singapore", "cooling", "air-cooled-chiller");
        Sweep.Result sweep = Sweep.run(runner, inputs, List.of(new Sweep.Axis("supply_air_c", List.of("24", "27"))));
        Tornado.Result tornado = Tornado.run(runner, inputs, UncertaintyRanges.standard());
        MonteCarlo.Result monteCarlo = MonteCarlo.run(runner, inputs, UncertaintyRanges.standard(),
                PolicyRules.bundled(), 8, 2);
        Optimiser.Result optimised = Optimiser.run(runner, inputs, List.of(new Optimiser.Dimension("redundancy",
                List.of("N", "2N"))), Optimiser.Objective.TCO, Optimiser.Limits.none(), 2);
        StressTest.Result stress = StressTest.run(runner, inputs, List.of(1.0), 0, PolicyRules.bundled());

        Map<String, org.jfree.chart.JFreeChart> charts = Map.of(
                "sweep", StudyCharts.sweep(sweep, StudyMetric.PUE, "supply_air_c (C)", "test", "footnote"),
                "tornado", StudyCharts.tornado(tornado, StudyMetric.TCO_NPV_USD, "test", "footnote"),
                "histogram", StudyCharts.histogram(monteCarlo, StudyMetric.WUE, "test", "footnote"),
                "pareto", StudyCharts.pareto(optimised.feasible(), optimised.pareto(), "test", "footnote"),
                "stress", StudyCharts.stress(stress, List.of(StudyMetric.PUE_AT_100PCT_LOAD), "PUE", "test", "footnote"));
        // the histogram carries the limit on its metric that applies in Singapore (Green Mark WUE 2.0 L/kWh)
        assertThat(charts.get("histogram").getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .anyMatch(m -> m instanceof org.jfree.chart.plot.ValueMarker v && v.getValue() == 2.0
                        && v.getLabel().startsWith("limit: SGP Green Mark DC 2024 water"));
        for (var chart : charts.entrySet()) {
            // the one chart style: the footnote under the plot, the title in the style's font
            assertThat(chart.getValue().getSubtitles()).as(chart.getKey()).anyMatch(t -> t instanceof
                    org.jfree.chart.title.TextTitle text && text.getText().equals("footnote"));
            assertThat(chart.getValue().getTitle().getFont()).isEqualTo(dcplanner.chart.ChartStyle.TITLE_FONT);
            List<Path> files = StudyCharts.write(chart.getValue(), dir, chart.getKey());
            byte[] png = Files.readAllBytes(files.get(0));
            assertThat(png.length).as(chart.getKey()).isGreaterThan(5000);
            assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
            assertThat(Files.readString(files.get(1))).contains("<svg").contains("test");
        }
        // nothing but the charts: no temporary files left behind
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".png")
                    || n.endsWith(".svg")).hasSize(10);
        }
    }
}
