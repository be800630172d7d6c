using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Local.Hosting;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// Issue 17.6 through the local runner: one runner whose configured identity is a viewer, one whose is a reviewer,
/// each over its own containers and tables with sample 003 ingested. Clients send forged principal headers; the
/// runner must act as its configured identity only.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RoleTests : IAsyncLifetime
{
    private const string SamplePath = "samples/003.txt";

    /// <summary>What a client could forge: the headers App Service Authentication sets in Azure, claiming a reviewer.</summary>
    private static readonly string ForgedPrincipal = Convert.ToBase64String(Encoding.UTF8.GetBytes(
        """{"auth_typ":"aad","claims":[{"typ":"preferred_username","val":"boss@example.test"},{"typ":"roles","val":"Reviewer"}],"name_typ":"name","role_typ":"roles"}"""));

    private readonly Runner _viewer = new("查看员乙", "Viewer");

    private readonly Runner _reviewer = new("审核员甲", "Reviewer");

    public async Task InitializeAsync()
    {
        await _viewer.StartAsync();
        await _reviewer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _viewer.DisposeAsync();
        await _reviewer.DisposeAsync();
    }

    [Fact]
    public async Task Viewer_PostingAReview_Is403NamingTheReviewerRole()
    {
        using var client = _viewer.Client(forge: true);
        var finding = await _viewer.FirstFindingAsync(client);

        var response = await client.PostAsJsonAsync(new Uri($"/api/reports/{_viewer.ReportId}/findings/{Uri.EscapeDataString(finding)}/review", UriKind.Relative), new { decision = "dismissed" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"];
        Assert.Contains("审核员 Reviewer", detail, StringComparison.Ordinal);
        Assert.Contains("查看员乙", detail, StringComparison.Ordinal);
        Assert.Empty(await _viewer.Get<IReviewStore>().GetAsync(_viewer.ReportId));
    }

    [Theory]
    [InlineData("PUT", "/api/roster")]
    [InlineData("POST", "/api/reprocess")]
    [InlineData("GET", "/api/notices.zip?region=samples&year=2022")]
    public async Task Viewer_ReviewerRoutes_Are403(string method, string path)
    {
        using var client = _viewer.Client(forge: true);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = new StringContent("body,region,kind\n") });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Viewer_Reads_Are200()
    {
        using var client = _viewer.Client(forge: false);

        var reports = await client.GetAsync(new Uri("/api/reports", UriKind.Relative));
        var report = await client.GetAsync(new Uri("/api/reports/" + _viewer.ReportId, UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (reports.StatusCode, report.StatusCode));
    }

    [Fact]
    public async Task Reviewer_WithForgedPrincipalHeaders_ReviewIsRecordedUnderTheConfiguredIdentity()
    {
        using var client = _reviewer.Client(forge: true);
        var finding = await _reviewer.FirstFindingAsync(client);

        var response = await client.PostAsJsonAsync(new Uri($"/api/reports/{_reviewer.ReportId}/findings/{Uri.EscapeDataString(finding)}/review", UriKind.Relative), new { decision = "confirmed", note = "确有问题" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var review = (await _reviewer.Get<IReviewStore>().GetAsync(_reviewer.ReportId))[finding];
        Assert.Equal(("审核员甲", ReviewDecision.Confirmed), (review.Reviewer, review.Decision));
    }

    [Fact]
    public async Task Dashboard_Locally_IsServedWithoutSignInRedirect()
    {
        using var client = _viewer.Client(forge: false, withKey: false);

        var response = await client.GetAsync(new Uri("/api/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class Runner(string identity, string role) : IAsyncDisposable
    {
        private readonly StorageTestEnvironment _storage = new();

        private WebApplication _app = null!;

        private Uri _address = null!;

        public string ReportId { get; private set; } = string.Empty;

        public T Get<T>()
            where T : notnull => _app.Services.GetRequiredService<T>();

        public async Task StartAsync()
        {
            await _storage.InitializeAsync();
            var settings = _storage.Settings;
            settings["Urls"] = "http://127.0.0.1:0";
            settings["Api:Key"] = LocalRunnerFixture.Key;
            settings["Api:LocalIdentity"] = identity;
            settings["Api:LocalRole"] = role;

            // As if App Service Authentication were on: the local runner must still ignore principal headers.
            settings["WEBSITE_AUTH_ENABLED"] = "True";
            _app = LocalRunner.Build([], settings);
            await _app.StartAsync();
            _address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            await using var content = File.OpenRead(StorageTestEnvironment.Sample("003"));
            ReportId = (await Get<IReportIngestion>().IngestAsync(SamplePath, content, null)).Report.Id;
        }

        public HttpClient Client(bool forge, bool withKey = true)
        {
            var client = new HttpClient { BaseAddress = _address };
            if (withKey)
            {
                client.DefaultRequestHeaders.Add("x-functions-key", LocalRunnerFixture.Key);
            }

            if (forge)
            {
                client.DefaultRequestHeaders.Add("x-ms-client-principal-name", "boss@example.test");
                client.DefaultRequestHeaders.Add("x-ms-client-principal", ForgedPrincipal);
            }

            return client;
        }

        public async Task<string> FirstFindingAsync(HttpClient client)
        {
            var detail = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/reports/" + ReportId, UriKind.Relative)))!;
            return detail["findings"]!.AsArray().Select(f => (string)f!["id"]!).First();
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            await _storage.DisposeAsync();
        }
    }
}
