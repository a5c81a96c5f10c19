package dcplanner.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named scenarios of a session, as the user gave them: for each name, the inputs given
 * (snake_case name to text, exactly as typed), in the order they were created; and the current
 * scenario, if any. Immutable: every change returns a new workspace, so a change that fails
 * validation leaves nothing half-done. Defaults are never stored: a scenario picks up a better
 * default when the catalogue gets one.
 *
 * @param scenarios name to given inputs, in creation order
 * @param current   the current scenario's name, or null
 */
public record Workspace(Map<String, Map<String, String>> scenarios, String current) {

    /** What a scenario name may look like: it is typed at the prompt and used as a CSV scenario_id. */
    public static final String NAME_RULE = "1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit";

    public Workspace {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        scenarios.forEach((name, inputs) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(inputs))));
        scenarios = Collections.unmodifiableMap(copy);
        if (current != null && !scenarios.containsKey(current)) {
            current = null;
        }
    }

    public static Workspace empty() {
        return new Workspace(Map.of(), null);
    }

    /** Whether {@code name} is a valid scenario name ({@link #NAME_RULE}). */
    public static boolean isValidName(String name) {
        return name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    }

    /** The name checked against {@link #NAME_RULE}. */
    public static String checkedName(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("scenario name '" + name + "' is not allowed; allowed: " + NAME_RULE);
        }
        return name;
    }

    public List<String> names() {
        return new ArrayList<>(scenarios.keySet());
    }

    public boolean has(String name) {
        return scenarios.containsKey(name);
    }

    /** The given inputs of a scenario. */
    public Optional<Map<String, String>> inputs(String name) {
        return Optional.ofNullable(scenarios.get(name));
    }

    public Optional<String> currentName() {
        return Optional.ofNullable(current);
    }

    /** This workspace with scenario {@code name} set to {@code inputs} (added at the end if new). */
    public Workspace with(String name, Map<String, String> inputs) {
        Map<String, Map<String, String>> next = new LinkedHashMap<>(scenarios);
        next.put(checkedName(name), inputs);
        return new Workspace(next, current);
    }

    /** This workspace without scenario {@code name}; it is no longer current. */
    public Workspace without(String name) {
        Map<String, Map<String, String>> next = new LinkedHashMap<>(scenarios);
        next.remove(name);
        return new Workspace(next, name.equals(current) ? null : current);
    }

    /** This workspace with scenario {@code from} named {@code to}, in the same place in the order. */
    public Workspace renamed(String from, String to) {
        checkedName(to);
        Map<String, Map<String, String>> next = new LinkedHashMap<>();
        scenarios.forEach((name, inputs) -> next.put(name.equals(from) ? to : name, inputs));
        return new Workspace(next, from.equals(current) ? to : current);
    }

    /** This workspace with {@code name} as the current scenario (null for none). */
    public Workspace withCurrent(String name) {
        return new Workspace(scenarios, name);
    }
}
