using System.Text.Json.Nodes;

namespace ReportAudit.Infra.Tests;

/// <summary>One resource declaration in the compiled template, with the scope it was declared in.</summary>
public sealed class ArmResource(JsonObject node, ArmScope scope)
{
    public JsonObject Node { get; } = node;

    public ArmScope Scope { get; } = scope;

    public string Type => (string?)Node["type"] ?? string.Empty;

    /// <summary>The raw name, usually an expression.</summary>
    public string Name => (string?)Node["name"] ?? string.Empty;

    public bool IsExisting => Node["existing"] is JsonValue existing && existing.GetValue<bool>();

    /// <summary>Deployed only when its condition (or its module's condition) holds.</summary>
    public bool IsConditional => Node["condition"] is not null || Scope.Deployment?["condition"] is not null;

    /// <summary>The name of the Bicep module (nested deployment) the resource is declared in, or null at top level.</summary>
    public string? Module => (string?)Scope.Deployment?["name"];

    public JsonNode? Property(string path)
    {
        JsonNode? current = Node["properties"];
        foreach (var part in path.Split('.'))
        {
            current = current?[part];
        }

        return current;
    }

    public string? Raw(string path) => Property(path) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The property evaluated at compile time (parameter defaults, variables, format), or null.</summary>
    public string? Evaluate(string path) => ArmTemplate.Evaluate(Raw(path), Scope);

    public bool? Boolean(string path) => Property(path) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}
