#!/usr/bin/env bash
# Times Touchmap against two other tools, cold, as whole processes, in the same run: what a user waits for.
#
#   benchmarks/anchors/run.sh                  # all the pairs, 1 warm-up and 5 counted runs each
#   benchmarks/anchors/run.sh --runs 3 --pairs journey100,sheets500
#
# Pairs (each Touchmap command against its anchor, run interleaved):
#   journey100  a Mermaid journey of 100 tasks: touchmap render --formats html of the map `touchmap import` makes of
#               it, against mermaid-cli drawing the journey itself as SVG;
#   journey500  the same with 500 tasks;
#   sheets500   a synthetic map of 500 touchpoints with 2 KPIs each (24 monthly values): touchmap render --formats
#               pdf, against JasperReports filling a precompiled report of one page per touchpoint with the same two
#               KPIs as vector line charts, and exporting it to PDF;
#   maven       the example map rendered (HTML and PDF) by the plugin's render goal, against the plugin's help
#               goal, which only starts Maven: the floor no goal can go under.
#   starter     the same two goals, Maven started with the starter project's .mvn/jvm.config (the archetype's:
#               -XX:TieredStopAtLevel=1 -XX:+UseParallelGC), as a repository made from the archetype runs them.
#   jvmconfig   not run unless asked for (it takes some 6 minutes): a synthetic map of 1,000 touchpoints rendered to
#               HTML and PDF by the plugin's render goal, with the JVM options a repository can set in
#               .mvn/jvm.config (-XX:TieredStopAtLevel=1, then the starter's), against Maven's defaults.
# Each Touchmap command runs as `java -jar touchmap-cli-….jar` and through the `touchmap` launcher (class-data
# sharing), and, when the plugin is installed, through `mvn …:render`.
#
# Only on demand, never in `mvn install`: it needs mermaid-cli from the npm registry (with the machine's Chromium) and
# JasperReports from Maven Central, both installed on first use into ~/.cache/touchmap (mermaid-cli, as
# .ci/mermaid.sh does) and ~/.m2 (JasperReports, by the separate project in benchmarks/anchors/jasper/).
#
# Options:
#   --runs N          counted runs per pair (5)
#   --warmups N       warm-up runs per pair, not counted (1)
#   --pairs LIST      which pairs, comma-separated (journey100,journey500,sheets500,maven,starter; jvmconfig on demand)
#   --maven-repo DIR  the Maven repository to take the installed plugin from (-Dmaven.repo.local), ~/.m2 by default
#   --work DIR        where inputs and outputs go (benchmarks/anchors/target)
#
# It prints, per pair, each command's median wall time and the median of the pair ratios (Touchmap's time over the
# anchor's, run by run), with the load average at start and end, the JDK, and the anchors' versions. A run
# measured under load is slower and noisier: run it on a quiet machine, and read the load it prints.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

