package dcplanner.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import dcplanner.climate.SiteClimate;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.Scenario;

/**
 * Runs the many scenarios of a study through the one evaluation service, in parallel, with results
 * kept in input order so that they never depend on the number of threads. Scenarios take the
 * service's lighter path: PUE at only the 25% and 100% IT loads (the loads policy limits use).
 */
public final class StudyRunner {

    /** IT loads (percent of capacity) studies need PUE at: Green Mark (25%), the roadmap and DC-CFA2 (100%). */
    public static final int[] LOAD_POINTS_PERCENT = {25, 100};

    private final EvaluationService service;
    private final int threads;

    /** A runner on {@code threads} threads (1: in the calling thread). */
    public StudyRunner(EvaluationService service, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " is not allowed; allowed: at least 1");
        }
        this.service = service;
        this.threads = threads;
    }

    /** A runner on every processor. */
    public StudyRunner(EvaluationService service) {
        this(service, Runtime.getRuntime().availableProcessors());
    }

    public EvaluationService service() {
        return service;
    }

    public Scenario resolve(Map<String, String> inputs) {
        return service.resolver().resolve(inputs);
    }

    /** One scenario on its own site climate. */
    public Evaluation evaluate(Scenario scenario) {
        return evaluate(scenario, service.climateOf(scenario));
    }

    /** One scenario on a given climate (a morphed weather year). */
    public Evaluation evaluate(Scenario scenario, SiteClimate climate) {
        return service.evaluate(scenario, climate, false, LOAD_POINTS_PERCENT);
    }

    /** Every metric of {@code evaluation}, in {@link StudyMetric} order. */
    public static double[] metrics(Evaluation evaluation) {
        StudyMetric[] all = StudyMetric.values();
        double[] values = new double[all.length];
        for (int m = 0; m < all.length; m++) {
            values[m] = all[m].of(evaluation);
        }
        return values;
    }

    /** Resolves and evaluates each input set; metrics in {@link StudyMetric} order, in input order. */
    public List<double[]> metricsOf(List<Map<String, String>> inputs) {
        return inParallel(inputs.size(), i -> metrics(evaluate(resolve(inputs.get(i)))));
    }

    /**
     * {@code task(0..n-1)}, in parallel, results in index order. When tasks fail, the failure of the
     * lowest index is thrown, whatever the thread count.
     */
    public <T> List<T> inParallel(int n, IntFunction<T> task) {
        AtomicReferenceArray<Object> results = new AtomicReferenceArray<>(n);
        AtomicReferenceArray<RuntimeException> failures = new AtomicReferenceArray<>(n);
        Runnable all = () -> IntStream.range(0, n).parallel().forEach(i -> {
            try {
                results.set(i, task.apply(i));
            } catch (RuntimeException e) {
                failures.set(i, e);
            }
        });
        if (threads == 1 || n <= 1) {
            for (int i = 0; i < n; i++) {
                try {
                    results.set(i, task.apply(i));
                } catch (RuntimeException e) {
                    failures.set(i, e);
                    break;
                }
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(all).join();
            } finally {
                pool.shutdown();
            }
        }
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (failures.get(i) != null) {
                throw failures.get(i);
            }
            @SuppressWarnings("unchecked")
            T value = (T) results.get(i);
            out.add(value);
        }
        return out;
    }
}
