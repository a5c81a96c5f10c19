package dcplanner.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

import dcplanner.carbon.Emissions;
import dcplanner.climate.SiteClimate;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.InvalidInputException;
import dcplanner.scenario.Scenario;

/**
 * What a pipeline of data centres means for a country, year by year: electricity, peak demand,
 * water and emissions.
 *
 * <p>Each cohort's year is evaluate's own result for the cohort's scenario at that year's
 * utilisation (the ramp-up of the scenario's {@code ramp} input, then {@code utilisation}, as in
 * evaluate's cash flow): nothing is modelled differently. The levers then act on those results: a
 * share of new builds built with direct liquid cooling (also an evaluate result), a share held to a
 * PUE limit (overhead energy scaled down), a share of green electricity (market-based emissions)
 * and a grid-carbon path.
 */
public final class FleetProjection {

    /** Country code of the all-countries rows. */
    public static final String ALL = "ALL";
    private static final String LIQUID = "direct-liquid-cooling";

    /** One operating year of a cohort, kWh, kW and litres. */
    record YearPhysics(double itKwh, double facilityKwh, double gridKwh, double peakKw, double waterLitres,
            double days, double marketShare) {

        static YearPhysics of(Evaluation e) {
            double location = e.carbon().co2LocationTPerYear();
            return new YearPhysics(e.steadyYear().itKwh(), e.steadyYear().facilityKwh(), e.steadyYear().gridKwh(),
                    e.energy().peakFacilityKw(), e.steadyYear().siteWaterLitres(), e.energy().hours() / 24.0,
                    location > 0 ? e.carbon().co2MarketTPerYear() / location : 1.0);
        }

        /** A share of the capacity holds annual PUE to {@code limit}: its overhead energy scaled down. */
        YearPhysics capped(double share, double limit) {
            double saved = share * Math.max(0, facilityKwh - limit * itKwh);
            double facility = facilityKwh - saved;
            return new YearPhysics(itKwh, facility, Math.max(0, gridKwh - saved),
                    facilityKwh > 0 ? peakKw * facility / facilityKwh : peakKw, waterLitres, days, marketShare);
        }

        /** {@code (1 - w)} of this and {@code w} of the other, capacity-weighted. */
        YearPhysics blend(YearPhysics other, double w) {
            double location = (1 - w) * gridKwh + w * other.gridKwh;
            double market = (1 - w) * gridKwh * marketShare + w * other.gridKwh * other.marketShare;
            return new YearPhysics((1 - w) * itKwh + w * other.itKwh, (1 - w) * facilityKwh + w * other.facilityKwh,
                    location, (1 - w) * peakKw + w * other.peakKw, (1 - w) * waterLitres + w * other.waterLitres,
                    days, location > 0 ? market / location : 1.0);
        }
    }

    /** A cohort's evaluated years: its physics by utilisation level and its two grid intensities. */
    record CohortRun(Cohort cohort, double[] ramp, double utilisation, Map<Double, YearPhysics> byLevel,
            double lifecycleGPerKwh, double nationalGPerKwh, List<String> warnings, SiteClimate climate) {

        YearPhysics inOperatingYear(int k) {
            return byLevel.get(k < ramp.length ? ramp[k] : utilisation);
        }
    }

    /**
     * The projection and what a reader must know about it.
     *
     * @param citiesByWeatherFile the weather files the cohorts ran on, each with the sites on it
     * @param lifecycleGPerKwh    each country's life-cycle grid intensity (its first cohort's), g/kWh:
     *                            the basis of the location-based CO2e, before any grid path
     */
    public record Result(List<FleetRow> rows, List<String> warnings, Map<String, Set<String>> citiesByWeatherFile,
            Map<String, Double> lifecycleGPerKwh) {
    }

    private FleetProjection() {
    }

