namespace ReportAudit.Core.Api;

/// <summary>
/// A temporary file deleted on close, for answers that must be built with seeking (.xlsx, .zip, Parquet write their
/// directories last) and are then copied to the response: memory stays bounded whatever their size.
/// </summary>
internal static class TempFile
{
    public static FileStream Create() => new(
        Path.Combine(Path.GetTempPath(), "reportaudit-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
