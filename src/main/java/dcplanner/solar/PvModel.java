package dcplanner.solar;

import dcplanner.climate.EpwLocation;
import dcplanner.climate.WeatherYear;

/**
 * Hourly AC output of a fixed-tilt PV array per kWp of DC nameplate, in the manner of PVWatts
 * version 5 (A. P. Dobos, "PVWatts Version 5 Manual", NREL/TP-6A20-62641, 2014). For every hour:
 * <ol>
 * <li>Sun position: Michalsky (1988), {@link SolarPosition}, from the weather file's own coordinates
 * and time zone, at the middle of the hour (the middle of the sunlit part at sunrise and sunset,
 * {@link SunPath}); refraction-corrected zenith for the irradiance geometry.</li>
 * <li>Plane of array: beam {@code DNI cos(theta)} (theta the angle of incidence), sky diffuse by
 * Perez (1990) ({@link PerezSkyModel}), ground reflected {@code albedo GHI (1 - cos tilt) / 2}.</li>
 * <li>Cover: the glass reflects part of the beam; the transmitted irradiance is
 * {@code POA - (1 - IAM(theta)) beam}, IAM the Fresnel transmittance of an air-glass interface
 * (n = 1.526) normalised to normal incidence, as PVWatts v5 (which neglects absorption in the glass).</li>
 * <li>Cell temperature: Sandia SAPM (King et al. 2004) from the plane-of-array irradiance, air
 * temperature and 10 m wind ({@link PvMounting}); PVWatts v5 uses the Fuentes model instead.</li>
 * <li>DC: {@code P_dc = (G_transmitted / 1000) (1 + gamma (T_cell - 25)) (1 - losses)} kW per kWp.</li>
 * <li>Inverter (PVWatts v5 part-load curve): with {@code zeta = P_dc / P_dc0},
 * {@code P_dc0 = P_ac0 / eta_nom}, {@code eta = (eta_nom / 0.9637) (-0.0162 zeta - 0.0059 / zeta + 0.9858)},
 * {@code P_ac = min(eta P_dc, P_ac0)}, never negative; {@code P_ac0 = 1 / (DC/AC ratio)}. No night-time
 * consumption.</li>
 * </ol>
 * An hour's irradiation in Wh/m2 is used as the mean irradiance in W/m2, so its AC energy in kWh per kWp
 * equals the AC power in kW per kWp. An hour whose global horizontal irradiation is zero produces
 * nothing, whatever its (possibly gap-filled) components say. Instances are immutable and thread-safe.
 */
public final class PvModel {

    /** Refractive index of the module cover glass (PVWatts v5, De Soto et al. 2006). */
    public static final double GLASS_REFRACTIVE_INDEX = 1.526;

    /** Reference efficiency of the PVWatts v5 inverter curve. */
    public static final double INVERTER_REFERENCE_EFFICIENCY = 0.9637;
    private static final double INVERTER_A = -0.0162;
    private static final double INVERTER_B = -0.0059;
    private static final double INVERTER_C = 0.9858;

    private static final double NORMAL_GLASS_TRANSMITTANCE = fresnelTransmittance(0.0, GLASS_REFRACTIVE_INDEX);

    private final PvSystem system;
    private final double cosTilt;
    private final double sinTilt;
    private final double surfaceAzimuthRad;
    private final double groundViewFactor;
    private final double acNameplateKw;
    private final double inverterDcRatingKw;
    private final double dcDerate;

    public PvModel(PvSystem system) {
        this.system = system;
        double tiltRad = Math.toRadians(system.tiltDeg());
        cosTilt = Math.cos(tiltRad);
        sinTilt = Math.sin(tiltRad);
        surfaceAzimuthRad = Math.toRadians(system.surfaceAzimuthDeg());
        groundViewFactor = (1.0 - cosTilt) / 2.0;
        acNameplateKw = system.acNameplateKwPerKwp();
        inverterDcRatingKw = acNameplateKw / system.inverterNominalEfficiency();
        dcDerate = 1.0 - system.systemLossesPct() / 100.0;
    }

