package dcplanner.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dcplanner.energy.CoolingTechnology;

/**
 * One immutable scenario: every input, validated, with defaults filled in and the source of each
 * value. Built by {@link ScenarioResolver}; the same inputs give the same scenario whether they
 * came from the shell, a CSV row or a file.
 */
public final class Scenario {

    /** A resolved input: its value, whether the user gave it, and where it comes from. */
    public record Value(Parameter parameter, Object value, boolean given, Source source) {

        /** The value; a profile, list or schedule is handed out as a copy, so the scenario stays immutable. */
        @Override
        public Object value() {
            if (value instanceof double[] numbers) {
                return numbers.clone();
            }
            if (value instanceof java.util.NavigableMap<?, ?> schedule) {
                return new java.util.TreeMap<>(schedule);
            }
            return value;
        }

        /** The value as text, as it would be typed (profiles comma-separated). */
        public String text() {
            if (value instanceof java.util.NavigableMap<?, ?> schedule) {
                StringBuilder out = new StringBuilder();
                schedule.forEach((year, price) -> out.append(out.length() == 0 ? "" : ",").append(year).append(':')
                        .append(Parameter.plain((Double) price)));
                return out.length() == 0 ? "0" : out.toString();
            }
            if (value instanceof double[] profile) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < profile.length; i++) {
                    out.append(i == 0 ? "" : ",").append(Parameter.plain(profile[i]));
                }
                return out.toString();
            }
            if (value instanceof Double d) {
                return Parameter.plain(d);
            }
            return String.valueOf(value);
        }
    }

    private final Map<String, Value> values;
    private final List<String> warnings;

    Scenario(Map<String, Value> values, List<String> warnings) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.warnings = List.copyOf(warnings);
    }

    /** Every resolved input in catalogue order. */
    public Map<String, Value> values() {
        return values;
    }

    /** The inputs the chosen cooling technology uses (with the site, IT and power inputs). */
    public Map<String, Value> inputsUsed() {
        Map<String, Value> used = new LinkedHashMap<>();
        CoolingTechnology technology = technology();
        values.forEach((name, value) -> {
            if (value.parameter().appliesTo(technology)) {
                used.put(name, value);
            }
        });
        return used;
    }

    /** Notes about the inputs (given inputs the technology ignores, fallbacks). */
    public List<String> warnings() {
        return warnings;
    }

    /** The typed value of an input the scenario has (every input with a default); arrays and maps are copies. */
    public <T> T get(Input<T> input) {
        return input.read(require(input.name()).value());
    }

    /** The typed value of an input that may have no value (optional, or not used by the technology). */
    public <T> Optional<T> find(Input<T> input) {
        return find(input.name()).map(value -> input.read(value.value()));
    }

    public Optional<Value> find(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(Input<?> input) {
        return has(input.name());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    // By name: for code that handles inputs as data (batch columns, study variables, policy metrics); the
    // models' design records are built from the typed keys ({@link #get(Input)}) by the domain declarations.

    public double number(String name) {
        return (Double) require(name).value();
    }

    public String text(String name) {
        return (String) require(name).value();
    }

    public double[] profile(String name) {
        return ((double[]) require(name).value()).clone();
    }

    /** A year -> value schedule (a single number given is a schedule from the year 0). */
    @SuppressWarnings("unchecked")
    public java.util.NavigableMap<Integer, Double> schedule(String name) {
        return new java.util.TreeMap<>((java.util.NavigableMap<Integer, Double>) require(name).value());
    }

    public CoolingTechnology technology() {
        return CoolingTechnology.fromId(get(CoolingInputs.COOLING));
    }

    private Value require(String name) {
        Value value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("scenario has no value for " + name);
        }
        return value;
    }

    /** The inputs resolved so far, for defaults that depend on earlier inputs. */
    public static final class Partial {
        private final Map<String, Value> values;

        Partial(Map<String, Value> values) {
            this.values = values;
        }

        public CoolingTechnology technology() {
            return get(CoolingInputs.COOLING).map(CoolingTechnology::fromId).orElse(null);
        }

        /** The typed value of an input resolved before this one, if it has one. */
        public <T> Optional<T> get(Input<T> input) {
            Value value = values.get(input.name());
            return value == null ? Optional.empty() : Optional.of(input.read(value.value()));
        }

        /** The typed value of an input resolved before this one that always has a value. */
        public <T> T require(Input<T> input) {
            return get(input).orElseThrow(() -> new IllegalStateException("no value yet for " + input.name()));
        }
    }
}