    public static Result project(EvaluationService service, List<Cohort> cohorts, int fromYear, int toYear,
            Levers levers, Map<String, NationalDemand> bundledDemand) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("--to " + toYear + " is before --from " + fromYear);
        }
        if (toYear - fromYear > 100) {
            throw new IllegalArgumentException("--from " + fromYear + " --to " + toYear + " spans more than 100 years");
        }
        List<CohortRun> runs = cohorts.parallelStream().map(c -> {
            try {
                return run(service, c, levers);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.input(), "cohort " + c.cohortId() + ": " + e.getMessage());
            }
        }).toList();
        // each warning once, with the cohorts it concerns
        Map<String, List<String>> cohortsByWarning = new LinkedHashMap<>();
        runs.forEach(r -> r.warnings().forEach(w -> cohortsByWarning.computeIfAbsent(w, k -> new ArrayList<>())
                .add(r.cohort().cohortId())));
        Set<String> warnings = new LinkedHashSet<>();
        cohortsByWarning.forEach((w, ids) -> warnings.add(w + " (" + String.join(", ", ids) + ")"));
        Set<String> countries = new TreeSet<>();
        cohorts.forEach(c -> countries.add(c.country()));

        List<FleetRow> rows = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            List<FleetRow> ofYear = new ArrayList<>();
            for (String country : countries) {
                Totals totals = new Totals();
                for (CohortRun run : runs) {
                    if (run.cohort().country().equals(country) && run.cohort().operatesIn(year)) {
                        totals.add(run, year, levers);
                    }
                }
                OptionalDouble share = OptionalDouble.empty();
                Double demand = levers.nationalDemandTwh().get(country);
                if (demand == null && bundledDemand.containsKey(country)) {
                    demand = bundledDemand.get(country).demandTwh();
                }
                if (demand != null) {
                    share = OptionalDouble.of(totals.facilityKwh / 1e9 / demand);
                }
                ofYear.add(totals.row(year, country, share));
            }
            rows.addAll(ofYear);
            if (countries.size() > 1) {
                Totals all = new Totals();
                ofYear.forEach(all::add);
                rows.add(all.row(year, ALL, OptionalDouble.empty()));
            }
        }
        for (String country : countries) {
            if (levers.nationalDemandTwh().containsKey(country)) {
                continue;
            }
            NationalDemand d = bundledDemand.get(country);
            warnings.add(d == null ? "no national electricity demand for " + country + ": its share is left empty"
                    + " (give it with --national-demand " + country + "=TWH)"
                    : "the share of national demand in " + country + " is against " + plain(d.demandTwh()) + " TWh ("
                            + d.basis() + ", " + d.year() + ", " + d.source() + "), held flat");
        }
        warnings.add("peak demand is the sum of each cohort's own highest hour: an upper bound of the coincident"
                + " peak");
        Map<String, Set<String>> weather = new LinkedHashMap<>();
        Map<String, Double> grid = new java.util.TreeMap<>();
        for (CohortRun run : runs) {
            weather.computeIfAbsent(run.climate().weather().sourceName(), k -> new LinkedHashSet<>())
                    .add(run.climate().site().isProxy() ? run.climate().site().city() + " (proxy)"
                            : run.climate().site().city());
            grid.putIfAbsent(run.cohort().country(), run.lifecycleGPerKwh());
        }
        return new Result(rows, List.copyOf(warnings), weather, grid);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Evaluates a cohort at every utilisation it runs at, with the liquid-cooling lever blended in. */
    static CohortRun run(EvaluationService service, Cohort cohort, Levers levers) {
        Map<String, String> inputs = new LinkedHashMap<>(cohort.inputs());
        Scenario scenario = service.resolver().resolve(inputs);
        double[] ramp = scenario.find("ramp").map(v -> (double[]) v.value()).orElse(new double[0]);
        double utilisation = scenario.number("utilisation");
        Set<Double> levels = new TreeSet<>();
        for (double level : ramp) {
            levels.add(level);
        }
        levels.add(utilisation);
        boolean newBuild = cohort.yearOnline() >= levers.newBuildFromYear();
        boolean liquid = newBuild && levers.liquidShare() > 0 && !scenario.text("cooling").equals(LIQUID);
        List<String> warnings = new ArrayList<>(scenario.warnings());
        Map<Double, YearPhysics> byLevel = new LinkedHashMap<>();
        for (double level : levels) {
            YearPhysics own = physics(service, inputs, level, null, warnings);
            if (newBuild && levers.pueLimit().isPresent()) {
                own = own.capped(levers.pueLimitShare(), levers.pueLimit().getAsDouble());
            }
            if (liquid) {
                YearPhysics cooled = physics(service, inputs, level, LIQUID, warnings);
                if (levers.pueLimit().isPresent()) {
                    cooled = cooled.capped(levers.pueLimitShare(), levers.pueLimit().getAsDouble());
                }
                own = own.blend(cooled, levers.liquidShare());
            }
            byLevel.put(level, own);
        }
        return new CohortRun(cohort, ramp, utilisation, byLevel, intensity(service, inputs, "lifecycle", warnings),
                intensity(service, inputs, "national", warnings), warnings, service.climateOf(scenario));
    }

    private static YearPhysics physics(EvaluationService service, Map<String, String> inputs, double level,
            String cooling, List<String> warnings) {
        Map<String, String> atLevel = new LinkedHashMap<>(inputs);
        atLevel.remove("ramp"); // the year's utilisation is given: evaluate's steady year is that year
        atLevel.put("utilisation", String.valueOf(level));
        if (cooling != null) {
            atLevel.put("cooling", cooling);
        }
        Evaluation e = service.evaluate(atLevel);
        e.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        return YearPhysics.of(e);
    }

    /** The grid intensity the scenario would use on a basis (its own given figure, if any, on both). */
    private static double intensity(EvaluationService service, Map<String, String> inputs, String basis,
            List<String> warnings) {
        Map<String, String> on = new LinkedHashMap<>(inputs);
        on.put("grid_carbon_basis", basis);
        Scenario scenario = service.resolver().resolve(on);
        scenario.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        return scenario.number("grid_ci_g_per_kwh");
    }

    /** Sums of one country (or all) in one year. */
    private static final class Totals {
        double capacityMw;
        int cohorts;
        double itKwh;
        double facilityKwh;
        double peakKw;
        double waterLitres;
        double waterLitresPerDay;
        double co2LocationT;
        double co2NationalT;
        double co2MarketT;

        void add(CohortRun run, int year, Levers levers) {
            YearPhysics p = run.inOperatingYear(year - run.cohort().yearOnline());
            capacityMw += run.cohort().itCapacityMw();
            cohorts++;
            itKwh += p.itKwh();
            facilityKwh += p.facilityKwh();
            peakKw += p.peakKw();
            waterLitres += p.waterLitres();
            waterLitresPerDay += p.waterLitres() / p.days();
            double lifecycle = levers.gridIntensity(run.cohort().country(), year).orElse(run.lifecycleGPerKwh());
            double location = Emissions.locationTonnes(p.gridKwh(), lifecycle);
            co2LocationT += location;
            co2NationalT += Emissions.locationTonnes(p.gridKwh(), run.nationalGPerKwh());
            co2MarketT += location * Math.min(p.marketShare(), 1 - levers.greenShare());
        }

        void add(FleetRow row) {
            capacityMw += row.itCapacityMw();
            cohorts += row.cohorts();
            itKwh += row.itEnergyTwh() * 1e9;
            facilityKwh += row.facilityEnergyTwh() * 1e9;
            peakKw += row.peakDemandMw() * 1e3;
            waterLitres += row.waterMillionM3() * 1e9;
            waterLitresPerDay += row.waterMlPerDay() * 1e6;
            co2LocationT += row.co2LocationMt() * 1e6;
            co2NationalT += row.co2NationalBasisMt() * 1e6;
            co2MarketT += row.co2MarketMt() * 1e6;
        }

        FleetRow row(int year, String country, OptionalDouble share) {
            // TWh = 1e9 kWh; million m3 = 1e9 L; ML = 1e6 L; Mt = 1e6 t
            return new FleetRow(year, country, capacityMw, cohorts, itKwh / 1e9, facilityKwh / 1e9, peakKw / 1e3,
                    waterLitres / 1e9, waterLitresPerDay / 1e6, co2LocationT / 1e6, co2NationalT / 1e6,
                    co2MarketT / 1e6, share);
        }
    }
}
