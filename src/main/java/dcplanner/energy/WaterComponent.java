package dcplanner.energy;

/** Site water use, by where it goes (ISO/IEC 30134-9 site water: all of them). */
public enum WaterComponent {
    EVAPORATION("evaporation", "Cooling tower evaporation"),
    DRIFT("drift", "Cooling tower drift"),
    BLOWDOWN("blowdown", "Cooling tower blowdown"),
    ADIABATIC("adiabatic", "Adiabatic (evaporative) air cooling"),
    HUMIDIFIER("humidifier", "Humidifier");

    private final String key;
    private final String label;

    WaterComponent(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
