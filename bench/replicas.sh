#!/usr/bin/env bash
# Two replicas of the jar in webhook mode on one PostgreSQL, a burst of 2,000 questions from 200 chats, one replica
# killed (SIGKILL) after 1,000 replies: lost, answered twice, 429s, drain time against the least the limits allow,
# and the time from the death to the other replica answering its chats. It is ReplicasIT, run alone.
# Needs a PostgreSQL database the given role owns, e.g. the one .ci/run makes:
#   TARIKH_TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/tarikh_test \
#   TARIKH_TEST_DATABASE_USER=tarikh_test TARIKH_TEST_DATABASE_PASSWORD=tarikh_test bench/replicas.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TARIKH_TEST_DATABASE_URL:?set TARIKH_TEST_DATABASE_URL (and _USER, _PASSWORD) to a PostgreSQL database}"
./mvnw -q -B verify -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReplicasIT
cat target/replicas-burst.txt
