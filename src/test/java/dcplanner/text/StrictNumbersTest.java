package dcplanner.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dcplanner.testsupport.NumberTexts;

/**
 * Property-style checks of the one number parser over thousands of generated inputs (seeded, so
 * every run tests the same cases): every well-formed decimal is read as {@link BigDecimal} reads
 * it (an independent, exact parser), and every malformed variant of it is refused.
 */
class StrictNumbersTest {

    private static final long SEED = 20261205L;

    @Test
    void wellFormedNumbersAreReadExactlyAsBigDecimalReadsThem() {
        Random random = new Random(SEED);
        for (int n = 0; n < 20_000; n++) {
            String text = NumberTexts.wellFormed(random);
            double expected = new BigDecimal(text).doubleValue();
            if (!Double.isFinite(expected)) {
                assertThat(StrictNumbers.parse(text)).as(text).isNaN();
                continue;
            }
            assertThat(StrictNumbers.parse(text)).as(text).isEqualTo(expected);
            assertThat(StrictNumbers.parse("  " + text + "\t")).as("spaces around " + text).isEqualTo(expected);
        }
    }

    @Test
    void everyMalformedVariantIsRefused() {
        Random random = new Random(SEED + 1);
        int checked = 0;
        for (int n = 0; n < 2_000; n++) {
            String number = NumberTexts.wellFormed(random);
            for (String variant : NumberTexts.malformedVariants(number, random)) {
                if (variant.replace('\u0661', '1').replace('\uff12', '2').equals(number)
                        && !variant.equals(number)) {
                    assertThat(StrictNumbers.parse(variant)).as("other-script digits in %s", variant).isNaN();
                } else {
                    assertThat(StrictNumbers.parse(variant)).as(InputText.quote(variant)).isNaN();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    @Test
    void whatJavaWouldAcceptIsRefused() {
        for (String text : List.of("27d", "27D", "1f", "0x1p3", "0X1.8P1", "NaN", "-NaN", "Infinity", "-Infinity",
                "+Infinity", "1e999", "-1e400", "", " ", "+", "-", ".", "e5", "1e", "1_000", "1,5", "1 000",
                "0b101", "\u0661\u0662", "\uff12\uff17", "1.2.3", "--1", "++1")) {
            assertThat(StrictNumbers.parse(text)).as(InputText.quote(text)).isNaN();
            assertThat(StrictNumbers.isNumber(text)).isFalse();
        }
    }

    @Test
    void numbersInTheMiddleOfALineAreReadWithoutTheirNeighbours() {
        String line = "2001,1,1,1,60,A7,-12.5,  3.25 ,";
        assertThat(StrictNumbers.parse(line, 17, 22)).isEqualTo(-12.5);
        assertThat(StrictNumbers.parse(line, 23, 30)).isEqualTo(3.25);
        assertThat(StrictNumbers.parse(line, 14, 16)).isNaN(); // "A7"
        assertThat(StrictNumbers.parse(line, 30, 31)).isNaN(); // ","
    }

    @Test
    void listsRefuseEmptyItemsAndStrayCommas() {
        assertThat(StrictNumbers.listItems("0.2, 0.5 ,1")).containsExactly("0.2", "0.5", "1");
        assertThat(StrictNumbers.listItems("48")).containsExactly("48");
        assertThatThrownBy(() -> StrictNumbers.listItems("0.5,,1")).hasMessage("item 2 is empty");
        assertThatThrownBy(() -> StrictNumbers.listItems("0.5, ,1")).hasMessage("item 2 is empty");
        assertThatThrownBy(() -> StrictNumbers.listItems("0.5,1,")).hasMessage("it ends with a comma");
        assertThatThrownBy(() -> StrictNumbers.listItems(",0.5")).hasMessage("it starts with a comma");
        assertThatThrownBy(() -> StrictNumbers.listItems(" ")).hasMessage("the list is empty");
        assertThatThrownBy(() -> StrictNumbers.listItems(",")).hasMessage("it starts with a comma");
    }

    @Test
    void generatedListsWithAnEmptyItemAreRefusedWhereverItIs() {
        Random random = new Random(SEED + 2);
        for (int n = 0; n < 2_000; n++) {
            List<String> items = new ArrayList<>();
            int size = 1 + random.nextInt(8);
            for (int i = 0; i < size; i++) {
                items.add(NumberTexts.wellFormed(random));
            }
            assertThat(StrictNumbers.listItems(String.join(",", items))).containsExactlyElementsOf(items);
            int empty = random.nextInt(size + 1);
            List<String> broken = new ArrayList<>(items);
            broken.add(empty, random.nextBoolean() ? "" : "  ");
            String text = String.join(",", broken);
            assertThatThrownBy(() -> StrictNumbers.listItems(text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
