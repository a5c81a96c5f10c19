package dcplanner.climate;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import dcplanner.text.InputText;
import dcplanner.text.StrictNumbers;

/**
 * Reads EnergyPlus weather files (EPW), plain or gzip-compressed.
 *
 * <p>Format: EnergyPlus "Auxiliary Programs", chapter "Weather Converter Program", section
 * "EnergyPlus Weather File (EPW) Data Dictionary": 8 header lines (LOCATION ... DATA PERIODS),
 * then one record per line with 35 comma-separated fields. Missing-value codes of that data
 * dictionary (99.9 for temperatures, 999 for relative humidity, 999999 for pressure, 9999 for
 * irradiation, 999 for wind speed) and values outside the dictionary's valid ranges are filled by
 * linear interpolation across gaps of at most {@value #MAX_INTERPOLATED_GAP_HOURS} hours, and every
 * fill is reported in {@link WeatherYear#gapFills()}.
 */
public final class EpwReader {

    /** Longest run of missing hourly values filled by interpolation in the fields the models rely on. */
    public static final int MAX_INTERPOLATED_GAP_HOURS = 24;

    static final int FIELD_COUNT = 35;
    private static final int HEADER_LINES = 8;

    // 1-based field numbers of the EPW data dictionary
    private static final int F_YEAR = 1;
    private static final int F_MONTH = 2;
    private static final int F_DAY = 3;
    private static final int F_HOUR = 4;
    private static final int F_MINUTE = 5;
    private static final int F_FLAGS = 6;
    private static final int F_DRY_BULB = 7;
    private static final int F_DEW_POINT = 8;
    private static final int F_RH = 9;
    private static final int F_PRESSURE = 10;
    private static final int F_GHI = 14;
    private static final int F_DNI = 15;
    private static final int F_DHI = 16;
    private static final int F_WIND_SPEED = 22;

    private EpwReader() {
    }

