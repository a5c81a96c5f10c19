package dcplanner.scenario;

import static dcplanner.energy.CoolingTechnology.AIRSIDE_ECONOMISER_ADIABATIC;
import static dcplanner.energy.CoolingTechnology.AIR_COOLED_CHILLER;
import static dcplanner.energy.CoolingTechnology.DIRECT_LIQUID_COOLING;
import static dcplanner.energy.CoolingTechnology.IMMERSION;
import static dcplanner.energy.CoolingTechnology.SEAWATER;
import static dcplanner.energy.CoolingTechnology.WATER_COOLED_CHILLER;
import static dcplanner.energy.CoolingTechnology.WATER_COOLED_CHILLER_WSE;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dcplanner.energy.CoolingTechnology;

/**
 * How uncertain each uncertain input is: a low and a high value, a distribution and the source of
 * the range, keyed by the catalogue's input names. Read by the tornado (low and high) and the Monte
 * Carlo study (the distribution), and listed by {@code parameters}. Declared once, here.
 *
 * <p>Ranges come from Lei and Masanet (2022) (as summarised in MODEL.md section 4) where they give
 * one, else from the source the catalogue cites for the default. A triangular distribution peaks at
 * the scenario's own value (its default, which the catalogue takes from the middle of the same range);
 * {@code relative} ranges multiply the scenario's value.
 */
public final class UncertaintyRanges {

    /** The distributions a range can be sampled from. */
    public enum Distribution {
        /** flat between low and high */
        UNIFORM,
        /** low, the scenario's value (peak), high */
        TRIANGULAR,
        /** low and high are the 5th and 95th percentiles */
        NORMAL,
        /** low and high (both above 0) are the 5th and 95th percentiles */
        LOGNORMAL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Distribution parse(String text, String input) {
            for (Distribution d : values()) {
                if (d.id().equalsIgnoreCase(text.trim())) {
                    return d;
                }
            }
            throw new InvalidInputException(input, "distribution of " + input + " = '" + text
                    + "' is not allowed; allowed: one of uniform, triangular, normal, lognormal");
        }
    }

    /**
     * The uncertainty of one input.
     *
     * @param input        catalogue name
     * @param distribution how it is sampled
     * @param low          low value (tornado) / lower end or 5th percentile (Monte Carlo)
     * @param high         high value / upper end or 95th percentile
     * @param relative     low and high multiply the scenario's value
     * @param appliesTo    the cooling technologies the range is for (all when empty)
     * @param source       where the range comes from
     */
    public record Range(String input, Distribution distribution, double low, double high, boolean relative,
            Set<CoolingTechnology> appliesTo, Source source) {

        public boolean appliesTo(CoolingTechnology technology) {
            return appliesTo.isEmpty() || appliesTo.contains(technology);
        }

        /** The low value for a scenario whose own value is {@code value}. */
        public double lowFor(double value) {
            return relative ? low * value : low;
        }

        /** The high value for a scenario whose own value is {@code value}. */
        public double highFor(double value) {
            return relative ? high * value : high;
        }

        /** "triangular 0.6..0.9" or "triangular x0.8..x1.2" for help and tables. */
        public String describe() {
            return relative ? distribution.id() + " x" + Parameter.plain(low) + "..x" + Parameter.plain(high)
                    : distribution.id() + " " + Parameter.plain(low) + ".." + Parameter.plain(high);
        }
    }

    static final Source LM2022_MODEL = Source.of("Lei & Masanet (2022) 106323 input ranges, as summarised in"
            + " MODEL.md section 4", "2022", "medium");
    static final Source LM2022_PUMPS = Source.of("Lei & Masanet (2022) 106323: pump pressure rise +-20% around"
            + " the default (MODEL.md section 4)", "2022", "medium");

    private static final Set<CoolingTechnology> LARGE_WATER_COOLED = EnumSet.of(WATER_COOLED_CHILLER,
            WATER_COOLED_CHILLER_WSE, AIRSIDE_ECONOMISER_ADIABATIC, DIRECT_LIQUID_COOLING, IMMERSION, SEAWATER);

    private final List<Range> ranges;