    /** The PVWatts default array ({@link PvSystem#defaultsForLatitude}) at the weather file's latitude. */
    public static PvModel withDefaultsFor(WeatherYear weather) {
        return new PvModel(PvSystem.defaultsForLatitude(weather.location().latitudeDeg()));
    }

    public PvSystem system() {
        return system;
    }

    /**
     * Simulates every hour of {@code weather}. Solar geometry uses {@code weather.location()}, not the
     * coordinates of a site that borrows the file.
     */
    public PvYield simulate(WeatherYear weather) {
        return simulate(weather, 0.0);
    }

    /**
     * Simulates every hour of {@code weather} with the irradiance time base moved by
     * {@code irradianceTimeShiftHours}: the record of the hour ending at {@code h} is taken to hold the
     * irradiation of the hour ending at {@code h + shift}. Zero is the EPW convention; a file whose
     * irradiance is off that convention (see {@link SunPath#alignment}) can be corrected with the
     * best-fit shift. At most 2 hours either way.
     */
    public PvYield simulate(WeatherYear weather, double irradianceTimeShiftHours) {
        if (!(Math.abs(irradianceTimeShiftHours) <= 2.0)) {
            throw new IllegalArgumentException("irradianceTimeShiftHours must be within -2..2, was "
                    + irradianceTimeShiftHours);
        }
        EpwLocation location = weather.location();
        double latitudeDeg = location.latitudeDeg();
        double longitudeDeg = location.longitudeDeg();
        double timeZoneHours = location.timeZoneHours();
        int year = SunPath.referenceYear(weather);
        int hours = weather.hours();
        double[] acKwh = new double[hours];
        double[] sun = new double[SolarPosition.SLOTS];
        double sumAc = 0;
        double sumDc = 0;
        double sumClipped = 0;
        double sumGhi = 0;
        double sumPoa = 0;
        for (int i = 0; i < hours; i++) {
            double ghi = Math.max(0.0, weather.globalHorizontalWhM2(i));
            sumGhi += ghi;
            if (ghi <= 0.0) {
                continue;
            }
            if (!SunPath.sunlitPosition(year, SunPath.dayOfYear(weather, i),
                    weather.hourOfDay(i) + irradianceTimeShiftHours, latitudeDeg, longitudeDeg, timeZoneHours, sun)) {
                continue;
            }
            double zenithDeg = sun[SolarPosition.APPARENT_ZENITH];
            double cosIncidence = cosIncidence(zenithDeg, sun[SolarPosition.AZIMUTH]);
            double dni = Math.max(0.0, weather.directNormalWhM2(i));
            double dhi = Math.max(0.0, weather.diffuseHorizontalWhM2(i));
            double distance = sun[SolarPosition.DISTANCE];
            double beam = beam(dni, cosIncidence);
            double poa = beam + PerezSkyModel.skyDiffuseWPerM2(dhi, dni, zenithDeg, cosIncidence, system.tiltDeg(),
                    SolarPosition.SOLAR_CONSTANT_W_PER_M2 / (distance * distance)) + groundReflected(ghi);
            double transmitted = transmitted(poa, beam, cosIncidence);
            double cellC = system.mounting().cellTemperatureC(poa, weather.dryBulbC(i), weather.windSpeedMPerS(i));
            double dc = dcKwPerKwp(transmitted, cellC);
            double unclipped = unclippedAc(dc);
            double ac = Math.min(unclipped, acNameplateKw);
            acKwh[i] = ac;
            sumAc += ac;
            sumDc += dc;
            sumClipped += unclipped - ac;
            sumPoa += poa;
        }
        return new PvYield(system, weather.sourceName(), irradianceTimeShiftHours, acKwh, sumAc, sumDc, sumClipped,
                sumGhi / 1000.0, sumPoa / 1000.0);
    }

