// Event Grid system topic on the report storage account. The blob trigger
// (Source = BlobTriggerSource.EventGrid) is fed by a subscription on this topic, which
// blob-events-subscription.bicep adds once the app's code, and so its blobs_extension key, exists.
param name string
param location string = resourceGroup().location
param tags object = {}
param storageAccountResourceId string

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountResourceId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
output resourceId string = systemTopic.id
