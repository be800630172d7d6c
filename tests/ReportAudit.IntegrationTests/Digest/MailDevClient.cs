using System.Text.Json;

namespace ReportAudit.IntegrationTests.Digest;

/// <summary>MailDev's web UI and REST API (started by scripts/test.sh on 127.0.0.1: SMTP 1025, web 1080): the mail it received.</summary>
internal sealed class MailDevClient : IDisposable
{
    public static string BaseUrl => Environment.GetEnvironmentVariable("MAILDEV_URL") ?? "http://127.0.0.1:1080";

    public static int SmtpPort => int.TryParse(Environment.GetEnvironmentVariable("MAILDEV_SMTP_PORT"), out var port) ? port : 1025;

    private readonly HttpClient _http = new() { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>The mails received for an address (MailDev 2 serves the list at <c>/email</c>).</summary>
    public async Task<IReadOnlyList<ReceivedMail>> ForAsync(string address)
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/email", UriKind.Relative)));
        var result = new List<ReceivedMail>();
        foreach (var mail in document.RootElement.EnumerateArray())
        {
            var to = mail.TryGetProperty("to", out var list) ? list.EnumerateArray().Select(t => t.GetProperty("address").GetString()).ToList() : [];
            if (to.Contains(address, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(new ReceivedMail(
                    mail.GetProperty("subject").GetString() ?? string.Empty,
                    mail.TryGetProperty("html", out var html) ? html.GetString() ?? string.Empty : string.Empty,
                    mail.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty));
            }
        }

        return result;
    }

    /// <summary>Waits (up to 10 s) for the first mail to an address.</summary>
    public async Task<ReceivedMail> WaitForAsync(string address)
    {
        for (var i = 0; i < 50; i++)
        {
            if ((await ForAsync(address)) is [var first, ..])
            {
                return first;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No mail for {address} arrived at {BaseUrl}");
    }

    /// <summary>The web UI's start page, as a person opening the README's link gets it.</summary>
    public Task<string> WebPageAsync() => _http.GetStringAsync(new Uri("/", UriKind.Relative));

    public void Dispose() => _http.Dispose();
}