    /**
     * Irradiance on the plane of the array for one sun position and one set of horizontal and normal
     * irradiances, W/m2. An hour with no global irradiance, or a sun below the horizon, gives zeros.
     */
    public PlaneOfArray planeOfArray(SolarPosition sun, double ghiWPerM2, double dniWPerM2, double dhiWPerM2) {
        double ghi = Math.max(0.0, ghiWPerM2);
        if (ghi <= 0.0 || !sun.isAboveHorizon()) {
            return new PlaneOfArray(0, 0, 0, 0, angleOfIncidenceDeg(sun.apparentZenithDeg(), sun.azimuthDeg(),
                    system.tiltDeg(), system.surfaceAzimuthDeg()));
        }
        double cosIncidence = cosIncidence(sun.apparentZenithDeg(), sun.azimuthDeg());
        double dni = Math.max(0.0, dniWPerM2);
        double beam = beam(dni, cosIncidence);
        double sky = PerezSkyModel.skyDiffuseWPerM2(Math.max(0.0, dhiWPerM2), dni, sun.apparentZenithDeg(),
                cosIncidence, system.tiltDeg(), sun.extraterrestrialNormalWPerM2());
        double ground = groundReflected(ghi);
        double transmitted = transmitted(beam + sky + ground, beam, cosIncidence);
        return new PlaneOfArray(beam, sky, ground, transmitted, Math.toDegrees(Math.acos(cosIncidence)));
    }

    /**
     * AC power for one instant, kW per kWp DC (equal to the hour's kWh per kWp for hourly mean inputs).
     *
     * @param airTemperatureC air (dry-bulb) temperature
     * @param windSpeedMPerS  wind speed at 10 m
     */
    public double acKwPerKwp(SolarPosition sun, double ghiWPerM2, double dniWPerM2, double dhiWPerM2,
            double airTemperatureC, double windSpeedMPerS) {
        PlaneOfArray poa = planeOfArray(sun, ghiWPerM2, dniWPerM2, dhiWPerM2);
        double cellC = system.mounting().cellTemperatureC(poa.totalWPerM2(), airTemperatureC, windSpeedMPerS);
        return acFromDcKwPerKwp(dcKwPerKwp(poa.transmittedWPerM2(), cellC));
    }

    /**
     * DC power after the DC losses, kW per kWp, for the irradiance that reaches the cells (after the
     * cover loss) and a cell temperature.
     */
    public double dcKwPerKwp(double transmittedWPerM2, double cellTemperatureC) {
        double dc = transmittedWPerM2 / 1000.0 * (1.0 + system.temperatureCoefficientPerC() * (cellTemperatureC - 25.0))
                * dcDerate;
        return Math.max(0.0, dc);
    }

    /** Inverter AC output for a DC input, kW per kWp, part-load efficiency and clipping applied. */
    public double acFromDcKwPerKwp(double dcKw) {
        return Math.min(unclippedAc(dcKw), acNameplateKw);
    }

    private double unclippedAc(double dcKw) {
        if (!(dcKw > 0.0)) {
            return 0.0;
        }
        return dcKw * inverterEfficiency(dcKw / inverterDcRatingKw, system.inverterNominalEfficiency());
    }

    private double cosIncidence(double zenithDeg, double sunAzimuthDeg) {
        double zenithRad = Math.toRadians(zenithDeg);
        double cos = Math.cos(zenithRad) * cosTilt
                + Math.sin(zenithRad) * sinTilt * Math.cos(Math.toRadians(sunAzimuthDeg) - surfaceAzimuthRad);
        return Math.max(-1.0, Math.min(1.0, cos));
    }

    private static double beam(double dni, double cosIncidence) {
        return cosIncidence > 0.0 ? dni * cosIncidence : 0.0;
    }

    private double groundReflected(double ghi) {
        return system.groundAlbedo() * ghi * groundViewFactor;
    }

    private static double transmitted(double poa, double beam, double cosIncidence) {
        double modifier = coverTransmittanceModifier(Math.toDegrees(Math.acos(cosIncidence)));
        return Math.max(0.0, poa - (1.0 - modifier) * beam);
    }

