using System.Globalization;

namespace ReportAudit.Core.Ingestion;

/// <summary>Blob names the pipeline refuses, with the reason recorded on the report's row (the file itself is kept).</summary>
public static class BlobNames
{
    /// <summary>
    /// Why a name is refused, or null. A control character (e.g. U+0007) cannot be written in the XML of a
    /// container listing: such a name breaks every listing of the container for every reader, so it is
    /// refused at the event and reported, and never reaches a scan.
    /// </summary>
    public static string? Refusal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var c in name)
        {
            if (char.IsControl(c))
            {
                var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                return $"文件名含控制字符 U+{code}，请改名后重新上传; the file name holds the control character U+{code}: rename it and upload it again";
            }
        }

        return name.Length == 0 ? "文件名为空; the file name is empty" : null;
    }
}
