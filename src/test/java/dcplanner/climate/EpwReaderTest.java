package dcplanner.climate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EpwReaderTest {

    @TempDir
    Path dir;

    static Stream<Site> bundledSites() {
        return SiteCatalogue.bundled().all().stream().filter(site -> !site.isProxy());
    }

    /** Every bundled file: a whole year, its LOCATION as documented in weather/SOURCES.md, no gaps. */
    @ParameterizedTest
    @MethodSource("bundledSites")
    void everyBundledFileParses(Site site) {
        WeatherYear weather = new ClimateLibrary(SiteCatalogue.bundled()).site(site.id()).weather();
        assertThat(weather.hours()).isEqualTo(8760);
        assertThat(weather.location().country()).isEqualTo(site.countryIso3());
        assertThat(weather.location().latitudeDeg()).isCloseTo(site.latitudeDeg(), within(1e-3));
        assertThat(weather.location().longitudeDeg()).isCloseTo(site.longitudeDeg(), within(1e-3));
        assertThat(weather.location().elevationM()).isCloseTo(site.elevationM(), within(0.05));
        assertThat(weather.gapFills()).isEmpty();
        assertThat(weather.month(0)).isEqualTo(1);
        assertThat(weather.hourOfDay(0)).isEqualTo(1);
        assertThat(weather.month(8759)).isEqualTo(12);
        assertThat(weather.day(8759)).isEqualTo(31);
        assertThat(weather.hourOfDay(8759)).isEqualTo(24);
        for (int i = 0; i < weather.hours(); i++) {
            assertThat(weather.dewPointC(i)).isLessThanOrEqualTo(weather.dryBulbC(i));
        }
    }

    /** Annual means of the Singapore 2011-2025 file as listed in weather/SOURCES.md (27.97 / 34.0 / 24.05). */
    @Test
    void singaporeMeansMatchSourcesTable() {
        WeatherYear weather = EpwReader.read(new ByteArrayInputStream(EpwFixtures
                .bundledText("SGP_Singapore.Changi.Intl.AP.486980_TMYx.2011-2025.epw.gz")
                .getBytes(StandardCharsets.ISO_8859_1)), "sgp.epw");
        double sumDb = 0;
        double sumDp = 0;
        double maxDb = -100;
        for (int i = 0; i < weather.hours(); i++) {
            sumDb += weather.dryBulbC(i);
            sumDp += weather.dewPointC(i);
            maxDb = Math.max(maxDb, weather.dryBulbC(i));
        }
        assertThat(sumDb / 8760).isCloseTo(27.97, within(0.005));
        assertThat(sumDp / 8760).isCloseTo(24.05, within(0.005));
        assertThat(maxDb).isEqualTo(34.0);
        assertThat(weather.location().city()).isEqualTo("Singapore-Changi.Intl.AP");
        assertThat(weather.location().wmoStation()).isEqualTo("486980");
        assertThat(weather.location().timeZoneHours()).isEqualTo(8.0);
    }

    @Test
    void plainAndGzippedFilesGiveTheSameYear() throws IOException {
        String text = EpwFixtures.year(i -> 25 + (i % 24) / 4.0, i -> 20, i -> 101000);
        Path plain = dir.resolve("plain.epw");
        Files.writeString(plain, text, StandardCharsets.ISO_8859_1);
        Path gzipped = dir.resolve("packed.epw.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        WeatherYear a = EpwReader.read(plain);
        WeatherYear b = EpwReader.read(gzipped);
        assertThat(b.hours()).isEqualTo(a.hours()).isEqualTo(8760);
        for (int i = 0; i < 8760; i += 97) {
            assertThat(b.dryBulbC(i)).isEqualTo(a.dryBulbC(i));
        }
        assertThat(a.dryBulbC(5)).isEqualTo(26.3); // hour 6: 25 + 5/4 = 26.25, written half-up as 26.3
        assertThat(a.location().city()).isEqualTo("Testville");
    }

    @Test
    void crlfLineEndingsAreRead() throws IOException {
        String text = EpwFixtures.year(i -> 28, i -> 24, i -> 100900).replace("\n", "\r\n");
        Path file = dir.resolve("crlf.epw");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        assertThat(EpwReader.read(file).hours()).isEqualTo(8760);
    }

    @Test
    void leapYearHas8784Hours() throws IOException {
        List<String> rows = EpwFixtures.rows(i -> 27, i -> 23, i -> 101325, 2004);
        Path file = write("leap.epw", rows);
        WeatherYear weather = EpwReader.read(file);
        assertThat(weather.hours()).isEqualTo(8784);
    }

    @Test
    void shortGapsAreFilledByLinearInterpolationAndReported() throws IOException {
        List<String> rows = EpwFixtures.rows(i -> 20 + i % 10, i -> 15, i -> 101325, 2001);
        // hours 101..103 (0-based) missing: neighbours are hour 100 (20 C) and 104 (24 C)
        for (int i = 101; i <= 103; i++) {
            rows.set(i, setField(rows.get(i), 7, "99.9"));
        }
        rows.set(200, setField(rows.get(200), 10, "999999"));
        Path file = write("gaps.epw", rows);
        WeatherYear weather = EpwReader.read(file);
        // by hand: 20 + (24 - 20) * k / 4 for k = 1..3
        assertThat(weather.dryBulbC(101)).isCloseTo(21.0, within(1e-12));
        assertThat(weather.dryBulbC(102)).isCloseTo(22.0, within(1e-12));
        assertThat(weather.dryBulbC(103)).isCloseTo(23.0, within(1e-12));
        assertThat(weather.stationPressurePa(200)).isCloseTo(101325, within(1e-9));
        assertThat(weather.gapFills()).extracting(GapFill::field).contains("dry bulb", "station pressure");
        GapFill dryBulb = weather.gapFills().stream().filter(f -> f.field().equals("dry bulb")).findFirst().orElseThrow();
        assertThat(dryBulb.count()).isEqualTo(3);
        assertThat(dryBulb.longestGapHours()).isEqualTo(3);
    }

    @Test
    void missingDewPointIsDerivedFromRelativeHumidity() throws IOException {
        List<String> rows = EpwFixtures.rows(i -> 30, i -> 20, i -> 101325, 2001);
        rows.set(50, setField(setField(rows.get(50), 8, "99.9"), 9, "50"));
        WeatherYear weather = EpwReader.read(write("dp.epw", rows));
        // dew point of 30 C at 50% RH: p_w = 0.5 p_ws(30 C) = 2123.2 Pa -> 18.44 C (ASHRAE Table 3)
        assertThat(weather.dewPointC(50)).isCloseTo(18.44, within(0.02));
    }

    @Test
    void gapLongerThanADayIsAnErrorNamingTheLines() throws IOException {
        List<String> rows = EpwFixtures.rows(i -> 25, i -> 20, i -> 101325, 2001);
        for (int i = 1000; i < 1030; i++) {
            rows.set(i, setField(rows.get(i), 7, "99.9"));
        }
        Path file = write("longgap.epw", rows);
        assertThatThrownBy(() -> EpwReader.read(file)).isInstanceOf(EpwFormatException.class)
                .hasMessageContaining("longgap.epw")
                .hasMessageContaining("lines 1009-1038")
                .hasMessageContaining("30 consecutive missing dry bulb");
    }

    @Test
    void truncatedFileIsAnErrorNamingTheLine() throws IOException {
        List<String> rows = EpwFixtures.rows(i -> 25, i -> 20, i -> 101325, 2001);
        Path file = write("truncated.epw", rows.subList(0, 4000));
        assertThatThrownBy(() -> EpwReader.read(file)).isInstanceOf(EpwFormatException.class)
                .hasMessageContaining("truncated.epw: line 4008")
                .hasMessageContaining("4000 data rows");
    }

    @Test
    void lineCutShortIsAnErrorNamingLineAndFieldCount() throws IOException {
        List<String> rows = new ArrayList<>(EpwFixtures.rows(i -> 25, i -> 20, i -> 101325, 2001));
        rows.set(4321, rows.get(4321).substring(0, 40));
        Path file = write("cut.epw", rows);
        assertThatThrownBy(() -> EpwReader.read(file)).isInstanceOf(EpwFormatException.class)
                .hasMessageContaining("cut.epw: line 4330: expected 35 fields, found");
    }

    @Test
    void nonNumericFieldIsAnErrorNamingLineAndField() throws IOException {
        List<String> rows = EpwFixtures.rows(i -> 25, i -> 20, i -> 101325, 2001);
        rows.set(10, setField(rows.get(10), 7, "hot"));
        Path file = write("bad.epw", rows);
        assertThatThrownBy(() -> EpwReader.read(file)).isInstanceOf(EpwFormatException.class)
                .hasMessage("bad.epw: line 19: field 7 (dry bulb temperature) 'hot' is not a number"
                        .replace("bad.epw", file.toString()));
    }

    @Test
    void notAnEpwFileIsRejectedAtLineOne() throws IOException {
        Path file = dir.resolve("notes.epw");
        Files.writeString(file, "hello,world\n1,2,3\n".repeat(6));
        assertThatThrownBy(() -> EpwReader.read(file)).isInstanceOf(EpwFormatException.class)
                .hasMessageContaining("line 1").hasMessageContaining("LOCATION");
        Path empty = dir.resolve("empty.epw");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> EpwReader.read(empty)).hasMessageContaining("empty");
        Path shortFile = dir.resolve("short.epw");
        Files.writeString(shortFile, "LOCATION,x\n");
        assertThatThrownBy(() -> EpwReader.read(shortFile)).hasMessageContaining("line 2: file ends inside the 8 header lines");
        assertThatThrownBy(() -> EpwReader.read(dir.resolve("absent.epw"))).hasMessageContaining("no such file");
    }

    @Test
    void hourOutOfRangeIsRejected() throws IOException {
        List<String> rows = EpwFixtures.rows(i -> 25, i -> 20, i -> 101325, 2001);
        rows.set(3, setField(rows.get(3), 4, "25"));
        Path file = write("hour.epw", rows);
        assertThatThrownBy(() -> EpwReader.read(file)).hasMessageContaining("line 12: field 4 (hour) is 25");
    }

    @Test
    void subHourlyRecordsAreAveragedToHours() throws IOException {
        List<String> hourly = EpwFixtures.rows(i -> 25, i -> 20, i -> 101325, 2001);
        List<String> rows = new ArrayList<>();
        for (String row : hourly) {
            rows.add(setField(setField(row, 5, "30"), 7, "24.0"));
            rows.add(setField(setField(row, 5, "60"), 7, "26.0"));
        }
        String text = EpwFixtures.HEADER.replace("DATA PERIODS,1,1", "DATA PERIODS,1,2") + "\n"
                + String.join("\n", rows) + "\n";
        Path file = dir.resolve("halfhour.epw");
        Files.writeString(file, text);
        WeatherYear weather = EpwReader.read(file);
        assertThat(weather.hours()).isEqualTo(8760);
        assertThat(weather.dryBulbC(77)).isCloseTo(25.0, within(1e-12));
    }

    @Test
    void fastNumberParserAgreesWithParseDoubleBitForBit() {
        java.util.Random random = new java.util.Random(42);
        for (int k = 0; k < 200_000; k++) {
            int decimals = random.nextInt(6);
            double value = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(7));
            String text = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
            String padded = " " + text + "  ";
            assertThat(EpwReader.parseNumber(padded, 0, padded.length()))
                    .as(text).isEqualTo(Double.parseDouble(text));
        }
        for (String text : List.of("1.5e3", "0.000", "+7", "-0.1", "5.", ".25", "123456789012345678")) {
            assertThat(EpwReader.parseNumber(text, 0, text.length())).as(text).isEqualTo(Double.parseDouble(text));
        }
        for (String bad : List.of("", " ", "abc", "1.2.3", "--1", "-", ".", "NaN", "Infinity", "1d", "12a", "1e")) {
            assertThat(EpwReader.parseNumber(bad, 0, bad.length())).as(bad).isNaN();
        }
    }

    private Path write(String name, List<String> rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, EpwFixtures.HEADER + "\n" + String.join("\n", rows) + "\n");
        return file;
    }

    /** Replaces 1-based field {@code field} of an EPW row. */
    static String setField(String row, int field, String value) {
        String[] fields = row.split(",", -1);
        fields[field - 1] = value;
        return String.join(",", Arrays.asList(fields));
    }
}
