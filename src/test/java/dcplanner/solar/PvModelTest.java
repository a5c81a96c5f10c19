package dcplanner.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dcplanner.climate.WeatherYear;

/** PVWatts v5 building blocks against published values, and the physical limits of the chain. */
class PvModelTest {

    private static final PvModel SINGAPORE_DEFAULT = new PvModel(PvSystem.defaultsForLatitude(1.3678));

    // ---- angle of incidence

    @Test
    void angleOfIncidenceOfDuffieAndBeckmanExample161() {
        // Duffie and Beckman, Solar Engineering of Thermal Processes, Example 1.6.1: Madison (43 N),
        // 13 February 10:30 solar time (declination -14, hour angle -22.5), surface tilted 45 degrees and
        // facing 15 degrees west of south: cos(theta) = 0.817, theta = 35 degrees
        double zenith = SolarPosition.zenithDeg(43, -14, -22.5);
        double azimuth = SolarPosition.azimuthDeg(43, -14, -22.5);
        double incidence = PvModel.angleOfIncidenceDeg(zenith, azimuth, 45, 180 + 15);
        assertThat(Math.cos(Math.toRadians(incidence))).isCloseTo(0.817, within(0.001));
        assertThat(incidence).isCloseTo(35.0, within(0.5));
    }

    @Test
    void angleOfIncidenceOfTheSpaWorkedExample() {
        // NREL/TP-560-34302 Table A5.1: zenith 50.11162, azimuth 194.34024, surface slope 30 degrees,
        // azimuth rotation -10 degrees (10 east of south = 170 from north): incidence 25.18700
        assertThat(PvModel.angleOfIncidenceDeg(50.11162, 194.34024, 30, 170)).isCloseTo(25.18700, within(5e-4));
    }

    // ---- cover glass

    @Test
    void fresnelTransmittanceAtNormalIncidence() {
        // normal-incidence reflectance of an interface ((n - 1) / (n + 1))^2 (Fresnel; Duffie and
        // Beckman ch. 5): window glass n = 1.5 reflects 4 %
        assertThat(PvModel.fresnelTransmittance(0, 1.5)).isCloseTo(0.96, within(1e-12));
        double r = (1.526 - 1) / (1.526 + 1);
        assertThat(PvModel.fresnelTransmittance(0, PvModel.GLASS_REFRACTIVE_INDEX)).isCloseTo(1 - r * r, within(1e-12))
                .isCloseTo(0.956638, within(1e-6));
        // the oblique formula tends to the same limit
        assertThat(PvModel.fresnelTransmittance(0.01, 1.526)).isCloseTo(1 - r * r, within(1e-7));
    }

    @Test
    void fresnelReflectanceAtAnObliqueAngle() {
        // published problem (PCSCC FormCalc optics library, "reflectance of natural light at an
        // interface"): n = 1.61, incidence 75 degrees -> reflectance 27.1 %
        assertThat(1 - PvModel.fresnelTransmittance(75, 1.61)).isCloseTo(0.271, within(0.0006));
    }

    @Test
    void coverModifierIsOneAtNormalIncidenceZeroAtGrazingAndFallsInBetween() {
        assertThat(PvModel.coverTransmittanceModifier(0)).isEqualTo(1.0);
        assertThat(PvModel.coverTransmittanceModifier(90)).isEqualTo(0.0);
        assertThat(PvModel.coverTransmittanceModifier(120)).isEqualTo(0.0);
        double previous = 1.0;
        for (double angle = 0.5; angle < 90; angle += 0.5) {
            double modifier = PvModel.coverTransmittanceModifier(angle);
            assertThat(modifier).isFinite().isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            previous = modifier;
        }
    }

    // ---- inverter, losses, temperature

