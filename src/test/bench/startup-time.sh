#!/bin/sh
# Start-up time of dc-planner, side by side: plain 'java -jar target/dc-planner.jar' and the
# ./dc-planner launcher (class-data sharing + C1 JIT), for a one-shot 'sites' and for the
# interactive shell up to its first prompt (fed 'exit' on stdin, so it leaves at once).
# Rounds alternate between the two so that both see the same machine load. Prints the median
# wall-clock and CPU (user + system) seconds of each. Usage: src/test/bench/startup-time.sh [ROUNDS]
set -e
cd "$(dirname "$0")/../../.."
rounds=${1:-10}
jar=target/dc-planner.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp package -DskipTests" >&2; exit 1; }
./dc-planner sites >/dev/null   # prepares the launcher's archive if needed
ws=$(mktemp -d)
out=$(mktemp -d)
i=0
while [ "$i" -lt "$rounds" ]; do
    /usr/bin/time -a -o "$out/plain-sites" -f "%e %U %S" java -jar "$jar" sites >/dev/null
    /usr/bin/time -a -o "$out/fast-sites" -f "%e %U %S" ./dc-planner sites >/dev/null
    echo exit | /usr/bin/time -a -o "$out/plain-shell" -f "%e %U %S" java -jar "$jar" --workspace "$ws/p.json" >/dev/null
    echo exit | /usr/bin/time -a -o "$out/fast-shell" -f "%e %U %S" ./dc-planner --workspace "$ws/f.json" >/dev/null
    i=$((i + 1))
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
printf '%-34s %10s %10s\n' "median of $rounds runs" "wall (s)" "CPU (s)"
for case in plain-sites fast-sites plain-shell fast-shell; do
    wall=$(awk '{print $1}' "$out/$case" | median)
    cpu=$(awk '{print $2 + $3}' "$out/$case" | median)
    case $case in
        plain-sites) label="java -jar ... sites" ;;
        fast-sites) label="./dc-planner sites" ;;
        plain-shell) label="java -jar ... (shell, to prompt)" ;;
        fast-shell) label="./dc-planner (shell, to prompt)" ;;
    esac
    printf '%-34s %10s %10s\n' "$label" "$wall" "$cpu"
done
echo "machine load (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
rm -rf "$ws" "$out"
