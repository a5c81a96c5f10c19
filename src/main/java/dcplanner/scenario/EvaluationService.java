package dcplanner.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dcplanner.carbon.CarbonMetrics;
import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteClimate;
import dcplanner.climate.WeatherYear;
import dcplanner.economics.CapexBreakdown;
import dcplanner.economics.CapitalCost;
import dcplanner.economics.LifecycleModel;
import dcplanner.economics.LifecycleResult;
import dcplanner.economics.OperatingYear;
import dcplanner.economics.Tariff;
import dcplanner.energy.EnergyResult;
import dcplanner.energy.FacilityDesign;
import dcplanner.energy.HourlySimulation;
import dcplanner.reference.ReferenceData;
import dcplanner.solar.IrradianceAlignment;
import dcplanner.solar.PvModel;
import dcplanner.solar.PvSystem;
import dcplanner.solar.PvYield;
import dcplanner.solar.SunPath;

/**
 * The one way a scenario is evaluated, whichever way it was entered (shell, CSV batch, studies):
 * inputs -> scenario -> site climate -> hourly simulation -> carbon -> economics. Thread-safe.
 */
public final class EvaluationService {

    /** IT loads, in percent of capacity, at which PUE is always reported (policy limits use them). */
    public static final int[] LOAD_POINTS_PERCENT = {25, 50, 75, 100};

