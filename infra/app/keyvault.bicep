// Key Vault in RBAC mode (no access policies) with soft delete and purge protection, holding the
// SMTP password. The Function App reads it through a Key Vault reference in Smtp__Password.
param name string
param location string = resourceGroup().location
param tags object = {}

@description('Name of the secret that holds the SMTP password.')
param smtpPasswordSecretName string = 'smtp-password'

@secure()
@description('SMTP password. Empty: the secret is left as it is (created earlier, or set later with az keyvault secret set).')
param smtpPassword string = ''

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: smtpPasswordSecretName
  properties: {
    contentType: 'text/plain'
    value: smtpPassword
  }
}

output resourceId string = vault.id
output name string = vault.name
output vaultUri string = vault.properties.vaultUri
// The URI names the secret; it does not contain its value.
#disable-next-line outputs-should-not-contain-secrets
@description('Versionless URI of the SMTP password secret: the app always reads its latest version.')
output smtpPasswordSecretUri string = '${vault.properties.vaultUri}secrets/${smtpPasswordSecretName}'
