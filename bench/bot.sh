#!/usr/bin/env bash
# The bot process (-Xmx256m) against the fake Bot API server: start-up to first getUpdates, questions per second.
# Usage: bench/bot.sh [KNOWLEDGE_DIR] [QUESTIONS.tsv ...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
knowledge=${1:-knowledge}
shift || true
if [ $# -eq 0 ]; then set -- knowledge/eval/*.tsv; fi
exec java -cp target/tarikh.jar:target/test-classes org.tarikh.bot.BotBenchmark "$knowledge" "$@"
