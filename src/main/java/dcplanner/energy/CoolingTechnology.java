package dcplanner.energy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The eight cooling technologies of the model, by the id used on the command line and in CSV. */
public enum CoolingTechnology {
    /** CRAH units on chilled water from air-cooled chillers (condenser fans inside the chiller COP). */
    AIR_COOLED_CHILLER("air-cooled-chiller"),
    /** CRAH units on chilled water from water-cooled chillers with cooling towers. */
    WATER_COOLED_CHILLER("water-cooled-chiller"),
    /** As water-cooled-chiller, plus a plate heat exchanger that cools the chilled water from the towers. */
    WATER_COOLED_CHILLER_WSE("water-cooled-chiller-wse"),
    /** Outdoor air supplied directly, cooled adiabatically when needed; water-cooled chiller for the rest. */
    AIRSIDE_ECONOMISER_ADIABATIC("airside-economiser-adiabatic"),
    /** Packaged direct-expansion computer-room air conditioners with air-cooled condensers. */
    DX_CRAC("dx-crac"),
    /** Cold plates take a share of IT heat to a warm-water loop; the rest is air-cooled by CRAHs. */
    DIRECT_LIQUID_COOLING("direct-liquid-cooling"),
    /** Single-phase immersion: all IT heat to liquid, server fans removed. */
    IMMERSION("immersion"),
    /** Chilled-water plant whose condensers and economiser heat exchanger use sea water. */
    SEAWATER("seawater");

    private final String id;

    CoolingTechnology(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True for plants whose heat leaves through cooling towers by default (they evaporate water). */
    public boolean usesTowers() {
        return this == WATER_COOLED_CHILLER || this == WATER_COOLED_CHILLER_WSE || this == AIRSIDE_ECONOMISER_ADIABATIC
                || this == DIRECT_LIQUID_COOLING || this == IMMERSION;
    }

    public boolean isLiquidCooled() {
        return this == DIRECT_LIQUID_COOLING || this == IMMERSION;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(CoolingTechnology::id).toList();
    }

    public static CoolingTechnology fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (CoolingTechnology technology : values()) {
            if (technology.id.equals(wanted)) {
                return technology;
            }
        }
        throw new IllegalArgumentException("cooling = '" + id + "' is not a known technology; allowed: "
                + String.join(", ", ids()));
    }
}
