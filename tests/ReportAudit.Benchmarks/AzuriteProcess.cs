using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ReportAudit.Benchmarks;

/// <summary>
/// The Azurite process the storage suites talk to, found by the table port it listens on (<c>ss -ltnp</c>), so that its CPU
/// time can be read from /proc beside the runner's: Azurite serves every request on one Node.js thread, so its CPU
/// seconds per stored report bound how many reports per second it can store.
/// </summary>
internal static partial class AzuriteProcess
{
    /// <summary>The pid listening on 127.0.0.1:<paramref name="tablePort"/>, or null (another host, or no <c>ss</c>).</summary>
    public static int? Find(int tablePort = 10002)
    {
        try
        {
            var start = new ProcessStartInfo("ss", ["-ltnpH", $"sport = :{tablePort}"]) { RedirectStandardOutput = true, UseShellExecute = false };
            using var ss = Process.Start(start);
            if (ss is null)
            {
                return null;
            }

            var output = ss.StandardOutput.ReadToEnd();
            ss.WaitForExit();
            return Pid().Match(output) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"pid=(\d+)")]
    private static partial Regex Pid();
}
