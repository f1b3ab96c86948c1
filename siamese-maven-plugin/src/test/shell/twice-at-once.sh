#!/usr/bin/env bash
# Two builds of one experiment at once, many times: `mvn verify -Dsiamese.force=true` started twice in the same
# folder (an IDE's and a terminal's), ROUNDS rounds. Prints one line per round and the totals: builds that failed
# (there must be none) and builds that said they waited for the other.
#   twice-at-once.sh <experiment folder> [rounds, default 50] [more mvn arguments...]
set -u
dir=$(cd "$1" && pwd)
rounds=${2:-50}
shift $(( $# >= 2 ? 2 : 1 ))
logs=$(mktemp -d)
failed=0
waited=0
start=$(date +%s)
for round in $(seq 1 "$rounds"); do
  pids=()
  for build in a b; do
    (cd "$dir" && mvn -B -Dsiamese.force=true "$@" verify > "$logs/$round-$build.log" 2>&1) &
    pids+=($!)
  done
  line="round $round:"
  for i in 0 1; do
    build=$([ $i = 0 ] && echo a || echo b)
    if wait "${pids[$i]}"; then line="$line $build ok"; else line="$line $build FAILED"; failed=$((failed + 1)); fi
    if grep -q 'is in use by another build' "$logs/$round-$build.log"; then
      line="$line (waited)"; waited=$((waited + 1))
    fi
  done
  echo "$line"
done
echo "$((rounds * 2)) builds in $(( $(date +%s) - start )) s: $failed failed, $waited waited; logs in $logs"
[ "$failed" = 0 ]
