namespace ReportAudit.Core.Model;

/// <summary>Where the publication date was read, in the order of trust (see <see cref="MetadataSourceNames"/> for the JSON names).</summary>
public enum PublishedSource
{
    /// <summary>A 发布日期 / 发布时间 / 公开日期 / 发文日期 field of the page.</summary>
    PublishedField = 1,

    /// <summary>A bare 时间 / 日期 field of a CMS chrome line (来源：… 时间：…).</summary>
    DateField,

    /// <summary>A 成文日期 field (the date the document was signed off).</summary>
    WrittenField,

    /// <summary>The page's <c>&lt;meta name="PubDate"&gt;</c>.</summary>
    PageMeta,

    /// <summary>The date under the signature at the end of the report.</summary>
    Signature,
}
