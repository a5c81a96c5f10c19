package dcplanner.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dcplanner.text.StrictNumbers;

/**
 * The one CSV writer: RFC 4180 (commons-csv, "\n" line ends), safe to open in a spreadsheet, and
 * exact for pandas and other tools.
 *
 * <p>Cells:
 * <ul>
 * <li>numbers (a {@link Number}, or text that is a number in the form {@link StrictNumbers}
 * reads, such as an input echoed as {@code -0.05}) are written as plain decimals and never
 * altered, so that numeric columns stay numeric and negative numbers stay numbers;</li>
 * <li>other text that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
 * carriage return, or their full-width forms) gets a leading apostrophe (OWASP "CSV injection"
 * advice). This alters the text, so output that is ours avoids such text: option names, for
 * instance, are written without their leading dashes ({@code supply-air-c}); the apostrophe
 * remains for text that quotes what a user typed (warnings);</li>
 * <li>null is an empty cell; NaN and infinity are refused ({@link Values#requireFinite}).</li>
 * </ul>
 *
 * <p>Use {@link #write} for a whole document in memory, or {@link #to} to stream rows (the
 * hourly series, batch results) into a writer given by {@link AtomicFiles}.
 */
public final class CsvOutput {

    /** First characters that make a spreadsheet run a cell as a formula, with their full-width forms. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    /** The dialect: RFC 4180 with "\n" line ends (also for reading back what was written). */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private CsvOutput() {
    }

    /** A CSV document being written row by row. */
    public static final class Sheet {

        private final CSVPrinter printer;

        private Sheet(CSVPrinter printer) {
            this.printer = printer;
        }

        /** Writes one row; cells as described in the class comment. */
        public Sheet row(List<?> cells) throws IOException {
            Object[] texts = new Object[cells.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = cell(cells.get(i));
            }
            printer.printRecord(texts);
            return this;
        }

        /** Flushes the rows written so far to the writer (which stays open). */
        public void flush() throws IOException {
            printer.flush();
        }
    }

    /** Starts a CSV document on {@code writer} with its header row. */
    public static Sheet to(Writer writer, List<String> headers) throws IOException {
        Sheet sheet = new Sheet(new CSVPrinter(writer, FORMAT));
        sheet.row(headers);
        return sheet;
    }

    /** A whole CSV document: the header row, then the rows. */
    public static String write(List<String> headers, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try {
            Sheet sheet = to(out, headers);
            for (List<Object> row : rows) {
                sheet.row(row);
            }
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** One row as a line ending with "\n", for rows assembled one at a time (batch results); cells as above. */
    public static String line(List<?> cells) {
        StringBuilder out = new StringBuilder(256);
        try {
            new Sheet(new CSVPrinter(out, FORMAT)).row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** The text of one cell, as described in the class comment. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            Values.requireFinite(d, "a CSV cell");
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        String text = String.valueOf(value);
        return StrictNumbers.isNumber(text) ? text : escapeFormula(text);
    }

    /** Prefixes text that a spreadsheet would evaluate as a formula with an apostrophe. */
    public static String escapeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text {@link #escapeFormula} was given: its apostrophe removed (reading back a CSV we wrote). */
    public static String unescapeFormula(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }
}
