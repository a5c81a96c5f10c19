package dcplanner.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.energy.CoolingTechnology;
import dcplanner.io.CsvOutput;
import dcplanner.io.EvaluationReport;
import dcplanner.io.JsonOutput;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.testsupport.Inputs;

/**
 * REFACTORING GUARD, NOT A VALIDATION. {@code evaluate}'s JSON and CSV output for a fixed set of scenarios
 * (every cooling technology at two sites, the three design levels, the economics scenarios) must stay byte
 * for byte what the code produced when the files under {@code src/test/resources/golden/evaluate/} were
 * written. This is the one place the project accepts the code's own output as expected values: it proves that
 * a refactoring changed no result, and says nothing about whether the results are right (the other tests do).
 *
 * <p>When a change is MEANT to alter results, regenerate the files and review their diff in the commit:
 * {@code mvn -B -ntp -o test -Dtest=EvaluateGoldenTest -Dgolden.write=true}.
 */
class EvaluateGoldenTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/golden/evaluate");
    private static final boolean WRITE = Boolean.getBoolean("golden.write");

    private static EvaluationService service;
    private static ParameterCatalogue catalogue;

    @BeforeAll
    static void start() {
        service = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));
        catalogue = service.resolver().catalogue();
    }

    static Stream<Arguments> scenarios() {
        List<Arguments> scenarios = new ArrayList<>();
        for (String site : List.of("singapore", "hanoi")) {
            for (String cooling : CoolingTechnology.ids()) {
                scenarios.add(Arguments.of(cooling + "-" + site, Inputs.of("site", site, "cooling", cooling)));
            }
        }
        for (String level : List.of("legacy", "typical", "best-practice")) {
            scenarios.add(Arguments.of("design-" + level, Inputs.of("site", "kuala-lumpur", "design_level", level)));
        }
        scenarios.add(Arguments.of("pv", Inputs.of("site", "singapore", "it_capacity_kw", "20000", "pv_kwp", "5000")));
        scenarios.add(Arguments.of("ppa", Inputs.of("site", "bangkok", "ppa_share", "0.3",
                "certificate_share", "0.2")));
        scenarios.add(Arguments.of("time-of-use", Inputs.of("site", "kuala-lumpur", "tariff_structure",
                "time-of-use", "demand_charge_usd_per_kw_month", "9")));
        scenarios.add(Arguments.of("ramp-revenue", Inputs.of("site", "johor-bahru", "ramp", "0.2,0.4,0.6",
                "revenue_usd_per_kw_month", "180", "carbon_price_usd_per_t", "2027:5,2030:25")));
        scenarios.add(Arguments.of("national-grid", Inputs.of("site", "jakarta", "grid_carbon_basis", "national",
                "cooling", "air-cooled-chiller")));
        scenarios.add(Arguments.of("epw-file", Inputs.of("epw",
                "src/main/resources/data/weather/THA_Bangkok.Metropolis.484550_TMYx.2011-2025.epw.gz",
                "cooling", "water-cooled-chiller-wse")));
        return scenarios.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void evaluateOutputIsUnchanged(String name, Map<String, String> inputs) throws IOException {
        Evaluation evaluation = service.evaluate(inputs);
        String json = JsonOutput.write(EvaluationReport.json(evaluation)) + System.lineSeparator();
        String csv = CsvOutput.write(EvaluationReport.csvHeader(catalogue),
                List.of(EvaluationReport.csvRow(catalogue, evaluation)));
        compare(DIRECTORY.resolve(name + ".json"), json);
        compare(DIRECTORY.resolve(name + ".csv"), csv);
    }

    private static void compare(Path file, String actual) throws IOException {
        if (WRITE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file (write with -Dgolden.write=true)").exists();
        assertThat(actual).as(file.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
