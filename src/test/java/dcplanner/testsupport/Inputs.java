package dcplanner.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/** Scenario inputs for tests, written as alternating names and values: {@code of("site", "singapore")}. */
public final class Inputs {

    private Inputs() {
    }

    public static Map<String, String> of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("inputs come in name/value pairs, got " + namesAndValues.length + " strings");
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            inputs.put(namesAndValues[k], namesAndValues[k + 1]);
        }
        return inputs;
    }
}
