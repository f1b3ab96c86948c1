#!/usr/bin/env bash
# Builds one experiment under several seeds and prints its metrics, one line per seed: the
# measurements behind each experiment's expectations. Needs the plugin installed (README, first command).
#   experiments/measure-seeds.sh stripes-dense-3 1 2 3 4 5
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
name=$1; shift
dir="$here/$name"
[ -f "$dir/experiment.json" ] || { echo "no experiment $name" >&2; exit 2; }
printf '%-28s %5s %9s %9s %9s %9s %9s %9s\n' experiment seed trainAcc valAcc trainLoss valLoss valAUC valEER
for seed in "$@"; do
  out="$dir/target/seeds/$seed"
  mkdir -p "$out"
  printf '{"schemaVersion": 1, "extends": "%s", "seed": %s}\n' "$dir/experiment.json" "$seed" > "$out/experiment.json"
  mvn -B -q -f "$dir/pom.xml" siamese:train siamese:evaluate -Dsiamese.spec="$out/experiment.json" \
      -Dsiamese.outputDirectory="$out" > "$out/build.log" 2>&1 || { echo "seed $seed failed, see $out/build.log" >&2; continue; }
  python3 - "$name" "$seed" "$out/results.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[3]))
t, v = r["metrics"]["train"], r["metrics"]["validation"]
f = lambda x: "n/a" if x is None else "%.4f" % x
print("%-28s %5s %9s %9s %9s %9s %9s %9s" % (sys.argv[1], sys.argv[2], f(t["accuracy"]), f(v["accuracy"]),
      f(t["loss"]), f(v["loss"]), f(v["rocAuc"]), f(v["eer"])))
PY
done
