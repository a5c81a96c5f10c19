package dcplanner.energy;

import dcplanner.climate.Psychrometrics;
import dcplanner.climate.SiteClimate;

/**
 * Lei and Masanet's two published parameter vectors (MODEL.md section 4: the air-side economiser
 * with adiabatic assist, AE, and the water-side economiser with a water-cooled chiller, WEC), set
 * up as their model runs them over a year: IT 1 kW every hour, their regression with a fixed part
 * load and pCOP, no warm-water credit, fans and pumps in proportion to the load, and the weather
 * from the EPW dry bulb, relative humidity and pressure (fields 7, 9, 10), as their code reads it.
 */
final class LeiMasanetConfigurations {

    /** Their annual PUE (mean of hourly PUE) computed with their published code, as given in issue 7. */
    record Published(String siteId, double airsideEconomiser, double waterSideEconomiser) {
    }

    static final Published[] PUBLISHED = {
        new Published("singapore", 1.21924, 1.33155),
        new Published("bangkok", 1.16802, 1.32631),
        new Published("johor-bahru", 1.25112, 1.32436),
        new Published("hanoi", 1.17077, 1.25961),
    };

    static final double PART_LOAD = 0.224023438;
    static final double P_COP = 0.105488281;
    /** Highest relative humidity of their economiser air (issue 7: outdoor enthalpy below the supply air at 80 % RH). */
    static final double ECONOMISER_RH_MAX = 0.80;
    /** Dew point limit set out of the way, as their economiser applies none in economiser hours. */
    static final double ECONOMISER_DEW_POINT_MAX_C = 27.0;

    private LeiMasanetConfigurations() {
    }

    /** Their AE vector; {@code rhMax} and {@code dewPointMaxC} set the supply humidity limits. */
    static FacilityDesign airsideEconomiser(double rhMax, double dewPointMaxC) {
        CoolingDesign cooling = new CoolingDesign(CoolingTechnology.AIRSIDE_ECONOMISER_ADIABATIC,
                new CoolingDesign.AirSide(34.1953125, 10.3671875, 14.7840712, 685.058594, 0.829931641, 0.97,
                        dewPointMaxC, -10.4970703, rhMax, 0.0901953125, 1.0, 7315820.31, 0.704492187),
                new CoolingDesign.ChilledWater(6.91894531, 0.8, 146519.937, 0.790039062, 146519.937, 0.790039062,
                        2.0),
                new CoolingDesign.Chiller(PART_LOAD, P_COP, Double.NaN, 0.0, 0.0),
                new CoolingDesign.Tower(6.33818359, 4.28710938, 203.417969, 0.897802734, 1.11914062, 212001.820,
                        0.716601562, 9, 0),
                null, null);
        return new FacilityDesign(EnergyFixtures.oneKilowattIt(),
                EnergyFixtures.leiMasanetElectrical(0.980302734, 0.00560546875, 0.00181445313), cooling);
    }

    /** Their WEC vector. */
    static FacilityDesign waterSideEconomiser() {
        CoolingDesign cooling = new CoolingDesign(CoolingTechnology.WATER_COOLED_CHILLER_WSE,
                new CoolingDesign.AirSide(27.3671875, 18, 18.8856337, 416.992188, 0.713720703, 0.986289063, 15, -9,
                        0.6, 0.08, 0.85, 6500976.56, 0.674023438),
                new CoolingDesign.ChilledWater(7.50488281, 0.816601563, 171884.552, 0.745117188, 156284.191,
                        0.668945312, 2.29404297),
                new CoolingDesign.Chiller(PART_LOAD, P_COP, Double.NaN, 0.0, 0.0),
                new CoolingDesign.Tower(6.50576172, 4.13867188, 148.339844, 0.745947266, 1.11914062, 210534.680,
                        0.709960938, 9, 0),
                null, null);
        return new FacilityDesign(EnergyFixtures.oneKilowattIt(),
                EnergyFixtures.leiMasanetElectrical(0.980302734, 0.00560546875, 0.00181445313), cooling);
    }

    /** The site's year with the dew point taken from the EPW relative humidity (their inputs). */
    static SiteClimate fromRelativeHumidity(SiteClimate site) {
        return EnergyFixtures.changed(site, site.weather().sourceName(), (weather, i) -> {
            double dryBulb = weather.dryBulbC(i);
            double rh = Math.min(100.0, Math.max(1.0, weather.relativeHumidityPct(i))) / 100.0;
            return new double[] {dryBulb,
                Psychrometrics.dewPointFromVapourPressure(rh * Psychrometrics.saturationPressurePa(dryBulb))};
        });
    }

    /**
     * Hours their economiser admits outdoor air, by their rule as issue 7 states it: outdoor enthalpy
     * below that of the supply air at its highest temperature and 80 % RH (no partial mode); counted
     * here directly from the weather, independently of the plant model.
     */
    static int economiserHoursByTheirRule(SiteClimate climate, double supplyMaxC) {
        int hours = 0;
        for (int i = 0; i < climate.weather().hours(); i++) {
            double p = climate.stationPressurePa(i);
            double limitW = Psychrometrics.humidityRatioFromRelativeHumidity(supplyMaxC, ECONOMISER_RH_MAX, p);
            if (climate.enthalpyJPerKg(i) < Psychrometrics.enthalpyJPerKg(supplyMaxC, limitW)) {
                hours++;
            }
        }
        return hours;
    }
}
