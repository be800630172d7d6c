// Delivers BlobCreated events for the reports container to the blob extension's webhook, which
// runs ProcessUploadedReport. The webhook needs the host's blobs_extension system key; that key
// exists only after the code is deployed, so main.bicep deploys this module only when
// blobEventSubscriptionEnabled is true (set by infra/scripts/postdeploy.sh). The key is read
// here, inside the deployment, and never passes through azd's environment or a parameter.
param systemTopicName string
param functionAppName string
param reportsContainerName string

@description('Function the blob extension webhook dispatches to.')
param functionName string = 'ProcessUploadedReport'

param subscriptionName string = 'reports-blob-created'

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

// POST .../sites/<app>/host/default/listkeys (Microsoft.Web/sites/host has no Bicep types).
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', functionApp.apiVersion).systemKeys.blobs_extension

resource blobCreated 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: subscriptionName
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${reportsContainerName}/'
      enableAdvancedFilteringOnArrays: true
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output name string = blobCreated.name
