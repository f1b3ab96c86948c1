#!/usr/bin/env bash
# Regenerates the screenshots of report.html and compare.html in docs/ from the shipped experiments:
#
#   docs/screenshots.sh [real-scans-folder]
#
# 1. installs the plugin (mvn install -DskipTests -Dinvoker.skip);
# 2. runs `mvn verify` in experiments/stripes-dense-1, stripes-dense-3, stripes-conv, and at CI size
#    (-Dsiamese.ciSize) synthetic-conv and synthetic-sourceafis; given the folder of real scans (the argument, or
#    SIAMESE_REAL_DATA; see experiments/fingerprint-matcher-real), also fingerprint-matcher-real at CI size;
# 3. compares them (siamese:compare, into target/screenshots/);
# 4. screenshots sections of their reports in headless Chromium, 1250 px wide, scaled to 900, and the comparison
#    1600 px wide, scaled to 1100.
#
# A real-data report is shot without its sample pairs and sample sheets: the scans' licences keep them out of the
# repository. Needs Chromium and ImageMagick (Debian: apt-get install -y chromium imagemagick). Extra Maven
# arguments go in MAVEN_ARGS (e.g. MAVEN_ARGS=-Dmaven.repo.local=/path/to/repository). Takes 10-20 minutes on
# two cores; experiments already up to date are not trained again.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
docs="$root/docs"
out="$root/target/screenshots"
real="${1:-${SIAMESE_REAL_DATA:-}}"
read -r -a maven <<< "mvn -B ${MAVEN_ARGS:-}"
chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$chrome" ] || { echo "no Chromium: apt-get install -y chromium" >&2; exit 1; }
command -v convert > /dev/null || { echo "no ImageMagick: apt-get install -y imagemagick" >&2; exit 1; }
mkdir -p "$out"

"${maven[@]}" -q -f "$root/pom.xml" install -DskipTests -Dinvoker.skip

experiments=(stripes-dense-1 stripes-dense-3 stripes-conv synthetic-conv synthetic-sourceafis)
for e in "${experiments[@]}"; do
  echo "== $e"
  "${maven[@]}" -f "$root/experiments/$e/pom.xml" verify -Dsiamese.ciSize > "$out/$e.log"
done
if [ -n "$real" ]; then
  experiments+=(fingerprint-matcher-real)
  echo "== fingerprint-matcher-real (real scans from $real)"
  "${maven[@]}" -f "$root/experiments/fingerprint-matcher-real/pom.xml" verify -Dsiamese.ciSize \
    -Dsiamese.realData="$real" > "$out/fingerprint-matcher-real.log"
else
  echo "No real scans given: the real-data screenshots are left as they are"
fi
"${maven[@]}" -N -f "$root/experiments/pom.xml" siamese:compare -Dsiamese.outputDirectory="$out" \
  -Dsiamese.results="$(IFS=,; echo "${experiments[*]}")" > "$out/compare.log"

# shot PAGE PNG [FROM] [TO] [WIDTH] [SCALED]: the page from the section whose heading has id FROM (the top without
# one) to the one with id TO (the end without one), WIDTH px wide (1250), trimmed and scaled to SCALED px (900).
shot() {
  local page="$1" png="$2" from="${3:-}" to="${4:-}" width="${5:-1250}" scaled="${6:-900}" clip="$out/clip.html" profile
  sed "s|</body>|<script>(function(){var b=document.body,f=document.getElementById('$from'),t=document.getElementById('$to'),n;\
if(f){n=b.firstChild;while(n\&\&n!==f){var x=n.nextSibling;b.removeChild(n);n=x;}}\
if(t){n=t;while(n){var x=n.nextSibling;b.removeChild(n);n=x;}}})();</script></body>|" "$page" > "$clip"
  profile="$(mktemp -d)"
  "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" --window-size="$width",6000 \
    --screenshot="$out/full.png" "file://$clip" > /dev/null 2>&1
  rm -rf "$profile"
  convert "$out/full.png" -trim -bordercolor white -border 16 -resize "${scaled}x" "$docs/$png"
  echo "wrote docs/$png"
}

report() { echo "$root/experiments/$1/target/siamese/report.html"; }
shot "$(report stripes-dense-3)" report-why.png "" metrics
shot "$(report stripes-dense-3)" report-diagnostics.png training-curves distances
shot "$(report synthetic-conv)" report-synthetic.png "" metrics
shot "$(report synthetic-conv)" report-thresholds.png thresholds training-curves
shot "$(report synthetic-conv)" report-synthetic-distances.png distances data-set
if [ -n "$real" ]; then
  shot "$(report fingerprint-matcher-real)" report-real.png "" metrics
  shot "$(report fingerprint-matcher-real)" report-real-distances.png distances sample-validation-pairs
fi
shot "$out/compare.html" compare.png "" files 1600 1100  # a wide table: its rows do not wrap
