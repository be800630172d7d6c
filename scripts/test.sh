#!/usr/bin/env bash
# Runs every test: checks the infrastructure offline, builds the solution (warnings are errors),
# starts the real services the integration tests need on 127.0.0.1 (Azurite, MailDev, Chromium),
# runs all tests and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh

# Infrastructure: compile and lint the Bicep offline (the ARM assertions read its output).
bash scripts/check-infra.sh

dotnet build Serverless.sln -c Release -nologo

install_node_tools
install_chromium
data="$(mktemp -d)"
trap 'rc=$?; stop_services; rm -rf "$data" || true; exit $rc' EXIT
start_azurite "$data/azurite"
start_maildev

dotnet test Serverless.sln -c Release --no-build -nologo --logger "console;verbosity=minimal"