runs=5
warmups=1
pairs=journey100,journey500,sheets500,maven,starter
maven_repo=
work=$root/benchmarks/anchors/target
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --warmups) warmups=$2; shift 2 ;;
    --pairs) pairs=$2; shift 2 ;;
    --maven-repo) maven_repo=$(realpath -m "$2"); shift 2 ;;
    --work) work=$(realpath -m "$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1; see $0 --help" >&2; exit 2 ;;
  esac
done

version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
cli_jar=cli/target/touchmap-cli-$version.jar
launcher=cli/target/touchmap-cli-$version-dist/touchmap-$version/touchmap
starter_jvm_config=$root/archetype/src/main/resources/archetype-resources/.mvn/jvm.config
# the same mermaid-cli as the docs' diagrams check, installed the same way
mermaid_version=$(sed -n 's/^version=//p' .ci/mermaid.sh)
mermaid_home=${MERMAID_CLI_HOME:-$HOME/.cache/touchmap/mermaid-cli}
jasper_project=benchmarks/anchors/jasper
jasper_version=$(sed -n 's|.*<jasperreports.version>\(.*\)</jasperreports.version>.*|\1|p' "$jasper_project/pom.xml")
plugin=io.touchmap:touchmap-maven-plugin:$version
mvn_repo_option=${maven_repo:+-Dmaven.repo.local=$maven_repo}
log=$work/logs
unset JAVA_TOOL_OPTIONS  # a stray setting would change every Java side alike, and print a line each start

say() { printf '%s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }
wants() { [[ ",$pairs," == *",$1,"* ]]; }

# ---------------------------------------------------------------------------------------------------------------
# Preparation: tools and inputs, made once and never timed.

# Touchmap's own jars: built from this checkout when missing (not rebuilt otherwise: rebuild after a change).
build_touchmap() {
  if [ ! -f "$cli_jar" ] || [ ! -x "$launcher" ] || [ ! -f benchmarks/target/classes/io/touchmap/benchmarks/SyntheticMap.class ]; then
    say "building the command line and the benchmarks (mvn package, tests skipped)"
    mvn -B -q -o -pl cli,benchmarks -am package -DskipTests -Dinvoker.skip
  fi
}

# mermaid-cli from the npm registry, without Puppeteer's own browser: Debian's Chromium draws, without a sandbox
# (as root in a container it would not start otherwise).
install_mermaid() {
  local chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
  [ -n "$chromium" ] || fail "mermaid-cli needs Chromium, which this machine lacks"
  command -v npm >/dev/null || fail "mermaid-cli needs Node.js and npm, which this machine lacks"
  if [ ! -x "$mermaid_home/node_modules/.bin/mmdc" ] || [ "$(cat "$mermaid_home/version" 2>/dev/null)" != "$mermaid_version" ]; then
    say "installing mermaid-cli $mermaid_version into $mermaid_home"
    mkdir -p "$mermaid_home"
    (cd "$mermaid_home" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund "@mermaid-js/mermaid-cli@$mermaid_version" >/dev/null)
    echo "$mermaid_version" > "$mermaid_home/version"
  fi
  printf '{"executablePath": "%s", "args": ["--no-sandbox"]}\n' "$chromium" > "$work/puppeteer.json"
  chromium_version=$("$chromium" --version 2>/dev/null || echo "$chromium")
}

# JasperReports through its own small Maven project (not a module of Touchmap's build), and the report compiled
# once to .jasper: the timed runs fill a precompiled report, as an application using JasperReports does.
install_jasper() {
  (cd "$jasper_project" && mvn -B -q package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt) >"$log/jasper-build.log" 2>&1 \
    || fail "cannot build $jasper_project (JasperReports comes from Maven Central: is the network reachable?); see $log/jasper-build.log"
  jasper_cp=$root/$jasper_project/target/classes:$(cat "$jasper_project/target/classpath.txt")
  java -cp "$jasper_cp" io.touchmap.anchors.JasperAnchor compile \
    "$jasper_project/src/main/jasperreports/touchpoints.jrxml" "$work/touchpoints.jasper" 2>"$log/jasper-compile.log" \
    || fail "cannot compile the report; see $log/jasper-compile.log"
}

# A Mermaid journey of N tasks, the same every time: sections (stages) of 10 tasks up to 100 tasks, of 25 beyond,
# scores 1 to 5 and one or two of four actors in turn.
write_journey() {
  local tasks=$1 file=$2 per_section=10 i
  [ "$tasks" -le 100 ] || per_section=25
  local verbs=(Discover Compare Ask Order Pay Track Receive Install Use Return Review Renew)
  local actors=(Customer Advisor Courier Support)
  {
    echo "journey"
    echo "  title A journey of $tasks tasks"
    for ((i = 0; i < tasks; i++)); do
      if ((i % per_section == 0)); then echo "  section Stage $((i / per_section + 1))"; fi
      local actor=${actors[i % 4]}
      if ((i % 3 == 0)); then actor="$actor, ${actors[(i + 1) % 4]}"; fi
      echo "    ${verbs[i % 12]} step $((i + 1)): $(((i * 7) % 5 + 1)): $actor"
    done
  } > "$file"
}

prepare_inputs() {
  local n
  for n in 100 500; do
    write_journey "$n" "$work/journey$n.mmd"
    rm -rf "$work/journey$n"
    java -jar "$cli_jar" import "$work/journey$n.mmd" --source-directory "$work/journey$n" >"$log/import$n.log" 2>&1 \
      || fail "touchmap import failed; see $log/import$n.log"
  done
  rm -rf "$work/sheets500"
  java -cp benchmarks/target/classes io.touchmap.benchmarks.SyntheticMap 500 "$work/sheets500"
  # Maven with its defaults: an empty .mvn/jvm.config of its own, or Maven would take this checkout's
  write_jvm_config maven ""
  if wants jvmconfig; then
    rm -rf "$work/map1000" "$work"/jvmconfig-*
    java -cp benchmarks/target/classes io.touchmap.benchmarks.SyntheticMap 1000 "$work/map1000"
    write_jvm_config jvmconfig-default ""
    write_jvm_config jvmconfig-c1 "-XX:TieredStopAtLevel=1"
    mkdir -p "$work/jvmconfig-starter/.mvn"
    cp "$starter_jvm_config" "$work/jvmconfig-starter/.mvn/"
  fi
  if wants starter; then
    mkdir -p "$work/starter/.mvn"
    cp "$starter_jvm_config" "$work/starter/.mvn/"
  fi
}

# write_jvm_config NAME OPTIONS: a folder to start Maven in, whose .mvn/jvm.config holds the options (Maven reads the
# one of the nearest folder upwards that holds .mvn: without one here, this checkout's own).
write_jvm_config() {
  mkdir -p "$work/$1/.mvn"
  echo "$2" > "$work/$1/.mvn/jvm.config"
}

# The launcher records its class-data archive on its first run; here into a cache of the script's own, by a first
# `touchmap render` of both formats, as a user's first render would, so that every timed run starts from it.
prepare_launcher() {
  export XDG_CACHE_HOME=$work/cache
  rm -rf "$XDG_CACHE_HOME" "$work/out/cds"
  "$launcher" render --source-directory example-site/src/touchmap --output-directory "$work/out/cds" >"$log/cds.log" 2>&1 \
    || fail "the touchmap launcher failed; see $log/cds.log"
}

# The plugin must already be in the local repository: this script never installs it (mvn install would put this
# checkout's snapshot into ~/.m2).
check_plugin() {
  local repo=${maven_repo:-$HOME/.m2/repository}
  plugin_jar=$repo/io/touchmap/touchmap-maven-plugin/$version/touchmap-maven-plugin-$version.jar
  if [ ! -f "$plugin_jar" ]; then
    say "the maven pair needs $plugin in $repo; install it first (mvn -B install -DskipTests),"
    say "or point --maven-repo at a repository that holds it, or leave the pair out (--pairs journey100,journey500,sheets500)"
    exit 1
  fi
  maven_version=$(mvn -v 2>/dev/null | sed -n '1s/\x1b\[[0-9;]*m//g; 1s/^Apache Maven \([^ ]*\).*/\1/p')
}

# ---------------------------------------------------------------------------------------------------------------
# Timing: every run a fresh process writing into an emptied folder; wall time from bash's clock.

# time_run NAME OUTPUT_DIR COMMAND…: runs the command, appends its seconds to $work/times/NAME, fails on error.
time_run() {
  local name=$1 out=$2
  shift 2
  rm -rf "$out" && mkdir -p "$out"
  local start=$EPOCHREALTIME
  if ! "$@" >"$log/$name.log" 2>&1; then
    say "$name failed: $*"
    tail -20 "$log/$name.log" >&2
    exit 1
  fi
  local end=$EPOCHREALTIME
  echo "$end $start" | awk '{ printf "%.3f\n", $1 - $2 }' >> "$work/times/$name"
}

# maven DIR ARGUMENTS…: Maven started in DIR, quiet and offline. Never in this checkout's root: a goal run there would
# run once for each module of its pom.xml.
maven() {
  local dir=$1
  shift
  mkdir -p "$dir"
  (cd "$dir" && mvn -B -o -q $mvn_repo_option "$@")
}

# The commands of each side, by name: run_side NAME OUTPUT_DIR.
run_side() {
  local name=$1 out=$2
  case $name in
    journey100-java|journey500-java)
      time_run "$name" "$out" java -jar "$cli_jar" render --formats html --source-directory "$work/${name%-java}" --output-directory "$out" ;;
    journey100-launcher|journey500-launcher)
      time_run "$name" "$out" "$launcher" render --formats html --source-directory "$work/${name%-launcher}" --output-directory "$out" ;;
    journey100-maven|journey500-maven)
      time_run "$name" "$out" maven "$work/maven" "$plugin:render" -Dtouchmap.formats=html \
        "-Dtouchmap.sourceDirectory=$work/${name%-maven}" "-Dtouchmap.outputDirectory=$out" ;;
    journey100-mermaid|journey500-mermaid)
      time_run "$name" "$out" "$mermaid_home/node_modules/.bin/mmdc" -p "$work/puppeteer.json" -q \
        -i "$work/${name%-mermaid}.mmd" -o "$out/journey.svg" ;;
    sheets500-java)
      time_run "$name" "$out" java -jar "$cli_jar" render --formats pdf --source-directory "$work/sheets500" --output-directory "$out" ;;
    sheets500-launcher)
      time_run "$name" "$out" "$launcher" render --formats pdf --source-directory "$work/sheets500" --output-directory "$out" ;;
    sheets500-maven)
      time_run "$name" "$out" maven "$work/maven" "$plugin:render" -Dtouchmap.formats=pdf \
        "-Dtouchmap.sourceDirectory=$work/sheets500" "-Dtouchmap.outputDirectory=$out" ;;
    sheets500-jasper)
      time_run "$name" "$out" java -cp "$jasper_cp" io.touchmap.anchors.JasperAnchor render \
        "$work/touchpoints.jasper" "$work/sheets500" "$out/touchpoints.pdf" ;;
    maven-render)
      time_run "$name" "$out" maven "$work/maven" "$plugin:render" \
        "-Dtouchmap.sourceDirectory=$root/example-site/src/touchmap" "-Dtouchmap.outputDirectory=$out" ;;
    maven-help)
      time_run "$name" "$out" maven "$work/maven" "$plugin:help" ;;
    starter-render)
      time_run "$name" "$out" maven "$work/starter" "$plugin:render" \
        "-Dtouchmap.sourceDirectory=$root/example-site/src/touchmap" "-Dtouchmap.outputDirectory=$out" ;;
    starter-help)
      time_run "$name" "$out" maven "$work/starter" "$plugin:help" ;;
    jvmconfig-*)
      # Maven reads .mvn/jvm.config from the folder it starts in (or the nearest parent holding .mvn)
      time_run "$name" "$out" maven "$work/$name" "$plugin:render" \
        "-Dtouchmap.sourceDirectory=$work/map1000" "-Dtouchmap.outputDirectory=$out" ;;
    *) fail "no command named $name" ;;
  esac
}

