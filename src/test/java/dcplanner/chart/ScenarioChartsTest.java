package dcplanner.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.InputSource;

import dcplanner.energy.CoolingMode;
import dcplanner.energy.EnergyComponent;
import dcplanner.scenario.Evaluation;

/** Every chart kind drawn from real evaluations: size, series, titles, and what the series add up to. */
class ScenarioChartsTest {

    private static final List<NamedEvaluation> SCENARIOS = ChartFixtures.SCENARIOS;
    private static final ScenarioCharts CHARTS = new ScenarioCharts(SCENARIOS, ChartFixtures.LIMITS);

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyKindRendersAtBothSizesWithTitleLegendAndFootnote(ChartKind kind) throws IOException {
        List<NamedChart> charts = CHARTS.charts(kind, "water-cooled-chiller");
        assertThat(charts).isNotEmpty();
        for (NamedChart named : charts) {
            JFreeChart chart = named.chart();
            assertThat(named.stem()).startsWith(kind.fileStem());
            assertThat(chart.getTitle().getText()).isNotBlank();
            if (kind == ChartKind.HOURLY_PUE) {
                assertThat(chart.getSubtitles()).as("colour scale").hasAtLeastOneElementOfType(PaintScaleLegend.class);
            } else {
                assertThat(chart.getLegend()).as("legend").isNotNull();
                assertThat(chart.getPlot().getLegendItems().getItemCount()).isPositive();
            }
            String footnote = footnote(chart);
            assertThat(footnote).contains("Weather: ").contains("Grid carbon: ").contains(".epw");
            // every kind at the default size; the layout at the larger size once (rendering costs ~0.3 s)
            int[][] sizes = kind == ChartKind.METRICS ? new int[][] {{1200, 800}, {1600, 1000}}
                    : new int[][] {{1200, 800}};
            for (int[] size : sizes) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartFiles.png(chart, size[0], size[1])));
                assertThat(image.getWidth()).isEqualTo(size[0]);
                assertThat(image.getHeight()).isEqualTo(size[1]);
                assertThat(distinctColours(image)).as("a drawn chart, not a blank image").isGreaterThan(20);
            }
        }
    }

    @Test
    void metricComparisonHasFivePanelsOfOneBarPerScenarioAndTheLimitsOfEachJurisdiction() {
        JFreeChart chart = CHARTS.metrics();
        assertThat(chart.getTitle().getText()).contains("PUE, WUE and CUE").contains("Singapore")
                .contains("Johor Bahru");
        CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) chart.getPlot();
        List<CategoryPlot> panels = subplots(plot);
        assertThat(panels).extracting(p -> p.getRangeAxis().getLabel()).containsExactly("PUE, annual",
                "PUE at 100% IT load", "PUE at 25% IT load", "WUE, L/kWh", "CUE, kg CO2e/kWh");
        for (CategoryPlot panel : panels) {
            assertThat(panel.getDataset(0).getRowCount()).isEqualTo(1);
            assertThat(panel.getDataset(0).getColumnCount()).isEqualTo(SCENARIOS.size());
        }
        Evaluation johorAir = SCENARIOS.get(2).evaluation();
        assertThat(panels.get(0).getDataset(0).getValue(0, 2).doubleValue()).isEqualTo(johorAir.energy().pue());
        // limits from data/countries/policy-thresholds.csv: Johor PUE 1.4 and WUE 1.8 (annual), Singapore's
        // roadmap 1.30 at 100% load, Green Mark Platinum 1.39 at 25% load and its water point 2.0
        assertLimit(panels.get(0), "Johor state benchmark", 1.4, false, false, true, true);
        assertLimit(panels.get(1), "Green Data Centre Roadmap", 1.30, true, true, false, false);
        assertLimit(panels.get(2), "Green Mark DC 2024 Platinum", 1.39, true, true, false, false);
        assertLimit(panels.get(3), "Johor state benchmark", 1.8, false, false, true, true);
        assertLimit(panels.get(3), "Green Mark DC 2024 water", 2.0, true, true, false, false);
        assertThat(panels.get(4).getDataset(1)).as("no CUE limit in the bundled thresholds").isNull();
    }

    private static void assertLimit(CategoryPlot panel, String scheme, double limit, boolean... appliesToScenario) {
        CategoryDataset limits = panel.getDataset(1);
        int row = -1;
        for (int r = 0; r < limits.getRowCount(); r++) {
            if (((String) limits.getRowKey(r)).contains(scheme)) {
                row = r;
            }
        }
        assertThat(row).as(scheme + " in " + limits.getRowKeys()).isNotNegative();
        assertThat(limits.getColumnKeys()).containsExactlyElementsOf(SCENARIOS.stream().map(NamedEvaluation::name)
                .toList());
        for (int c = 0; c < appliesToScenario.length; c++) {
            Number value = limits.getValue(row, c);
            if (appliesToScenario[c]) {
                assertThat(value.doubleValue()).isEqualTo(limit);
            } else {
                assertThat(value).isNull();
            }
        }
    }

    @Test
    void energySegmentsAddUpToTheFacilityEnergyLessIt() {
        CategoryDataset data = ((CategoryPlot) CHARTS.energy().getPlot()).getDataset();
        for (int c = 0; c < SCENARIOS.size(); c++) {
            Evaluation e = SCENARIOS.get(c).evaluation();
            double overheadMwh = (e.energy().facilityKwh() - e.energy().energyKwh(EnergyComponent.IT)) / 1000;
            assertThat(columnSum(data, c)).isCloseTo(overheadMwh, within(overheadMwh * 1e-9));
        }
        // liquid-loop pumps appear (the liquid-cooled scenario has them), IT does not
        assertThat(data.getRowKeys()).contains(EnergyComponent.LIQUID_COOLING_PUMPS.label())
                .doesNotContain(EnergyComponent.IT.label());
    }

    @Test
    void waterCapexAndOpexSegmentsAddUpToTheirTotals() {
        CategoryDataset water = ((CategoryPlot) CHARTS.water().getPlot()).getDataset();
        CategoryDataset capex = ((CategoryPlot) CHARTS.capex().getPlot()).getDataset();
        CategoryDataset opex = ((CategoryPlot) CHARTS.opex().getPlot()).getDataset();
        assertThat(((CategoryPlot) CHARTS.capex().getPlot()).getRangeAxis().getLabel()).contains("million USD");
        for (int c = 0; c < SCENARIOS.size(); c++) {
            Evaluation e = SCENARIOS.get(c).evaluation();
            assertThat(columnSum(water, c)).isCloseTo(e.energy().waterLitres() / 1000, within(1e-6));
            assertThat(columnSum(capex, c) * 1e6).isCloseTo(e.lifecycle().capex().totalUsd(), within(1e-3));
        }
        double opexScale = ((CategoryPlot) CHARTS.opex().getPlot()).getRangeAxis().getLabel().contains("million")
                ? 1e6 : 1e3;
        Evaluation first = SCENARIOS.get(0).evaluation();
        assertThat(columnSum(opex, 0) * opexScale).isCloseTo(first.lifecycle().firstYearOpex().totalUsd(),
                within(1e-3));
    }

    @Test
    void monthlyPueHasOneLinePerScenarioWhoseItWeightedMeanIsTheAnnualPue() {
        CategoryDataset data = ((CategoryPlot) CHARTS.monthlyPue().getPlot()).getDataset();
        assertThat(data.getRowCount()).isEqualTo(SCENARIOS.size());
        assertThat(data.getColumnCount()).isEqualTo(12);
        for (int r = 0; r < SCENARIOS.size(); r++) {
            Evaluation e = SCENARIOS.get(r).evaluation();
            double facility = 0;
            for (int m = 1; m <= 12; m++) {
                facility += data.getValue(r, m - 1).doubleValue() * e.energy().itKwh(m);
            }
            // PUE = sum of facility energy / sum of IT energy: the months' PUEs weighted by IT energy
            assertThat(facility / e.energy().itKwh()).isCloseTo(e.energy().pue(), within(1e-9));
        }
    }

    @Test
    void cumulativeDiscountedCashFlowEndsAtMinusTheTotalCostOfOwnershipWithoutRevenue() {
        XYDataset data = ((XYPlot) CHARTS.cashFlow().getPlot()).getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(SCENARIOS.size());
        for (int s = 0; s < SCENARIOS.size(); s++) {
            Evaluation e = SCENARIOS.get(s).evaluation();
            int last = data.getItemCount(s) - 1;
            assertThat(data.getItemCount(s)).isEqualTo(e.lifecycle().years().size());
            // TCO is the NPV of costs less the residual value; with no revenue the net flows are its negative
            assertThat(data.getYValue(s, last) * 1e6).isCloseTo(-e.lifecycle().tcoNpvUsd(),
                    within(Math.abs(e.lifecycle().tcoNpvUsd()) * 1e-9));
        }
    }

    @Test
    void tradeOffHasTwoPanelsOfOnePointPerScenario() {
        CombinedRangeXYPlot plot = (CombinedRangeXYPlot) CHARTS.tradeOff().getPlot();
        assertThat(plot.getSubplots()).hasSize(2);
        for (Object sub : plot.getSubplots()) {
            XYDataset data = ((XYPlot) sub).getDataset();
            assertThat(data.getSeriesCount()).isEqualTo(SCENARIOS.size());
        }
        assertThat(((XYPlot) plot.getSubplots().get(0)).getDomainAxis().getLabel()).contains("CO2e");
        assertThat(((XYPlot) plot.getSubplots().get(1)).getDomainAxis().getLabel()).contains("water");
    }

    @Test
    void nonDominatedPointsAreThoseNoOtherPointBeatsOnBothAxes() {
        double[][] points = {{1, 5}, {2, 2}, {3, 3}, {5, 1}, {2, 2}, {6, 6}};
        // (3,3) is beaten by (2,2); (6,6) by all; the two equal (2,2) do not dominate each other
        assertThat(TradeOffChart.nonDominated(points)).containsExactly(0, 1, 3, 4);
    }

    @Test
    void hourlyChartsCoverEveryHourOfTheYear() {
        NamedEvaluation first = SCENARIOS.get(0);
        XYDataset pue = ((XYPlot) CHARTS.hourlyPue(first).getPlot()).getDataset();
        assertThat(pue.getItemCount(0)).isEqualTo(8760);
        Set<Double> hours = new HashSet<>();
        for (int i = 0; i < 8760; i++) {
            hours.add(pue.getYValue(0, i));
            assertThat(pue.getXValue(0, i)).isBetween(1.0, 365.0);
        }
        assertThat(hours).hasSize(24);
        LegendItemCollection modes = CHARTS.hourlyMode(first).getPlot().getLegendItems();
        assertThat(modes.getItemCount()).isEqualTo(CoolingMode.values().length);
        // only the scenario that kept its hourly series gets hourly charts, named after it
        assertThat(CHARTS.charts(ChartKind.HOURLY_PUE, "")).extracting(NamedChart::stem)
                .containsExactly("hourly-pue-singapore-water-cooled");
        assertThatThrownBy(() -> CHARTS.hourlyPue(SCENARIOS.get(1))).hasMessageContaining("hourly");
    }

    @Test
    void hoursWithoutItLoadAreLeftBlankInsteadOfDividingByZero() throws IOException {
        // IT load only from 08:00 to 18:00: the other 14 hours of each day have no PUE
        String profile = "0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0";
        NamedEvaluation dayShift = ChartFixtures.named("day shift", true, "site", "singapore", "utilisation", "0.4",
                "utilisation_profile",
                profile);
        JFreeChart chart = new ScenarioCharts(List.of(dayShift), LimitSource.NONE).hourlyPue(dayShift);
        XYDataset data = ((XYPlot) chart.getPlot()).getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(365 * 10);
        for (int i = 0; i < data.getItemCount(0); i++) {
            assertThat(((org.jfree.data.xy.XYZDataset) data).getZValue(0, i)).isFinite().isGreaterThan(1.0);
        }
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).contains("5,110 hours without IT load");
        ImageIO.read(new ByteArrayInputStream(ChartFiles.png(chart, 600, 400)));
    }

    @Test
    void sitesChartOrdersSitesByPue() {
        List<NamedEvaluation> sites = List.of(SCENARIOS.get(0), SCENARIOS.get(2));
        JFreeChart chart = new ScenarioCharts(sites, ChartFixtures.LIMITS).sites("test design");
        CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) chart.getPlot();
        List<CategoryPlot> panels = subplots(plot);
        assertThat(panels).hasSize(2);
        CategoryDataset pue = panels.get(0).getDataset(0);
        assertThat(pue.getValue(0, 0).doubleValue()).isLessThan(pue.getValue(0, 1).doubleValue());
        assertThat(chart.getTitle().getText()).contains("2 sites");
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo("Design: test design");
        // no proxy site among these two: one legend entry, for sites with their own weather
        assertThat(plot.getLegendItems().getItemCount()).isEqualTo(1);
    }

    @Test
    void aScenarioKeepsItsColourAcrossCharts() {
        List<NamedEvaluation> reversed = new ArrayList<>(SCENARIOS);
        java.util.Collections.reverse(reversed);
        ScenarioCharts charts = new ScenarioCharts(reversed, LimitSource.NONE);
        // colour follows the place in the list given, whichever chart draws it
        assertThat(charts.styleOf(SCENARIOS.get(3).name())).isZero();
        assertThat(CHARTS.styleOf(SCENARIOS.get(3).name())).isEqualTo(3);
        CategoryPlot monthly = (CategoryPlot) CHARTS.monthlyPue().getPlot();
        XYPlot cash = (XYPlot) CHARTS.cashFlow().getPlot();
        for (int s = 0; s < SCENARIOS.size(); s++) {
            assertThat(monthly.getRenderer().getSeriesPaint(s)).isEqualTo(ChartStyle.colour(s));
            assertThat(cash.getRenderer().getSeriesPaint(s)).isEqualTo(ChartStyle.colour(s));
        }
    }

    @Test
    void namesMustBeUniqueAndTheListNotEmpty() {
        assertThatThrownBy(() -> new ScenarioCharts(List.of(), LimitSource.NONE)).hasMessageContaining("no scenarios");
        assertThatThrownBy(() -> new ScenarioCharts(List.of(SCENARIOS.get(0), SCENARIOS.get(0)), LimitSource.NONE))
                .hasMessageContaining("appears twice");
    }

    @Test
    void sameInputsGiveByteIdenticalPngAndSvg() throws Exception {
        ScenarioCharts again = new ScenarioCharts(SCENARIOS, ChartFixtures.LIMITS);
        for (ChartKind kind : List.of(ChartKind.METRICS, ChartKind.HOURLY_MODE)) {
            JFreeChart a = CHARTS.charts(kind, "d").get(0).chart();
            JFreeChart b = again.charts(kind, "d").get(0).chart();
            assertThat(ChartFiles.png(a, 1200, 800)).isEqualTo(ChartFiles.png(b, 1200, 800));
            String svg = ChartFiles.svgDocument(a, 1200, 800, kind.fileStem());
            assertThat(svg).isEqualTo(ChartFiles.svgDocument(b, 1200, 800, kind.fileStem()));
            // well-formed XML, ready to embed
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        }
    }

    @Test
    void pngCarriesNoTimeStampOrTextChunk() {
        byte[] png = ChartFiles.png(CHARTS.monthlyPue(), 600, 400);
        String chunks = new String(png, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(chunks).doesNotContain("tIME").doesNotContain("tEXt").doesNotContain("iTXt");
    }

    static List<CategoryPlot> subplots(CombinedDomainCategoryPlot plot) {
        List<CategoryPlot> list = new ArrayList<>();
        for (Object sub : plot.getSubplots()) {
            list.add((CategoryPlot) sub);
        }
        return list;
    }

    private static double columnSum(CategoryDataset data, int column) {
        double sum = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            Number v = data.getValue(r, column);
            sum += v == null ? 0 : v.doubleValue();
        }
        return sum;
    }

    private static String footnote(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t && t.getText().startsWith("Weather: ")) {
                return t.getText();
            }
        }
        return "";
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
