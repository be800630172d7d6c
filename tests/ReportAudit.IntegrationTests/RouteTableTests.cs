using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Api;
using ReportAudit.Functions.Functions;

namespace ReportAudit.IntegrationTests;

/// <summary>The Functions app's <c>[HttpTrigger]</c> attributes against the core route table, which the local runner and OpenAPI use.</summary>
public sealed class RouteTableTests
{
    private static readonly IReadOnlyList<(string Name, HttpTriggerAttribute Trigger)> HttpFunctions =
    [
        .. typeof(GetReport).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(f => f.Function is not null && f.Trigger is not null)
            .Select(f => (f.Function!.Name, f.Trigger!)),
    ];

    public static TheoryData<string> RouteNames => [.. ApiRoutes.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RouteNames))]
    public void Route_HasOneFunction_WithTheSameMethodRouteAndAuthLevel(string name)
    {
        var route = ApiRoutes.Named(name);

        var (_, trigger) = Assert.Single(HttpFunctions, f => f.Name == name);

        Assert.Equal([route.Method], trigger.Methods!.Select(m => m.ToUpperInvariant()));
        Assert.Equal(route.Template, trigger.Route);
        Assert.Equal(route.Access == ApiAccess.Open ? AuthorizationLevel.Anonymous : AuthorizationLevel.Function, trigger.AuthLevel);
    }

    [Fact]
    public void EveryHttpFunction_IsInTheTable()
    {
        Assert.Equal(ApiRoutes.All.Select(r => r.Name).Order(), HttpFunctions.Select(f => f.Name).Order());
        Assert.Equal(ApiRoutes.All.Count, ApiRoutes.All.Select(r => (r.Method, r.Template)).Distinct().Count());
    }

    [Fact]
    public void OpenApi_DescribesEveryRouteOnce()
    {
        var paths = JsonNode.Parse(OpenApiDocument.Json)!["paths"]!.AsObject();

        foreach (var route in ApiRoutes.All)
        {
            var operation = paths[route.Path]?[route.Method.ToLowerInvariant()];
            Assert.NotNull(operation);
            Assert.Equal(route.Name, (string?)operation["operationId"]);
            Assert.Equal(
                route.Parameters.Where(p => p.In == ApiParameterLocation.Path).Select(p => p.Name),
                route.Template.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')));
        }

        Assert.Equal(ApiRoutes.All.Count, paths.Sum(p => p.Value!.AsObject().Count));
    }
}
