package dcplanner.bench;

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
import dcplanner.climate.SiteClimate;
import dcplanner.energy.EnergyResult;
import dcplanner.energy.FacilityDesign;
import dcplanner.energy.HourlySimulation;
import dcplanner.scenario.DesignMapper;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.ScenarioResolver;

/**
 * One annual hourly simulation (8760 hours) of a scenario after warm-up, with the site's
 * psychrometric state already loaded and shared (issue target: under 1 ms per scenario-year on
 * one core); and a whole evaluation of a design the service has run before: its annual runs come from
 * the service's run cache, so this measures the rest (resolution, PV netting, carbon, cash flow).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HourlySimulationBenchmark {

    @Param({"water-cooled-chiller-wse", "airside-economiser-adiabatic", "direct-liquid-cooling", "air-cooled-chiller"})
    public String cooling;

    private SiteClimate climate;
    private FacilityDesign design;
    private EvaluationService service;
    private Map<String, String> inputs;

    @Setup
    public void setUp() {
        ClimateLibrary climates = new ClimateLibrary(SiteCatalogue.bundled());
        ScenarioResolver resolver = new ScenarioResolver(ParameterCatalogue.standard(climates.catalogue()));
        inputs = Map.of("site", "singapore", "cooling", cooling);
        design = DesignMapper.facilityDesign(resolver.resolve(inputs));
        climate = climates.site("singapore");
        service = new EvaluationService(resolver, climates);
    }

    @Benchmark
    public EnergyResult oneScenarioYear() {
        return HourlySimulation.run(climate, design, false, 2000.0);
    }

    @Benchmark
    public Evaluation wholeEvaluation() {
        return service.evaluate(inputs);
    }
}
