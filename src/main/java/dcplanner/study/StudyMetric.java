package dcplanner.study;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import dcplanner.energy.EnergyComponent;
import dcplanner.scenario.Evaluation;

/**
 * The results a study reports for every scenario it runs, with the same keys (and units) as
 * {@code evaluate}'s JSON and CSV.
 */
public enum StudyMetric {
    PUE("pue", "PUE (annual)", "", 3, e -> e.energy().pue()),
    PUE_AT_25PCT_LOAD("pue_at_25pct_load", "PUE at 25% IT load", "", 3, e -> e.pueAtLoad(25)),
    PUE_AT_100PCT_LOAD("pue_at_100pct_load", "PUE at 100% IT load", "", 3, e -> e.pueAtLoad(100)),
    WUE("wue_l_per_kwh", "WUE (site)", "L/kWh", 3, e -> e.energy().wueLitresPerKwh()),
    CUE("cue_kg_per_kwh", "CUE", "kg/kWh", 3, e -> e.carbon().cueKgPerKwh()),
    REF("ref", "REF (renewable energy factor)", "", 3, e -> e.carbon().renewableEnergyFactor()),
    ERF("erf", "ERF (energy reuse factor)", "", 3, e -> e.carbon().energyReuseFactor()),
    PEAK_FACILITY_KW("peak_facility_kw", "Peak facility power", "kW", 0, e -> e.energy().peakFacilityKw()),
    COOLING_ENERGY_MWH("cooling_energy_mwh", "Cooling energy", "MWh", 1, e -> e.energy().coolingKwh() / 1000),
    COMPRESSOR_ENERGY_MWH("energy_compressors_mwh", "Compressor energy", "MWh", 1,
            e -> e.energy().energyKwh(EnergyComponent.COMPRESSORS) / 1000),
    CO2_LIFECYCLE_T("co2_lifecycle_t", "CO2e life cycle", "t", 0, e -> e.lifecycle().lifecycleCo2T()),
    TCO_NPV_USD("tco_npv_usd", "Total cost of ownership (NPV)", "USD", 0, e -> e.lifecycle().tcoNpvUsd());

    /** The metrics a tornado is drawn for (issue 14: PUE, WUE, CUE and TCO). */
    public static final List<StudyMetric> TORNADO = List.of(PUE, WUE, CUE, TCO_NPV_USD);

    /** The headline metrics summarised by the Monte Carlo study. */
    public static final List<StudyMetric> HEADLINE = List.of(PUE, PUE_AT_25PCT_LOAD, PUE_AT_100PCT_LOAD, WUE, CUE,
            REF, PEAK_FACILITY_KW, CO2_LIFECYCLE_T, TCO_NPV_USD);

    private final String key;
    private final String label;
    private final String unit;
    private final int decimals;
    private final ToDoubleFunction<Evaluation> getter;

    StudyMetric(String key, String label, String unit, int decimals, ToDoubleFunction<Evaluation> getter) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.decimals = decimals;
        this.getter = getter;
    }

    /** JSON key and CSV column, with the unit in it. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Decimals a reader needs (data formats keep two more). */
    public int decimals() {
        return decimals;
    }

    /** Label with the unit in brackets, for tables and chart axes. */
    public String labelWithUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    public double of(Evaluation evaluation) {
        return getter.applyAsDouble(evaluation);
    }

    /** The metric with this key; the message lists the valid keys. */
    public static StudyMetric byKey(String key) {
        for (StudyMetric metric : values()) {
            if (metric.key.equalsIgnoreCase(key.trim()) || metric.name().equalsIgnoreCase(key.trim())) {
                return metric;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (StudyMetric metric : values()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(metric.key);
        }
        throw new IllegalArgumentException("metric '" + key + "' is not known; valid: " + valid
                .toString().toLowerCase(Locale.ROOT));
    }
}