# run_pair PAIR ANCHOR SIDE…: warm-ups, then counted rounds; each round runs every side once, the anchor first in
# odd rounds and last in even ones, so that a load that rises or falls during the run weighs on both alike.
run_pair() {
  local pair=$1
  shift
  local sides=("$@") round side order
  say "$pair: ${sides[*]}"
  for ((round = 1; round <= warmups + runs; round++)); do
    if ((round % 2)); then order=("${sides[@]}"); else order=("${sides[@]:1}" "${sides[0]}"); fi
    for side in "${order[@]}"; do
      run_side "$side" "$work/out/$side"
    done
    if ((round == warmups)); then rm -f "${sides[@]/#/$work/times/}"; fi
  done
}

# ---------------------------------------------------------------------------------------------------------------
# Report: medians and the median of the per-round ratios.

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# report_pair PAIR ANCHOR SIDE…: one line per Touchmap side.
report_pair() {
  local pair=$1 anchor=$2
  shift 2
  local anchor_median side
  anchor_median=$(median < "$work/times/$anchor")
  for side in "$@"; do
    local side_median ratio difference
    side_median=$(median < "$work/times/$side")
    ratio=$(paste "$work/times/$side" "$work/times/$anchor" | awk '{ print $1 / $2 }' | median)
    difference=$(paste "$work/times/$side" "$work/times/$anchor" | awk '{ print $1 - $2 }' | median)
    printf '| %s | %s | %.2f | %s | %.2f | %.2f (%.2f× %s) | %+.2f |\n' "$pair" "${side#"$pair"-}" "$side_median" \
      "${anchor#"$pair"-}" "$anchor_median" "$ratio" \
      "$(awk -v r="$ratio" 'BEGIN { print (r <= 1 ? 1 / r : r) }')" \
      "$(awk -v r="$ratio" 'BEGIN { print (r <= 1 ? "faster" : "slower") }')" "$difference"
  done
}

