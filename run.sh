#!/usr/bin/env bash
# Starts the whole platform on bundled sample data: installs what is missing, builds, and runs the AppHost,
# which starts PostgreSQL, RabbitMQ and the five services on 127.0.0.1. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_dotnet
ensure_debian_packages
dotnet build AltSeason.Platform.sln -c Release -nologo -v quiet
exec dotnet AppHost/bin/Release/net10.0/AltSeason.AppHost.dll "$@"
