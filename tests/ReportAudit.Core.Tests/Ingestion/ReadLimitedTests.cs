using ReportAudit.Core.Ingestion;

namespace ReportAudit.Core.Tests.Ingestion;

/// <summary>
/// An upload is read into one array: of the length its stream knows (seekable) or its host announced (a blob download
/// stream, which cannot seek), and read to its end whatever the announced length, so a wrong one changes nothing.
/// </summary>
public sealed class ReadLimitedTests
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7))];

    [Theory]
    [InlineData(null)]
    [InlineData(200_000L)]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(199_999L)]
    [InlineData(200_001L)]
    public async Task A_stream_that_cannot_seek_is_read_whole_whatever_length_was_announced(long? announced)
    {
        var read = await ReportIngestion.ReadLimitedAsync(new OneWayStream(Content), announced, 1_000_000, CancellationToken.None);
        Assert.Equal(Content, read);
    }

    [Fact]
    public async Task A_seekable_stream_is_read_from_its_position()
    {
        using var stream = new MemoryStream(Content);
        stream.Position = 100;
        Assert.Equal(Content[100..], await ReportIngestion.ReadLimitedAsync(stream, null, 1_000_000, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(200_000L)]
    [InlineData(1_000L)]
    public async Task Content_over_the_limit_is_not_read(long? announced)
    {
        Assert.Null(await ReportIngestion.ReadLimitedAsync(new OneWayStream(Content), announced, 150_000, CancellationToken.None));
    }

    /// <summary>A stream read once from start to end, in uneven parts, as a network download is.</summary>
    private sealed class OneWayStream(byte[] content) : Stream
    {
        private int _at;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 12_345), content.Length - _at);
            Array.Copy(content, _at, buffer, offset, n);
            _at += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
