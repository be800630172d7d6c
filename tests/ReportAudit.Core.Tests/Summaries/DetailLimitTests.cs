using System.Text.Json.Nodes;
using ReportAudit.Core.Api;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Summaries;

namespace ReportAudit.Core.Tests.Summaries;

public sealed class DetailLimitTests
{
    [Fact]
    public void Apply_SectionTextPastTheLimit_IsCutWithItsFullLength()
    {
        var text = string.Concat(Enumerable.Repeat("本机关认真贯彻落实政府信息公开条例。", 2_000)); // 18 × 2,000 = 36,000 characters
        var model = new JsonObject
        {
            ["sections"] = new JsonArray(
                new JsonObject { ["number"] = 1, ["heading"] = "一、总体情况", ["text"] = text },
                new JsonObject { ["number"] = 2, ["heading"] = "二、主动公开政府信息情况", ["text"] = "短文 short" }),
        };

        Assert.True(DetailLimit.Apply(model));

        var first = model["sections"]![0]!;
        Assert.Equal(text[..20_000], (string)first["text"]!);
        Assert.Equal(36_000, (int)first["textLength"]!);
        Assert.True((bool)first["truncated"]!);
        var second = model["sections"]![1]!;
        Assert.Equal("短文 short", (string)second["text"]!);
        Assert.Null(second["truncated"]);
    }

    [Fact]
    public void Apply_LongRawCellInATable_IsCut()
    {
        var raw = new string('１', 20_001);
        var model = new JsonObject { ["cells"] = new JsonObject { ["applications"] = new JsonObject { ["new"] = new JsonObject { ["total"] = new JsonObject { ["raw"] = raw, ["value"] = null } } } } };

        Assert.True(DetailLimit.Apply(model));

        var cell = model["cells"]!["applications"]!["new"]!["total"]!;
        Assert.Equal(20_000, ((string)cell["raw"]!).Length);
        Assert.Equal(20_001, (int)cell["rawLength"]!);
        Assert.True((bool)cell["truncated"]!);
    }

    [Fact]
    public void Apply_TextOfExactlyTheLimit_IsKept()
    {
        var model = new JsonObject { ["text"] = new string('字', DetailLimit.MaxChars), ["lines"] = new JsonArray("a", "b") };

        Assert.False(DetailLimit.Apply(model));

        Assert.Equal(DetailLimit.MaxChars, ((string)model["text"]!).Length);
        Assert.Null(model["truncated"]);
    }

    [Fact]
    public void PartitionFilter_ThirtyTwoKeys_ThreeFiltersOfAtMostFifteenComparisons()
    {
        var keys = Enumerable.Range(0, 32).Select(i => $"{i:x20}").Append($"{0:x20}").ToList(); // a repeated key is named once

        var filters = PartitionFilter.Chunks(keys).ToList();

        Assert.Equal(3, filters.Count);
        Assert.Equal([15, 15, 2], filters.Select(f => f.Split(" or ").Length));
        Assert.Equal($"PartitionKey eq '{0:x20}' or PartitionKey eq '{1:x20}'", string.Join(" or ", filters[0].Split(" or ")[..2]));
        Assert.Equal($"PartitionKey eq '{31:x20}'", filters[2].Split(" or ")[^1]);
    }

    [Fact]
    public async Task CsvWriteAsync_StreamsTheSameBytesAsWrite()
    {
        string?[][] rows = [["编号", "=1+1", "a,b"], ["x", null, "say \"hi\""]];
        using var output = new MemoryStream();

        await Csv.WriteAsync(output, ["甲 a", "乙 b", "丙 c"], rows.ToAsyncEnumerable(), rowsPerFlush: 1);

        Assert.Equal(Csv.Write(["甲 a", "乙 b", "丙 c"], rows), output.ToArray());
    }
}
