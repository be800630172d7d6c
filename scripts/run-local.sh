#!/usr/bin/env bash
# Runs the whole app on this machine: Azurite (data kept in .azurite/), MailDev for the digest,
# and the local runner (blob trigger, scheduled digest, HTTP API and dashboard on 127.0.0.1:7071),
# with the five sample reports uploaded on first start.
# Against a real storage account: ReportStorage="<connection string>" bash scripts/run-local.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
trap stop_services EXIT

if [[ -z "${ReportStorage:-}" ]]; then
  install_node_tools
  start_azurite "$PWD/.azurite"
fi
install_node_tools
start_maildev
echo "MailDev (digest mail): http://127.0.0.1:1080"

samples="${SAMPLES_DIR:-../shared/samples}"
seed=()
[[ -d "$samples" ]] && seed=(--seed "$samples")
dotnet run --project functions/local -c Release -- serve "${seed[@]}" --roster scripts/sample-roster.csv
