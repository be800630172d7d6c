using System.Security.Cryptography;
using System.Text;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Collection;

/// <summary>
/// Where a collected file goes in the reports container: <c>{region}/{host}/{file}</c>. The host keeps a non-default
/// port as <c>_port</c>; the file is the URL's last path segment (<c>index.html</c> for the root, <c>{folder}-index.html</c> for a folder URL); a URL with a
/// query (<c>downfile.jsp?id=5</c>) adds <c>-</c> and 8 hex digits of its hash, and a name whose extension does not
/// say what the bytes are gets the right one (<c>.pdf</c>, <c>.docx</c>, <c>.doc</c>, <c>.html</c>). The host folder is
/// ASCII, so the path never reads as the <c>{region}/{body}/{file}</c> convention; the body goes in the metadata.
/// </summary>
public static class CollectedBlobName
{
    public const string DefaultRegion = "collected";

    public static string For(string? region, Uri url, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(url);
        var folder = Clean(region);
        var host = url.IsDefaultPort ? url.Host : $"{url.Host}_{url.Port}";
        var segment = url.Segments.Length > 0 ? Uri.UnescapeDataString(url.Segments[^1]) : string.Empty;
        var file = Clean(segment.TrimEnd('/'));

        // A folder URL (/xxgk/) is its index page: named for the folder, so that two folders' pages do not collide.
        file = file.Length == 0 ? "index.html" : segment.EndsWith('/') ? file + "-index.html" : file;

        var dot = file.LastIndexOf('.');
        var stem = dot > 0 ? file[..dot] : file;
        var extension = dot > 0 ? file[dot..].ToLowerInvariant() : string.Empty;
        if (url.Query.Length > 1)
        {
            stem += "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..8];
        }

        var sniffed = ExtensionOf(content);
        if (sniffed is not null && !Equivalent(extension, sniffed))
        {
            extension = (extension is ".jsp" or ".aspx" or ".php" or ".do" or "" ? string.Empty : extension) + sniffed;
        }

        return $"{(folder.Length == 0 ? DefaultRegion : folder)}/{host}/{stem}{extension}";
    }

    private static bool Equivalent(string extension, string sniffed) =>
        extension == sniffed
        || (sniffed == ".html" && extension is ".htm" or ".shtml" or ".jhtml")
        || (sniffed == ".doc" && extension == ".wps");

    private static string? ExtensionOf(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return ".pdf";
        }

        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return ".docx";
        }

        if (content.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return ".doc";
        }

        var head = content[..Math.Min(content.Length, 1024)];
        return InputSniffer.LooksLikeHtml(Encoding.Latin1.GetString(head)) ? ".html" : null;
    }

    /// <summary>One path segment: no slashes, no control characters, no leading dots, at most 120 characters.</summary>
    private static string Clean(string? value)
    {
        var sb = new StringBuilder();
        foreach (var c in value ?? string.Empty)
        {
            if (!char.IsControl(c) && c is not ('/' or '\\' or '?' or '#' or ':' or '*' or '"' or '<' or '>' or '|'))
            {
                sb.Append(c);
            }
        }

        var clean = sb.ToString().Trim().TrimStart('.');
        return clean.Length > 120 ? clean[..120] : clean;
    }
}
