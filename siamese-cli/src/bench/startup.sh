#!/bin/sh
# Start-up of `siamese match A B` end to end, JVM options side by side: each round runs every variant once, in
# turn, so that all meet the same load; prints, per variant, the median and the fastest wall-clock time and the median
# CPU time (user + system) over the rounds. The figures are for cli.md (src/site/markdown), not for a test.
#
#   siamese-cli/src/bench/startup.sh DIST MODEL A B [ROUNDS]
#
# DIST: a built distribution (siamese-cli/target/siamese-cli-<version>); MODEL, A, B: as `siamese match A B -m MODEL`
# (paths without spaces). The class-data archive is written first by one run of bin/siamese, as a user's first call
# writes it.
set -eu
dist=$1 model=$2 a=$3 b=$4 rounds=${5:-10}
archive="$dist/lib/siamese.jsa"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
rm -f "$archive"
"$dist/bin/siamese" match "$a" "$b" -m "$model" > /dev/null || [ $? -eq 1 ]
[ -f "$archive" ] || { echo "no archive written at $archive" >&2; exit 1; }

java="java -Xlog:disable -Xlog:all=warning,cds=error,cds+dynamic=error:stderr"
args="-cp '$dist/lib/*' dev.siamese.cli.SiameseCli match $a $b -m $model"
cds="-XX:SharedArchiveFile=$archive"
c1="-XX:TieredStopAtLevel=1"
serial="-XX:+UseSerialGC"
variants="defaults c1 serial c1+serial appcds c1+serial+appcds c1+serial+appcds-perfdata bin/siamese bin/siamese--help"
command_of() {
  case $1 in
    defaults) echo "$java $args" ;;
    c1) echo "$java $c1 $args" ;;
    serial) echo "$java $serial $args" ;;
    c1+serial) echo "$java $c1 $serial $args" ;;
    appcds) echo "$java $cds $args" ;;
    c1+serial+appcds) echo "$java $c1 $serial $cds $args" ;;
    c1+serial+appcds-perfdata) echo "$java $c1 $serial $cds -XX:-UsePerfData $args" ;;
    bin/siamese) echo "$dist/bin/siamese match $a $b -m $model" ;;
    bin/siamese--help) echo "$dist/bin/siamese --help" ;;
  esac
}
log=$(mktemp)
i=0
while [ $i -lt "$rounds" ]; do
  for v in $variants; do
    /usr/bin/time -f "$v %e %U %S %x" -a -o "$log" sh -c "$(command_of "$v") > /dev/null" || true
  done
  i=$((i + 1))
done
median() { sort -n | awk '{ x[NR] = $1 } END { print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2 }'; }
echo "$(getconf _NPROCESSORS_ONLN) cores; after the runs: $(uptime)"
printf '%-28s %9s %9s %9s\n' variant median_s fastest_s cpu_s
for v in $variants; do
  wall=$(grep "^$v " "$log" | awk '{ print $2 }' | median)
  fastest=$(grep "^$v " "$log" | awk '{ print $2 }' | sort -n | head -n 1)
  cpu=$(grep "^$v " "$log" | awk '{ print $3 + $4 }' | median)
  printf '%-28s %9.2f %9.2f %9.2f\n' "$v" "$wall" "$fastest" "$cpu"
done
failed=$(awk '$1 != "Command" && $5 > 1' "$log" | wc -l)
[ "$failed" -eq 0 ] || echo "$failed runs exited above 1 (an error): see their stderr above" >&2
rm -f "$log"
