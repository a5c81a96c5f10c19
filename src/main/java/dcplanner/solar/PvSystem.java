package dcplanner.solar;

/**
 * Design of a fixed-tilt photovoltaic array, per kWp of DC nameplate (PVWatts version 5 inputs:
 * A. P. Dobos, "PVWatts Version 5 Manual", NREL/TP-6A20-62641, 2014).
 *
 * @param tiltDeg                     tilt of the modules from horizontal, 0..90
 * @param surfaceAzimuthDeg           direction the modules face, degrees clockwise from north (180 = south)
 * @param dcAcRatio                   DC nameplate over inverter AC nameplate; above 1 the inverter clips
 * @param inverterNominalEfficiency   inverter efficiency at its rated power, 0..1 (PVWatts default 0.96)
 * @param systemLossesPct             DC losses ahead of the inverter, percent (PVWatts default 14.08)
 * @param temperatureCoefficientPerC  relative power change per C of cell temperature above 25 C
 * @param groundAlbedo                ground reflectance for the reflected irradiance, 0..1
 * @param mounting                    module construction and mounting, for the cell temperature
 */
public record PvSystem(double tiltDeg, double surfaceAzimuthDeg, double dcAcRatio, double inverterNominalEfficiency,
        double systemLossesPct, double temperatureCoefficientPerC, double groundAlbedo, PvMounting mounting) {

    /**
     * Smallest default tilt, degrees: near the equator the latitude tilt would leave the modules flat,
     * where rain no longer washes them and water stands on the frames. 10 degrees is the usual design
     * floor for self-cleaning (a rule of practice, not a PVWatts default; the 2 % soiling allowance in
     * the default losses presumes it).
     */
    public static final double MIN_DEFAULT_TILT_DEG = 10.0;

    /**
     * DC/AC ratio of NREL's SSC {@code pvwattsv5} compute module (its default). The PVWatts web calculator
     * is reported to default to 1.2; that figure was not verified against NREL documentation.
     */
    public static final double DEFAULT_DC_AC_RATIO = 1.1;

    /** Inverter nominal efficiency, PVWatts v5 default. */
    public static final double DEFAULT_INVERTER_EFFICIENCY = 0.96;

    /** Power temperature coefficient of a PVWatts "standard" (crystalline silicon) module, per C. */
    public static final double STANDARD_MODULE_TEMPERATURE_COEFFICIENT_PER_C = -0.0047;

    /** PVWatts v5 default ground albedo. */
    public static final double DEFAULT_ALBEDO = 0.2;

    /*
     * PVWatts v5 default loss categories, percent (Dobos 2014 table of default losses, as listed in the
     * pvlib {@code pvwatts_losses} documentation): soiling 2, shading 3, snow 0, mismatch 2, wiring 2,
     * connections 0.5, light-induced degradation 1.5, nameplate rating 1, age 0, availability 3.
     */
    private static final double[] DEFAULT_LOSS_COMPONENTS_PCT = {2, 3, 0, 2, 2, 0.5, 1.5, 1, 0, 3};

    /** The combined default loss, percent: 14.08 (the "14 %" of the PVWatts calculator). */
    public static final double DEFAULT_SYSTEM_LOSSES_PCT = combinedLossesPct(DEFAULT_LOSS_COMPONENTS_PCT);

    public PvSystem {
        check(tiltDeg >= 0 && tiltDeg <= 90, "tiltDeg must be 0..90, was " + tiltDeg);
        check(surfaceAzimuthDeg >= 0 && surfaceAzimuthDeg <= 360,
                "surfaceAzimuthDeg must be 0..360, was " + surfaceAzimuthDeg);
        check(dcAcRatio >= 0.5 && dcAcRatio <= 3, "dcAcRatio must be 0.5..3, was " + dcAcRatio);
        check(inverterNominalEfficiency > 0.5 && inverterNominalEfficiency <= 0.995,
                "inverterNominalEfficiency must be above 0.5 and at most 0.995, was " + inverterNominalEfficiency);
        check(systemLossesPct >= 0 && systemLossesPct < 100, "systemLossesPct must be 0..<100, was "
                + systemLossesPct);
        check(temperatureCoefficientPerC >= -0.02 && temperatureCoefficientPerC <= 0,
                "temperatureCoefficientPerC must be -0.02..0, was " + temperatureCoefficientPerC);
        check(groundAlbedo >= 0 && groundAlbedo <= 1, "groundAlbedo must be 0..1, was " + groundAlbedo);
        check(mounting != null, "mounting is required");
    }

    /**
     * The PVWatts v5 defaults for an array at {@code latitudeDeg}: tilt equal to the latitude but at least
     * {@value #MIN_DEFAULT_TILT_DEG} degrees, facing the equator (south in the northern hemisphere, north
     * in the southern), DC/AC 1.1, inverter 96 %, losses 14.08 %, standard module (-0.47 %/C), albedo
     * 0.2, glass/polymer module on an open rack.
     */
    public static PvSystem defaultsForLatitude(double latitudeDeg) {
        double tilt = Math.min(90.0, Math.max(MIN_DEFAULT_TILT_DEG, Math.abs(latitudeDeg)));
        double azimuth = latitudeDeg >= 0 ? 180.0 : 0.0;
        return new PvSystem(tilt, azimuth, DEFAULT_DC_AC_RATIO, DEFAULT_INVERTER_EFFICIENCY,
                DEFAULT_SYSTEM_LOSSES_PCT, STANDARD_MODULE_TEMPERATURE_COEFFICIENT_PER_C, DEFAULT_ALBEDO,
                PvMounting.OPEN_RACK_GLASS_POLYMER);
    }

    /**
     * The PVWatts v5 default loss categories, percent, in the order soiling, shading, snow, mismatch,
     * wiring, connections, light-induced degradation, nameplate rating, age, availability (a copy).
     */
    public static double[] defaultLossComponentsPct() {
        return DEFAULT_LOSS_COMPONENTS_PCT.clone();
    }

    /**
     * Combined loss of independent loss categories, percent: {@code 100 [1 - prod(1 - L_i / 100)]}
     * (Dobos 2014).
     */
    public static double combinedLossesPct(double... componentLossesPct) {
        double remaining = 1.0;
        for (double loss : componentLossesPct) {
            remaining *= 1.0 - loss / 100.0;
        }
        return 100.0 * (1.0 - remaining);
    }

    /** Inverter AC nameplate per kWp of DC nameplate, kW. */
    public double acNameplateKwPerKwp() {
        return 1.0 / dcAcRatio;
    }

    public PvSystem withTiltDeg(double newTiltDeg) {
        return new PvSystem(newTiltDeg, surfaceAzimuthDeg, dcAcRatio, inverterNominalEfficiency, systemLossesPct,
                temperatureCoefficientPerC, groundAlbedo, mounting);
    }

    public PvSystem withDcAcRatio(double newDcAcRatio) {
        return new PvSystem(tiltDeg, surfaceAzimuthDeg, newDcAcRatio, inverterNominalEfficiency, systemLossesPct,
                temperatureCoefficientPerC, groundAlbedo, mounting);
    }

    public PvSystem withSystemLossesPct(double newSystemLossesPct) {
        return new PvSystem(tiltDeg, surfaceAzimuthDeg, dcAcRatio, inverterNominalEfficiency, newSystemLossesPct,
                temperatureCoefficientPerC, groundAlbedo, mounting);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
