targetScope = 'subscription'

// Report audit: a Flex Consumption Function App that checks uploaded annual reports.
// `azd up` provisions this file and deploys functions/app. Blob events of the reports container go
// through Event Grid into the report-events queue, which ProcessUploadedReport (a queue trigger) reads.

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; with the subscription and location it seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Primary location for all resources (must offer Flex Consumption).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user or service principal; it gets data roles on the report storage and Key Vault. Empty to skip.')
param principalId string = deployer().objectId

@allowed([
  'User'
  'ServicePrincipal'
])
@description('Kind of principal principalId is (ServicePrincipal when a pipeline runs azd).')
param principalType string = 'User'

// Optional name overrides; empty means a generated name.
param resourceGroupName string = ''
param functionAppName string = ''
param appServicePlanName string = ''
param identityName string = ''
param dataStorageAccountName string = ''
param hostStorageAccountName string = ''
param keyVaultName string = ''
param applicationInsightsName string = ''
param logAnalyticsName string = ''

@description('NCRONTAB (6 fields) for SendWeeklyDigest, evaluated in UTC on Flex Consumption (Linux): 0 0 0 * * 1 is Monday 00:00 UTC = Monday 08:00 China Standard Time.')
param weeklyDigestSchedule string = '0 0 0 * * 1'

@description('Digest recipients, semicolon-separated email addresses. Empty: the digest is composed but not sent.')
param digestRecipients string = ''

@description('IANA time zone used to word dates in the digest (not for the schedule, which is UTC).')
param digestTimeZone string = 'Asia/Shanghai'

@description('SMTP server host name.')
param smtpHost string = ''

@minValue(1)
@maxValue(65535)
@description('SMTP port: 587 for StartTls, 465 for Tls, 25 for None.')
param smtpPort int = 587

@allowed([
  'None'
  'StartTls'
  'Tls'
])
@description('SMTP transport security.')
param smtpSecurity string = 'StartTls'

@description('SMTP user name; empty for a relay without authentication.')
param smtpUser string = ''

@description('Sender address of the digest, e.g. "Report audit <audit@example.com>".')
param smtpFrom string = ''

@secure()
@description('SMTP password, stored in Key Vault. Empty: the secret is not written (keep the existing one).')
param smtpPassword string = ''

@description('Application (client) id of the Entra ID app registration with the app roles Reviewer and Viewer (docs/deploy.md); empty leaves sign-in off and only function keys in use.')
param authClientId string = ''

@allowed(['Reviewer', 'Viewer'])
@description('Role of a caller with a function key but no sign-in (scripts).')
param scriptRole string = 'Reviewer'

var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

var reportsContainerName = 'reports'
var reportEventsQueueName = 'report-events'
var deadLetterContainerName = 'report-events-deadletter'
// The collection queue: one message per URL to fetch; the host moves a message tried 5 times to '-poison'.
var collectionQueueName = 'collection'
var appName = !empty(functionAppName) ? functionAppName : '${abbrs.webSitesFunctions}${resourceToken}'
var deploymentContainerName = 'app-package-${take(appName, 32)}-${take(resourceToken, 7)}'

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: !empty(identityName) ? identityName : '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

// Report data: uploads, parsed output, rosters, and the result tables.
module dataStorage 'app/storage.bicep' = {
  name: 'dataStorage'
  scope: rg
  params: {
    name: !empty(dataStorageAccountName) ? dataStorageAccountName : '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containers: [
      reportsContainerName
      'parsed'
      'rosters'
      deadLetterContainerName
    ]
    queues: [
      reportEventsQueueName
      '${reportEventsQueueName}-poison'
      collectionQueueName
      '${collectionQueueName}-poison'
    ]
    tables: [
      'Reports'
      'Findings'
      'BodyIndex'
      'Aggregates'
      'Reviews'
      'DigestRuns'
      'Subscriptions'
      'CollectionLog'
      'Tracking'
    ]
  }
}

// Functions host storage (AzureWebJobsStorage) and the Flex Consumption deployment container.
module hostStorage 'app/storage.bicep' = {
  name: 'hostStorage'
  scope: rg
  params: {
    name: !empty(hostStorageAccountName) ? hostStorageAccountName : '${abbrs.storageStorageAccounts}fn${resourceToken}'
    location: location
    tags: tags
    containers: [
      deploymentContainerName
    ]
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: !empty(logAnalyticsName) ? logAnalyticsName : '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: !empty(applicationInsightsName) ? applicationInsightsName : '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyVault'
  scope: rg
  params: {
    name: !empty(keyVaultName) ? keyVaultName : '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    smtpPassword: smtpPassword
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    dataStorageAccountName: dataStorage.outputs.name
    hostStorageAccountName: hostStorage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    appPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: appName
    planName: !empty(appServicePlanName) ? appServicePlanName : '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    hostStorageAccountName: hostStorage.outputs.name
    deploymentContainerName: deploymentContainerName
    dataStorageAccountName: dataStorage.outputs.name
    reportsContainerName: reportsContainerName
    reportEventsQueueName: reportEventsQueueName
    collectionQueueName: collectionQueueName
    smtpPasswordSecretUri: keyVault.outputs.smtpPasswordSecretUri
    weeklyDigestSchedule: weeklyDigestSchedule
    digestRecipients: digestRecipients
    digestTimeZone: digestTimeZone
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpSecurity: smtpSecurity
    smtpUser: smtpUser
    smtpFrom: smtpFrom
    authClientId: authClientId
    scriptRole: scriptRole
  }
  // The app's first start reads storage and Key Vault with its identity: roles first.
  dependsOn: [
    rbac
  ]
}

module events 'app/events.bicep' = {
  name: 'events'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}reports-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: dataStorage.outputs.name
    reportsContainerName: reportsContainerName
    queueName: reportEventsQueueName
    deadLetterContainerName: deadLetterContainerName
  }
}

// Read by azd (AZURE_*, SERVICE_*); shown by `azd env get-values`.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.vaultUri
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output FUNCTION_APP_URL string = api.outputs.uri
output DASHBOARD_URL string = api.outputs.dashboardUrl
output REPORT_STORAGE_ACCOUNT_NAME string = dataStorage.outputs.name
output REPORT_STORAGE_BLOB_ENDPOINT string = dataStorage.outputs.blobEndpoint
output REPORT_STORAGE_QUEUE_ENDPOINT string = dataStorage.outputs.queueEndpoint
output REPORT_STORAGE_TABLE_ENDPOINT string = dataStorage.outputs.tableEndpoint
output REPORTS_CONTAINER string = reportsContainerName
output COLLECTION_QUEUE string = collectionQueueName
output HOST_STORAGE_ACCOUNT_NAME string = hostStorage.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output EVENT_GRID_SYSTEM_TOPIC_NAME string = events.outputs.name
