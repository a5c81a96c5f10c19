package dcplanner.scenario;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dcplanner.energy.CoolingTechnology;

/**
 * One input of a scenario, declared once: the shell's options and completion, the CSV columns,
 * validation messages, help, the README's input table and (later) study domains all read it.
 *
 * @param name        snake_case name (CSV column, JSON key); the shell option is its kebab-case form
 * @param unit        unit of the value ("" for none)
 * @param kind        what kind of value it takes
 * @param group       site, it, electrical, cooling...
 * @param description one line saying what it is
 * @param min         smallest allowed value (numbers)
 * @param max         largest allowed value (numbers)
 * @param rangeNote   why the range is what it is (shown in messages), may be empty
 * @param choices     allowed values (choices)
 * @param defaultRule how the default is found when the input is not given
 * @param appliesTo   the cooling technologies that use it (all when empty)
 */
public record Parameter(String name, String unit, Kind kind, Group group, String description, double min, double max,
        String rangeNote, List<String> choices, DefaultRule defaultRule, Set<CoolingTechnology> appliesTo,
        java.util.function.Predicate<Scenario.Partial> relevantWhen) {

    public Parameter {
        choices = List.copyOf(choices);
        appliesTo = appliesTo.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(appliesTo));
    }

    /** A parameter that matters whenever its technology does. */
    public Parameter(String name, String unit, Kind kind, Group group, String description, double min, double max,
            String rangeNote, List<String> choices, DefaultRule defaultRule, Set<CoolingTechnology> appliesTo) {
        this(name, unit, kind, group, description, min, max, rangeNote, choices, defaultRule, appliesTo,
                partial -> true);
    }

    /** The kind of value a parameter takes. */
    public enum Kind { NUMBER, INTEGER, CHOICE, TEXT, FILE, PROFILE, LIST, SCHEDULE }

    /** Where a parameter belongs, in the order inputs are listed. */
    public enum Group { SITE, IT, ELECTRICAL, COOLING, WATER, CARBON, ECONOMICS }

    /** The shell option name: {@code supply_air_c} becomes {@code supply-air-c}. */
    public String optionName() {
        return name.replace('_', '-');
    }

    /** The same parameter, used only by {@code technologies}. */
    public Parameter onlyFor(Set<CoolingTechnology> technologies) {
        return new Parameter(name, unit, kind, group, description, min, max, rangeNote, choices, defaultRule,
                EnumSet.copyOf(technologies), relevantWhen);
    }

    /** Whether the parameter matters for {@code technology}. */
    public boolean appliesTo(CoolingTechnology technology) {
        return appliesTo.isEmpty() || appliesTo.contains(technology);
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.INTEGER;
    }

    /** The allowed values in words, for help and messages: "15..35 C", "one of N, N+1, 2N". */
    public String allowed() {
        return switch (kind) {
            case NUMBER, INTEGER -> plain(min) + ".." + plain(max) + (unit.isEmpty() ? "" : " " + unit)
                    + (kind == Kind.INTEGER ? " (whole number)" : "");
            case CHOICE -> "one of " + String.join(", ", choices);
            case PROFILE -> "24 comma-separated non-negative weights, one per hour of the day";
            case LIST -> "comma-separated values, each " + plain(min) + ".." + plain(max);
            case SCHEDULE -> "a number (" + unit + ") or a schedule year:value,year:value (each holds until the"
                    + " next year given)";
            case FILE -> "a readable file";
            case TEXT -> "text";
        };
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        // six significant digits, never an exponent: 8e-05 reads as 0.00008
        return new java.math.BigDecimal(value, new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Fluent declaration of a parameter, used by the catalogue. */
    static final class Builder {
        private final String name;
        private final Kind kind;
        private String unit = "";
        private Group group = Group.COOLING;
        private String description = "";
        private double min = Double.NEGATIVE_INFINITY;
        private double max = Double.POSITIVE_INFINITY;
        private String rangeNote = "";
        private List<String> choices = List.of();
        private DefaultRule defaultRule = DefaultRule.NONE;
        private Set<CoolingTechnology> appliesTo = Set.of();
        private java.util.function.Predicate<Scenario.Partial> relevantWhen = partial -> true;

        /** Declares the parameter of {@code key}: its name and kind are the key's. */
        Builder(Input<?> key) {
            this.name = key.name();
            this.kind = key.kind();
        }

        Builder unit(String value) {
            unit = value;
            return this;
        }

        Builder group(Group value) {
            group = value;
            return this;
        }

        Builder describe(String value) {
            description = value;
            return this;
        }

        Builder range(double low, double high, String note) {
            min = low;
            max = high;
            rangeNote = note;
            return this;
        }

        Builder choices(List<String> values) {
            choices = List.copyOf(values);
            return this;
        }

        Builder byDefault(DefaultRule rule) {
            defaultRule = rule;
            return this;
        }

        Builder byDefault(Object value, Source source) {
            defaultRule = DefaultRule.constant(value, source);
            return this;
        }

        /** The parameter only matters (and its fallback default is only warned about) when this holds. */
        Builder relevantWhen(java.util.function.Predicate<Scenario.Partial> condition) {
            relevantWhen = condition;
            return this;
        }

        Builder onlyFor(CoolingTechnology first, CoolingTechnology... rest) {
            appliesTo = EnumSet.of(first, rest);
            return this;
        }

        Parameter build() {
            return new Parameter(name, unit, kind, group, description, min, max, rangeNote, choices, defaultRule,
                    appliesTo, relevantWhen);
        }
    }
}
