using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Tests.Ingestion;

public sealed class UploadedBlobTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 6, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void UploaderBody_PercentEncodedMetadata_IsDecodedAndWinsOverThePath()
    {
        var blob = new UploadedBlob("fujian/鼓楼区人民政府/x.html", "\"e\"", new Dictionary<string, string> { ["Body"] = Uri.EscapeDataString("安泰街道办事处") });

        Assert.Equal(("安泰街道办事处", BodySource.Uploader), blob.UploaderBody());
    }

    [Theory]
    [InlineData("hebei/石家庄市人民政府办公室/2022.html", "石家庄市人民政府办公室")]
    [InlineData("/hebei/石家庄市人民政府办公室/2022.html", "石家庄市人民政府办公室")]
    public void UploaderBody_RegionBodyFile_TakesTheMiddleFolder(string path, string body)
    {
        Assert.Equal((body, BodySource.UploadPath), new UploadedBlob(path, null).UploaderBody());
    }

    [Theory]
    [InlineData("hebei/001.txt")]
    [InlineData("001.txt")]
    [InlineData("hebei/2023/001.txt")]
    [InlineData("hebei/batch-1/001.txt")]
    [InlineData("hebei/石家庄/2022/001.txt")]
    public void UploaderBody_OtherPaths_NameNoBody(string path)
    {
        Assert.Null(new UploadedBlob(path, null).UploaderBody());
    }

    [Fact]
    public void UploaderBody_EmptyMetadata_FallsBackToThePath()
    {
        var blob = new UploadedBlob("hebei/石家庄市人民政府办公室/2022.html", null, new Dictionary<string, string> { ["body"] = "  " });

        Assert.Equal(("石家庄市人民政府办公室", BodySource.UploadPath), blob.UploaderBody());
    }

    [Fact]
    public void Hints_ReceivedAtUnknown_IsNow()
    {
        Assert.Equal(Now, new UploadedBlob("hebei/001.txt", null).Hints(Now).ReceivedAt);
        Assert.Null(new UploadedBlob("hebei/001.txt", null).Hints(Now).Body);
        var created = Now.AddDays(-30);
        Assert.Equal(created, new UploadedBlob("hebei/001.txt", null, null, created).Hints(Now).ReceivedAt);
    }
}
