namespace ReportAudit.Core.Model;

/// <summary>Where the issuing body's name was read, in the order of trust (see <see cref="MetadataSourceNames"/> for the JSON names).</summary>
public enum BodySource
{
    /// <summary>Set by whoever uploaded the file: the blob metadata <c>body</c>.</summary>
    Uploader = 1,

    /// <summary>The folder of the upload path <c>{region}/{body}/{file}</c>.</summary>
    UploadPath,

    /// <summary>The report's own title (a heading, the page title, the line above the title).</summary>
    Title,

    /// <summary>A page field: 发布机构, 发文机关, 发布单位, 来源.</summary>
    PageField,

    /// <summary>The signature at the end of the report.</summary>
    Signature,
}
