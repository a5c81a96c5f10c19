package dcplanner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.io.CsvOutput;
import dcplanner.io.EvaluationReport;
import dcplanner.scenario.EvaluationService;

/** Batch runs end to end on small inputs: results, errors, order, atomic writing, --resume. */
class BatchRunnerTest {

    private static final EvaluationService SERVICE = EvaluationService.standard(
            new ClimateLibrary(SiteCatalogue.bundled()));
    private static final BatchRunner RUNNER = new BatchRunner(SERVICE);

    /** Good and bad rows, each bad row with one fault; row numbers as a spreadsheet shows them. */
    private static final String MIXED = String.join("\n",
            "scenario_id,site,cooling,utilisation,supply_air_c,tariff_escalation,it_capacity_kw",
            "good-1,singapore,water-cooled-chiller,0.6,,,",                   // row 2
            "bad-number,singapore,water-cooled-chiller,lots,,,",              // row 3
            "bad-site,atlantis,water-cooled-chiller,,,,",                     // row 4
            "too-hot,jakarta,air-cooled-chiller,,45,,",                       // row 5
            "bad-tech,manila,fridge,,,,",                                     // row 6
            ",,,,,,",                                                         // row 7: blank
            "extra,hanoi,dx-crac,,,,,surprise",                               // row 8: a cell beyond the header
            "=HYPERLINK(\"http://x\"),bangkok,Immersion,,,,",                 // row 9: formula-looking id, runs
            "deflation,johor-bahru,DX-CRAC,,,-0.05,",                         // row 10: a negative number, runs
            "negative-size,yangon,seawater,,,,-500",                          // row 11: a negative number, refused
            "good-2,kuala-lumpur,direct-liquid-cooling,0.4,,,2000") + "\n";   // row 12

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file))).getRecords();
    }

    private BatchOptions options(Path input, int threads) {
        Path output = dir.resolve("results.csv");
        return new BatchOptions(input, output, BatchOptions.defaultErrors(output), threads, false);
    }

    @Test
    void goodRowsRunAndEveryBadRowIsExplainedInTheErrorsFile() throws IOException {
        Path input = write("mixed.csv", MIXED);
        BatchSummary summary = RUNNER.run(options(input, 2), null);

        assertThat(summary.ran()).isEqualTo(4);
        assertThat(summary.failed()).isEqualTo(6);
        assertThat(summary.blank()).isEqualTo(1);
        assertThat(summary.line()).startsWith("batch: 10 rows: 4 ran, 6 failed, 1 blank row skipped; results in ");

        List<CSVRecord> results = records(dir.resolve("results.csv"));
        assertThat(results).extracting(r -> r.get("row")).containsExactly("2", "9", "10", "12");
        assertThat(results).extracting(r -> r.get("scenario_id"))
                .containsExactly("good-1", "'=HYPERLINK(\"http://x\")", "deflation", "good-2");
        // enum values in any case are read as the catalogue spells them
        assertThat(results.get(1).get("cooling")).isEqualTo("immersion");
        assertThat(results.get(2).get("cooling")).isEqualTo("dx-crac");
        // a negative number stays a number; defaults are filled in
        assertThat(results.get(2).get("tariff_escalation")).isEqualTo("-0.05");
        assertThat(results.get(0).get("tariff_escalation")).isEqualTo("0");
        assertThat(results.get(3).get("it_capacity_kw")).isEqualTo("2000");

        Map<String, CSVRecord> errors = new LinkedHashMap<>();
        for (CSVRecord error : records(dir.resolve("results-errors.csv"))) {
            errors.put(error.get("row"), error);
        }
        assertThat(errors.keySet()).containsExactly("3", "4", "5", "6", "8", "11");
        assertError(errors.get("3"), "bad-number", "utilisation", "lots", "not a number");
        assertError(errors.get("4"), "bad-site", "site", "atlantis", "not allowed");
        assertError(errors.get("5"), "too-hot", "supply_air_c", "45", "outside 15..35");
        assertError(errors.get("6"), "bad-tech", "cooling", "fridge", "not allowed");
        assertError(errors.get("8"), "extra", "column 8", "surprise", "no name in the header");
        assertError(errors.get("11"), "negative-size", "it_capacity_kw", "-500", "outside 1..");
    }

    private static void assertError(CSVRecord error, String id, String column, String value, String reason) {
        assertThat(error.get("scenario_id")).isEqualTo(id);
        assertThat(error.get("column")).isEqualTo(column);
        assertThat(error.get("value")).isEqualTo(value);
        assertThat(error.get("reason")).contains(reason);
    }

    @Test
    void aResultRowHoldsTheSameColumnsAndValuesAsEvaluateFormatCsv() throws IOException {
        Path input = write("one.csv", "scenario_id,site,cooling,pv_kwp\nsolar,singapore,seawater,500\n");
        RUNNER.run(options(input, 1), null);
        var catalogue = SERVICE.resolver().catalogue();
        String evaluate = CsvOutput.write(EvaluationReport.csvHeader(catalogue), List.of(EvaluationReport.csvRow(
                catalogue, SERVICE.evaluate(Map.of("site", "singapore", "cooling", "seawater", "pv_kwp", "500")))));
        String[] lines = Files.readString(dir.resolve("results.csv")).split("\n");
        String[] expected = evaluate.split("\n");
        assertThat(lines).hasSize(2);
        // then one pass column per bundled policy rule
        assertThat(lines[0]).startsWith("row,scenario_id," + expected[0] + ",policy_");
        assertThat(lines[1]).startsWith("2,solar," + expected[1] + ",");
    }

    @Test
    void resultsAreByteIdenticalWhateverTheThreadCount() throws IOException {
        StringBuilder text = new StringBuilder("scenario_id,site,cooling,utilisation,it_capacity_kw\n");
        String[] sites = {"singapore", "jakarta", "hanoi"};
        String[] techs = {"air-cooled-chiller", "water-cooled-chiller-wse", "airside-economiser-adiabatic",
            "dx-crac", "immersion"};
        for (int i = 0; i < 60; i++) {
            text.append("s").append(i).append(',').append(sites[i % 3]).append(',').append(techs[i % 5]).append(',')
                    .append(0.3 + (i % 7) / 10.0).append(',').append(i % 4 == 3 ? "0" : 500 + 100 * i).append('\n');
        }
        Path input = write("many.csv", text.toString());
        RUNNER.run(options(input, 1), null);
        byte[] oneThread = Files.readAllBytes(dir.resolve("results.csv"));
        byte[] oneThreadErrors = Files.readAllBytes(dir.resolve("results-errors.csv"));
        RUNNER.run(options(input, 4), null);
        assertThat(Files.readAllBytes(dir.resolve("results.csv"))).isEqualTo(oneThread);
        assertThat(Files.readAllBytes(dir.resolve("results-errors.csv"))).isEqualTo(oneThreadErrors);
        assertThat(records(dir.resolve("results.csv"))).hasSize(45); // every 4th row has a capacity of 0
    }

    @Test
    void theListenerHearsEveryRowThatRanInInputOrderWithoutHourlySeries() throws IOException {
        Path input = write("mixed.csv", MIXED);
        List<RowOutcome> heard = new ArrayList<>();
        RUNNER.run(options(input, 3), null, heard::add);
        assertThat(heard).extracting(RowOutcome::row).containsExactly(2, 9, 10, 12);
        Object pue = heard.get(0).results().get("pue");
        assertThat(((Number) pue).doubleValue()).isBetween(1.0, 3.0);
        assertThat(heard.get(0).results()).containsKeys("site", "cooling", "co2_location_t_per_year", "capex_usd");
    }

    @Test
    void theInputIsNeverModifiedNorUsedAsOutput() throws IOException {
        Path input = write("mixed.csv", MIXED);
        Files.setLastModifiedTime(input, FileTime.fromMillis(1_000_000_000_000L));
        Path sameThroughDots = dir.resolve("sub").resolve("..").resolve("mixed.csv");
        Files.createDirectories(dir.resolve("sub"));
        assertThatThrownBy(() -> RUNNER.run(new BatchOptions(input, sameThroughDots, dir.resolve("e.csv"), 1, false),
                null)).isInstanceOf(BatchOptionException.class).hasMessageContaining("is the input file");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), input);
        assertThatThrownBy(() -> RUNNER.run(new BatchOptions(input, dir.resolve("out.csv"), link, 1, false), null))
                .isInstanceOf(BatchOptionException.class).hasMessageContaining("--errors");
        RUNNER.run(options(input, 2), null);
        assertThat(Files.readString(input)).isEqualTo(MIXED);
        assertThat(Files.getLastModifiedTime(input).toMillis()).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void aRunThatCannotStartLeavesTheOldOutputAndNoOtherFile() throws IOException {
        Path output = write("results.csv", "the previous results\n");
        Path input = write("typo.csv", "scenario_id,site,coolnig\nx,singapore,dx-crac\n");
        assertThatThrownBy(() -> RUNNER.run(options(input, 1), null)).isInstanceOf(BatchInputException.class)
                .hasMessageContaining("unknown column 'coolnig' (did you mean cooling?)");
        assertThat(Files.readString(output)).isEqualTo("the previous results\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.csv",
                    "typo.csv");
        }
    }

    @Test
    void aMissingOutputFolderIsRefusedBeforeAnyRowRuns() throws IOException {
        Path input = write("mixed.csv", MIXED);
        Path nowhere = dir.resolve("no-such-folder").resolve("results.csv");
        assertThatThrownBy(() -> RUNNER.run(BatchOptions.of(input, nowhere), null))
                .isInstanceOf(BatchOptionException.class).hasMessageContaining("does not exist");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
        assertThatThrownBy(() -> RUNNER.run(BatchOptions.of(input, dir), null))
                .isInstanceOf(BatchOptionException.class).hasMessageContaining("is a folder");
    }

    @Test
    void aFinishedRunLeavesOnlyItsTwoFiles() throws IOException {
        Path input = write("mixed.csv", MIXED);
        RUNNER.run(options(input, 2), null);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mixed.csv",
                    "results.csv", "results-errors.csv");
        }
    }

    @Test
    void resumeContinuesAnInterruptedRunToTheSameBytes() throws IOException {
        Path input = write("mixed.csv", MIXED);
        RUNNER.run(options(input, 2), null);
        String fullResults = Files.readString(dir.resolve("results.csv"));
        String fullErrors = Files.readString(dir.resolve("results-errors.csv"));

        // an interruption after row 9: results up to row 9, errors up to row 8, and the next
        // results row cut off in the middle by the interruption
        String[] resultLines = fullResults.split("\n");
        String partial = resultLines[0] + "\n" + resultLines[1] + "\n" + resultLines[2] + "\n"
                + resultLines[3].substring(0, 40);
        String errorsPartial = String.join("\n", List.of(fullErrors.split("\n")).subList(0, 6)) + "\n";
        Files.delete(dir.resolve("results.csv"));
        Files.delete(dir.resolve("results-errors.csv"));
        Files.writeString(dir.resolve("results.csv.partial"), partial);
        Files.writeString(dir.resolve("results-errors.csv.partial"), errorsPartial);

        assertThatThrownBy(() -> RUNNER.run(options(input, 2), null)).isInstanceOf(BatchOptionException.class)
                .hasMessageContaining("results.csv.partial is left from an interrupted run: add --resume");

        BatchSummary resumed = RUNNER.run(options(input, 3).withResume(true), null);
        assertThat(resumed.resumed()).isEqualTo(2 + 5); // rows 2 and 9 ran, rows 3-6 and 8 failed
        assertThat(resumed.ran()).isEqualTo(4);
        assertThat(resumed.failed()).isEqualTo(6);
        assertThat(Files.readString(dir.resolve("results.csv"))).isEqualTo(fullResults);
        assertThat(Files.readString(dir.resolve("results-errors.csv"))).isEqualTo(fullErrors);
        assertThat(dir.resolve("results.csv.partial")).doesNotExist();

        // resuming a finished run changes nothing
        RUNNER.run(options(input, 1).withResume(true), null);
        assertThat(Files.readString(dir.resolve("results.csv"))).isEqualTo(fullResults);
        assertThat(Files.readString(dir.resolve("results-errors.csv"))).isEqualTo(fullErrors);
    }

    @Test
    void resumeWithoutTheErrorsOfTheInterruptedRunFindsThemAgain() throws IOException {
        Path input = write("mixed.csv", MIXED);
        RUNNER.run(options(input, 2), null);
        String fullResults = Files.readString(dir.resolve("results.csv"));
        String fullErrors = Files.readString(dir.resolve("results-errors.csv"));
        String[] resultLines = fullResults.split("\n");
        Files.delete(dir.resolve("results.csv"));
        Files.delete(dir.resolve("results-errors.csv"));
        // interrupted after row 10; its errors went to a file this run is not told about
        Files.writeString(dir.resolve("results.csv.partial"), String.join("\n", List.of(resultLines).subList(0, 4))
                + "\n");
        BatchSummary resumed = RUNNER.run(options(input, 2).withResume(true), null);
        assertThat(resumed.resumed()).isEqualTo(3);
        assertThat(resumed.failed()).isEqualTo(6);
        assertThat(Files.readString(dir.resolve("results.csv"))).isEqualTo(fullResults);
        assertThat(Files.readString(dir.resolve("results-errors.csv"))).isEqualTo(fullErrors);
    }

    @Test
    void resumeRefusesAnInputThatChanged() throws IOException {
        Path input = write("mixed.csv", MIXED);
        RUNNER.run(options(input, 1), null);
        write("mixed.csv", MIXED.replace("good-1", "other"));
        assertThatThrownBy(() -> RUNNER.run(options(input, 1).withResume(true), null))
                .isInstanceOf(BatchOptionException.class).hasMessageContaining("the input has changed");
    }

    @Test
    void eachRowSaysWhetherItPassesThePolicyRulesOfItsSite() throws IOException {
        // Singapore's rules apply to Singapore; Johor's only to Johor Bahru, not to Kuala Lumpur (same
        // country, outside the state); an air-cooled chiller cannot meet DC-CFA2's PUE 1.25 at full load
        // (its chillers alone need about 0.25-0.3 kW per kW of heat at the tropics' 30+ C condensing air)
        Path input = write("policy.csv", String.join("\n", "scenario_id,site,cooling",
                "sg,singapore,air-cooled-chiller", "jb,johor-bahru,water-cooled-chiller",
                "kl,kuala-lumpur,water-cooled-chiller") + "\n");
        RUNNER.run(options(input, 1), null);
        List<CSVRecord> results = records(dir.resolve("results.csv"));
        assertThat(results.get(0).get("policy_sgp_dccfa2_pue_100_pass")).isEqualTo("false");
        assertThat(results.get(0).get("policy_mys_johor_pue_pass")).isEmpty();
        assertThat(results.get(1).get("policy_mys_johor_pue_pass")).isIn("true", "false");
        assertThat(results.get(1).get("policy_sgp_dccfa2_pue_100_pass")).isEmpty();
        assertThat(results.get(2).get("policy_mys_johor_pue_pass")).isEmpty();
        // pass or fail agrees with the value beside it: Johor's PUE limit is 1.4 on the annual PUE
        double pue = Double.parseDouble(results.get(1).get("pue"));
        assertThat(results.get(1).get("policy_mys_johor_pue_pass")).isEqualTo(String.valueOf(pue <= 1.4));
    }
}
