using Microsoft.Extensions.Options;
using RightsBot.Activities;
using RightsBot.Channels.DirectLine;
using RightsBot.Storage;

namespace RightsBot.Channels;

/// <summary>
/// Keeps a photo or file a worker sent through Telegram or WeChat exactly as a Web Chat upload is kept (under the data
/// directory, an <c>attachments</c> row, an expiring signed link), so the report form takes it the same way.
/// </summary>
public sealed class ChannelAttachments(
    BotDbContext db, DirectLineTokens tokens, IOptions<DirectLineOptions> directLine, IOptions<StorageOptions> storage, TimeProvider time)
{
    public long MaxBytes => directLine.Value.MaxUploadBytes;

    public static bool IsAllowedType(string? contentType) => contentType is not null && DirectLineUploads.AllowedTypes.Contains(contentType);

    /// <summary>
    /// Stores a file written by <paramref name="download"/> (at most <see cref="MaxBytes"/>) and returns the activity
    /// attachment; null when the file was larger than allowed.
    /// </summary>
    public async Task<Attachment?> SaveAsync(
        string conversationKey, string contentType, string? fileName, Func<Stream, CancellationToken, Task> download, CancellationToken ct)
    {
        var folder = Path.Combine(storage.Value.ResolveDataDirectory(), "attachments");
        PrivateFiles.CreateDirectory(folder);
        var id = DirectLineEndpoints.NewId();
        var path = Path.Combine(folder, id);
        long size;
        try
        {
            await using (var target = PrivateFiles.Open(path, FileMode.CreateNew, FileAccess.Write))
            await using (var limited = new LimitedStream(target, MaxBytes))
            {
                await download(limited, ct);
                size = limited.Length;
            }
        }
        catch (Exception ex) when (ex is LimitedStream.TooLargeException || ex.InnerException is LimitedStream.TooLargeException)
        {
            File.Delete(path);
            return null;
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        var name = DirectLineUploads.SafeName(fileName);
        db.Attachments.Add(new StoredAttachment
        {
            Id = id,
            ConversationKey = conversationKey,
            ContentType = contentType,
            FileName = name,
            Size = size,
            RelativePath = Path.Combine("attachments", id),
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        var baseUrl = directLine.Value.PublicBaseUrl?.TrimEnd('/') ?? string.Empty;
        return new Attachment
        {
            ContentType = contentType,
            ContentUrl = DirectLineUploads.SignedUrl(baseUrl, tokens, id, time.GetUtcNow() + DirectLineUploads.LinkLifetime),
            Name = name,
        };
    }

    /// <summary>A write-only stream that refuses to grow past a limit.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _written;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _written;
        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Count(count);
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count(buffer.Length);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Count(int count)
        {
            _written += count;
            if (_written > limit)
            {
                throw new TooLargeException();
            }
        }

        public sealed class TooLargeException : IOException;
    }
}
