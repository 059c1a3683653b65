#!/usr/bin/env bash
# Runs the whole test suite on real PostgreSQL and RabbitMQ: installs what is missing, builds, tests,
# and ends with one line "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_dotnet
ensure_debian_packages nodejs npm chromium

results=artifacts/test-results
rm -rf "$results"
dotnet build AltSeason.Platform.sln -nologo -v quiet
# One test project at a time: each starts its own private servers, and two cores are better spent on one
# project's parallel tests than on several server sets at once. One .trx per project, named after it.
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=1
done
summary=$(scripts/test-summary.sh "$results")
echo "$summary"
# A failure to run (a crash, no results) must fail too, not just failed tests.
[[ $summary =~ ^[1-9][0-9]*\ passed,\ 0\ failed && $status -eq 0 ]]
