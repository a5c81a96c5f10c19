package dcplanner.energy;

/**
 * The parts facility energy is reported in. They add up to the facility total exactly: every
 * kWh the simulation counts lands in one of them.
 */
public enum EnergyComponent {
    IT("it", "IT equipment", Category.IT),
    UPS_LOSS("ups_loss", "UPS losses", Category.POWER),
    DISTRIBUTION_LOSS("distribution_loss", "Distribution (PDU, cabling) losses", Category.POWER),
    TRANSFORMER_LOSS("transformer_loss", "Transformer losses", Category.POWER),
    LIGHTING("lighting", "Lighting", Category.OTHER),
    MISC("misc", "Miscellaneous loads", Category.OTHER),
    AIR_HANDLER_FANS("air_handler_fans", "CRAH/CRAC fans", Category.COOLING),
    COMPRESSORS("compressors", "Chiller and DX compressors", Category.COOLING),
    CHILLED_WATER_PUMPS("chilled_water_pumps", "Chilled and economiser water pumps", Category.COOLING),
    CONDENSER_PUMPS("condenser_pumps", "Condenser (tower or sea) water pumps", Category.COOLING),
    HEAT_REJECTION_FANS("heat_rejection_fans", "Cooling tower and dry cooler fans", Category.COOLING),
    LIQUID_COOLING_PUMPS("liquid_cooling_pumps", "Liquid cooling loop pumps", Category.COOLING),
    HUMIDIFICATION("humidification", "Humidifier and adiabatic spray pumps", Category.COOLING);

    /** What a component counts towards: IT, the power chain (pPUE of power), cooling, or other. */
    public enum Category { IT, POWER, COOLING, OTHER }

    private final String key;
    private final String label;
    private final Category category;

    EnergyComponent(String key, String label, Category category) {
        this.key = key;
        this.label = label;
        this.category = category;
    }

    /** Output key stem: {@code <key>_mwh}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Category category() {
        return category;
    }
}
