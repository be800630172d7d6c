using System.Text;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Core.Tests.Ingestion;

public sealed class BlobEventTests
{
    private const string EventGrid = """
        {"topic":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st","subject":"/blobServices/default/containers/reports/blobs/hebei/石家庄/2022年报.pdf","eventType":"Microsoft.Storage.BlobCreated","id":"e1","data":{"api":"PutBlob","eTag":"0x8DC1","contentLength":524288,"blobType":"BlockBlob","url":"https://st.blob.core.windows.net/reports/hebei/%E7%9F%B3.pdf"},"dataVersion":"","metadataVersion":"1","eventTime":"2024-01-15T02:00:00Z"}
        """;

    [Fact]
    public void Parse_EventGridSchema_GivesContainerNameAndETag()
    {
        var evt = BlobEvent.Parse(EventGrid, out var error);

        Assert.Null(error);
        Assert.Equal(new BlobEvent(BlobEventKind.Created, "reports", "hebei/石家庄/2022年报.pdf", "0x8DC1"), evt);
    }

    [Fact]
    public void Parse_Base64TextAsEventGridWritesQueues_IsDecoded() =>
        Assert.Equal("hebei/石家庄/2022年报.pdf", BlobEvent.Parse(Convert.ToBase64String(Encoding.UTF8.GetBytes(EventGrid)), out _)?.Name);

    [Fact]
    public void Parse_CloudEventsDeletedInAnArray_IsADeletion()
    {
        var evt = BlobEvent.Parse("""[{"specversion":"1.0","type":"Microsoft.Storage.BlobDeleted","source":"/subscriptions/s","subject":"/blobServices/default/containers/reports/blobs/a/blobs/b.txt","id":"2","data":{}}]""", out _);

        Assert.Equal(BlobEventKind.Deleted, evt?.Kind);
        Assert.Equal("a/blobs/b.txt", evt?.Name);
    }

    [Fact]
    public void ToMessage_RoundTrips()
    {
        var evt = new BlobEvent(BlobEventKind.Created, "reports", "/x.txt", "\"0x1\"");

        Assert.Equal(evt, BlobEvent.Parse(evt.ToMessage(), out _));
    }

    [Theory]
    [InlineData("", "不是 JSON")]
    [InlineData("not json at all", "不是 JSON")]
    [InlineData("""{"eventType":"Microsoft.Storage.BlobTierChanged","subject":"/blobServices/default/containers/reports/blobs/a.txt"}""", "BlobTierChanged")]
    [InlineData("""{"eventType":"Microsoft.Storage.BlobCreated","subject":"/blobServices/default/containers/reports"}""", "不是一个 blob")]
    [InlineData("""{"eventType":"Microsoft.Storage.BlobCreated","subject":"/blobServices/default/containers/reports/blobs/"}""", "不是一个 blob")]
    public void Parse_NotABlobEvent_SaysWhy(string message, string reason)
    {
        Assert.Null(BlobEvent.Parse(message, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hebei/\u0007bell.txt", "U+0007")]
    [InlineData("a\u001Fb.txt", "U+001F")]
    [InlineData("", "为空")]
    public void BlobNames_ControlCharacterOrEmpty_IsRefusedNamingIt(string name, string part) =>
        Assert.Contains(part, BlobNames.Refusal(name), StringComparison.Ordinal);

    [Fact]
    public void BlobNames_OrdinaryNames_AreAccepted() =>
        Assert.All(new[] { "/x.txt", "hebei/石家庄市/2022 年报（修订）.pdf", "a b/c%20d.html" }, n => Assert.Null(BlobNames.Refusal(n)));
}
