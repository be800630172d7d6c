#!/usr/bin/env bash
# Runs every test: builds the solution (warnings are errors), starts the real services the
# integration tests need on 127.0.0.1 (Azurite, an SMTP test server, Chromium), runs the tests,
# checks the infrastructure offline, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

# Infrastructure: compile and lint the Bicep offline (the ARM assertions read its output).
bash scripts/check-infra.sh

dotnet build Serverless.sln -c Release -nologo
dotnet test Serverless.sln -c Release --no-build -nologo --logger "console;verbosity=normal"