    /** Reads a file from disk; gzip is recognised by its magic bytes, whatever the file is called. */
    public static WeatherYear read(Path file) {
        String name = InputText.printable(file.toString());
        if (Files.isDirectory(file)) {
            throw new EpwFormatException(name + ": is a directory, not an EPW file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new EpwFormatException(name + ": no such file");
        } catch (IOException e) {
            throw new EpwFormatException(name + ": cannot be read (" + InputText.printable(String.valueOf(
                    e.getMessage())) + ")", e);
        }
    }

    /**
     * Reads EPW content from a stream; {@code name} is used in messages. The stream is not closed.
     * A UTF-8 byte-order mark at the start (spreadsheet tools write one) is skipped.
     */
    public static WeatherYear read(InputStream rawInput, String fileName) {
        String name = InputText.printable(fileName);
        try {
            BufferedInputStream in = new BufferedInputStream(rawInput);
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            InputStream content = (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(in, 65536) : in;
            // ISO-8859-1 never fails to decode: city names with accents must not stop the reader
            EndTracking tracked = new EndTracking(new InputStreamReader(content, StandardCharsets.ISO_8859_1));
            BufferedReader reader = new BufferedReader(tracked, 1 << 16);
            return parse(reader, tracked, name);
        } catch (IOException e) {
            throw new EpwFormatException(name + ": cannot be read (" + InputText.printable(String.valueOf(
                    e.getMessage())) + ")", e);
        }
    }

    /** Remembers the last character read, to tell a file cut inside a line from a complete one. */
    private static final class EndTracking extends java.io.FilterReader {
        private int last = -1;

        EndTracking(java.io.Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                last = c;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                last = buffer[offset + n - 1];
            }
            return n;
        }

        /** Whether the content read so far ends with a line break (true for empty content). */
        boolean endsWithLineBreak() {
            return last == -1 || last == '\n' || last == '\r';
        }
    }

    /** The UTF-8 byte-order mark as ISO-8859-1 decodes it. */
    private static final String BYTE_ORDER_MARK = "\u00EF\u00BB\u00BF";

    private static WeatherYear parse(BufferedReader reader, EndTracking tracked, String name) throws IOException {
        String[] header = new String[HEADER_LINES];
        for (int i = 0; i < HEADER_LINES; i++) {
            header[i] = reader.readLine();
            if (i == 0 && header[0] != null && header[0].startsWith(BYTE_ORDER_MARK)) {
                header[0] = header[0].substring(BYTE_ORDER_MARK.length());
            }
            if (header[i] == null) {
                throw new EpwFormatException(name + ": line " + (i + 1) + ": file ends inside the 8 header lines"
                        + (i == 0 ? " (the file is empty)" : ""));
            }
            if (i == 0 && !header[0].startsWith("LOCATION")) {
                // checked at once: a file that is not EPW at all (binary, CSV) is named as such
                throw new EpwFormatException(name + ": line 1: expected the LOCATION header of an EPW file, found "
                        + InputText.quote(header[0]));
            }
        }
        EpwLocation location = parseLocation(header[0], name);
        if (!header[7].startsWith("DATA PERIODS")) {
            throw new EpwFormatException(name + ": line 8: expected the DATA PERIODS header, found "
                    + InputText.quote(header[7]));
        }
        int recordsPerHour = parseRecordsPerHour(header[7], name);
        java.time.DayOfWeek firstDay = parseStartDay(header[7]);
        List<String> comments = new ArrayList<>();
        for (String line : header) {
            if (line.startsWith("COMMENTS")) {
                int comma = line.indexOf(',');
                String text = comma < 0 ? "" : line.substring(comma + 1).replace("\"", "").trim();
                if (!text.isEmpty()) {
                    comments.add(text);
                }
            }
        }

        int capacity = 8784 * recordsPerHour;
        RecordColumns columns = new RecordColumns(capacity);
        String line;
        int lineNumber = HEADER_LINES;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                // a trailing blank line is harmless; a blank line inside the data is not
                String next;
                while ((next = reader.readLine()) != null) {
                    lineNumber++;
                    if (!next.isBlank()) {
                        throw new EpwFormatException(name + ": line " + (lineNumber - 1)
                                + ": blank line inside the hourly data");
                    }
                }
                break;
            }
            if (columns.size == capacity) {
                throw new EpwFormatException(name + ": line " + lineNumber + ": more data rows than a year holds ("
                        + capacity + " at " + recordsPerHour + " record(s) per hour)");
            }
            try {
                columns.add(line, lineNumber, name);
            } catch (EpwFormatException e) {
                if (reader.readLine() == null && !tracked.endsWithLineBreak()) {
                    throw new EpwFormatException(name + ": line " + lineNumber + ": the file ends in the middle of"
                            + " this line, after " + columns.size + " complete data rows: the file is truncated");
                }
                throw e;
            }
        }
        int records = columns.size;
        int hours = records / recordsPerHour;
        boolean completeYear = records % recordsPerHour == 0 && (hours == 8760 || hours == 8784);
        if (!completeYear) {
            throw new EpwFormatException(name + ": line " + lineNumber + ": file ends after " + records
                    + " data row" + (records == 1 ? "" : "s") + "; a year needs " + 8760 * recordsPerHour
                    + " (" + 8784 * recordsPerHour + " in a leap year) at " + recordsPerHour
                    + " record(s) per hour: the file is truncated or incomplete");
        }
        return columns.toWeatherYear(name, location, comments, recordsPerHour, firstDay);
    }

    /** The start day of week of DATA PERIODS ("Sunday"); Sunday when absent or unreadable. */
    private static java.time.DayOfWeek parseStartDay(String line) {
        String[] f = line.split(",", -1);
        if (f.length > 4) {
            String day = f[4].trim().toUpperCase(java.util.Locale.ROOT);
            for (java.time.DayOfWeek candidate : java.time.DayOfWeek.values()) {
                if (!day.isEmpty() && candidate.name().startsWith(day.length() >= 3 ? day.substring(0, 3) : day)) {
                    return candidate;
                }
            }
        }
        return java.time.DayOfWeek.SUNDAY;
    }

    private static EpwLocation parseLocation(String line, String name) {
        String[] f = line.split(",", -1);
        if (f.length < 10) {
            throw new EpwFormatException(name + ": line 1: LOCATION has " + (f.length - 1)
                    + " fields, expected 9 (city, state, country, source, WMO, latitude, longitude, time zone,"
                    + " elevation)");
        }
        double latitude = headerNumber(f[6], name, 1, "LOCATION latitude", -90, 90);
        double longitude = headerNumber(f[7], name, 1, "LOCATION longitude", -180, 180);
        double timeZone = headerNumber(f[8], name, 1, "LOCATION time zone", -12, 14);
        double elevation = headerNumber(f[9], name, 1, "LOCATION elevation", -1000, 9999.9);
        return new EpwLocation(f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim(), f[5].trim(), latitude,
                longitude, timeZone, elevation);
    }

    private static int parseRecordsPerHour(String line, String name) {
        String[] f = line.split(",", -1);
        if (f.length < 3) {
            throw new EpwFormatException(name + ": line 8: DATA PERIODS lacks the number of records per hour");
        }
        double perHour = headerNumber(f[2], name, 8, "DATA PERIODS records per hour", 1, 60);
        if (perHour != Math.rint(perHour) || 60 % (int) perHour != 0) {
            throw new EpwFormatException(name + ": line 8: DATA PERIODS records per hour is " + f[2].trim()
                    + "; allowed: a whole divisor of 60");
        }
        return (int) perHour;
    }

    private static double headerNumber(String text, String name, int line, String what, double min, double max) {
        double value = StrictNumbers.parse(text);
        if (Double.isNaN(value)) {
            throw new EpwFormatException(name + ": line " + line + ": " + what + " " + InputText.quote(text.trim())
                    + " is not a number");
        }
        if (!(value >= min && value <= max)) {
            throw new EpwFormatException(name + ": line " + line + ": " + what + " = " + InputText.printable(
                    text.trim()) + " is outside " + plainNumber(min) + ".." + plainNumber(max));
        }
        return value;
    }

    private static String plainNumber(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Column buffers for the raw records; NaN marks a missing or out-of-range value. */
    private static final class RecordColumns {
        final int[] month;
        final int[] day;
        final int[] hour;
        final double[] dryBulb;
        final double[] dewPoint;
        final double[] rh;
        final double[] pressure;
        final double[] ghi;
        final double[] dni;
        final double[] dhi;
        final double[] wind;
        final int[] lineOf;
        /** the numbers of the row being read, index = EPW field number */
        private final double[] fieldValues = new double[FIELD_COUNT + 1];
        int size;

        RecordColumns(int capacity) {
            month = new int[capacity];
            day = new int[capacity];
            hour = new int[capacity];
            dryBulb = new double[capacity];
            dewPoint = new double[capacity];
            rh = new double[capacity];
            pressure = new double[capacity];
            ghi = new double[capacity];
            dni = new double[capacity];
            dhi = new double[capacity];
            wind = new double[capacity];
            lineOf = new int[capacity];
        }

        void add(String line, int lineNumber, String name) {
            // one pass over the line, no regex, no substring: this runs 8760 times per file
            double[] v = fieldValues;
            int count = 0;
            int start = 0;
            int length = line.length();
            for (int i = 0; i <= length; i++) {
                if (i == length || line.charAt(i) == ',') {
                    count++;
                    if (count <= FIELD_COUNT) {
                        v[count] = count == F_FLAGS ? 0 : parseNumber(line, start, i);
                        if (Double.isNaN(v[count]) && !(count > F_WIND_SPEED && isBlank(line, start, i))) {
                            throw new EpwFormatException(name + ": line " + lineNumber + ": field " + count + " ("
                                    + fieldName(count) + ") " + InputText.quote(line.substring(start, i).trim())
                                    + " is not a number");
                        }
                    }
                    start = i + 1;
                }
            }
            if (count != FIELD_COUNT) {
                throw new EpwFormatException(name + ": line " + lineNumber + ": expected " + FIELD_COUNT
                        + " fields, found " + count);
            }
            int i = size;
            month[i] = wholeNumber(v, F_MONTH, 1, 12, lineNumber, name);
            day[i] = wholeNumber(v, F_DAY, 1, 31, lineNumber, name);
            hour[i] = wholeNumber(v, F_HOUR, 1, 24, lineNumber, name);
            wholeNumber(v, F_MINUTE, 0, 60, lineNumber, name);
            dryBulb[i] = valueOrMissing(v[F_DRY_BULB], 99.9, -70, 70);
            dewPoint[i] = valueOrMissing(v[F_DEW_POINT], 99.9, -70, 70);
            rh[i] = valueOrMissing(v[F_RH], 999, 0, 110);
            pressure[i] = valueOrMissing(v[F_PRESSURE], 999999, 31000, 120000);
            ghi[i] = valueOrMissing(v[F_GHI], 9999, 0, 9998);
            dni[i] = valueOrMissing(v[F_DNI], 9999, 0, 9998);
            dhi[i] = valueOrMissing(v[F_DHI], 9999, 0, 9998);
            wind[i] = valueOrMissing(v[F_WIND_SPEED], 999, 0, 40);
            lineOf[i] = lineNumber;
            size++;
        }

        WeatherYear toWeatherYear(String name, EpwLocation location, List<String> comments, int perHour,
                java.time.DayOfWeek firstDay) {
            List<GapFill> fills = new ArrayList<>();
            int n = size;
            double[] db = java.util.Arrays.copyOf(dryBulb, n);
            double[] dp = java.util.Arrays.copyOf(dewPoint, n);
            double[] relHum = java.util.Arrays.copyOf(rh, n);
            double[] p = java.util.Arrays.copyOf(pressure, n);

            fill(db, "dry bulb", true, fills, name);
            // a missing dew point with a valid relative humidity is derived exactly, not interpolated
            int derived = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(dp[i]) && !Double.isNaN(relHum[i]) && relHum[i] > 0) {
                    double pw = Math.min(relHum[i], 100.0) / 100.0 * Psychrometrics.saturationPressurePa(db[i]);
                    dp[i] = Psychrometrics.dewPointFromVapourPressure(pw);
                    derived++;
                }
            }
            if (derived > 0) {
                fills.add(new GapFill("dew point", derived, 0, "derivation from dry bulb and relative humidity"));
            }
            fill(dp, "dew point", true, fills, name);
            int clamped = 0;
            for (int i = 0; i < n; i++) {
                if (dp[i] > db[i]) {
                    dp[i] = db[i];
                    clamped++;
                }
            }
            if (clamped > 0) {
                fills.add(new GapFill("dew point above dry bulb", clamped, 0, "setting it to the dry bulb"));
            }
            if (allMissing(p)) {
                double standard = Psychrometrics.standardPressurePa(location.elevationM());
                java.util.Arrays.fill(p, standard);
                fills.add(new GapFill("station pressure", n, n, String.format(java.util.Locale.ROOT,
                        "the standard atmosphere at the file's elevation %.1f m (%.0f Pa)", location.elevationM(),
                        standard)));
            } else {
                fill(p, "station pressure", true, fills, name);
            }
            // relative humidity is recomputed where missing so that it agrees with dry bulb and dew point
            int rhFilled = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(relHum[i])) {
                    relHum[i] = 100.0 * Psychrometrics.saturationPressurePa(dp[i])
                            / Psychrometrics.saturationPressurePa(db[i]);
                    rhFilled++;
                }
            }
            if (rhFilled > 0) {
                fills.add(new GapFill("relative humidity", rhFilled, 0, "derivation from dry bulb and dew point"));
            }
            double[] gh = fillOptional(java.util.Arrays.copyOf(ghi, n), "global horizontal irradiation", fills, name);
            double[] dn = fillOptional(java.util.Arrays.copyOf(dni, n), "direct normal irradiation", fills, name);
            double[] dh = fillOptional(java.util.Arrays.copyOf(dhi, n), "diffuse horizontal irradiation", fills,
                    name);
            double[] ws = fillOptional(java.util.Arrays.copyOf(wind, n), "wind speed", fills, name);

            if (perHour == 1) {
                return new WeatherYear(name, location, comments, java.util.Arrays.copyOf(month, n),
                        java.util.Arrays.copyOf(day, n), java.util.Arrays.copyOf(hour, n), db, dp, relHum, p, gh, dn,
                        dh, ws, fills, firstDay);
            }
            int hours = n / perHour;
            int[] m = new int[hours];
            int[] d = new int[hours];
            int[] h = new int[hours];
            for (int k = 0; k < hours; k++) {
                m[k] = month[k * perHour];
                d[k] = day[k * perHour];
                h[k] = hour[k * perHour];
            }
            fills.add(new GapFill("sub-hourly records", n, 0, "averaging " + perHour + " records into each hour"));
            return new WeatherYear(name, location, comments, m, d, h, hourly(db, perHour), hourly(dp, perHour),
                    hourly(relHum, perHour), hourly(p, perHour), hourly(gh, perHour), hourly(dn, perHour),
                    hourly(dh, perHour), hourly(ws, perHour), fills, firstDay);
        }

        /** Fills a field the models need; a gap longer than the limit is an error naming its lines. */
        private void fill(double[] values, String field, boolean required, List<GapFill> fills, String name) {
            GapFill fill = interpolate(values, field, required ? MAX_INTERPOLATED_GAP_HOURS : Integer.MAX_VALUE, name);
            if (fill != null) {
                fills.add(fill);
            }
        }

        /** Fills an auxiliary field (irradiation, wind): any gap is interpolated; all missing becomes zero. */
        private double[] fillOptional(double[] values, String field, List<GapFill> fills, String name) {
            if (allMissing(values)) {
                java.util.Arrays.fill(values, 0.0);
                fills.add(new GapFill(field, values.length, values.length, "zero (no value in the file)"));
                return values;
            }
            fill(values, field, false, fills, name);
            return values;
        }

        private GapFill interpolate(double[] v, String field, int maxGap, String name) {
            int n = v.length;
            int filled = 0;
            int longest = 0;
            int i = 0;
            while (i < n) {
                if (!Double.isNaN(v[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && Double.isNaN(v[i])) {
                    i++;
                }
                int gap = i - start;
                if (gap == n) {
                    throw new EpwFormatException(name + ": field " + field + " is missing in every row");
                }
                if (gap > maxGap) {
                    throw new EpwFormatException(name + ": lines " + lineOf[start] + "-" + lineOf[i - 1] + ": "
                            + gap + " consecutive missing " + field + " values; at most " + maxGap
                            + " are filled by interpolation");
                }
                double before = start > 0 ? v[start - 1] : Double.NaN;
                double after = i < n ? v[i] : Double.NaN;
                for (int k = start; k < i; k++) {
                    if (Double.isNaN(before)) {
                        v[k] = after;
                    } else if (Double.isNaN(after)) {
                        v[k] = before;
                    } else {
                        double fraction = (double) (k - start + 1) / (gap + 1);
                        v[k] = before + fraction * (after - before);
                    }
                }
                filled += gap;
                longest = Math.max(longest, gap);
            }
            return filled == 0 ? null : new GapFill(field, filled, longest, "linear interpolation");
        }

        private static boolean allMissing(double[] values) {
            for (double value : values) {
                if (!Double.isNaN(value)) {
                    return false;
                }
            }
            return true;
        }

        private static double[] hourly(double[] values, int perHour) {
            double[] out = new double[values.length / perHour];
            for (int k = 0; k < out.length; k++) {
                double sum = 0;
                for (int j = 0; j < perHour; j++) {
                    sum += values[k * perHour + j];
                }
                out[k] = sum / perHour;
            }
            return out;
        }

        private static int wholeNumber(double[] v, int field, int min, int max, int lineNumber, String name) {
            double value = v[field];
            if (value != Math.rint(value) || value < min || value > max) {
                throw new EpwFormatException(name + ": line " + lineNumber + ": field " + field + " ("
                        + fieldName(field) + ") is " + plain(value) + "; allowed: whole numbers " + min + ".."
                        + max);
            }
            return (int) value;
        }

        private static double valueOrMissing(double value, double missingCode, double min, double max) {
            if (value >= missingCode || value < min || value > max) {
                return Double.NaN;
            }
            return value;
        }

        private static String plain(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    private static boolean isBlank(String line, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The number in {@code line[start, end)}, or NaN when it is not one (the one strict parser). */
    static double parseNumber(String line, int start, int end) {
        return StrictNumbers.parse(line, start, end);
    }

    static String fieldName(int field) {
        return switch (field) {
            case F_YEAR -> "year";
            case F_MONTH -> "month";
            case F_DAY -> "day";
            case F_HOUR -> "hour";
            case F_MINUTE -> "minute";
            case F_FLAGS -> "data source flags";
            case F_DRY_BULB -> "dry bulb temperature";
            case F_DEW_POINT -> "dew point temperature";
            case F_RH -> "relative humidity";
            case F_PRESSURE -> "atmospheric station pressure";
            case 11 -> "extraterrestrial horizontal radiation";
            case 12 -> "extraterrestrial direct normal radiation";
            case 13 -> "horizontal infrared radiation intensity";
            case F_GHI -> "global horizontal radiation";
            case F_DNI -> "direct normal radiation";
            case F_DHI -> "diffuse horizontal radiation";
            case 17 -> "global horizontal illuminance";
            case 18 -> "direct normal illuminance";
            case 19 -> "diffuse horizontal illuminance";
            case 20 -> "zenith luminance";
            case 21 -> "wind direction";
            case F_WIND_SPEED -> "wind speed";
            case 23 -> "total sky cover";
            case 24 -> "opaque sky cover";
            case 25 -> "visibility";
            case 26 -> "ceiling height";
            case 27 -> "present weather observation";
            case 28 -> "present weather codes";
            case 29 -> "precipitable water";
            case 30 -> "aerosol optical depth";
            case 31 -> "snow depth";
            case 32 -> "days since last snowfall";
            case 33 -> "albedo";
            case 34 -> "liquid precipitation depth";
            case 35 -> "liquid precipitation quantity";
            default -> "field " + field;
        };
    }
}