    private UncertaintyRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The declared ranges. */
    public static UncertaintyRanges standard() {
        List<Range> r = new ArrayList<>();
        r.add(tri(SiteInputs.UTILISATION, 0.4, 0.8, Declarations.WP108_UTILISATION));
        r.add(new Range(SiteInputs.SERVER_FAN_SHARE.name(), Distribution.UNIFORM, 0.10, 0.15, false, Set.of(),
                Source.of("eWeek, Neudorfer (2009): server fans draw 10-15% of server power", "2009", "low")));
        r.add(tri(ElectricalInputs.DISTRIBUTION_LOSS_FRACTION, 0, 0.02,
                Source.of("Lei & Masanet (2022) 106323: distribution loss 0-2% (hyperscale), MODEL.md section 4",
                        "2022", "medium")));
        r.add(tri(ElectricalInputs.LIGHTING_FRACTION, 0, 0.002,
                Source.of("Lei & Masanet (2022) 106323: lighting 0-0.2% of IT (hyperscale), MODEL.md section 4",
                        "2022", "medium")));
        r.add(new Range(CoolingInputs.AIR_DT_K.name(), Distribution.TRIANGULAR, 13.9, 19.4, false,
                LARGE_WATER_COOLED,
                Source.of("Lei & Masanet (2022) 106323: air temperature rise 13.9-19.4 K (hyperscale), MODEL.md"
                        + " section 4", "2022", "medium")));
        r.add(new Range(CoolingInputs.AIR_DT_K.name(), Distribution.TRIANGULAR, 5, 10, false,
                EnumSet.of(AIR_COOLED_CHILLER),
                Source.of("Lei & Masanet (2022) 106323: air temperature rise 5-10 K (midsize), MODEL.md section 4",
                        "2022", "medium")));
        r.add(tri(CoolingInputs.AIR_HANDLER_FAN_PRESSURE_PA, 300, 1000, LM2022_MODEL));
        r.add(tri(CoolingInputs.AIR_HANDLER_FAN_EFFICIENCY, 0.6, 0.9, LM2022_MODEL));
        r.add(tri(CoolingInputs.SENSIBLE_HEAT_RATIO, 0.95, 0.99, LM2022_MODEL));
        r.add(tri(CoolingInputs.CHILLED_WATER_DT_K, 5, 10, LM2022_MODEL));
        // the water-cooled chillers run on Lei & Masanet's own regression, so their pCOP range applies
        r.add(new Range(CoolingInputs.CHILLER_COP_ADJUSTMENT.name(), Distribution.TRIANGULAR, -0.11, 0.11, false,
                LARGE_WATER_COOLED,
                Source.of("Lei & Masanet (2022) 106323: pCOP -0.11..+0.11 (hyperscale water-cooled), MODEL.md"
                        + " section 4", "2022", "medium")));
        r.add(new Range(CoolingInputs.CHILLED_WATER_PUMP_PRESSURE_PA.name(), Distribution.TRIANGULAR, 0.8, 1.2, true,
                Set.of(), LM2022_PUMPS));
        r.add(new Range(CoolingInputs.CONDENSER_PUMP_PRESSURE_PA.name(), Distribution.TRIANGULAR, 0.8, 1.2, true,
                Set.of(), LM2022_PUMPS));
        for (Input<Double> pump : List.of(CoolingInputs.CHILLED_WATER_PUMP_EFFICIENCY,
                CoolingInputs.CONDENSER_PUMP_EFFICIENCY, CoolingInputs.ECONOMISER_PUMP_EFFICIENCY,
                CoolingInputs.LIQUID_PUMP_EFFICIENCY)) {
            r.add(tri(pump, 0.6, 0.8, LM2022_MODEL));
        }
        r.add(tri(CoolingInputs.TOWER_APPROACH_K, 2.8, 6.7, LM2022_MODEL));
        r.add(tri(CoolingInputs.TOWER_RANGE_K, 4, 6, LM2022_MODEL));
        r.add(tri(CoolingInputs.TOWER_FAN_PRESSURE_PA, 100, 400, LM2022_MODEL));
        r.add(tri(CoolingInputs.TOWER_LIQUID_GAS_RATIO, 1, 3, LM2022_MODEL));
        r.add(tri(WaterInputs.CYCLES_OF_CONCENTRATION, 3, 15, LM2022_MODEL));
        r.add(tri(WaterInputs.DRIFT_FRACTION, 0.00005, 0.005,
                Source.of("MODEL.md section 4: drift 0.005-0.5% of the circulating flow", "2022", "medium")));
        r.add(tri(CoolingInputs.LIQUID_SHARE, 0.7, 0.8, Declarations.LIQUID_SHARE_SOURCE));
        r.add(new Range(CoolingInputs.SEA_TEMPERATURE_C.name(), Distribution.UNIFORM, 28.6, 29.63, false, Set.of(),
                Declarations.SEA_MALACCA));
        r.add(tri(CoolingInputs.SEA_DT_K, 5, 10, Source.of("Lei & Masanet (2020) seawater model range 5-10 K", "2020",
                "medium")));
        r.add(tri(CoolingInputs.SEA_PUMP_HEAD_M, 30, 150,
                Source.of("MODEL.md / Lei & Masanet (2020): pump head 30-150 m", "2020", "medium")));
        r.add(new Range(EconomicInputs.CONSTRUCTION_COST_USD_PER_MW.name(), Distribution.TRIANGULAR, 0.8, 1.2, true,
                Set.of(),
                Source.of("Schneider Electric capital-cost method: +-20% accuracy claimed (MODEL.md section 6)",
                        "2015", "low")));
        r.add(new Range(CarbonInputs.IT_REFRESH_YEARS.name(), Distribution.UNIFORM, 4, 6, false, Set.of(),
                Source.of("server useful lives: Amazon and Meta 5 years, Microsoft and Google 6 (company filings as"
                        + " reported); product footprints assume 4", "2024", "medium")));
        r.add(tri(EconomicInputs.BATTERY_LIFE_YEARS, 3, 6,
                Source.of("valve-regulated lead-acid UPS batteries: 3-6 years in service (vendor sources)", "2024",
                        "low")));
        return new UncertaintyRanges(r);
    }

