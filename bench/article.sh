#!/usr/bin/env bash
# The bot against the fake Bot API with the real knowledge: update-to-reply time for the whole article sent as a
# .txt file, and the replies to a pasted paragraph, that file and a link to a local page.
# Usage: bench/article.sh [KNOWLEDGE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -cp target/tarikh.jar:target/test-classes org.tarikh.bot.ArticleFileBenchmark "${1:-knowledge}" \
  ../shared/source/article.txt