    /**
     * Angle between the sun's rays and the normal of a plane, degrees (0..180):
     * {@code cos theta = cos z cos tilt + sin z sin tilt cos(sun azimuth - surface azimuth)}, azimuths
     * clockwise from north (Duffie and Beckman eq. 1.6.3 in azimuth form).
     */
    public static double angleOfIncidenceDeg(double sunZenithDeg, double sunAzimuthDeg, double tiltDeg,
            double surfaceAzimuthDeg) {
        double zenithRad = Math.toRadians(sunZenithDeg);
        double tiltRad = Math.toRadians(tiltDeg);
        double cos = Math.cos(zenithRad) * Math.cos(tiltRad) + Math.sin(zenithRad) * Math.sin(tiltRad)
                * Math.cos(Math.toRadians(sunAzimuthDeg - surfaceAzimuthDeg));
        return Math.toDegrees(Math.acos(Math.max(-1.0, Math.min(1.0, cos))));
    }

    /**
     * Transmittance of unpolarised light through one interface from air into a medium of refractive
     * index {@code n} (Fresnel equations, mean of the two polarisations, Snell's law for the refracted
     * angle): {@code 1 - [sin^2(r - i) / sin^2(r + i) + tan^2(r - i) / tan^2(r + i)] / 2}; at normal
     * incidence the limit {@code 1 - ((n - 1) / (n + 1))^2}; 0 at grazing incidence (90 degrees and
     * beyond).
     */
    public static double fresnelTransmittance(double incidenceDeg, double refractiveIndex) {
        if (!(incidenceDeg < 90.0)) {
            return 0.0;
        }
        double incidence = Math.toRadians(Math.max(0.0, incidenceDeg));
        if (incidence < 1e-6) {
            double reflectance = (refractiveIndex - 1.0) / (refractiveIndex + 1.0);
            return 1.0 - reflectance * reflectance;
        }
        double refracted = Math.asin(Math.sin(incidence) / refractiveIndex);
        double sinRatio = Math.sin(refracted - incidence) / Math.sin(refracted + incidence);
        double tanRatio = Math.tan(refracted - incidence) / Math.tan(refracted + incidence);
        return 1.0 - 0.5 * (sinRatio * sinRatio + tanRatio * tanRatio);
    }

    /**
     * Incidence angle modifier of the module glass (n = {@value #GLASS_REFRACTIVE_INDEX}): its Fresnel
     * transmittance at {@code incidenceDeg} over that at normal incidence, 1 at 0 degrees, 0 at 90.
     */
    public static double coverTransmittanceModifier(double incidenceDeg) {
        // at most 1: near normal incidence the ratio can exceed it by rounding
        return Math.min(1.0, fresnelTransmittance(incidenceDeg, GLASS_REFRACTIVE_INDEX) / NORMAL_GLASS_TRANSMITTANCE);
    }

    /**
     * PVWatts v5 inverter efficiency at a DC input {@code loadFraction} = P_dc / P_dc0 of the inverter's
     * DC rating P_dc0 = P_ac0 / eta_nom: {@code (eta_nom / 0.9637) (-0.0162 zeta - 0.0059 / zeta + 0.9858)},
     * equal to eta_nom at full load; 0 for no input (never negative).
     */
    public static double inverterEfficiency(double loadFraction, double nominalEfficiency) {
        if (!(loadFraction > 0.0)) {
            return 0.0;
        }
        double efficiency = nominalEfficiency / INVERTER_REFERENCE_EFFICIENCY
                * (INVERTER_A * loadFraction + INVERTER_B / loadFraction + INVERTER_C);
        return Math.max(0.0, efficiency);
    }

    /**
     * Irradiance on the plane of the array, W/m2.
     *
     * @param beamWPerM2           direct beam on the plane
     * @param skyDiffuseWPerM2     diffuse from the sky (Perez)
     * @param groundReflectedWPerM2 reflected by the ground
     * @param transmittedWPerM2    what passes the cover glass (the total less the beam's reflection loss)
     * @param incidenceDeg         angle of incidence of the beam
     */
    public record PlaneOfArray(double beamWPerM2, double skyDiffuseWPerM2, double groundReflectedWPerM2,
            double transmittedWPerM2, double incidenceDeg) {

        /** Total plane-of-array irradiance before the cover loss. */
        public double totalWPerM2() {
            return beamWPerM2 + skyDiffuseWPerM2 + groundReflectedWPerM2;
        }
    }
}
