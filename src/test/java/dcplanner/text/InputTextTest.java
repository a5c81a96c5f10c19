package dcplanner.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void printableTextIsKeptAsItIs() {
        assertThat(InputText.quote("hot")).isEqualTo("'hot'");
        assertThat(InputText.quote("Hà Nội, Việt Nam")).isEqualTo("'Hà Nội, Việt Nam'");
        assertThat(InputText.printable("C:\\weather\\site.epw")).isEqualTo("C:\\weather\\site.epw");
    }

    @Test
    void controlAndInvisibleCharactersAreEscaped() {
        assertThat(InputText.quote("\u001b[2J\u001b]0;pwned\u0007")).isEqualTo("'\\x1b[2J\\x1b]0;pwned\\x07'");
        assertThat(InputText.quote("a\tb\r\nc\u0000")).isEqualTo("'a\\tb\\r\\nc\\x00'");
        assertThat(InputText.quote("\ufeffLOCATION")).isEqualTo("'\\ufeffLOCATION'");
        assertThat(InputText.quote("abc\u202edef")).isEqualTo("'abc\\u202edef'"); // right-to-left override
        assertThat(InputText.quote("\u0085\u009b")).isEqualTo("'\\x85\\x9b'"); // C1 controls (NEL, CSI)
        assertThat(InputText.quote("x\ud800y")).isEqualTo("'x\\ud800y'"); // a lone surrogate
        assertThat(InputText.quote("\ud83d\ude00")).isEqualTo("'\ud83d\ude00'"); // an emoji is printable
    }

    @Test
    void longInputIsCut() {
        String shown = InputText.quote("x".repeat(10_000));
        assertThat(shown).isEqualTo("'" + "x".repeat(InputText.MAX_SHOWN) + "...'");
    }

    @Test
    void randomBytesNeverReachTheMessageRaw() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            char[] chars = new char[1 + random.nextInt(80)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(random.nextBoolean() ? 0x100 : 0x10000);
            }
            String shown = InputText.quote(new String(chars));
            assertThat(shown.codePoints().filter(c -> Character.isISOControl(c) || c == 0xfeff || c == 0x202e
                    || Character.getType(c) == Character.SURROGATE)).as(shown).isEmpty();
        }
    }
}
