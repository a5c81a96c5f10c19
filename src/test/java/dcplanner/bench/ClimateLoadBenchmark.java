package dcplanner.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.EpwReader;
import dcplanner.climate.Site;
import dcplanner.climate.SiteCatalogue;
import dcplanner.climate.SiteClimate;
import dcplanner.climate.WeatherYear;

/**
 * Loading a built-in site from scratch: gunzip and parse the EPW, fill gaps, and compute the
 * psychrometric state (humidity ratio, wet bulb, enthalpy, density) of all 8760 hours.
 * Target (foundation issue): well under 100 ms after warm-up. The two parts are also timed alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClimateLoadBenchmark {

    private final SiteCatalogue catalogue = SiteCatalogue.bundled();
    private byte[] gzippedEpw;
    private Site site;
    private WeatherYear weather;

    @Setup
    public void setUp() throws IOException {
        site = catalogue.find("singapore").orElseThrow();
        try (InputStream in = getClass().getResourceAsStream(SiteCatalogue.WEATHER_RESOURCE_DIR + site.weatherFile())) {
            gzippedEpw = in.readAllBytes();
        }
        weather = EpwReader.read(new ByteArrayInputStream(gzippedEpw), "singapore");
    }

    @Benchmark
    public SiteClimate loadSiteFromScratch() {
        // a new library each time, so nothing is cached
        return new ClimateLibrary(catalogue).site("singapore");
    }

    @Benchmark
    public WeatherYear parseEpwOnly() {
        return EpwReader.read(new ByteArrayInputStream(gzippedEpw), "singapore");
    }

    @Benchmark
    public SiteClimate psychrometricsOnly() {
        return SiteClimate.of(site, weather);
    }
}
