package dcplanner.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dcplanner.energy.CoolingTechnology;

/**
 * How a parameter's default is found: a constant, a value per cooling technology, or a value that
 * depends on another input already resolved (inputs are resolved in catalogue order).
 */
@FunctionalInterface
public interface DefaultRule {

    /**
     * A default value with its source, and a warning when it is a fallback (the country has no
     * figure of its own) that every result must carry.
     */
    record Default(Object value, Source source, String warning) {

        public Default(Object value, Source source) {
            this(value, source, "");
        }
    }

    /** The default for a scenario whose earlier inputs are {@code resolved}, or empty if there is none. */
    Optional<Default> resolve(Scenario.Partial resolved);

    /** No default: the input must be given (or is optional and absent). */
    DefaultRule NONE = resolved -> Optional.empty();

    static DefaultRule constant(Object value, Source source) {
        Default fixed = new Default(value, source);
        return resolved -> Optional.of(fixed);
    }

    /** A value per cooling technology; technologies not listed get {@code otherwise}. */
    static DefaultRule byTechnology(Map<CoolingTechnology, Default> values, Default otherwise) {
        Map<CoolingTechnology, Default> copy = new EnumMap<>(CoolingTechnology.class);
        copy.putAll(values);
        return resolved -> Optional.of(copy.getOrDefault(resolved.technology(), otherwise));
    }

    /** A value computed from earlier inputs. */
    static DefaultRule derived(Function<Scenario.Partial, Default> function) {
        return resolved -> Optional.ofNullable(function.apply(resolved));
    }
}
