#!/usr/bin/env bash
# Renders the example map and every test fixture map into one folder (diagnostics, SARIF, site, PDF, diffs), so that
# two checkouts, or one before and after a change, can be compared byte for byte:
#   benchmarks/render-corpus.sh /tmp/before   # on the old code
#   benchmarks/render-corpus.sh /tmp/after    # on the new code
#   diff -r /tmp/before /tmp/after
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:?usage: benchmarks/render-corpus.sh OUTPUT_DIRECTORY}")
rm -rf "$out"
mvn -B -q -o -pl benchmarks -am package -DskipTests -Dinvoker.skip
mvn -B -q dependency:build-classpath -pl benchmarks -Dmdep.outputFile=target/corpus-classpath.txt >/dev/null
java -Djava.awt.headless=true -cp "benchmarks/target/classes:generator-core/target/classes:$(cat benchmarks/target/corpus-classpath.txt)" \
  io.touchmap.benchmarks.RenderCorpus . "$out"
