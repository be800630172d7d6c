using System.Text.Json.Nodes;

namespace ReportAudit.Infra.Tests;

/// <summary>A template and, for a Bicep module, the deployment that passes it its parameters.</summary>
public sealed record ArmScope(JsonObject Template, JsonObject? Deployment, ArmScope? Parent);
