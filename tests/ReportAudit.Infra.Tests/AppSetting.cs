using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportAudit.Infra.Tests;

/// <summary>One Function App setting as declared in the template.</summary>
public sealed record AppSetting(string Name, JsonNode? Value, ArmScope Scope)
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The value as written in the template: the string itself, or the JSON of any other value.</summary>
    public string RawText => Text ?? Value?.ToJsonString(Unescaped) ?? string.Empty;

    /// <summary>The string value as written, or null for a non-string value.</summary>
    public string? Text => Value is JsonValue text && text.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The value evaluated at compile time, or null when it depends on deployment.</summary>
    public string? Evaluated => ArmTemplate.Evaluate(Text, Scope);
}
