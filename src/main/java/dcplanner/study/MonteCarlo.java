package dcplanner.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

import dcplanner.climate.Site;
import dcplanner.policy.PolicyChecks;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.PolicyRules;
import dcplanner.climate.SiteCatalogue;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.scenario.UncertaintyRanges.Range;

/**
 * Monte Carlo uncertainty of a scenario: every uncertain input the user did not set is drawn from its
 * distribution ({@link UncertaintyRanges}), and where the site has more than one bundled weather year
 * the year is drawn too (each equally likely). Draws come from one seeded stream in a fixed order
 * (sample by sample, input by input), so the same seed gives the same samples; the samples are then
 * evaluated in parallel and kept in order, so results do not depend on the thread count.
 *
 * <p>Distributions are truncated to the input's allowed range by inverse-CDF sampling on the
 * truncated probability interval. Normal and lognormal ranges read low and high as the 5th and 95th
 * percentiles.
 */
public final class MonteCarlo {

    /** The 95th percentile of the standard normal distribution. */
    private static final double Z95 = 1.6448536269514722;

    /** An uncertain input as sampled: its range and the values it took for this scenario. */
    public record SampledInput(Range range, double low, double mode, double high) {
    }

    /** P5, P50 and P95 (and the mean) of a metric. */
    public record Summary(StudyMetric metric, double p5, double p50, double p95, double mean) {
    }

    /** The share of samples that meet a policy rule (checked as {@code policy check} does, {@link PolicyChecks}). */
    public record Chance(PolicyRule rule, double probability) {
    }

    /**
     * Everything a Monte Carlo run found.
     *
     * @param sampleInputs  each sample's inputs (the base inputs with the drawn values)
     * @param sampleMetrics each sample's metrics in {@link StudyMetric} order
     */
    public record Result(int samples, long seed, List<SampledInput> sampled, List<String> weatherSites,
            List<Summary> summaries, List<Chance> pMeets, List<Map<String, String>> sampleInputs,
            List<double[]> sampleMetrics) {

        /** Every sample's value of {@code metric}. */
        public double[] values(StudyMetric metric) {
            double[] values = new double[sampleMetrics.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = sampleMetrics.get(i)[metric.ordinal()];
            }
            return values;
        }
    }

    /** One sample's metrics and whether it passes each applicable rule. */
    private record Sample(double[] metrics, boolean[] passes) {
    }

    private MonteCarlo() {
    }

    /** Runs {@code samples} samples of the scenario given by {@code baseInputs}, the weather year drawn too. */
    public static Result run(StudyRunner runner, Map<String, String> baseInputs, UncertaintyRanges ranges,
            PolicyRules rules, int samples, long seed) {
        return run(runner, baseInputs, ranges, rules, samples, seed, true);
    }

