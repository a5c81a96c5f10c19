package dcplanner.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.study.MonteCarlo;
import dcplanner.policy.PolicyRules;
import dcplanner.study.StudyRunner;

/**
 * 1000 Monte Carlo samples of one scenario (issue 14 target: under 2 s on this machine), the site's
 * weather already loaded, on one thread and on every processor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {

    @Param({"water-cooled-chiller", "airside-economiser-adiabatic"})
    public String cooling;

    @Param({"1", "0"})
    public int threads;

    private StudyRunner runner;
    private Map<String, String> inputs;
    private UncertaintyRanges ranges;
    private PolicyRules limits;

    @Setup
    public void setUp() {
        EvaluationService service = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));
        runner = threads == 0 ? new StudyRunner(service) : new StudyRunner(service, threads);
        inputs = Map.of("site", "singapore", "cooling", cooling);
        ranges = UncertaintyRanges.standard();
        limits = PolicyRules.bundled();
        // load both Singapore weather years before timing
        MonteCarlo.run(runner, inputs, ranges, limits, 20, 1);
    }

    @Benchmark
    public List<double[]> thousandSamples() {
        return MonteCarlo.run(runner, inputs, ranges, limits, 1000, 7).sampleMetrics();
    }
}