    /**
     * PVWatts v5 inverter curve, eta = (eta_nom / 0.9637)(-0.0162 z - 0.0059 / z + 0.9858) with the
     * coefficients published by NREL SSC pvwattsv5 and the pvlib inverter.pvwatts documentation;
     * expected values worked from that formula by hand (0.96 exactly at rated load).
     */
    @ParameterizedTest(name = "load {0}: efficiency {1}")
    @CsvSource({"1.0, 0.96", "0.5, 0.962192", "0.25, 0.954471", "0.1, 0.921626"})
    void inverterPartLoadCurve(double loadFraction, double expected) {
        assertThat(PvModel.inverterEfficiency(loadFraction, 0.96)).isCloseTo(expected, within(5e-6));
    }

    @Test
    void inverterIsNeverNegativeAndZeroWithoutInput() {
        assertThat(PvModel.inverterEfficiency(0, 0.96)).isZero();
        assertThat(PvModel.inverterEfficiency(-1, 0.96)).isZero();
        assertThat(PvModel.inverterEfficiency(1e-6, 0.96)).isZero();
        assertThat(SINGAPORE_DEFAULT.acFromDcKwPerKwp(1e-6)).isZero();
    }

    @Test
    void inverterClipsAtTheAcNameplate() {
        for (double ratio : new double[] {1.0, 1.1, 1.2, 1.5}) {
            PvModel model = new PvModel(PvSystem.defaultsForLatitude(1.37).withDcAcRatio(ratio));
            assertThat(model.acFromDcKwPerKwp(2.0)).isCloseTo(1.0 / ratio, within(1e-12));
            for (double dc = 0; dc <= 2.0; dc += 0.01) {
                assertThat(model.acFromDcKwPerKwp(dc)).isBetween(0.0, 1.0 / ratio).isLessThanOrEqualTo(dc);
            }
        }
    }

    @Test
    void defaultLossesCombineToFourteenPercent() {
        // Dobos 2014 default categories (2, 3, 0, 2, 2, 0.5, 1.5, 1, 0, 3 %): 100 [1 - prod(1 - L_i)],
        // the "14 %" default of PVWatts v5
        assertThat(PvSystem.DEFAULT_SYSTEM_LOSSES_PCT).isCloseTo(14.08, within(0.005));
        assertThat(PvSystem.combinedLossesPct(PvSystem.defaultLossComponentsPct()))
                .isEqualTo(PvSystem.DEFAULT_SYSTEM_LOSSES_PCT);
    }

    @Test
    void sapmCellTemperatureOfThePvlibExample() {
        // pvlib temperature.sapm_cell documentation: open rack glass/glass, 1000 W/m2, 10 C, calm ->
        // 44.11703066106086 C (King et al. 2004 coefficients a = -3.47, b = -0.0594, deltaT = 3)
        assertThat(PvMounting.OPEN_RACK_GLASS_GLASS.cellTemperatureC(1000, 10, 0))
                .isCloseTo(44.11703066106086, within(1e-9));
        // no sun: the cell is at air temperature
        assertThat(PvMounting.OPEN_RACK_GLASS_POLYMER.cellTemperatureC(0, 27, 3)).isEqualTo(27.0);
    }

    // ---- defaults

    @Test
    void defaultArrayFacesTheEquatorAtLatitudeTiltNoFlatterThanTenDegrees() {
        PvSystem singapore = PvSystem.defaultsForLatitude(1.3678);
        assertThat(singapore.tiltDeg()).isEqualTo(10.0);
        assertThat(singapore.surfaceAzimuthDeg()).isEqualTo(180.0);
        PvSystem jakarta = PvSystem.defaultsForLatitude(-6.1255);
        assertThat(jakarta.tiltDeg()).isEqualTo(10.0);
        assertThat(jakarta.surfaceAzimuthDeg()).isEqualTo(0.0);
        PvSystem hanoi = PvSystem.defaultsForLatitude(21.221);
        assertThat(hanoi.tiltDeg()).isEqualTo(21.221);
        assertThat(hanoi.dcAcRatio()).isEqualTo(1.1);
        assertThat(hanoi.inverterNominalEfficiency()).isEqualTo(0.96);
        assertThat(hanoi.temperatureCoefficientPerC()).isEqualTo(-0.0047);
        assertThat(hanoi.groundAlbedo()).isEqualTo(0.2);
        assertThat(hanoi.mounting()).isEqualTo(PvMounting.OPEN_RACK_GLASS_POLYMER);
    }

