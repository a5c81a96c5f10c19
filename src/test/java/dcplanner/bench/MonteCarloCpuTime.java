package dcplanner.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.study.MonteCarlo;
import dcplanner.policy.PolicyRules;
import dcplanner.study.StudyRunner;

/**
 * 1000 Monte Carlo samples of the default Singapore scenario, repeated: wall time and the CPU time the
 * process used. On a shared machine the wall time depends on the other load; the CPU time divided by
 * the cores is the wall time the run would take with the cores to itself.
 *
 * <pre>
 * mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dcplanner.bench.MonteCarloCpuTime [threads]
 * </pre>
 */
public final class MonteCarloCpuTime {

    private MonteCarloCpuTime() {
    }

    public static void main(String[] args) {
        EvaluationService service = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        StudyRunner runner = new StudyRunner(service, threads);
        Map<String, String> inputs = Map.of("site", "singapore");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= 6; round++) {
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            MonteCarlo.run(runner, inputs, UncertaintyRanges.standard(), PolicyRules.bundled(), 1000, round);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "round %d (%s): 1000 samples, wall %.2f s, CPU %.2f s on %d"
                    + " threads, CPU / threads %.2f s%n", round, round <= 2 ? "warm-up" : "measured", wall, cpu,
                    threads, cpu / threads);
        }
    }
}
