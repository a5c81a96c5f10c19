package dcplanner.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario as entered: its name and its inputs by catalogue (snake_case) name, as text; inputs
 * left out take their defaults when the scenario is resolved.
 */
public record NamedInputs(String name, Map<String, String> inputs) {

    public NamedInputs {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
