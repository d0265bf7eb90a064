#!/usr/bin/env bash
# The matching path against bare Lucene BM25, same claims, same JVM, side by side: index build, a question's warm
# p50/p99, the whole article, heap after GC. Issue bars: question p50 <= 0.3 ms, p99 <= 1 ms; article <= 30 ms;
# at 10,000 synthetic claims (bench/synthetic.sh) build <= 3 s, question p99 <= 3 ms, heap <= 150 MB.
# Usage: bench/match.sh [KNOWLEDGE_DIR] [QUESTIONS.tsv ...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
knowledge=${1:-knowledge}
shift || true
if [ $# -eq 0 ]; then set -- knowledge/eval/*.tsv; fi
exec java -Xmx512m -cp target/tarikh.jar:target/test-classes org.tarikh.bench.MatchBenchmark \
  "$knowledge" ../shared/source/article.txt "$@"