    @Test
    void invalidDesignsAreRejected() {
        PvSystem base = PvSystem.defaultsForLatitude(1.37);
        assertThatThrownBy(() -> base.withTiltDeg(95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tiltDeg");
        assertThatThrownBy(() -> base.withDcAcRatio(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withSystemLossesPct(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SINGAPORE_DEFAULT.simulate(null, 3.0)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- plane of array and AC, physical limits

    /**
     * A horizontal plane sees exactly the global horizontal irradiance when the components are
     * consistent (GHI = DNI cos z + DHI): the Perez circumsolar term reduces to the diffuse, the
     * horizon term vanishes, nothing comes from the ground.
     */
    @ParameterizedTest(name = "zenith {0}, DNI {1}, DHI {2}")
    @CsvSource({"5, 900, 80", "30, 700, 120", "30, 50, 400", "60, 300, 150", "75, 800, 60", "84, 200, 40",
        "45, 0, 250", "45, 600, 0"})
    void horizontalPlaneSeesTheGlobalHorizontal(double zenithDeg, double dni, double dhi) {
        PvModel flat = new PvModel(PvSystem.defaultsForLatitude(1.37).withTiltDeg(0));
        SolarPosition sun = new SolarPosition(zenithDeg, zenithDeg, 135, 10, -20, 0, 1.0);
        double ghi = dni * Math.cos(Math.toRadians(zenithDeg)) + dhi;
        PvModel.PlaneOfArray poa = flat.planeOfArray(sun, ghi, dni, dhi);
        assertThat(poa.totalWPerM2()).isCloseTo(ghi, within(1e-9 * ghi));
        assertThat(poa.groundReflectedWPerM2()).isZero();
        assertThat(poa.incidenceDeg()).isCloseTo(zenithDeg, within(1e-9));
    }

    @Test
    void nothingAtNightWhateverTheFileSays() {
        SolarPosition night = new SolarPosition(100, 99.5, 270, 0, 150, 0, 1.0);
        PvModel.PlaneOfArray poa = SINGAPORE_DEFAULT.planeOfArray(night, 50, 300, 40);
        assertThat(poa.totalWPerM2()).isZero();
        assertThat(poa.transmittedWPerM2()).isZero();
        assertThat(SINGAPORE_DEFAULT.acKwPerKwp(night, 50, 300, 40, 27, 2)).isZero();
    }

    @Test
    void nothingWhenTheGlobalHorizontalIsZero() {
        SolarPosition noon = new SolarPosition(10, 10, 180, 0, 0, 0, 1.0);
        assertThat(SINGAPORE_DEFAULT.acKwPerKwp(noon, 0, 0, 0, 27, 2)).isZero();
        // components left over from gap filling do not light a dark hour
        assertThat(SINGAPORE_DEFAULT.acKwPerKwp(noon, 0, 500, 100, 27, 2)).isZero();
    }

    @Test
    void neverNaNNegativeOrAboveNameplateOverAnInputGrid() {
        double[] zeniths = {0, 0.001, 30, 60, 85, 87.4, 87.6, 89.9, 89.9999, 90, 95};
        double[] azimuths = {0, 90, 180, 270, 359.999};
        double[] dnis = {0, 1, 400, 1100};
        double[] dhis = {0, 1e-9, 1, 150, 700};
        for (PvModel model : new PvModel[] {SINGAPORE_DEFAULT,
            new PvModel(PvSystem.defaultsForLatitude(1.37).withTiltDeg(90).withDcAcRatio(1.5)),
            new PvModel(PvSystem.defaultsForLatitude(-6.1).withTiltDeg(0))}) {
            double nameplate = model.system().acNameplateKwPerKwp();
            for (double zenith : zeniths) {
                for (double azimuth : azimuths) {
                    SolarPosition sun = new SolarPosition(zenith, zenith, azimuth, 0, 0, 0, 0.983);
                    for (double dni : dnis) {
                        for (double dhi : dhis) {
                            double ghi = Math.max(0, dni * Math.cos(Math.toRadians(zenith))) + dhi;
                            PvModel.PlaneOfArray poa = model.planeOfArray(sun, ghi, dni, dhi);
                            assertThat(poa.totalWPerM2()).isFinite().isGreaterThanOrEqualTo(0.0);
                            assertThat(poa.transmittedWPerM2()).isFinite().isBetween(0.0, poa.totalWPerM2());
                            for (double wind : new double[] {-1, 0, 30}) {
                                double ac = model.acKwPerKwp(sun, ghi, dni, dhi, -20, wind);
                                assertThat(ac).isFinite().isBetween(0.0, nameplate);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aClearSyntheticYearStaysWithinTheNameplateAndDarkHoursGiveNothing() {
        // clear-ish sky: DNI 900 cos-weighted, DHI 100, at the mid-hour sun of Singapore; every third day dark
        WeatherYear weather = SyntheticWeather.year(1.3678, 103.9826, 8, 27, 1, (index, day, hour) -> {
            SolarPosition sun = SolarPosition.at(2019, day, hour - 0.5, 1.3678, 103.9826, 8);
            if (day % 3 == 0 || !sun.isAboveHorizon()) {
                return new double[] {0, 0, 0};
            }
            double cosZenith = Math.cos(Math.toRadians(sun.apparentZenithDeg()));
            double dni = 1000 * cosZenith;
            return new double[] {dni * cosZenith + 100, dni, 100};
        });
        for (double ratio : new double[] {1.0, 1.1, 1.3}) {
            PvYield yield = new PvModel(PvSystem.defaultsForLatitude(1.3678).withDcAcRatio(ratio)).simulate(weather);
            assertThat(yield.hours()).isEqualTo(8760);
            double[] hourly = yield.hourlyAcKwhPerKwp();
            double sum = 0;
            for (int i = 0; i < hourly.length; i++) {
                assertThat(hourly[i]).isFinite().isBetween(0.0, 1.0 / ratio);
                if (weather.globalHorizontalWhM2(i) == 0) {
                    assertThat(hourly[i]).isZero();
                }
                sum += hourly[i];
            }
            assertThat(yield.annualAcKwhPerKwp()).isCloseTo(sum, within(1e-9));
            assertThat(yield.annualAcKwhPerKwp()).isLessThanOrEqualTo(yield.annualDcKwhPerKwp());
        }
    }

    @Test
    void anAllDarkYearProducesNothing() {
        WeatherYear dark = SyntheticWeather.year(1.3678, 103.9826, 8, 27, 1, (index, day, hour) -> new double[3]);
        PvYield yield = SINGAPORE_DEFAULT.simulate(dark);
        assertThat(yield.annualAcKwhPerKwp()).isZero();
        assertThat(yield.hourlyAcKwhPerKwp()).containsOnly(0.0);
        assertThat(yield.performanceRatio()).isZero();
    }

    @Test
    void resultIsImmutable() {
        WeatherYear dark = SyntheticWeather.year(1.3678, 103.9826, 8, 27, 1, (index, day, hour) -> new double[3]);
        PvYield yield = SINGAPORE_DEFAULT.simulate(dark);
        yield.hourlyAcKwhPerKwp()[100] = 5.0;
        assertThat(yield.acKwhPerKwp(100)).isZero();
    }
}
