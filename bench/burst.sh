#!/usr/bin/env bash
# 2,000 questions from 200 chats against the fake Bot API server enforcing Telegram's limits: time to drain,
# messages per second, 429s seen. Usage: bench/burst.sh [KNOWLEDGE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -cp target/tarikh.jar:target/test-classes org.tarikh.bot.BurstBenchmark "${1:-knowledge}"