    private final ScenarioResolver resolver;
    private final ClimateLibrary climates;
    private final Map<String, IrradianceAlignment> alignments = new ConcurrentHashMap<>();
    private final Map<String, PvYield> pvYields = new ConcurrentHashMap<>();
    /**
     * Annual runs without hourly series, by climate and design: scenarios that differ only in
     * carbon, renewable or economic inputs share the scenario's run, and those that differ only in
     * utilisation share the load-point runs (they hold the IT load fixed), as batch rows and study
     * samples often do. Climates are weak keys (a morphed weather year dropped by a study takes its
     * runs with it); at most {@value #RUN_CACHE_SIZE} runs are kept, all dropped when full.
     */
    private final Map<SiteClimate, Map<RunKey, Object>> runs = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());
    private final java.util.concurrent.atomic.AtomicInteger runsKept = new java.util.concurrent.atomic.AtomicInteger();
    private static final int RUN_CACHE_SIZE = 2048;

    /** A run of {@code design}; {@code loadPercents} empty for the scenario's own run. */
    private record RunKey(FacilityDesign design, List<Integer> loadPercents) {
    }

    public EvaluationService(ScenarioResolver resolver, ClimateLibrary climates) {
        this.resolver = resolver;
        this.climates = climates;
    }

    /** The standard service: bundled sites and reference data, EPW files' countries looked up. */
    public static EvaluationService standard(ClimateLibrary climates) {
        return standard(climates, ReferenceData.bundled());
    }

    /** The standard service with the given reference data. */
    public static EvaluationService standard(ClimateLibrary climates, ReferenceData reference) {
        SiteLookup lookup = partial -> {
            if (partial.get(SiteInputs.SITE).isPresent()) {
                return climates.catalogue().find(partial.require(SiteInputs.SITE));
            }
            return partial.get(SiteInputs.EPW).map(path -> climates.epw(Path.of(path)).site());
        };
        ParameterCatalogue catalogue = ParameterCatalogue.standard(climates.catalogue(), reference, lookup);
        return new EvaluationService(new ScenarioResolver(catalogue), climates);
    }

    public ScenarioResolver resolver() {
        return resolver;
    }

    public ClimateLibrary climates() {
        return climates;
    }

    /** Resolves and evaluates inputs given by name. */
    public Evaluation evaluate(Map<String, String> inputs) {
        return evaluate(resolver.resolve(inputs), false);
    }

    /** Evaluates a resolved scenario; {@code keepHourly} keeps the hour-by-hour series. */
    public Evaluation evaluate(Scenario scenario, boolean keepHourly) {
        return evaluate(scenario, climateOf(scenario), keepHourly, LOAD_POINTS_PERCENT);
    }

    /**
     * Evaluates a resolved scenario on a given climate (a morphed weather year, for the climate
     * stress test) with PUE at only the given IT loads (percent of capacity): the lighter path of
     * studies that run thousands of scenarios and need, say, only the 25% and 100% load points.
     */
    public Evaluation evaluate(Scenario scenario, SiteClimate climate, boolean keepHourly, int... loadPointsPercent) {
        FacilityDesign design = DesignMapper.facilityDesign(scenario);
        Tariff tariff = EconomicInputs.tariff(scenario);
        double pvKwp = scenario.get(CarbonInputs.PV_KWP);
        List<String> warnings = new ArrayList<>(climate.warnings());
        PvYield pv = pvKwp > 0 ? pvYield(climate, CarbonInputs.pvSystem(scenario), warnings) : null;
        // hours are needed to net PV against the load and to price a time-of-use tariff
        boolean hourly = keepHourly || pv != null || tariff.timeOfUse();
        HourlySimulation.LoadPointRun run = runWithLoadPoints(climate, design, hourly, loadPointsPercent);
        double utilisation = scenario.get(SiteInputs.UTILISATION);
        OperatingYear steady = OperatingYear.of(run.scenario(), utilisation, climate.weather(), pv, pvKwp, tariff);

        // operating years: the ramp-up first, then the scenario's utilisation
        int operatingYears = scenario.get(EconomicInputs.OPERATING_YEARS);
        double[] ramp = scenario.find(EconomicInputs.RAMP).orElse(new double[0]);
        Map<Double, OperatingYear> byUtilisation = new HashMap<>();
        byUtilisation.put(utilisation, steady);
        List<OperatingYear> years = new ArrayList<>();
        for (int y = 0; y < operatingYears; y++) {
            double u = y < ramp.length ? ramp[y] : utilisation;
            years.add(byUtilisation.computeIfAbsent(u, level -> OperatingYear.of(HourlySimulation.runAtUtilisation(
                    climate, design, level, hourly, run.scenario().transformerRatingKw()), level, climate.weather(), pv,
                    pvKwp, tariff)));
        }
        CapexBreakdown capex = CapitalCost.estimate(EconomicInputs.capexInputs(scenario));
        LifecycleResult lifecycle = LifecycleModel.run(capex, EconomicInputs.lifecycleInputs(scenario, years));
        CarbonMetrics carbon = CarbonMetrics.of(CarbonInputs.gridCarbon(scenario), steady,
                pv == null ? 0 : pv.annualAcKwhPerKwp() * pvKwp);

        warnings.addAll(scenario.warnings());
        if (scenario.get(EconomicInputs.MAINTENANCE_FRACTION) == 0
                && scenario.get(EconomicInputs.STAFF_COST_USD_PER_YEAR) == 0
                && scenario.get(EconomicInputs.INSURANCE_FRACTION) == 0) {
            warnings.add("maintenance, staff and insurance costs are not included (no published defaults found):"
                    + " set maintenance_fraction, staff_cost_usd_per_year and insurance_fraction");
        }
        String country = scenario.get(SiteInputs.COUNTRY);
        return new Evaluation(scenario, climate, country, run.scenario(), run.atLoadPercent(), steady, carbon,
                lifecycle, warnings);
    }

    /** {@link HourlySimulation#runWithLoadPoints}, runs without hourly series taken from the cache when there. */
    private HourlySimulation.LoadPointRun runWithLoadPoints(SiteClimate climate, FacilityDesign design,
            boolean hourly, int... percents) {
        HourlySimulation.LoadPoints points = cached(climate, new RunKey(design.atFixedUtilisation(1.0),
                java.util.Arrays.stream(percents).boxed().toList()),
                () -> HourlySimulation.loadPoints(climate, design, percents));
        EnergyResult scenario = hourly ? HourlySimulation.run(climate, design, true, points.transformerRatingKw())
                : cached(climate, new RunKey(design, List.of()),
                        () -> HourlySimulation.run(climate, design, false, points.transformerRatingKw()));
        return new HourlySimulation.LoadPointRun(scenario, points.atLoadPercent());
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(SiteClimate climate, RunKey key, java.util.function.Supplier<T> compute) {
        Map<RunKey, Object> byDesign = runs.computeIfAbsent(climate, c -> new ConcurrentHashMap<>());
        Object value = byDesign.get(key);
        if (value == null) {
            value = compute.get();
            if (runsKept.incrementAndGet() > RUN_CACHE_SIZE) {
                runs.clear();
                runsKept.set(1);
                byDesign = runs.computeIfAbsent(climate, c -> new ConcurrentHashMap<>());
            }
            byDesign.put(key, value);
        }
        return (T) value;
    }

    /** The site climate a scenario names, at its elevation. */
    public SiteClimate climateOf(Scenario scenario) {
        SiteClimate climate = scenario.has(SiteInputs.SITE) ? climates.site(scenario.get(SiteInputs.SITE))
                : climates.epw(Path.of(scenario.get(SiteInputs.EPW)));
        if (scenario.has(SiteInputs.ELEVATION_M)) {
            climate = climates.atElevation(climate, scenario.get(SiteInputs.ELEVATION_M));
        }
        return climate;
    }

    /**
     * Hourly PV output per kWp for the climate's weather, with the irradiance moved onto the sun's
     * path when the file is more than a quarter hour off its own time stamps (and said so).
     */
    private PvYield pvYield(SiteClimate climate, PvSystem system, List<String> warnings) {
        WeatherYear weather = climate.weather();
        IrradianceAlignment alignment = alignments.computeIfAbsent(weather.sourceName(),
                name -> SunPath.alignment(weather));
        double shift = alignment.followsEpwConvention() ? 0.0 : alignment.bestFitShiftHours();
        alignment.warning().ifPresent(w -> warnings.add(w + "; PV hours are shifted by " + shift + " h to match"));
        String key = weather.sourceName() + "|" + system + "|" + shift;
        return pvYields.computeIfAbsent(key, k -> new PvModel(system).simulate(weather, shift));
    }
}
