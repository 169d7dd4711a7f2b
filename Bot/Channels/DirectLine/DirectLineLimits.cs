using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RightsBot.Localization;
using RightsBot.Storage;
using RightsBot.Turns;

namespace RightsBot.Channels.DirectLine;

/// <summary>
/// The per-conversation limits of <see cref="DirectLineLimitsOptions"/>: messages per minute, upload bytes per day and
/// open streams. A refused message or upload is never dropped silently: the client gets a 429 problem with
/// Retry-After, and the worker sees a kind bot message in the conversation (once per window, so a flood cannot flood the
/// transcript with replies).
/// </summary>
public sealed class DirectLineLimits : IDisposable
{
    private static readonly TimeSpan MessageWindow = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan UploadWindow = TimeSpan.FromDays(1);

    private readonly DirectLineLimitsOptions _options;
    private readonly ProactiveMessages _proactive;
    private readonly TimeProvider _time;
    private readonly PartitionedRateLimiter<string> _messages;
    private readonly PartitionedRateLimiter<string> _notices;
    private readonly UploadLocks _uploadLocks;
    private readonly Dictionary<string, int> _streams = new(StringComparer.Ordinal);
    private readonly Lock _streamsGate = new();

    public DirectLineLimits(IOptions<DirectLineLimitsOptions> options, ProactiveMessages proactive, TimeProvider time)
    {
        _options = options.Value;
        _proactive = proactive;
        _time = time;
        _uploadLocks = new UploadLocks(time);
        _messages = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = _options.MessagesPerMinutePerConversation, Window = MessageWindow, QueueLimit = 0,
        }));
        _notices = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1, Window = MessageWindow, QueueLimit = 0,
        }));
    }

    /// <summary>
    /// Takes one message from the conversation's budget; when it is spent, tells the worker kindly and returns the 429
    /// the client must see (with Retry-After set on <paramref name="response"/>).
    /// </summary>
    public async Task<IResult?> RefuseIfTooFastAsync(string conversationKey, HttpResponse response, CancellationToken ct)
    {
        using var lease = _messages.AttemptAcquire(conversationKey);
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : MessageWindow;
        await NoticeAsync(conversationKey, "fast", BotText.SendingTooFast, ct);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return DirectLineProblems.Create(StatusCodes.Status429TooManyRequests, "TooManyRequests",
            $"At most {_options.MessagesPerMinutePerConversation} messages per minute in one conversation; this one was not accepted, send it again later.");
    }

    /// <summary>Serialises uploads of one conversation, so parallel uploads cannot all pass the quota check at once.</summary>
    public Task<IDisposable> LockUploadsAsync(string conversationKey, CancellationToken ct) => _uploadLocks.AcquireAsync(conversationKey, ct);

    /// <summary>
    /// Checks that <paramref name="bytes"/> more fit in the conversation's daily upload quota (call under
    /// <see cref="LockUploadsAsync"/>); when not, tells the worker kindly and returns the 429 the client must see.
    /// </summary>
    public async Task<IResult?> RefuseIfOverQuotaAsync(string conversationKey, long bytes, BotDbContext db, HttpResponse response, CancellationToken ct)
    {
        var since = _time.GetUtcNow() - UploadWindow;
        // SQLite cannot compare DateTimeOffset columns, so the day is filtered here (a conversation has few files).
        var stored = await db.Attachments.AsNoTracking()
            .Where(a => a.ConversationKey == conversationKey)
            .Select(a => new { a.Size, a.CreatedAt })
            .ToListAsync(ct);
        if (stored.Where(a => a.CreatedAt >= since).Sum(a => a.Size) + bytes <= _options.UploadBytesPerConversationPerDay)
        {
            return null;
        }

        await NoticeAsync(conversationKey, "upload", BotText.UploadQuotaReached, ct);
        response.Headers.RetryAfter = ((int)TimeSpan.FromHours(1).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return DirectLineProblems.Create(StatusCodes.Status429TooManyRequests, "UploadQuotaExceeded",
            $"This conversation may upload at most {_options.UploadBytesPerConversationPerDay} bytes in 24 hours; these files were not accepted.");
    }

    /// <summary>Takes a stream slot for the conversation and the address; null when either is full. Dispose to give it back.</summary>
    public IDisposable? TryOpenStream(string conversationKey, string client)
    {
        var conversation = "c:" + conversationKey;
        var address = "a:" + client;
        lock (_streamsGate)
        {
            if (_streams.GetValueOrDefault(conversation) >= _options.WebSocketsPerConversation
                || _streams.GetValueOrDefault(address) >= _options.WebSocketsPerClient)
            {
                return null;
            }

            _streams[conversation] = _streams.GetValueOrDefault(conversation) + 1;
            _streams[address] = _streams.GetValueOrDefault(address) + 1;
        }

        return new StreamSlot(this, conversation, address);
    }

    public void Dispose()
    {
        _messages.Dispose();
        _notices.Dispose();
    }

    private void Release(string conversation, string address)
    {
        lock (_streamsGate)
        {
            Decrement(conversation);
            Decrement(address);
        }
    }

    // Counters at zero are removed, so closed streams leave nothing behind.
    private void Decrement(string key)
    {
        if (_streams.TryGetValue(key, out var count) && count > 1)
        {
            _streams[key] = count - 1;
        }
        else
        {
            _streams.Remove(key);
        }
    }

    private async Task NoticeAsync(string conversationKey, string kind, string text, CancellationToken ct)
    {
        using var notice = _notices.AttemptAcquire(kind + ":" + conversationKey);
        if (notice.IsAcquired)
        {
            await _proactive.SendTextAsync(conversationKey, text, ct);
        }
    }

    private sealed class StreamSlot(DirectLineLimits owner, string conversation, string address) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(conversation, address);
            }
        }
    }

    private sealed class UploadLocks(TimeProvider time) : KeyedLocks(time);
}
