// The Flex Consumption (FC1) plan and the Function App (dotnet-isolated 10.0, Linux). The app runs
// as a user-assigned identity; every storage, Key Vault and Application Insights connection uses
// that identity, so no setting holds a key or a connection string with a secret.
param name string
param planName string
param location string = resourceGroup().location
param tags object = {}

@description('Tag azd uses to find the app it deploys the `api` service to.')
param serviceName string = 'api'

param identityResourceId string
param identityClientId string
param applicationInsightsName string

@description('Account for the Functions host (AzureWebJobsStorage) and the deployment package.')
param hostStorageAccountName string
param deploymentContainerName string

@description('Account holding the report data (ReportStorage).')
param dataStorageAccountName string
param reportsContainerName string

@description('The queue Event Grid delivers the reports container\'s blob events to; ProcessUploadedReport reads it.')
param reportEventsQueueName string

@description('Versionless Key Vault secret URI of the SMTP password.')
param smtpPasswordSecretUri string

param weeklyDigestSchedule string
param digestRecipients string
param digestTimeZone string
param smtpHost string
param smtpPort int
param smtpSecurity string
param smtpUser string
param smtpFrom string

param runtimeVersion string = '10.0'
param instanceMemoryMB int = 2048
param maximumInstanceCount int = 40

resource hostStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: hostStorageAccountName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: dataStorageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    // Key Vault references resolve with the user-assigned identity, not a system-assigned one.
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostStorage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
    }
  }

  // Flex Consumption does not take FUNCTIONS_WORKER_RUNTIME or FUNCTIONS_EXTENSION_VERSION: the
  // runtime comes from functionAppConfig above. Names match what the app reads (docs/configuration.md).
  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // Functions host storage, identity-based.
      AzureWebJobsStorage__blobServiceUri: hostStorage.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: hostStorage.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: hostStorage.properties.primaryEndpoints.table
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId

      // Report data (blob trigger connection "ReportStorage" and the table store), identity-based.
      ReportStorage__blobServiceUri: dataStorage.properties.primaryEndpoints.blob
      ReportStorage__queueServiceUri: dataStorage.properties.primaryEndpoints.queue
      ReportStorage__tableServiceUri: dataStorage.properties.primaryEndpoints.table
      ReportStorage__credential: 'managedidentity'
      ReportStorage__clientId: identityClientId
      ReportsContainer: reportsContainerName
      ReportEventsQueue: reportEventsQueueName
      // Event Grid raises every upload's event in Azure; the app's own upload path must not add a second.
      Storage__EnqueueOnUpload: 'false'

      // Weekly digest: NCRONTAB evaluated in UTC by the Linux Flex Consumption host.
      WeeklyDigestSchedule: weeklyDigestSchedule
      Digest__Recipients: digestRecipients
      Digest__DashboardUrl: 'https://${site.properties.defaultHostName}/api/dashboard'
      Digest__TimeZone: digestTimeZone

      Smtp__Host: smtpHost
      Smtp__Port: string(smtpPort)
      Smtp__Security: smtpSecurity
      Smtp__User: smtpUser
      Smtp__Password: '@Microsoft.KeyVault(SecretUri=${smtpPasswordSecretUri})'
      Smtp__From: smtpFrom

      // Telemetry with Entra ID authentication (App Insights local auth is disabled).
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    }
  }

  // No basic-auth publishing: azd deploys with Entra ID.
  resource ftpPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scmPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

output name string = site.name
output resourceId string = site.id
output defaultHostName string = site.properties.defaultHostName
output uri string = 'https://${site.properties.defaultHostName}'
output dashboardUrl string = 'https://${site.properties.defaultHostName}/api/dashboard'
