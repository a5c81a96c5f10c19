package dcplanner.climate;

import java.util.ArrayList;
import java.util.List;

/**
 * A site with its weather year and the psychrometric state of every hour, computed once and
 * shared by every scenario on that site (ASHRAE Handbook Fundamentals 2017 ch.1; wet bulb at each
 * hour's station pressure).
 */
public final class SiteClimate {

    private final Site site;
    private final WeatherYear weather;
    private final double[] humidityRatio;
    private final double[] wetBulbC;
    private final double[] enthalpyJPerKg;
    private final double[] densityKgPerM3;
    private final double[] saturationPressurePa;
    private final double[] specificVolumeM3PerKg;
    private final double[] vapourPressurePa;

    private SiteClimate(Site site, WeatherYear weather) {
        this.site = site;
        this.weather = weather;
        int n = weather.hours();
        humidityRatio = new double[n];
        wetBulbC = new double[n];
        enthalpyJPerKg = new double[n];
        densityKgPerM3 = new double[n];
        saturationPressurePa = new double[n];
        specificVolumeM3PerKg = new double[n];
        vapourPressurePa = new double[n];
        for (int i = 0; i < n; i++) {
            double t = weather.dryBulbC(i);
            double p = weather.stationPressurePa(i);
            double dewPoint = weather.dewPointC(i);
            double pw = Psychrometrics.saturationPressurePa(dewPoint);
            double w = Psychrometrics.humidityRatioFromVapourPressure(pw, p);
            vapourPressurePa[i] = pw;
            humidityRatio[i] = w;
            wetBulbC[i] = Psychrometrics.wetBulb(t, w, p, dewPoint);
            enthalpyJPerKg[i] = Psychrometrics.enthalpyJPerKg(t, w);
            densityKgPerM3[i] = Psychrometrics.densityKgPerM3(t, w, p);
            saturationPressurePa[i] = Psychrometrics.saturationPressurePa(t);
            specificVolumeM3PerKg[i] = Psychrometrics.specificVolumeM3PerKg(t, w, p);
        }
    }

    /** Computes the hourly psychrometric state of {@code weather} for {@code site}. */
    public static SiteClimate of(Site site, WeatherYear weather) {
        return new SiteClimate(site, weather);
    }

    public Site site() {
        return site;
    }

    public WeatherYear weather() {
        return weather;
    }

    public int hours() {
        return weather.hours();
    }

    public double dryBulbC(int i) {
        return weather.dryBulbC(i);
    }

    public double dewPointC(int i) {
        return weather.dewPointC(i);
    }

    public double stationPressurePa(int i) {
        return weather.stationPressurePa(i);
    }

    /** Humidity ratio, kg water per kg dry air. */
    public double humidityRatio(int i) {
        return humidityRatio[i];
    }

    public double wetBulbC(int i) {
        return wetBulbC[i];
    }

    /** Moist-air enthalpy, J per kg dry air. */
    public double enthalpyJPerKg(int i) {
        return enthalpyJPerKg[i];
    }

    /** Moist-air density, kg/m3. */
    public double densityKgPerM3(int i) {
        return densityKgPerM3[i];
    }

    /** Partial pressure of water vapour in the outdoor air, Pa. */
    public double vapourPressurePa(int i) {
        return vapourPressurePa[i];
    }

    /** Outdoor moist-air specific volume, m3 per kg dry air. */
    public double specificVolumeM3PerKg(int i) {
        return specificVolumeM3PerKg[i];
    }

    /** Saturation vapour pressure at the outdoor dry bulb, Pa. */
    public double saturationPressurePa(int i) {
        return saturationPressurePa[i];
    }

    /** What a reader of any result of this site must be told: proxy climate, filled gaps. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        site.proxyWarning().ifPresent(warnings::add);
        for (GapFill fill : weather.gapFills()) {
            warnings.add("weather file: " + fill.describe());
        }
        return warnings;
    }
}
