#!/usr/bin/env bash
# Reload time of the whole knowledge base in a running process, with questions answered meanwhile.
# Usage: bench/reload.sh [KNOWLEDGE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -Xmx256m -cp target/tarikh.jar:target/test-classes org.tarikh.bench.ReloadBenchmark "${1:-knowledge}"
