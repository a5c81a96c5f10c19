package dcplanner.solar;

/**
 * Sky diffuse irradiance on a tilted plane by the anisotropic model of R. Perez, P. Ineichen, R. Seals,
 * J. Michalsky, R. Stewart, "Modeling daylight availability and irradiance components from direct and
 * global irradiance", Solar Energy 44(5), 271-289 (1990), with its "all sites composite" coefficients;
 * the sky model of PVWatts v5.
 *
 * <pre>
 *   sky = D [ (1 - F1) (1 + cos tilt) / 2 + F1 a / b + F2 sin tilt ]
 *   a = max(0, cos incidence), b = max(cos 85 deg, cos zenith)
 *   F1 = max(0, F11 + F12 Delta + F13 Z), F2 = F21 + F22 Delta + F23 Z   (Z zenith in radians)
 *   Delta = D m / I0                     sky brightness (m air mass, I0 extraterrestrial normal)
 *   epsilon = ((D + I) / D + k Z^3) / (1 + k Z^3), k = 1.041 rad^-3   sky clearness (I direct normal)
 * </pre>
 * Air mass: F. Kasten, "A new table and approximation formula for the relative optical air mass",
 * Arch. Meteorol. Geophys. Bioklimatol. B14, 206-223 (1966): {@code m = 1 / (cos z + 0.15 (93.885 - z)^-1.253)}.
 *
 * <p>Safeguards, none of which changes the model in its domain: no diffuse, no result (0); the sky
 * term is never negative (the fitted F1, F2 can make it so for a steep plane under a few skies); and
 * within 2.5 degrees of the horizon (zenith above 87.5) the sky is taken as isotropic, as NREL's SSC
 * implementation does, because the circumsolar term has no meaning there.
 */
public final class PerezSkyModel {

    /** Upper bounds of the sky-clearness bins 1..7; bin 8 is everything above the last. */
    private static final double[] CLEARNESS_BIN_UPPER = {1.065, 1.230, 1.500, 1.950, 2.800, 4.500, 6.200};

    /** Perez et al. (1990) "all sites composite" coefficients, per bin: F11, F12, F13, F21, F22, F23. */
    private static final double[][] COEFFICIENTS = {
        {-0.0083117, 0.5877285, -0.0620636, -0.0596012, 0.0721249, -0.0220216},
        {0.1299457, 0.6825954, -0.1513752, -0.0189325, 0.0659650, -0.0288748},
        {0.3296958, 0.4868735, -0.2210958, 0.0554140, -0.0639588, -0.0260542},
        {0.5682053, 0.1874525, -0.2951290, 0.1088631, -0.1519229, -0.0139754},
        {0.8730280, -0.3920403, -0.3616149, 0.2255647, -0.4620442, 0.0012448},
        {1.1326077, -1.2367284, -0.4118494, 0.2877813, -0.8230357, 0.0558651},
        {1.0601591, -1.5999137, -0.3589221, 0.2642124, -1.1272340, 0.1310694},
        {0.6777470, -0.3272588, -0.2504286, 0.1561313, -1.3765031, 0.2506212},
    };

    /** Perez's k for zenith in radians (1.041) converted for zenith in degrees. */
    private static final double CLEARNESS_K_PER_DEG3 = 1.041 * Math.pow(Math.PI / 180.0, 3);

    private static final double COS_85_DEG = Math.cos(Math.toRadians(85.0));

    /** Zenith above which the sky is treated as isotropic, degrees. */
    public static final double ISOTROPIC_ABOVE_ZENITH_DEG = 87.5;

    private PerezSkyModel() {
    }

    /**
     * Relative optical air mass at a zenith angle, Kasten (1966); 0 with the sun at or below the
     * formula's limit (zenith 93.885 deg).
     */
    public static double airMass(double zenithDeg) {
        if (zenithDeg >= 93.885) {
            return 0.0;
        }
        return 1.0 / (Math.cos(Math.toRadians(zenithDeg)) + 0.15 * Math.pow(93.885 - zenithDeg, -1.253));
    }

    /** Perez sky-clearness bin 1 (overcast) .. 8 (clear) for a clearness epsilon. */
    public static int clearnessBin(double clearness) {
        for (int i = 0; i < CLEARNESS_BIN_UPPER.length; i++) {
            if (clearness < CLEARNESS_BIN_UPPER[i]) {
                return i + 1;
            }
        }
        return 8;
    }

    /** Sky clearness epsilon of Perez (1990) for diffuse and direct normal irradiance, W/m2. */
    public static double clearness(double diffuseHorizontalWPerM2, double directNormalWPerM2, double zenithDeg) {
        double kz3 = CLEARNESS_K_PER_DEG3 * zenithDeg * zenithDeg * zenithDeg;
        return ((diffuseHorizontalWPerM2 + directNormalWPerM2) / diffuseHorizontalWPerM2 + kz3) / (1.0 + kz3);
    }

    /**
     * Sky diffuse irradiance on the plane, W/m2.
     *
     * @param diffuseHorizontalWPerM2 diffuse horizontal irradiance D
     * @param directNormalWPerM2      direct normal irradiance I
     * @param zenithDeg               solar (apparent) zenith angle, below 90 for a result
     * @param cosIncidence            cosine of the angle of incidence of the beam on the plane
     * @param tiltDeg                 tilt of the plane
     * @param extraterrestrialNormalWPerM2 extraterrestrial irradiance normal to the sun I0
     */
    public static double skyDiffuseWPerM2(double diffuseHorizontalWPerM2, double directNormalWPerM2,
            double zenithDeg, double cosIncidence, double tiltDeg, double extraterrestrialNormalWPerM2) {
        if (!(diffuseHorizontalWPerM2 > 0.0) || !(zenithDeg < 90.0)) {
            return 0.0;
        }
        double tiltRad = Math.toRadians(tiltDeg);
        double isotropicView = (1.0 + Math.cos(tiltRad)) / 2.0;
        if (zenithDeg > ISOTROPIC_ABOVE_ZENITH_DEG) {
            return diffuseHorizontalWPerM2 * isotropicView;
        }
        double direct = Math.max(0.0, directNormalWPerM2);
        double zenithRad = Math.toRadians(zenithDeg);
        double brightness = diffuseHorizontalWPerM2 * airMass(zenithDeg) / extraterrestrialNormalWPerM2;
        double[] f = COEFFICIENTS[clearnessBin(clearness(diffuseHorizontalWPerM2, direct, zenithDeg)) - 1];
        double f1 = Math.max(0.0, f[0] + f[1] * brightness + f[2] * zenithRad);
        double f2 = f[3] + f[4] * brightness + f[5] * zenithRad;
        double a = Math.max(0.0, cosIncidence);
        double b = Math.max(COS_85_DEG, Math.cos(zenithRad));
        double sky = diffuseHorizontalWPerM2 * ((1.0 - f1) * isotropicView + f1 * a / b + f2 * Math.sin(tiltRad));
        return Math.max(0.0, sky);
    }
}
