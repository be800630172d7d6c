using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReportAudit.Infra.Tests;

/// <summary>
/// The ARM template compiled from infra/main.bicep, flattened: every resource of the top-level
/// template and of each nested deployment (Bicep module), with enough of ARM's expression language
/// evaluated (parameters, variables, format) to read the values that are fixed at compile time.
/// </summary>
public sealed partial class ArmTemplate
{
    public const string PathVariable = "INFRA_ARM_JSON";

    private static readonly Lazy<ArmTemplate> Compiled = new(() => LoadFrom(DefaultPath()));

    private ArmTemplate(IReadOnlyList<ArmResource> resources) => Resources = resources;

    public IReadOnlyList<ArmResource> Resources { get; }

    /// <summary>The template at $INFRA_ARM_JSON or where scripts/check-infra.sh writes it.</summary>
    public static ArmTemplate Load() => Compiled.Value;

    public static ArmTemplate LoadFrom(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Compiled ARM template not found at '{path}'. Run `bash scripts/check-infra.sh` first " +
                $"(it compiles infra/main.bicep there), or set {PathVariable} to the compiled main.json.",
                path);
        }

        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidDataException($"'{path}' is not a JSON object.");
        var resources = new List<ArmResource>();
        Collect(new ArmScope(root, Deployment: null, Parent: null), resources);
        return new ArmTemplate(resources);
    }

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => !r.IsExisting && string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every app setting of every Function App: the sites/config 'appsettings' resources and any
    /// siteConfig.appSettings array, as (name, raw value, scope).
    /// </summary>
    public IReadOnlyList<AppSetting> AppSettings()
    {
        var settings = new List<AppSetting>();
        foreach (var config in OfType("Microsoft.Web/sites/config"))
        {
            if (config.Name.Contains("appsettings", StringComparison.OrdinalIgnoreCase)
                && config.Node["properties"] is JsonObject properties)
            {
                settings.AddRange(properties.Select(p => new AppSetting(p.Key, p.Value, config.Scope)));
            }
        }

        foreach (var site in OfType("Microsoft.Web/sites"))
        {
            if (site.Property("siteConfig.appSettings") is JsonArray array)
            {
                settings.AddRange(array.OfType<JsonObject>().Select(
                    s => new AppSetting((string?)s["name"] ?? string.Empty, s["value"], site.Scope)));
            }
        }

        return settings;
    }

    public static string DefaultPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "infra", "main.bicep")))
            {
                return Path.Combine(dir.FullName, ".bicep", "out", "main.json");
            }
        }

        throw new DirectoryNotFoundException(
            $"No repository root (a folder with infra/main.bicep) above '{AppContext.BaseDirectory}'; set {PathVariable}.");
    }

    private static void Collect(ArmScope scope, List<ArmResource> into)
    {
        // Bicep emits an array, or an object keyed by symbolic name (languageVersion 2.0).
        var nodes = scope.Template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };

        foreach (var node in nodes)
        {
            var resource = new ArmResource(node, scope);
            into.Add(resource);
            if (resource.Type == "Microsoft.Resources/deployments"
                && node["properties"]?["template"] is JsonObject nested)
            {
                Collect(new ArmScope(nested, node, scope), into);
            }
        }
    }

    /// <summary>
    /// Evaluates an ARM string as far as compile-time values allow: a literal, or an expression
    /// built from parameters(), variables() and format() over literals. Null when it depends on
    /// runtime values (reference(), resource ids, ...).
    /// </summary>
    internal static string? Evaluate(string? value, ArmScope scope)
    {
        if (value is null || !value.StartsWith('['))
        {
            return value;
        }

        if (value.StartsWith("[[", StringComparison.Ordinal))
        {
            return value[1..]; // an escaped literal that starts with '['
        }

        var expression = value[1..^1];
        expression = LookupCall().Replace(expression, m =>
        {
            var resolved = m.Groups["kind"].Value == "parameters"
                ? ResolveParameter(m.Groups["name"].Value, scope)
                : ResolveVariable(m.Groups["name"].Value, scope);
            return resolved is null ? m.Value : Quote(resolved);
        });

        if (QuotedLiteral().Match(expression) is { Success: true } literal)
        {
            return Unquote(literal.Groups["text"].Value);
        }

        if (FormatCall().Match(expression) is { Success: true } format)
        {
            var arguments = format.Groups["arg"].Captures.Select(c => (object)Unquote(c.Value[1..^1])).ToArray();
            return string.Format(CultureInfo.InvariantCulture, Unquote(format.Groups["format"].Value), arguments);
        }

        return null;
    }

    /// <summary>Replaces variables('x') whose value is a literal string, leaving the rest of the expression.</summary>
    internal static string InlineVariables(string value, ArmScope scope) =>
        LookupCall().Replace(value, m =>
            m.Groups["kind"].Value == "variables" && ResolveVariable(m.Groups["name"].Value, scope) is { } resolved
                ? Quote(resolved)
                : m.Value);

    /// <summary>The raw expression a module parameter receives from its parent template.</summary>
    internal static JsonNode? ParameterArgument(string name, ArmScope scope) =>
        scope.Deployment?["properties"]?["parameters"]?[name]?["value"];

    private static string? ResolveParameter(string name, ArmScope scope)
    {
        if (scope.Parent is not null && ParameterArgument(name, scope) is { } passed)
        {
            return passed is JsonValue value && value.TryGetValue<string>(out var text) ? Evaluate(text, scope.Parent) : null;
        }

        // Not passed by the parent template (or top level): the parameter's default.

        return scope.Template["parameters"]?[name]?["defaultValue"] is JsonValue fallback
            && fallback.TryGetValue<string>(out var defaultText)
            ? Evaluate(defaultText, scope)
            : null;
    }

    private static string? ResolveVariable(string name, ArmScope scope) =>
        scope.Template["variables"]?[name] is JsonValue variable && variable.TryGetValue<string>(out var text)
            ? Evaluate(text, scope)
            : null;

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Unquote(string text) => text.Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<kind>parameters|variables)\('(?<name>[^']+)'\)")]
    private static partial Regex LookupCall();

    [GeneratedRegex(@"^'(?<text>(?:[^']|'')*)'$")]
    private static partial Regex QuotedLiteral();

    [GeneratedRegex(@"^format\('(?<format>(?:[^']|'')*)'(?:,\s*(?<arg>'(?:[^']|'')*'))*\)$")]
    private static partial Regex FormatCall();
}
