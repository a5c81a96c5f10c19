package dcplanner.scenario;

import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

import dcplanner.scenario.Parameter.Kind;

/**
 * A typed key of one scenario input: its name and the Java type its resolved value has. The domain
 * declarations ({@link SiteInputs}, {@link ElectricalInputs}, {@link CoolingInputs}, {@link WaterInputs},
 * {@link CarbonInputs}, {@link EconomicInputs}) declare the keys beside the code that builds their design
 * records, and declare each input's parameter (unit, range, default rule, source, technologies) from its key,
 * so the compiler links every input to the field it fills: {@code scenario.get(CoolingInputs.SUPPLY_AIR_C)}
 * is a {@code double}, and a misspelt key does not compile.
 *
 * @param <T> the type of the resolved value
 */
public final class Input<T> {

    private final String name;
    private final Kind kind;
    private final Function<Object, T> read;

    private Input(String name, Kind kind, Function<Object, T> read) {
        this.name = name;
        this.kind = kind;
        this.read = read;
    }

    /** A real number. */
    public static Input<Double> number(String name) {
        return new Input<>(name, Kind.NUMBER, Double.class::cast);
    }

    /** A whole number (validated as one by the resolver). */
    public static Input<Integer> integer(String name) {
        return new Input<>(name, Kind.INTEGER, value -> (int) Math.round((Double) value));
    }

    /** One of a list of choices. */
    public static Input<String> choice(String name) {
        return new Input<>(name, Kind.CHOICE, String.class::cast);
    }

    /** Free text. */
    public static Input<String> text(String name) {
        return new Input<>(name, Kind.TEXT, String.class::cast);
    }

    /** A file path, as given. */
    public static Input<String> file(String name) {
        return new Input<>(name, Kind.FILE, String.class::cast);
    }

    /** 24 hourly weights; each read is a copy. */
    public static Input<double[]> profile(String name) {
        return new Input<>(name, Kind.PROFILE, value -> ((double[]) value).clone());
    }

    /** A list of numbers; each read is a copy. */
    public static Input<double[]> list(String name) {
        return new Input<>(name, Kind.LIST, value -> ((double[]) value).clone());
    }

    /** A year -> value schedule; each read is a copy. */
    @SuppressWarnings("unchecked")
    public static Input<NavigableMap<Integer, Double>> schedule(String name) {
        return new Input<>(name, Kind.SCHEDULE, value -> new TreeMap<>((NavigableMap<Integer, Double>) value));
    }

    /** The snake_case name (CSV column, JSON key). */
    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The typed value of a resolved input's stored value. */
    T read(Object value) {
        return read.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
