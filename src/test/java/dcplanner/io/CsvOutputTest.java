package dcplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import dcplanner.testsupport.NumberTexts;

/** Numbers stay numbers; only text a spreadsheet would run as a formula is neutralised. */
class CsvOutputTest {

    private static List<CSVRecord> read(String csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void negativeNumbersAndNumericTextAreWrittenAsTheyAre() throws IOException {
        String csv = CsvOutput.write(List.of("tariff_escalation", "as_text", "big", "small", "exact"),
                List.of(List.of(-0.05, "-0.05", 1.5e12, 8e-05, new BigDecimal("-12.50"))));
        CSVRecord row = read(csv).get(1);
        assertThat(row.values()).containsExactly("-0.05", "-0.05", "1500000000000", "0.00008", "-12.50");
    }

    @Test
    void generatedNumbersAreNeverAltered() {
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            String number = NumberTexts.wellFormed(random);
            if (new BigDecimal(number).abs().compareTo(new BigDecimal("1e300")) > 0) {
                continue;
            }
            assertThat(CsvOutput.cell(number)).as(number).isEqualTo(number);
            double value = new BigDecimal(number).doubleValue();
            assertThat(new BigDecimal(CsvOutput.cell(value)).doubleValue()).as(number).isEqualTo(value);
        }
    }

    @Test
    void formulaTextGetsAnApostrophe() {
        for (String formula : List.of("=1+1", "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1",
                "--site", "-", "+", "=HYPERLINK(\"http://x\")", "\uff1d1+1", "-1e5+A1")) {
            assertThat(CsvOutput.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
        for (String text : List.of("site", "supply-air-c", "2024:18.6,2026:33.5", "N+1", "a=b", "")) {
            assertThat(CsvOutput.cell(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void streamedRowsMatchTheWholeDocument() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(1, -0.5, "=x", "a,b"));
        rows.add(List.of(2, 0.25, "y", "c\"d"));
        java.io.StringWriter out = new java.io.StringWriter();
        CsvOutput.Sheet sheet = CsvOutput.to(out, List.of("n", "v", "t", "u"));
        for (List<Object> row : rows) {
            sheet.row(row);
        }
        sheet.flush();
        assertThat(out.toString()).isEqualTo(CsvOutput.write(List.of("n", "v", "t", "u"), rows))
                .isEqualTo("n,v,t,u\n1,-0.5,'=x,\"a,b\"\n2,0.25,y,\"c\"\"d\"\n");
    }
}
