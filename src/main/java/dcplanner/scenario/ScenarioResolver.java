package dcplanner.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dcplanner.energy.CoolingTechnology;
import dcplanner.text.InputText;
import dcplanner.text.StrictNumbers;

/**
 * Turns inputs as given (names and text values, from the shell, a CSV row or a file) into a
 * validated {@link Scenario}: every value parsed and range-checked, defaults filled in, and the
 * cross-checks between inputs done. Errors name the input, the value and what is allowed.
 */
public final class ScenarioResolver {

    private final ParameterCatalogue catalogue;

    public ScenarioResolver(ParameterCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public ParameterCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Resolves {@code given} (snake_case or kebab-case names; blank values count as not given).
     *
     * @throws InvalidInputException naming the first input that is unknown, malformed or out of range
     */
    public Scenario resolve(Map<String, String> given) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String value = entry.getValue() == null ? "" : InputText.strip(entry.getValue());
            if (value.isEmpty()) {
                continue;
            }
            Parameter parameter = catalogue.find(entry.getKey()).orElseThrow(() -> new InvalidInputException(
                    entry.getKey(), "unknown input " + InputText.quote(entry.getKey())
                            + "; see 'parameters' for the valid ones"));
            if (byName.put(parameter.name(), value) != null) {
                throw new InvalidInputException(parameter.name(), parameter.name() + " is given twice");
            }
        }