    private static Range tri(Input<Double> input, double low, double high, Source source) {
        return new Range(input.name(), Distribution.TRIANGULAR, low, high, false, Set.of(), source);
    }

    /** Every declared range, in declaration order. */
    public List<Range> all() {
        return ranges;
    }

    /** The range of {@code input} for {@code technology}, if it is uncertain. */
    public Optional<Range> find(String input, CoolingTechnology technology) {
        return ranges.stream().filter(r -> r.input().equals(input) && r.appliesTo(technology)).findFirst();
    }

    /** Every range of {@code input}, whatever the technology (for listing). */
    public List<Range> of(String input) {
        return ranges.stream().filter(r -> r.input().equals(input)).toList();
    }

    /**
     * The ranges that matter for {@code scenario}: inputs its technology uses, that are numbers and
     * that the user did not set (a value the user gives is a decision, not an uncertainty).
     */
    public List<Range> uncertainIn(Scenario scenario) {
        CoolingTechnology technology = scenario.technology();
        Map<String, Range> chosen = new LinkedHashMap<>();
        for (Scenario.Value value : scenario.values().values()) {
            String name = value.parameter().name();
            if (!value.given() && value.parameter().isNumeric() && value.parameter().appliesTo(technology)
                    && value.parameter().relevantWhen().test(new Scenario.Partial(scenario.values()))) {
                find(name, technology).ifPresent(range -> chosen.put(name, range));
            }
        }
        return List.copyOf(chosen.values());
    }

    /**
     * These ranges with those of a CSV file put first (columns {@code input, distribution, low, high},
     * optional {@code relative} (true/false) and {@code source}): a range read from the file replaces
     * the declared one of its input for every technology.
     */
    public UncertaintyRanges withOverrides(Path csv, ParameterCatalogue catalogue) {
        List<Range> read = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setCommentMarker('#').get();
            for (CSVRecord row : format.parse(reader)) {
                read.add(overrideRow(csv, row, catalogue));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(csv + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            throw new InvalidInputException("distributions", csv + ": " + e.getMessage()
                    + "; expected columns input,distribution,low,high[,relative,source]");
        }
        List<Range> merged = new ArrayList<>(read);
        for (Range range : ranges) {
            if (read.stream().noneMatch(r -> r.input().equals(range.input()))) {
                merged.add(range);
            }
        }
        return new UncertaintyRanges(merged);
    }

    private static Range overrideRow(Path csv, CSVRecord row, ParameterCatalogue catalogue) {
        String where = csv + " line " + (row.getRecordNumber() + 1);
        String name = row.get("input");
        Parameter parameter = catalogue.find(name).filter(Parameter::isNumeric).orElseThrow(() ->
                new InvalidInputException("distributions", where + ": input '" + name + "' is not a numeric input;"
                        + " see 'parameters'"));
        Distribution distribution = Distribution.parse(row.get("distribution"), parameter.name());
        double low = number(row.get("low"), where, "low");
        double high = number(row.get("high"), where, "high");
        boolean relative = row.isMapped("relative") && row.isSet("relative")
                && Boolean.parseBoolean(row.get("relative").trim());
        String source = row.isMapped("source") && row.isSet("source") && !row.get("source").isBlank()
                ? row.get("source") : csv.getFileName() + " (user)";
        if (!(low < high)) {
            throw new InvalidInputException("distributions", where + ": low = " + Parameter.plain(low)
                    + " is not below high = " + Parameter.plain(high));
        }
        if (distribution == Distribution.LOGNORMAL && low <= 0) {
            throw new InvalidInputException("distributions", where + ": a lognormal range needs low above 0, got "
                    + Parameter.plain(low));
        }
        if (!relative && (low < parameter.min() || high > parameter.max())) {
            throw new InvalidInputException("distributions", where + ": " + parameter.name() + " range "
                    + Parameter.plain(low) + ".." + Parameter.plain(high) + " is outside " + parameter.allowed());
        }
        return new Range(parameter.name(), distribution, low, high, relative, Set.of(), Source.of(source, "",
                "user"));
    }

    private static double number(String text, String where, String column) {
        try {
            return dcplanner.text.StrictNumbers.parse(text, where + ": " + column);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("distributions", e.getMessage());
        }
    }
}