    /** As above; {@code drawWeatherYear} false keeps the scenario's own weather year. */
    public static Result run(StudyRunner runner, Map<String, String> baseInputs, UncertaintyRanges ranges,
            PolicyRules rules, int samples, long seed, boolean drawWeatherYear) {
        if (samples < 2) {
            throw new IllegalArgumentException("samples = " + samples + " is too few; allowed: at least 2");
        }
        Scenario base = runner.resolve(baseInputs);
        List<SampledInput> sampled = new ArrayList<>();
        List<TruncatedSampler> samplers = new ArrayList<>();
        for (Range range : ranges.uncertainIn(base)) {
            double value = base.number(range.input());
            double low = range.lowFor(value);
            double high = range.highFor(value);
            if (!(low < high)) {
                continue; // a relative range around zero does not vary
            }
            Parameter parameter = base.find(range.input()).orElseThrow().parameter();
            double mode = Math.min(high, Math.max(low, value));
            sampled.add(new SampledInput(range, low, mode, high));
            samplers.add(new TruncatedSampler(distribution(range.distribution(), low, mode, high), parameter));
        }
        List<String> weatherSites = drawWeatherYear ? weatherYearsOf(base, runner.service().climates().catalogue())
                : List.of();

        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Map<String, String>> sampleInputs = new ArrayList<>(samples);
        for (int s = 0; s < samples; s++) {
            Map<String, String> inputs = new LinkedHashMap<>(baseInputs);
            for (int k = 0; k < samplers.size(); k++) {
                inputs.put(sampled.get(k).range().input(), samplers.get(k).text(rng.nextDouble()));
            }
            if (weatherSites.size() > 1) {
                inputs.put("site", weatherSites.get(rng.nextInt(weatherSites.size())));
            }
            sampleInputs.add(inputs);
        }
        List<PolicyRule> applicable = StudyRules.applicable(runner, base, rules);
        // each sample's metrics, and whether it passes each applicable rule
        List<double[]> metrics = new ArrayList<>(samples);
        List<boolean[]> passes = new ArrayList<>(samples);
        for (Sample sample : runner.inParallel(samples, i -> {
            Evaluation evaluation = runner.evaluate(runner.resolve(sampleInputs.get(i)));
            boolean[] pass = new boolean[applicable.size()];
            for (int r = 0; r < pass.length; r++) {
                pass[r] = PolicyChecks.check(evaluation, applicable.get(r)).pass();
            }
            return new Sample(StudyRunner.metrics(evaluation), pass);
        })) {
            metrics.add(sample.metrics());
            passes.add(sample.passes());
        }

        List<Summary> summaries = new ArrayList<>();
        Result partial = new Result(samples, seed, sampled, weatherSites, summaries, List.of(), sampleInputs, metrics);
        for (StudyMetric metric : StudyMetric.HEADLINE) {
            double[] values = partial.values(metric);
            Arrays.sort(values);
            summaries.add(new Summary(metric, Percentiles.ofSorted(values, 0.05), Percentiles.ofSorted(values, 0.5),
                    Percentiles.ofSorted(values, 0.95), Arrays.stream(values).sum() / values.length));
        }
        List<Chance> chances = new ArrayList<>();
        for (int r = 0; r < applicable.size(); r++) {
            int rule = r;
            long met = passes.stream().filter(pass -> pass[rule]).count();
            chances.add(new Chance(applicable.get(r), (double) met / samples));
        }
        return new Result(samples, seed, List.copyOf(sampled), weatherSites, List.copyOf(summaries),
                List.copyOf(chances), sampleInputs, metrics);
    }

    /**
     * The built-in sites that are the same place as the scenario's site with another weather year
     * (same city and country, not proxies), the scenario's own first; empty for an EPW file or a site
     * with one year.
     */
    static List<String> weatherYearsOf(Scenario scenario, SiteCatalogue sites) {
        if (!scenario.has("site")) {
            return List.of();
        }
        Site own = sites.find(scenario.text("site")).orElseThrow();
        if (own.isProxy()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        ids.add(own.id());
        for (Site other : sites.all()) {
            if (!other.id().equals(own.id()) && !other.isProxy() && other.city().equalsIgnoreCase(own.city())
                    && other.countryIso3().equalsIgnoreCase(own.countryIso3())
                    && !other.weatherFile().equals(own.weatherFile())) {
                ids.add(other.id());
            }
        }
        return ids.size() > 1 ? List.copyOf(ids) : List.of();
    }

    static ContinuousDistribution distribution(UncertaintyRanges.Distribution kind, double low, double mode,
            double high) {
        return switch (kind) {
            case UNIFORM -> UniformContinuousDistribution.of(low, high);
            case TRIANGULAR -> TriangularDistribution.of(low, mode, high);
            // low and high are the 5th and 95th percentiles
            case NORMAL -> NormalDistribution.of((low + high) / 2, (high - low) / (2 * Z95));
            case LOGNORMAL -> LogNormalDistribution.of((Math.log(low) + Math.log(high)) / 2,
                    (Math.log(high) - Math.log(low)) / (2 * Z95));
        };
    }

    /** Inverse-CDF sampling of a distribution truncated to an input's allowed range. */
    private static final class TruncatedSampler {
        private final ContinuousDistribution distribution;
        private final Parameter parameter;
        private final double pMin;
        private final double pMax;

        TruncatedSampler(ContinuousDistribution distribution, Parameter parameter) {
            this.distribution = distribution;
            this.parameter = parameter;
            this.pMin = distribution.cumulativeProbability(parameter.min());
            this.pMax = distribution.cumulativeProbability(parameter.max());
        }

        String text(double u) {
            double value = distribution.inverseCumulativeProbability(pMin + u * (pMax - pMin));
            value = Math.min(parameter.max(), Math.max(parameter.min(), value));
            if (parameter.kind() == Parameter.Kind.INTEGER) {
                return Long.toString(Math.round(value));
            }
            return BigDecimal.valueOf(value).toPlainString();
        }
    }
}
