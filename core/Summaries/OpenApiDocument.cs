namespace ReportAudit.Core.Summaries;

/// <summary>The OpenAPI description of the HTTP routes (<c>Web/openapi.json</c>, embedded).</summary>
public static class OpenApiDocument
{
    public static string Json { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("ReportAudit.Core.Web.openapi.json")
            ?? throw new InvalidOperationException("The embedded OpenAPI document is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