        Map<String, Scenario.Value> values = new LinkedHashMap<>();
        Map<String, String> defaultWarnings = new LinkedHashMap<>();
        Scenario.Partial partial = new Scenario.Partial(values);
        for (Parameter parameter : catalogue.all()) {
            String text = byName.get(parameter.name());
            if (text != null) {
                values.put(parameter.name(), new Scenario.Value(parameter, parse(parameter, text), true, Source.USER));
            } else {
                Optional<DefaultRule.Default> fallback = parameter.defaultRule().resolve(partial);
                fallback.ifPresent(d -> {
                    values.put(parameter.name(), new Scenario.Value(parameter, d.value(), false, d.source()));
                    if (!d.warning().isEmpty()) {
                        defaultWarnings.put(parameter.name(), d.warning());
                    }
                });
            }
        }
        List<String> warnings = new ArrayList<>();
        crossCheck(values, byName, warnings);
        CoolingTechnology technology = partial.technology();
        defaultWarnings.forEach((name, warning) -> {
            Parameter parameter = values.get(name).parameter();
            if (parameter.appliesTo(technology) && parameter.relevantWhen().test(partial)
                    && !warnings.contains(warning)) {
                warnings.add(warning);
            }
        });
        return new Scenario(values, warnings);
    }

    private static Object parse(Parameter parameter, String text) {
        return switch (parameter.kind()) {
            case NUMBER, INTEGER -> number(parameter, text);
            case CHOICE -> choice(parameter, text);
            case PROFILE -> profile(parameter, text);
            case LIST -> list(parameter, text);
            case SCHEDULE -> schedule(parameter, text);
            case TEXT, FILE -> text;
        };
    }

    private static Double number(Parameter parameter, String text) {
        double value = parsed(parameter, parameter.name() + " =", text);
        if (value < parameter.min() || value > parameter.max()) {
            throw new InvalidInputException(parameter.name(), parameter.name() + " = " + InputText.printable(text)
                    + " is outside " + parameter.allowed()
                    + (parameter.rangeNote().isEmpty() ? "" : " (" + parameter.rangeNote() + ")"));
        }
        if (parameter.kind() == Parameter.Kind.INTEGER && value != Math.rint(value)) {
            throw new InvalidInputException(parameter.name(), parameter.name() + " = " + InputText.printable(text)
                    + " is not a whole number; allowed: " + parameter.allowed());
        }
        return value;
    }

    /**
     * {@code text} as a number read by {@link StrictNumbers} (no {@code 27d}, hexadecimal, NaN or
     * infinity), or an error "{@code what} 'text' is not a number; allowed: ...".
     */
    private static double parsed(Parameter parameter, String what, String text) {
        double value = StrictNumbers.parse(text);
        if (Double.isNaN(value)) {
            throw new InvalidInputException(parameter.name(), what + " " + InputText.quote(text)
                    + " is not a number; allowed: " + parameter.allowed());
        }
        return value;
    }

    private static String choice(Parameter parameter, String text) {
        for (String choice : parameter.choices()) {
            if (choice.equalsIgnoreCase(text)) {
                return choice;
            }
        }
        throw new InvalidInputException(parameter.name(), parameter.name() + " = " + InputText.quote(text)
                + " is not allowed; " + parameter.allowed());
    }

    /** The items of a comma-separated list; an empty item or a stray comma is an error. */
    private static List<String> items(Parameter parameter, String text) {
        try {
            return StrictNumbers.listItems(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter.name(), parameter.name() + " = " + InputText.quote(text)
                    + ": " + e.getMessage() + "; allowed: " + parameter.allowed());
        }
    }

    private static double[] profile(Parameter parameter, String text) {
        List<String> parts = items(parameter, text);
        if (parts.size() != 24) {
            throw new InvalidInputException(parameter.name(), parameter.name() + " has " + parts.size()
                    + " values; allowed: " + parameter.allowed());
        }
        double[] weights = new double[24];
        double sum = 0;
        for (int i = 0; i < 24; i++) {
            weights[i] = parsed(parameter, parameter.name() + " value " + (i + 1), parts.get(i));
            if (weights[i] < 0) {
                throw new InvalidInputException(parameter.name(), parameter.name() + " value " + (i + 1) + " = "
                        + parts.get(i) + " is negative; allowed: " + parameter.allowed());
            }
            sum += weights[i];
        }
        if (sum <= 0) {
            throw new InvalidInputException(parameter.name(), parameter.name() + " is all zeros; at least one hour"
                    + " must carry load");
        }
        return weights;
    }

    private static double[] list(Parameter parameter, String text) {
        List<String> parts = items(parameter, text);
        if (parts.size() > 100) {
            throw new InvalidInputException(parameter.name(), parameter.name() + " has " + parts.size()
                    + " values; allowed: at most 100");
        }
        double[] values = new double[parts.size()];
        for (int i = 0; i < values.length; i++) {
            double value = parsed(parameter, parameter.name() + " value " + (i + 1), parts.get(i));
            if (value < parameter.min() || value > parameter.max()) {
                throw new InvalidInputException(parameter.name(), parameter.name() + " value " + (i + 1) + " = "
                        + parts.get(i) + " is outside " + Parameter.plain(parameter.min()) + ".."
                        + Parameter.plain(parameter.max()));
            }
            values[i] = value;
        }
        return values;
    }

    /** "48" (one price from the start) or "2024:25,2026:45" (each holds until the next year given). */
    private static java.util.NavigableMap<Integer, Double> schedule(Parameter parameter, String text) {
        java.util.TreeMap<Integer, Double> schedule = new java.util.TreeMap<>();
        List<String> parts = items(parameter, text);
        for (String part : parts) {
            String[] yearValue = part.split(":", -1);
            int year = 0;
            String valueText = part;
            if (yearValue.length == 2) {
                double yearNumber = StrictNumbers.parse(yearValue[0]);
                if (yearNumber != Math.rint(yearNumber) || Math.abs(yearNumber) > 9999) {
                    throw new InvalidInputException(parameter.name(), parameter.name() + " year "
                            + InputText.quote(InputText.strip(yearValue[0])) + " is not a year; allowed: "
                            + parameter.allowed());
                }
                year = (int) yearNumber;
                valueText = yearValue[1];
            } else if (yearValue.length > 2 || parts.size() > 1) {
                throw new InvalidInputException(parameter.name(), parameter.name() + " entry "
                        + InputText.quote(part) + " is malformed; allowed: " + parameter.allowed());
            }
            double value = parsed(parameter, parameter.name() + " value", InputText.strip(valueText));
            if (value < parameter.min() || value > parameter.max()) {
                throw new InvalidInputException(parameter.name(), parameter.name() + " = "
                        + InputText.printable(InputText.strip(valueText)) + " is outside "
                        + Parameter.plain(parameter.min())
                        + ".." + Parameter.plain(parameter.max()) + " " + parameter.unit());
            }
            if (schedule.put(year, value) != null) {
                throw new InvalidInputException(parameter.name(), parameter.name() + " gives year " + year + " twice");
            }
        }
        return schedule;
    }

    private void crossCheck(Map<String, Scenario.Value> values, Map<String, String> given, List<String> warnings) {
        Scenario.Partial resolved = new Scenario.Partial(values);
        boolean site = resolved.get(SiteInputs.SITE).isPresent();
        boolean epw = resolved.get(SiteInputs.EPW).isPresent();
        if (!site && !epw) {
            throw new InvalidInputException(SiteInputs.SITE.name(), "site is missing: give site (one of "
                    + String.join(", ", catalogue.find(SiteInputs.SITE.name()).orElseThrow().choices())
                    + ") or epw (a weather file)");
        }
        if (site && epw) {
            throw new InvalidInputException(SiteInputs.EPW.name(), "site and epw are both given; give one of them");
        }
        if (resolved.get(SiteInputs.COUNTRY).isPresent()) {
            String country = resolved.require(SiteInputs.COUNTRY).toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{3}")) {
                throw new InvalidInputException(SiteInputs.COUNTRY.name(), "country = "
                        + InputText.quote(resolved.require(SiteInputs.COUNTRY))
                        + " is not an ISO 3166 alpha-3 code (e.g. SGP, MYS, IDN)");
            }
            Scenario.Value old = values.get(SiteInputs.COUNTRY.name());
            values.put(SiteInputs.COUNTRY.name(),
                    new Scenario.Value(old.parameter(), country, old.given(), old.source()));
        }
        CoolingTechnology technology = resolved.technology();

        // the busiest hour of the daily profile must not exceed the capacity
        double[] weights = resolved.require(SiteInputs.UTILISATION_PROFILE);
        double sum = 0;
        double max = 0;
        for (double weight : weights) {
            sum += weight;
            max = Math.max(max, weight);
        }
        double utilisation = resolved.require(SiteInputs.UTILISATION);
        double peak = utilisation * max * 24 / sum;
        if (peak > 1 + 1e-9) {
            throw new InvalidInputException(SiteInputs.UTILISATION_PROFILE.name(), String.format(Locale.ROOT,
                    "utilisation_profile with utilisation = %s asks for %.3f of IT capacity in its busiest hour;"
                            + " allowed: at most 1 (lower utilisation or flatten the profile)",
                    Parameter.plain(utilisation), peak));
        }
        if (technology == CoolingTechnology.AIRSIDE_ECONOMISER_ADIABATIC) {
            ordered(resolved, CoolingInputs.SUPPLY_AIR_MIN_C, CoolingInputs.SUPPLY_AIR_C);
            ordered(resolved, CoolingInputs.SUPPLY_DEW_POINT_MIN_C, CoolingInputs.SUPPLY_DEW_POINT_MAX_C);
            ordered(resolved, CoolingInputs.SUPPLY_RH_MIN, CoolingInputs.SUPPLY_RH_MAX);
        }
        if (resolved.get(CoolingInputs.COIL_EFFECTIVENESS).isPresent() && technology != CoolingTechnology.DX_CRAC) {
            double supplyWater = resolved.require(CoolingInputs.SUPPLY_AIR_C) + resolved.require(CoolingInputs.AIR_DT_K)
                    * (1 - 1 / resolved.require(CoolingInputs.COIL_EFFECTIVENESS));
            if (supplyWater < 2) {
                throw new InvalidInputException(CoolingInputs.COIL_EFFECTIVENESS.name(), String.format(Locale.ROOT,
                        "supply_air_c, air_dt_k and coil_effectiveness together ask for chilled water at %.1f C;"
                                + " allowed: at least 2 C (raise coil_effectiveness or supply_air_c)", supplyWater));
            }
        }
        if (technology.isLiquidCooled() && resolved.require(CoolingInputs.LIQUID_SUPPLY_C) < 2) {
            throw new InvalidInputException(CoolingInputs.LIQUID_SUPPLY_C.name(), "liquid_supply_c is below 2 C");
        }
        for (String name : given.keySet()) {
            Parameter parameter = values.get(name).parameter();
            if (!parameter.appliesTo(technology)) {
                warnings.add(name + " is not used by cooling = " + technology.id() + " (ignored)");
            }
        }
        if (technology == CoolingTechnology.SEAWATER
                && "LAO".equals(resolved.require(SiteInputs.COUNTRY).toUpperCase(Locale.ROOT))) {
            // Lao PDR is the one landlocked ASEAN country: no sea to draw cooling water from
            warnings.add("cooling = seawater at a site in Lao PDR, a landlocked country: the result assumes sea"
                    + " water at sea_temperature_c that the site cannot reach");
        }
        String upsType = given.get(ElectricalInputs.UPS_TYPE.name());
        if (upsType != null && (given.containsKey(ElectricalInputs.UPS_NO_LOAD_LOSS.name())
                || given.containsKey(ElectricalInputs.UPS_PROPORTIONAL_LOSS.name())
                || given.containsKey(ElectricalInputs.UPS_SQUARE_LAW_LOSS.name()))) {
            warnings.add("UPS loss coefficients given: they override those of ups_type = " + upsType);
        }
    }

    private static void ordered(Scenario.Partial resolved, Input<Double> low, Input<Double> high) {
        double lowValue = resolved.require(low);
        double highValue = resolved.require(high);
        if (lowValue > highValue) {
            throw new InvalidInputException(low.name(), low + " = " + Parameter.plain(lowValue) + " is above " + high
                    + " = " + Parameter.plain(highValue) + "; allowed: at most " + high);
        }
    }
}
