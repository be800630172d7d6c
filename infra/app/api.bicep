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

@description('The queue of collection work (one message per URL), on the report data storage.')
param collectionQueueName string

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

@description('Application (client) id of the Entra ID app registration users sign in to (app roles Reviewer and Viewer, docs/deploy.md); empty leaves App Service Authentication off.')
param authClientId string = ''

@description('Entra ID tenant of that app registration.')
param authTenantId string = tenant().tenantId

@description('Who a caller with a function key but no sign-in is (scripts): the name recorded on its reviews, and its role.')
param scriptIdentity string = 'script'

@allowed(['Reviewer', 'Viewer'])
param scriptRole string = 'Reviewer'

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
      CollectionQueue: collectionQueueName

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

      // A function key caller without a sign-in (scripts): its name and role (docs/configuration.md).
      Api__ScriptIdentity: scriptIdentity
      Api__ScriptRole: scriptRole

      // Telemetry with Entra ID authentication (App Insights local auth is disabled).
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    }
  }

  // App Service Authentication (Easy Auth) with Entra ID, supported on Flex Consumption (docs/deploy.md). It validates
  // the sign-in (session cookie or bearer token) and passes the principal, app roles included, to the app in
  // X-MS-CLIENT-PRINCIPAL, stripping client copies. Unsigned requests go through (AllowAnonymous) because
  // scripts keep calling with function keys, which the Functions host checks; the app then acts on roles:
  // 403 without the route's role, and the dashboard page redirects an unsigned browser to /.auth/login/aad.
  resource authSettings 'config' = {
    name: 'authsettingsV2'
    properties: {
      platform: {
        enabled: !empty(authClientId)
        runtimeVersion: '~1'
      }
      globalValidation: {
        requireAuthentication: false
        unauthenticatedClientAction: 'AllowAnonymous'
        redirectToProvider: 'azureactivedirectory'
      }
      identityProviders: {
        azureActiveDirectory: {
          enabled: true
          registration: {
            clientId: authClientId
            openIdIssuer: '${environment().authentication.loginEndpoint}${authTenantId}/v2.0'
          }
          validation: {
            allowedAudiences: [
              authClientId
              'api://${authClientId}'
            ]
          }
        }
      }
      login: {
        // No token store: Flex Consumption has no persistent file system for it, and the app needs only the principal.
        tokenStore: {
          enabled: false
        }
        preserveUrlFragmentsForLogins: true
      }
      httpSettings: {
        requireHttps: true
        routes: {
          apiPrefix: '/.auth'
        }
        forwardProxy: {
          convention: 'NoProxy'
        }
      }
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
