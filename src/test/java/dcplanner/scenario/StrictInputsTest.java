package dcplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dcplanner.climate.SiteCatalogue;
import dcplanner.testsupport.Inputs;
import dcplanner.testsupport.NumberTexts;
import dcplanner.text.InputText;

/**
 * Every value is read by the one strict parser, whatever the input: malformed numbers and lists
 * are refused with a message that names the input, quotes the value and says what is allowed.
 */
class StrictInputsTest {

    private final ParameterCatalogue catalogue = ParameterCatalogue.standard(SiteCatalogue.bundled());
    private final ScenarioResolver resolver = new ScenarioResolver(catalogue);

    private Scenario resolve(String... keyValues) {
        return resolver.resolve(Inputs.of(keyValues));
    }

    @Test
    void everyNumericInputRefusesEveryMalformedNumber() {
        Random random = new Random(42);
        List<Parameter> numeric = catalogue.all().stream().filter(Parameter::isNumeric).toList();
        assertThat(numeric).hasSizeGreaterThan(80);
        int checked = 0;
        for (Parameter parameter : numeric) {
            String number = NumberTexts.wellFormed(random);
            List<String> variants = new java.util.ArrayList<>(NumberTexts.malformedVariants(number, random));
            java.util.Collections.shuffle(variants, random);
            // the parser itself is tested on every variant (StrictNumbersTest); here: that each input uses it
            for (String bad : variants.subList(0, 8)) {
                if (bad.isBlank()) {
                    continue; // a blank value counts as not given
                }
                assertThatThrownBy(() -> resolve("site", "singapore", parameter.name(), bad))
                        .as("%s = %s", parameter.name(), InputText.quote(bad))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessage(parameter.name() + " = " + InputText.quote(InputText.strip(bad))
                                + " is not a number; allowed: " + parameter.allowed());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(700);
    }

    @Test
    void theExamplesOfTheIssueAreRefused() {
        assertThatThrownBy(() -> resolve("site", "singapore", "supply_air_c", "27d"))
                .hasMessage("supply_air_c = '27d' is not a number; allowed: 15..35 C");
        assertThatThrownBy(() -> resolve("site", "singapore", "supply_air_c", "0x1p3"))
                .hasMessage("supply_air_c = '0x1p3' is not a number; allowed: 15..35 C");
        assertThatThrownBy(() -> resolve("site", "singapore", "utilisation", "Infinity"))
                .hasMessage("utilisation = 'Infinity' is not a number; allowed: 0.01..1");
        assertThatThrownBy(() -> resolve("site", "singapore", "ramp", "0.5,,1"))
                .hasMessage("ramp = '0.5,,1': item 2 is empty; allowed: comma-separated values, each 0.01..1");
        assertThatThrownBy(() -> resolve("site", "singapore", "carbon_price_usd_per_t", "2024:25,2030:60,"))
                .hasMessageStartingWith("carbon_price_usd_per_t = '2024:25,2030:60,': it ends with a comma;"
                        + " allowed: a number (USD/t) or a schedule");
        assertThatThrownBy(() -> resolve("site", "singapore", "carbon_price_usd_per_t", "2024:25d"))
                .hasMessageStartingWith("carbon_price_usd_per_t value '25d' is not a number");
        assertThatThrownBy(() -> resolve("site", "singapore", "carbon_price_usd_per_t", "2024.5:25"))
                .hasMessageStartingWith("carbon_price_usd_per_t year '2024.5' is not a year");
        assertThatThrownBy(() -> resolve("site", "singapore", "carbon_price_usd_per_t", "25,2030:60"))
                .hasMessageStartingWith("carbon_price_usd_per_t entry '25' is malformed");
        assertThatThrownBy(() -> resolve("site", "singapore", "utilisation_profile", "1,".repeat(24)))
                .hasMessageContaining("it ends with a comma");
        assertThatThrownBy(() -> resolve("site", "singapore", "utilisation_profile", "1 ".repeat(24)))
                .hasMessageContaining("has 1 values; allowed: 24 comma-separated");
    }

    @Test
    void generatedListsWithAnEmptyItemOrAMalformedNumberAreRefused() {
        Random random = new Random(43);
        for (int n = 0; n < 300; n++) {
            int size = 1 + random.nextInt(5);
            StringBuilder good = new StringBuilder();
            for (int i = 0; i < size; i++) {
                good.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.2f",
                        0.05 + 0.9 * random.nextDouble()));
            }
            assertThat(((double[]) resolve("site", "singapore", "ramp", good.toString()).find("ramp")
                    .orElseThrow().value())).hasSize(size);
            String emptyItem = random.nextBoolean() ? good + "," : good.toString().replaceFirst(",|$", ",,");
            assertThatThrownBy(() -> resolve("site", "singapore", "ramp", emptyItem)).as(emptyItem)
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("ramp = '" + emptyItem + "': ");
            String suffixed = good + (random.nextBoolean() ? "d" : "f");
            assertThatThrownBy(() -> resolve("site", "singapore", "ramp", suffixed)).as(suffixed)
                    .hasMessageContaining("is not a number; allowed: comma-separated values, each 0.01..1");
        }
    }

    @Test
    void theLowestSupplyTemperatureFollowsALowSupplyTemperature() {
        Scenario low = resolve("site", "singapore", "cooling", "airside-economiser-adiabatic", "supply_air_c", "15");
        assertThat(low.number("supply_air_min_c")).isEqualTo(15.0);
        assertThat(low.find("supply_air_min_c").orElseThrow().source().citation()).contains("follows supply_air_c");
        Scenario usual = resolve("site", "singapore", "cooling", "airside-economiser-adiabatic", "supply_air_c", "24");
        assertThat(usual.number("supply_air_min_c")).isEqualTo(18.0); // ASHRAE recommended lower limit
        // both given and crossed: the message names the other input
        assertThatThrownBy(() -> resolve("site", "singapore", "cooling", "airside-economiser-adiabatic",
                "supply_air_c", "20", "supply_air_min_c", "22"))
                .hasMessage("supply_air_min_c = 22 is above supply_air_c = 20; allowed: at most supply_air_c");
    }

    @Test
    void controlCharactersInAValueAreEscapedInTheMessage() {
        assertThatThrownBy(() -> resolve("site", "singapore", "utilisation", "0.5\u001b[2J"))
                .hasMessage("utilisation = '0.5\\x1b[2J' is not a number; allowed: 0.01..1");
        assertThatThrownBy(() -> resolve("site", "singapore", "cooling", "\u001b]0;x\u0007"))
                .message().doesNotContain("\u001b").contains("'\\x1b]0;x\\x07'");
    }
}
