package dcplanner.energy;

import dcplanner.climate.EpwLocation;
import dcplanner.climate.Psychrometrics;
import dcplanner.climate.Site;
import dcplanner.climate.SiteClimate;
import dcplanner.climate.WeatherYear;

/** Designs and single-hour climates for energy-model tests. */
final class EnergyFixtures {

    private EnergyFixtures() {
    }

    /** One hour of weather at {@code dryBulbC}, relative humidity {@code rh} (0..1), {@code pressurePa}. */
    static SiteClimate oneHour(double dryBulbC, double rh, double pressurePa) {
        double dewPoint = Psychrometrics.dewPointFromVapourPressure(rh * Psychrometrics.saturationPressurePa(dryBulbC));
        WeatherYear weather = WeatherYear.of("one-hour", new EpwLocation("Test", "", "XXX", "test", "0", 0, 0, 0, 0),
                new int[] {1}, new int[] {1}, new int[] {12}, new double[] {dryBulbC}, new double[] {dewPoint},
                new double[] {pressurePa});
        Site site = new Site("test", "Test", "XXX", "Test", 0, 0, 0, 0, "one-hour", "test", "test", "", "", "", "");
        return SiteClimate.of(site, weather);
    }

    /** A constant-efficiency power chain as Lei and Masanet model it (no redundancy, no transformer). */
    static ElectricalDesign leiMasanetElectrical(double upsEfficiency, double distributionLoss, double lighting) {
        return new ElectricalDesign(new LossCoefficients(0, 1 / upsEfficiency - 1, 0), 1.0, distributionLoss,
                LossCoefficients.NONE, lighting, 0);
    }

    /** 1 kW of IT at full load, no server-fan model (Lei and Masanet's IT load). */
    static ItLoad oneKilowattIt() {
        return new ItLoad(1.0, 1.0, ItLoad.flatProfile(), 0, 0, 27);
    }

    /** New dry bulb and dew point (C) of hour {@code i} of a weather year. */
    interface HourChange {
        double[] dryBulbAndDewPoint(WeatherYear weather, int i);
    }

    /** The same year, dates and pressures with each hour's dry bulb and dew point changed by {@code change}. */
    static SiteClimate changed(SiteClimate base, String name, HourChange change) {
        WeatherYear weather = base.weather();
        int n = weather.hours();
        int[] month = new int[n];
        int[] day = new int[n];
        int[] hour = new int[n];
        double[] dryBulb = new double[n];
        double[] dewPoint = new double[n];
        double[] pressure = new double[n];
        for (int i = 0; i < n; i++) {
            month[i] = weather.month(i);
            day[i] = weather.day(i);
            hour[i] = weather.hourOfDay(i);
            double[] state = change.dryBulbAndDewPoint(weather, i);
            dryBulb[i] = state[0];
            dewPoint[i] = Math.min(state[1], state[0]);
            pressure[i] = weather.stationPressurePa(i);
        }
        return SiteClimate.of(base.site(), WeatherYear.of(name, weather.location(), month, day, hour, dryBulb,
                dewPoint, pressure));
    }
}