main() {
  mkdir -p "$work" "$log"
  rm -rf "$work/times" "$work/out"
  mkdir -p "$work/times" "$work/out"
  build_touchmap
  [ -f "$cli_jar" ] || fail "no $cli_jar"
  local has_plugin=
  if wants maven || wants starter || wants jvmconfig || [ -n "$maven_repo" ]; then check_plugin; has_plugin=yes; fi
  if wants journey100 || wants journey500; then install_mermaid; fi
  if wants sheets500; then install_jasper; fi
  prepare_inputs
  prepare_launcher

  local load_start
  load_start=$(cut -d ' ' -f 1-3 /proc/loadavg)
  local p maven_side
  for p in journey100 journey500 sheets500; do
    if wants "$p"; then
      maven_side=${has_plugin:+$p-maven}
      case $p in
        journey*) run_pair "$p" "$p-mermaid" "$p-java" "$p-launcher" $maven_side ;;
        sheets500) run_pair "$p" "$p-jasper" "$p-java" "$p-launcher" $maven_side ;;
      esac
    fi
  done
  if wants maven; then run_pair maven maven-help maven-render; fi
  if wants starter; then run_pair starter starter-help starter-render; fi
  if wants jvmconfig; then run_pair jvmconfig jvmconfig-default jvmconfig-c1 jvmconfig-starter; fi
  local load_end
  load_end=$(cut -d ' ' -f 1-3 /proc/loadavg)

  echo
  echo "Cold, whole process, wall time in seconds: median of $runs runs after $warmups warm-up(s), sides interleaved."
  echo "Ratio: the median of the per-round ratios of Touchmap's time to the anchor's (below 0.5: at least 2× faster)."
  echo
  echo "| pair | Touchmap | median s | anchor | median s | ratio | median difference s |"
  echo "|---|---|---|---|---|---|---|"
  for p in journey100 journey500; do
    if wants "$p"; then report_pair "$p" "$p-mermaid" "$p-java" "$p-launcher" ${has_plugin:+$p-maven}; fi
  done
  if wants sheets500; then report_pair sheets500 sheets500-jasper sheets500-java sheets500-launcher ${has_plugin:+sheets500-maven}; fi
  if wants maven; then report_pair maven maven-help maven-render; fi
  if wants starter; then report_pair starter starter-help starter-render; fi
  if wants jvmconfig; then report_pair jvmconfig jvmconfig-default jvmconfig-c1 jvmconfig-starter; fi
  echo
  echo "Load average (1, 5, 15 min): $load_start at start, $load_end at end; $(nproc) processors"
  echo "JDK: $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p') ($(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.vendor = //p'))"
  echo "Touchmap $version: $cli_jar ($(date -u -r "$cli_jar" '+%Y-%m-%d %H:%M UTC'))"
  if wants journey100 || wants journey500; then
    echo "mermaid-cli $mermaid_version (@mermaid-js/mermaid-cli, mermaid $(sed -n 's/.*"version": "\(.*\)".*/\1/p' "$mermaid_home/node_modules/mermaid/package.json" | head -1)), Node.js $(node --version), $chromium_version"
  fi
  if wants sheets500; then echo "JasperReports $jasper_version (net.sf.jasperreports:jasperreports), report precompiled, DejaVu Sans embedded"; fi
  if [ -n "$has_plugin" ]; then echo "Maven $maven_version, plugin from $plugin_jar ($(date -u -r "$plugin_jar" '+%Y-%m-%d %H:%M UTC'))"; fi
}

main
