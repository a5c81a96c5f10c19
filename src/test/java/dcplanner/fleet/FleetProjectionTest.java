package dcplanner.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.chart.ChartFiles;
import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.economics.YearFlow;
import dcplanner.reference.ReferenceData;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.testsupport.Inputs;

/** Totals of a small pipeline computed by hand, evaluate's own years, and the levers. */
class FleetProjectionTest {

    private static final double HOURS = 8760; // the bundled Singapore and Johor typical years
    private static EvaluationService service;
    private static ReferenceData reference;

    /**
     * A: 10 MW in Singapore at 50% from 2025; B: 20 MW in Singapore at 60%, 2027 to 2028 (retired in
     * 2029); C: 5 MW in Johor ramping 20%, 30%, then 40% from 2026.
     */
    private static final String PIPELINE = """
            cohort_id,country,site,year_online,it_capacity_mw,utilisation,cooling,year_retired,ramp
            a,SGP,singapore,2025,10,0.5,water-cooled-chiller,,
            b,SGP,singapore,2027,20,0.6,air-cooled-chiller,2029,
            c,MYS,johor-bahru,2026,5,0.4,water-cooled-chiller,,"0.2,0.3"
            """;

    @BeforeAll
    static void start() {
        service = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));
        reference = ReferenceData.bundled();
    }

    private static List<Cohort> cohorts(String csv) {
        return PipelineReader.read(new StringReader(csv), "p.csv", service.resolver().catalogue(), null);
    }

    private static FleetProjection.Result project(Levers levers) {
        return FleetProjection.project(service, cohorts(PIPELINE), 2025, 2029, levers, NationalDemand.bundled());
    }

    private static FleetRow row(FleetProjection.Result result, int year, String country) {
        return result.rows().stream().filter(r -> r.year() == year && r.country().equals(country)).findFirst()
                .orElseThrow();
    }

    @Test
    void itEnergyCapacityAndCohortsAddUpByHand() {
        FleetProjection.Result result = project(Levers.none(2025));
        // 3 years x (SGP, MYS, ALL) rows... 5 years x 3 rows
        assertThat(result.rows()).hasSize(15);
        // IT energy = capacity x utilisation x hours (flat load): A 10 MW x 0.5 x 8760 h = 0.0438 TWh
        assertThat(row(result, 2025, "SGP").itEnergyTwh()).isCloseTo(0.0438, within(1e-9));
        assertThat(row(result, 2025, "MYS").itEnergyTwh()).isZero();
        assertThat(row(result, 2025, "MYS").cohorts()).isZero();
        // C ramps: 5 MW x 0.2 x 8760 = 0.00876 TWh in 2026, x 0.3 = 0.01314 in 2027, x 0.4 = 0.01752 after
        assertThat(row(result, 2026, "MYS").itEnergyTwh()).isCloseTo(0.00876, within(1e-9));
        assertThat(row(result, 2027, "MYS").itEnergyTwh()).isCloseTo(0.01314, within(1e-9));
        assertThat(row(result, 2029, "MYS").itEnergyTwh()).isCloseTo(0.01752, within(1e-9));
        // B joins in 2027 and 2028 only: 20 MW x 0.6 x 8760 = 0.10512 TWh
        assertThat(row(result, 2027, "SGP").itEnergyTwh()).isCloseTo(0.0438 + 0.10512, within(1e-9));
        assertThat(row(result, 2027, "SGP").itCapacityMw()).isEqualTo(30);
        assertThat(row(result, 2027, "SGP").cohorts()).isEqualTo(2);
        assertThat(row(result, 2029, "SGP").itEnergyTwh()).isCloseTo(0.0438, within(1e-9));
        // ALL is the sum of the countries
        FleetRow all = row(result, 2027, FleetProjection.ALL);
        assertThat(all.itEnergyTwh()).isCloseTo(0.0438 + 0.10512 + 0.01314, within(1e-9));
        assertThat(all.itCapacityMw()).isEqualTo(35);
        assertThat(all.facilityEnergyTwh()).isCloseTo(row(result, 2027, "SGP").facilityEnergyTwh()
                + row(result, 2027, "MYS").facilityEnergyTwh(), within(1e-12));
        assertThat(all.shareOfNationalDemand()).isEmpty();
    }

    @Test
    void everyCohortYearIsEvaluatesOwnYear() {
        FleetProjection.Result result = project(Levers.none(2025));
        // C alone in Malaysia: its years are those of evaluate's cash flow (construction years first)
        Evaluation c = service.evaluate(Inputs.of("site", "johor-bahru", "country", "MYS", "cooling",
                "water-cooled-chiller", "it_capacity_kw", "5000", "utilisation", "0.4", "ramp", "0.2,0.3"));
        List<YearFlow> operating = c.lifecycle().years().stream().filter(YearFlow::operating).toList();
        for (int k = 0; k < 4; k++) {
            FleetRow malaysia = row(result, 2026 + k, "MYS");
            assertThat(malaysia.itEnergyTwh() * 1e9).isCloseTo(operating.get(k).itKwh(), within(1e-3));
            assertThat(malaysia.co2LocationMt() * 1e6).isCloseTo(operating.get(k).co2LocationT(), within(1e-6));
        }
        // at its steady utilisation the facility energy, peak and water are evaluate's
        FleetRow steady = row(result, 2029, "MYS");
        assertThat(steady.facilityEnergyTwh() * 1e9).isCloseTo(c.energy().facilityKwh(), within(1e-3));
        assertThat(steady.peakDemandMw() * 1e3).isCloseTo(c.energy().peakFacilityKw(), within(1e-6));
        assertThat(steady.waterMillionM3() * 1e9).isCloseTo(c.energy().waterLitres(), within(1e-3));
    }

    @Test
    void unitsAndBothGridBasesByHand() {
        FleetProjection.Result result = project(Levers.none(2025));
        FleetRow singapore = row(result, 2025, "SGP");
        // ML per day = million m3 x 1000 / 365 days
        assertThat(singapore.waterMlPerDay()).isCloseTo(singapore.waterMillionM3() * 1000 / 365, within(1e-9));
        // CO2 Mt = TWh x g/kWh / 1000 on each basis (no PV: grid = facility), from the bundled figures
        double lifecycle = reference.countryFigure("SGP", "grid_ci_lifecycle").orElseThrow().value();
        double national = reference.countryFigure("SGP", "grid_ef_national").orElseThrow().value();
        assertThat(singapore.co2LocationMt()).isCloseTo(singapore.facilityEnergyTwh() * lifecycle / 1000,
                within(1e-9));
        assertThat(singapore.co2NationalBasisMt()).isCloseTo(singapore.facilityEnergyTwh() * national / 1000,
                within(1e-9));
        assertThat(singapore.co2MarketMt()).isEqualTo(singapore.co2LocationMt());
        // Singapore's share against the bundled 57 TWh
        assertThat(singapore.shareOfNationalDemand().getAsDouble()).isCloseTo(singapore.facilityEnergyTwh() / 57,
                within(1e-12));
        assertThat(row(result, 2025, "MYS").shareOfNationalDemand()).isEmpty();
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("no national electricity demand for MYS"));
    }

    @Test
    void leversActOnNewBuildsAndOnEmissions() {
        FleetProjection.Result base = project(Levers.none(2025));
        // grid path for SGP: 400 g/kWh in 2025, 300 in 2029 -> 350 in 2027; the national basis does not move
        Levers path = new Levers(2025, 0, OptionalDouble.empty(), 0, 0.5,
                Levers.parseGridPath("SGP:2025=400,2029=300"), Map.of("MYS", 140.0));
        FleetProjection.Result pathed = project(path);
        FleetRow sgp2027 = row(pathed, 2027, "SGP");
        assertThat(sgp2027.co2LocationMt()).isCloseTo(sgp2027.facilityEnergyTwh() * 350 / 1000, within(1e-9));
        assertThat(sgp2027.co2NationalBasisMt()).isEqualTo(row(base, 2027, "SGP").co2NationalBasisMt());
        // half the electricity green: market-based emissions half of location-based
        assertThat(sgp2027.co2MarketMt()).isCloseTo(sgp2027.co2LocationMt() / 2, within(1e-12));
        assertThat(row(pathed, 2027, "MYS").shareOfNationalDemand().getAsDouble())
                .isCloseTo(row(pathed, 2027, "MYS").facilityEnergyTwh() / 140, within(1e-12));

        // every build from 2027 on holds PUE 1.1: B (air-cooled, new) is capped, A (online 2025) is not
        Levers capped = new Levers(2027, 1, OptionalDouble.of(1.1), 0, 0, Map.of(), Map.of());
        FleetRow cappedRow = row(project(capped), 2027, "SGP");
        double aFacility = row(base, 2025, "SGP").facilityEnergyTwh();
        assertThat(cappedRow.facilityEnergyTwh()).isCloseTo(aFacility + 1.1 * 0.10512, within(1e-9));
        assertThat(cappedRow.waterMillionM3()).isEqualTo(row(base, 2027, "SGP").waterMillionM3());

        // every new build liquid-cooled: B's year is evaluate's direct-liquid-cooling scenario
        Levers liquid = new Levers(2027, 0, OptionalDouble.empty(), 1, 0, Map.of(), Map.of());
        Evaluation bLiquid = service.evaluate(Inputs.of("site", "singapore", "country", "SGP", "cooling",
                "direct-liquid-cooling", "it_capacity_kw", "20000", "utilisation", "0.6"));
        assertThat(row(project(liquid), 2027, "SGP").facilityEnergyTwh() * 1e9)
                .isCloseTo(aFacility * 1e9 + bLiquid.energy().facilityKwh(), within(1e-2));
    }

    @Test
    void pipelineFilesAreReadStrictly() {
        String header = "cohort_id,country,site,year_online,it_capacity_mw,utilisation,cooling\n";
        assertThat(cohorts(header + "x,sgp,singapore,2026,1.5,0.5,dx-crac\n").get(0).inputs())
                .containsEntry("it_capacity_kw", "1500").containsEntry("country", "SGP");
        assertThatThrownBy(() -> cohorts(header.replace(",cooling", "") + "x,SGP,singapore,2026,1,0.5\n"))
                .hasMessage("p.csv: missing column(s) cooling");
        assertThatThrownBy(() -> cohorts(header.replace("cooling", "cooling,supply_air") + "x,SGP,singapore,2026,1,0.5,"
                + "dx-crac,27\n")).hasMessageContaining("unknown column 'supply_air'");
        assertThatThrownBy(() -> cohorts(header + "x,SGP,singapore,twenty,1,0.5,dx-crac\n"))
                .hasMessageStartingWith("p.csv line 2: year_online 'twenty' is not a number");
        assertThatThrownBy(() -> cohorts(header + "x,SGP,singapore,2026,NaN,0.5,dx-crac\n"))
                .hasMessageStartingWith("p.csv line 2: it_capacity_mw 'NaN' is not a number");
        assertThatThrownBy(() -> cohorts(header + "x,SGP,singapore,2026,0,0.5,dx-crac\n"))
                .hasMessageContaining("it_capacity_mw 0 must be above 0");
        assertThatThrownBy(() -> cohorts(header + "x,SGP,singapore,2026,1,0.5,dx-crac\nx,SGP,singapore,2027,1,0.5,"
                + "dx-crac\n")).hasMessage("p.csv line 3: cohort_id 'x' is given twice");
        assertThatThrownBy(() -> cohorts(header.replace("cooling", "cooling,year_retired")
                + "x,SGP,singapore,2026,1,0.5,dx-crac,2026\n")).hasMessageContaining("year_retired 2026 must be"
                        + " after year_online 2026");
        assertThatThrownBy(() -> cohorts(header)).hasMessageContaining("no cohorts");
        // a scenario input out of range is refused by the catalogue when the cohort is evaluated
        assertThatThrownBy(() -> FleetProjection.project(service, cohorts(header + "x,SGP,singapore,2026,1,1.5,"
                + "dx-crac\n"), 2025, 2026, Levers.none(2025), Map.of())).hasMessageStartingWith("cohort x: utilisation = 1.5");
        assertThatThrownBy(() -> Levers.parseGridPath("SGP:2025")).hasMessageContaining("needs YEAR=G");
        assertThatThrownBy(() -> new Levers(2025, 1.2, OptionalDouble.of(1.2), 0, 0, Map.of(), Map.of()))
                .hasMessageContaining("pue_limit_share 1.2 is outside 0..1");
    }

    @Test
    void gridPathsInterpolateBetweenYearsAndHoldFlatBeyond() {
        Levers levers = new Levers(2025, 0, OptionalDouble.empty(), 0, 0,
                Levers.parseGridPath("mys:2025=600,2035=400; SGP:2030=380"), Levers.parseDemand("MYS=150"));
        assertThat(levers.gridIntensity("MYS", 2020).getAsDouble()).isEqualTo(600);
        assertThat(levers.gridIntensity("MYS", 2030).getAsDouble()).isCloseTo(500, within(1e-12));
        assertThat(levers.gridIntensity("MYS", 2027).getAsDouble()).isCloseTo(560, within(1e-12));
        assertThat(levers.gridIntensity("MYS", 2040).getAsDouble()).isEqualTo(400);
        assertThat(levers.gridIntensity("SGP", 2026).getAsDouble()).isEqualTo(380);
        assertThat(levers.gridIntensity("IDN", 2026)).isEmpty();
        assertThat(levers.nationalDemandTwh()).containsEntry("MYS", 150.0);
        assertThatThrownBy(() -> Levers.parseGridPath("MYS:2025=2000")).hasMessageContaining("outside 0..1500");
        assertThatThrownBy(() -> Levers.parseDemand("Malaysia=150")).hasMessageContaining("not an ISO 3166-1");
        // a trailing comma or an empty item is a typo, not a shorter list (the one strict list reader)
        assertThatThrownBy(() -> Levers.parseDemand("MYS=150,")).hasMessageContaining("ends with a comma");
        assertThatThrownBy(() -> Levers.parseGridPath("MYS:2025=600,,2035=400")).hasMessageContaining("item 2 is"
                + " empty");
    }

    @Test
    void chartsAreWrittenAsPngAndSvgFilesWithTheWeatherAndGridBasisInTheFootnote(@TempDir Path folder)
            throws Exception {
        FleetProjection.Result result = project(Levers.none(2025));
        List<Path> files = FleetCharts.write(result, folder, "pipeline.csv", List.of(ChartFiles.Format.PNG,
                ChartFiles.Format.SVG));
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("fleet-electricity.png",
                "fleet-electricity.svg", "fleet-emissions.png", "fleet-emissions.svg", "fleet-water.png",
                "fleet-water.svg");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (file.toString().endsWith(".png")) {
                assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
            } else {
                String svg = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                assertThat(svg).startsWith("<?xml").contains("<svg").endsWith("</svg>\n");
            }
        }
        assertThat(((org.jfree.chart.title.TextTitle) FleetCharts.charts(result, "pipeline.csv").get(0)
                .getSubtitle(0)).getText()).startsWith("Weather: ").contains(".epw").contains(" g/kWh (lifecycle)");
        // the same projection gives the same bytes
        byte[] first = Files.readAllBytes(files.get(0));
        List<Path> again = FleetCharts.write(result, folder, "pipeline.csv", List.of(ChartFiles.Format.PNG));
        assertThat(Files.readAllBytes(again.get(0))).isEqualTo(first);
    }
}
