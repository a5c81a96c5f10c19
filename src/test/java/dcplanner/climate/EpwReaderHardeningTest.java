package dcplanner.climate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** Weather files as other tools and accidents leave them: a byte-order mark, a cut, binary junk. */
class EpwReaderHardeningTest {

    private static final String YEAR = EpwFixtures.year(i -> 25 + 5 * Math.sin(i / 24.0), i -> 20, i -> 101325);

    private static WeatherYear read(byte[] bytes, String name) {
        return EpwReader.read(new ByteArrayInputStream(bytes), name);
    }

    private static byte[] withBom(byte[] content) {
        byte[] bytes = new byte[content.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(content, 0, bytes, 3, content.length);
        return bytes;
    }

    @Test
    void aByteOrderMarkIsSkippedPlainOrCompressed() throws IOException {
        byte[] plain = YEAR.getBytes(StandardCharsets.ISO_8859_1);
        WeatherYear expected = read(plain, "plain.epw");
        WeatherYear withMark = read(withBom(plain), "bom.epw");
        assertThat(withMark.hours()).isEqualTo(8760);
        assertThat(withMark.location().city()).isEqualTo("Testville");
        assertThat(withMark.dryBulbC(4321)).isEqualTo(expected.dryBulbC(4321));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(withBom(plain));
        }
        assertThat(read(zipped.toByteArray(), "bom.epw.gz").hours()).isEqualTo(8760);
    }

    @Test
    void aFileCutInsideALineIsReportedAsTruncatedWhereverTheCutFalls() {
        Random random = new Random(5);
        int dataStart = YEAR.indexOf('\n', YEAR.indexOf("DATA PERIODS")) + 1;
        for (int n = 0; n < 15; n++) {
            int cut = dataStart + random.nextInt(YEAR.length() - dataStart - 1);
            if (YEAR.charAt(cut - 1) == '\n') {
                cut++; // a cut right after a line break is a file of whole lines: checked below
            }
            String text = YEAR.substring(0, cut);
            int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
            int complete = line - 9;
            assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.ISO_8859_1), "cut.epw"))
                    .isInstanceOf(EpwFormatException.class).as("cut at %d", cut)
                    .satisfiesAnyOf(
                            e -> assertThat(e).hasMessage("cut.epw: line " + line + ": the file ends in the middle of"
                                    + " this line, after " + complete + " complete data rows: the file is truncated"),
                            // cut inside the last (optional) fields: the row is whole, the year is not
                            e -> assertThat(e).hasMessageContaining("cut.epw: line " + line + ": file ends after "
                                    + (complete + 1) + " data rows").hasMessageContaining("truncated"));
        }
        String wholeLines = YEAR.substring(0, YEAR.indexOf('\n', dataStart + 5000) + 1);
        assertThatThrownBy(() -> read(wholeLines.getBytes(StandardCharsets.ISO_8859_1), "short.epw"))
                .hasMessageContaining("file ends after").hasMessageContaining("the file is truncated or incomplete");
    }

    @Test
    void aBinaryFileNeverPutsRawBytesInTheMessage() {
        byte[] junk = new byte[4096];
        new Random(9).nextBytes(junk);
        junk[0] = 0x1b;
        junk[1] = '[';
        junk[2] = '2';
        junk[3] = 'J';
        for (int i = 4; i < 64; i++) {
            junk[i] = (byte) (junk[i] == '\n' || junk[i] == '\r' ? 'x' : junk[i]); // a long first line
        }
        assertThatThrownBy(() -> read(junk, "photo\u001b.jpg")).isInstanceOf(EpwFormatException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("photo\\x1b.jpg: line 1: expected the LOCATION header of"
                            + " an EPW file, found '\\x1b[2J");
                    assertThat(e.getMessage().chars().filter(Character::isISOControl)).isEmpty();
                });
    }

    @Test
    void numbersWithJavaSuffixesAreNotNumbersInAWeatherFile() {
        String text = YEAR.replaceFirst("(\\n2001,1,1,1,60,[^,]*,)25.0,", "$125.0d,");
        assertThat(text).isNotEqualTo(YEAR);
        assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.ISO_8859_1), "suffix.epw"))
                .hasMessage("suffix.epw: line 9: field 7 (dry bulb temperature) '25.0d' is not a number");
    }
}
