namespace ReportAudit.Core.Model;

/// <summary>The one mapping of <see cref="BodySource"/> and <see cref="PublishedSource"/> to their JSON names and to the words messages use.</summary>
public static class MetadataSourceNames
{
    public static string JsonName(BodySource source) => source switch
    {
        BodySource.Uploader => "uploader",
        BodySource.UploadPath => "uploadPath",
        BodySource.Title => "title",
        BodySource.PageField => "pageField",
        BodySource.Signature => "signature",
        _ => "unknown",
    };

    public static string JsonName(PublishedSource source) => source switch
    {
        PublishedSource.PublishedField => "publishedField",
        PublishedSource.DateField => "dateField",
        PublishedSource.WrittenField => "writtenField",
        PublishedSource.PageMeta => "pageMeta",
        PublishedSource.Signature => "signature",
        _ => "unknown",
    };

    /// <summary>Where the date was read, as the page or the report calls it.</summary>
    public static string LabelZh(PublishedSource? source) => source switch
    {
        null => "来源不明",
        PublishedSource.PublishedField => "发布日期",
        PublishedSource.DateField => "页面时间",
        PublishedSource.WrittenField => "成文日期",
        PublishedSource.PageMeta => "网页 PubDate",
        PublishedSource.Signature => "落款日期",
        _ => "来源不明",
    };

    public static string LabelEn(PublishedSource? source) => source switch
    {
        null => "source unknown",
        PublishedSource.PublishedField => "发布日期 field",
        PublishedSource.DateField => "时间 field of the page",
        PublishedSource.WrittenField => "成文日期 field",
        PublishedSource.PageMeta => "page PubDate meta",
        PublishedSource.Signature => "signature date",
        _ => "source unknown",
    };
}
