#!/usr/bin/env bash
# Index build time and warm answer latency of the core (issue: ask under 1 ms p50, 5 ms p99; build < 0.5 s).
# Usage: bench/ask.sh [KNOWLEDGE_DIR] [QUESTIONS.tsv ...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
knowledge=${1:-knowledge}
shift || true
if [ $# -eq 0 ]; then set -- knowledge/eval/*.tsv; fi
exec java -Xmx256m -cp target/tarikh.jar:target/test-classes org.tarikh.bench.AskBenchmark "$knowledge" "$@"
