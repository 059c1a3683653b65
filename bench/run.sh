#!/usr/bin/env bash
# The benchmark suite in one command: builds Release, runs every program in bench/ with --json, and merges their
# figures with the machine's description into bench/results/report.md (people) and bench/results/report.json (tools).
#   ./bench/run.sh            full run (about 20 minutes on 2 cores)
#   ./bench/run.sh --quick    small sizes, a smoke run of every measurement (a few minutes)
set -uo pipefail
cd "$(dirname "$0")/.."

quick=""
if [[ "${1:-}" == "--quick" ]]; then quick="--quick"; elif [[ $# -gt 0 ]]; then echo "usage: $0 [--quick]" >&2; exit 2; fi
results=bench/results
rm -rf "$results" && mkdir -p "$results"

# One build: the runner project builds every bench program and the five services (the platform bench starts their
# Release builds; the AppHost picks its own configuration).
echo "== build (Release)"
dotnet build bench/AltSeason.Bench -c Release -nologo -v q -clp:ErrorsOnly || { echo "the build failed" >&2; exit 1; }

run() { dotnet "bench/$1/bin/Release/net10.0/$1.dll" "${@:2}"; }
run AltSeason.Bench machine "$results"

# suite name = the JSON file each program writes; a failing program is reported as missing, the rest still run.
suites=(signals ingestion-formats eventstore grpc-building-block platform)
programs=(AltSeason.Bench.Signals AltSeason.Bench.Ingestion AltSeason.Bench.EventStore AltSeason.Bench.Grpc AltSeason.Bench.Platform)
for i in "${!suites[@]}"; do
  echo "== ${programs[$i]} $quick"
  timeout 40m bash -c 'dotnet "bench/$1/bin/Release/net10.0/$1.dll" ${2:+$2} --json "$3"' _ "${programs[$i]}" "$quick" "$results/${suites[$i]}.json" \
    || echo "${programs[$i]} failed (exit $?)" >&2
done

run AltSeason.Bench merge "$results" "${suites[@]}"
