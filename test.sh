#!/usr/bin/env bash
# Runs the whole test suite on real PostgreSQL and RabbitMQ: installs what is missing, builds, tests,
# and ends with one line "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_dotnet
ensure_debian_packages nodejs npm

results=artifacts/test-results
rm -rf "$results"
dotnet build AltSeason.Platform.sln -nologo -v quiet
set +e
dotnet test AltSeason.Platform.sln --no-build -nologo --logger "trx" --results-directory "$results" "$@"
status=$?
set -e
summary=$(scripts/test-summary.sh "$results")
echo "$summary"
# A failure to run (a crash, no results) must fail too, not just failed tests.
[[ $summary == *"0 failed"* && $summary != "0 passed"* && $status -eq 0 ]]
