package dcplanner.policy;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import dcplanner.energy.EnergyResult;
import dcplanner.scenario.Evaluation;

/**
 * The quantities policy limits are set on, read from an {@link Evaluation}. PUE and WUE can be read
 * at a fixed IT load (the runs at 25/50/75/100% of capacity that evaluate makes); the others are
 * annual or design values.
 */
public enum PolicyMetric {
    /** facility over IT energy (ISO/IEC 30134-2) */
    PUE("pue", "", true, "annual"),
    /** site water per IT kWh, L/kWh (ISO/IEC 30134-9) */
    WUE("wue", "L/kWh", true, "annual"),
    /** IT inlet (supply) air temperature set point, C */
    SUPPLY_AIR_C("supply_air_c", "C", false, "set point"),
    /**
     * renewable share of the facility's energy: on-site PV used, PPAs and certificates over facility
     * energy (the REF of ISO/IEC 30134-3, capped at 1)
     */
    GREEN_ENERGY_SHARE("green_energy_share", "", false, "annual"),
    /** energy reuse factor (ISO/IEC 30134-6) */
    ERF("erf", "", false, "annual");

    private final String id;
    private final String unit;
    private final boolean hasLoadPoints;
    private final String basis;

    PolicyMetric(String id, String unit, boolean hasLoadPoints, String basis) {
        this.id = id;
        this.unit = unit;
        this.hasLoadPoints = hasLoadPoints;
        this.basis = basis;
    }

    /** What the value is when no load point is given: {@code annual}, or {@code set point} for a design input. */
    public String basis() {
        return basis;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    /** Whether the metric can be read at a fixed IT load. */
    public boolean hasLoadPoints() {
        return hasLoadPoints;
    }

    /** The scenario's value of this metric, annual or at the given IT load. */
    public double valueOf(Evaluation e, OptionalInt loadPointPercent) {
        EnergyResult energy = loadPointPercent.isPresent() ? e.atLoadPercent().get(loadPointPercent.getAsInt())
                : e.energy();
        if (energy == null) {
            throw new IllegalArgumentException("no run at " + loadPointPercent.getAsInt() + "% IT load");
        }
        return switch (this) {
            case PUE -> energy.pue();
            case WUE -> energy.wueLitresPerKwh();
            case SUPPLY_AIR_C -> e.scenario().number("supply_air_c");
            case GREEN_ENERGY_SHARE -> e.carbon().renewableEnergyFactor();
            case ERF -> e.carbon().energyReuseFactor();
        };
    }

    public static PolicyMetric fromId(String text) {
        for (PolicyMetric m : values()) {
            if (m.id.equals(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("metric '" + text + "' is not allowed; allowed: "
                + Arrays.stream(values()).map(PolicyMetric::id).collect(Collectors.joining(", ")));
    }
}
