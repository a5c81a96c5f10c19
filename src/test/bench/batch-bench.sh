#!/bin/sh
# Batch benchmark (issue 10): generates a 10,000-row scenario CSV over every built-in site and all
# eight cooling technologies, as an analyst's study would: for each site and technology two IT
# capacities (1 and 5 MW) x eight utilisations (0.3..1.0) x three PPA shares (0, 0.5, 1) x two carbon
# prices (0, 50 USD/t); no two rows are the same scenario. Then times the whole one-command run
# (java -jar ... batch), JVM start included.
#
#   mvn -B -ntp package -DskipTests      # builds target/dc-planner.jar
#   src/test/bench/batch-bench.sh [ROWS] [THREADS]     (defaults: 10000 rows, one thread per core)
#
# Prints the summary line, the wall time and the CPU time of the run (a machine shared with other
# work shows in the wall time: compare CPU time with the cores available).
# Target: 10,000 rows in under 10 s wall on a 2-core machine.
set -eu
ROWS=${1:-10000}
THREADS=${2:-}
JAR=${JAR:-target/dc-planner.jar}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

SITES=$(java -jar "$JAR" sites --format csv | tail -n +2 | cut -d, -f1)
TECHS="air-cooled-chiller water-cooled-chiller water-cooled-chiller-wse airside-economiser-adiabatic dx-crac direct-liquid-cooling immersion seawater"

echo "scenario_id,site,cooling,it_capacity_kw,utilisation,ppa_share,carbon_price_usd_per_t" > "$WORK/input.csv"
awk -v rows="$ROWS" -v sites="$(echo $SITES)" -v techs="$TECHS" 'BEGIN {
    ns = split(sites, site, " "); nt = split(techs, tech, " ")
    for (i = 0; i < rows; i++) {
        s = site[i % ns + 1]; t = tech[int(i / ns) % nt + 1]
        k = int(i / (ns * nt))
        printf "bench-%05d,%s,%s,%d,%.2f,%.1f,%d\n", i + 1, s, t, k % 2 ? 5000 : 1000, 0.3 + int(k / 2) % 8 * 0.1, \
            int(k / 16) % 3 * 0.5, int(k / 48) % 2 * 50
    }
}' >> "$WORK/input.csv"

set -- batch --input "$WORK/input.csv" --output "$WORK/results.csv"
if [ -n "$THREADS" ]; then
    set -- "$@" --threads "$THREADS"
fi
echo "rows: $ROWS, cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "wall: %e s (CPU: %U s user, %S s system)" -o "$WORK/time.txt" \
        java -jar "$JAR" "$@" > "$WORK/summary.txt" 2> "$WORK/stderr.txt" || true
else
    START=$(date +%s.%N)
    java -jar "$JAR" "$@" > "$WORK/summary.txt" 2> "$WORK/stderr.txt" || true
    echo "wall: $(echo "$(date +%s.%N) - $START" | bc) s" > "$WORK/time.txt"
fi
cat "$WORK/summary.txt" "$WORK/stderr.txt" "$WORK/time.txt"
