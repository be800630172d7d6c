#!/bin/sh
# azd postdeploy hook: turns on the Event Grid subscription that feeds ProcessUploadedReport.
#
# The subscription (infra/app/blob-events-subscription.bicep) delivers to the blob extension's
# webhook, whose URL carries the host's blobs_extension system key. That key exists only once the
# code is deployed and the host has started, so the first provisioning leaves the subscription
# out. This hook waits until the key exists, sets BLOB_EVENT_SUBSCRIPTION_ENABLED=true in the azd
# environment and provisions again; the deployment then reads the key itself (listKeys), so the key
# never passes through this script's output, the azd environment or a parameter. Later runs of
# `azd up` / `azd provision` keep the subscription (and pick up a rotated key).
#
# Needs: azd, and the Azure CLI (az) signed in to the same tenant as azd.
set -eu

if [ "${BLOB_EVENT_SUBSCRIPTION_ENABLED:-false}" = "true" ]; then
  echo "postdeploy: Event Grid subscription already enabled; provisioning keeps it current."
  exit 0
fi

: "${AZURE_FUNCTION_APP_NAME:?run azd provision first}"
: "${AZURE_RESOURCE_GROUP:?run azd provision first}"
: "${AZURE_SUBSCRIPTION_ID:?run azd provision first}"

if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is required to read the function host keys; see docs/deploy.md." >&2
  exit 1
fi

echo "postdeploy: waiting for the blobs_extension key of $AZURE_FUNCTION_APP_NAME ..."
attempt=0
while :; do
  # Reading the keys also wakes the host, which creates the key on its first start.
  key="$(az functionapp keys list \
    --name "$AZURE_FUNCTION_APP_NAME" \
    --resource-group "$AZURE_RESOURCE_GROUP" \
    --subscription "$AZURE_SUBSCRIPTION_ID" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)"
  if [ -n "$key" ]; then
    break
  fi
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 30 ]; then
    echo "postdeploy: no blobs_extension key after 5 minutes. Check that ProcessUploadedReport was deployed" >&2
    echo "            (az functionapp function list), then run: azd hooks run postdeploy" >&2
    exit 1
  fi
  sleep 10
done
key=""

echo "postdeploy: key present; creating the Event Grid subscription (azd provision) ..."
azd env set BLOB_EVENT_SUBSCRIPTION_ENABLED true
azd provision --no-prompt
echo "postdeploy: BlobCreated events under /blobServices/default/containers/reports/ now reach ProcessUploadedReport."
