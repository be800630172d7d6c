using Microsoft.Playwright;

namespace ReportAudit.IntegrationTests.Browser;

/// <summary>
/// Debian's Chromium (installed by scripts/test.sh with apt; no browser download) driven by Playwright,
/// headless, with the flags a closed network needs.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IPage Page { get; private set; } = null!;

    public List<string> Dialogs { get; } = [];

    public static async Task<BrowserSession> StartAsync()
    {
        var session = new BrowserSession();
        session._playwright = await Playwright.CreateAsync();
        session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        session.Page = await session._browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        session.Page.Dialog += async (_, dialog) =>
        {
            session.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return session;
    }

    /// <summary>Saves a screenshot under the test output folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
