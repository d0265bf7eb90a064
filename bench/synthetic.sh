#!/usr/bin/env bash
# Writes N synthetic claims (default 10,000) shaped like the real ones into DIR (default target/synthetic-N), for
# measuring the index at scale: bench/synthetic.sh 10000 && bench/match.sh target/synthetic-10000
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
dir=${2:-target/synthetic-$n}
./mvnw -q -B -DskipTests package
rm -rf "$dir"
exec java -cp target/tarikh.jar:target/test-classes org.tarikh.bench.SyntheticKnowledge "$n" "$dir" knowledge
