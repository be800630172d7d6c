namespace ReportAudit.Core.Ingestion;

/// <summary>What happened to a blob in the reports container.</summary>
public enum BlobEventKind
{
    /// <summary><c>Microsoft.Storage.BlobCreated</c>: a new file, or new bytes under an old name.</summary>
    Created,

    /// <summary><c>Microsoft.Storage.BlobDeleted</c>: the file is gone.</summary>
    Deleted,
}
