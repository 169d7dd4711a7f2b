using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RightsBot.Activities;
using RightsBot.Storage;
using RightsBot.Turns;

namespace RightsBot.Channels.DirectLine;

/// <summary>
/// Attachment upload as DirectLineJS does it: multipart with an <c>activity</c> part and one <c>file</c> part per
/// attachment. Files are kept under the data directory and linked by expiring signed URLs, never from a public folder.
/// </summary>
public static class DirectLineUploads
{
    internal static readonly HashSet<string> AllowedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif",
        "application/pdf", "audio/mpeg", "audio/mp4", "audio/amr", "audio/aac", "audio/wav", "video/mp4", "text/plain",
    };

    // The worker's own client shows the file for a day; after that only staff fetch it (case API).
    internal static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(1);

    public static async Task<IResult> UploadAsync(
        string conversationId, HttpRequest request, DirectLineTokens tokens, ConversationStore store, TurnIngress ingress, ConversationSignals signals, BotDbContext db,
        DirectLineLimits limits, IOptions<DirectLineOptions> options, IOptions<StorageOptions> storage, TimeProvider time, CancellationToken ct)
    {
        var (check, claims) = await tokens.ValidateAsync(DirectLineEndpoints.BearerToken(request), conversationId, DirectLineTokens.ConversationScope, ct);
        if (check != TokenCheck.Valid)
        {
            return DirectLineProblems.ForToken(check);
        }

        if (!request.HasFormContentType)
        {
            return DirectLineProblems.Create(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Upload as multipart/form-data.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return DirectLineProblems.Create(StatusCodes.Status400BadRequest, "BadArgument", "The upload could not be read.");
        }

        Activity activity;
        var activityPart = form.Files.GetFile("activity");
        if (activityPart is not null)
        {
            await using var stream = activityPart.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            var (parsed, problem) = DirectLineEndpoints.ParseActivity(buffer.ToArray(), options.Value);
            if (problem is not null)
            {
                return problem;
            }

            activity = parsed!;
        }
        else
        {
            activity = new Activity { Type = ActivityTypes.Message };
        }

        var files = form.Files.Where(f => !string.Equals(f.Name, "activity", StringComparison.Ordinal)).ToList();
        if (files.Count == 0 || files.Count > 10)
        {
            return DirectLineProblems.Create(StatusCodes.Status400BadRequest, "BadArgument", "Attach between 1 and 10 files.");
        }

        foreach (var file in files)
        {
            if (file.Length == 0 || file.Length > options.Value.MaxUploadBytes)
            {
                return DirectLineProblems.Create(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"Each file must be at most {options.Value.MaxUploadBytes} bytes.");
            }

            if (!AllowedTypes.Contains(file.ContentType ?? string.Empty))
            {
                return DirectLineProblems.Create(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Photos, PDF, audio and video files only.");
            }
        }

        var key = ConversationKey.For(DirectLineEndpoints.ChannelId, conversationId);
        if (!await store.ExistsAsync(key, ct))
        {
            return DirectLineProblems.Create(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found; start it first.");
        }

        if (await limits.RefuseIfTooFastAsync(key, request.HttpContext.Response, ct) is { } tooFast)
        {
            return tooFast;
        }

        // Checked and saved under one lock, so parallel uploads cannot all pass the quota check at once.
        var attachments = new List<Attachment>(files.Count);
        using (await limits.LockUploadsAsync(key, ct))
        {
            if (await limits.RefuseIfOverQuotaAsync(key, files.Sum(f => f.Length), db, request.HttpContext.Response, ct) is { } overQuota)
            {
                return overQuota;
            }

            var folder = Path.Combine(storage.Value.ResolveDataDirectory(), "attachments");
            PrivateFiles.CreateDirectory(folder);
            foreach (var file in files)
            {
                var id = DirectLineEndpoints.NewId();
                var relative = Path.Combine("attachments", id);
                await using (var target = PrivateFiles.Open(Path.Combine(folder, id), FileMode.CreateNew, FileAccess.Write))
                {
                    await file.CopyToAsync(target, ct);
                }

                db.Attachments.Add(new StoredAttachment
                {
                    Id = id,
                    ConversationKey = key,
                    ContentType = file.ContentType!,
                    FileName = SafeName(file.FileName),
                    Size = file.Length,
                    RelativePath = relative,
                    CreatedAt = time.GetUtcNow(),
                });
                attachments.Add(new Attachment
                {
                    ContentType = file.ContentType,
                    ContentUrl = SignedUrl(PublicBaseUrl(request, options.Value), tokens, id, time.GetUtcNow() + LinkLifetime),
                    Name = SafeName(file.FileName),
                });
            }

            await db.SaveChangesAsync(ct);
        }

        return await DirectLineEndpoints.AcceptAsync(conversationId, activity with { Attachments = attachments }, claims!, store, ingress, signals, ct);
    }

    public static async Task<IResult> DownloadAsync(
        string attachmentId, long exp, string? sig, DirectLineTokens tokens, BotDbContext db, IOptions<StorageOptions> storage, TimeProvider time, CancellationToken ct)
    {
        if (sig is null || exp < time.GetUtcNow().ToUnixTimeSeconds()
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sig), Encoding.ASCII.GetBytes(Sign(tokens, attachmentId, exp))))
        {
            return DirectLineProblems.Create(StatusCodes.Status403Forbidden, "Forbidden", "This link is not valid or has expired.");
        }

        var stored = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, ct);
        if (stored is null)
        {
            return DirectLineProblems.Create(StatusCodes.Status404NotFound, "NotFound", "No such file.");
        }

        var path = Path.Combine(storage.Value.ResolveDataDirectory(), stored.RelativePath);
        return TypedResults.PhysicalFile(path, stored.ContentType, stored.FileName);
    }

    private static string PublicBaseUrl(HttpRequest request, DirectLineOptions options) =>
        options.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The worker's own expiring link to a stored file (<paramref name="baseUrl"/> may be empty for a relative link).</summary>
    internal static string SignedUrl(string baseUrl, DirectLineTokens tokens, string id, DateTimeOffset expires)
    {
        var exp = expires.ToUnixTimeSeconds();
        return $"{baseUrl}{DirectLineEndpoints.RoutePrefix}/attachments/{id}?exp={exp.ToString(CultureInfo.InvariantCulture)}&sig={Sign(tokens, id, exp)}";
    }

    private static string Sign(DirectLineTokens tokens, string id, long exp) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(tokens.KeyBytes, Encoding.UTF8.GetBytes($"attachment:{id}:{exp.ToString(CultureInfo.InvariantCulture)}")));

    internal static string SafeName(string? name)
    {
        var clean = new string((Path.GetFileName(name) ?? "file").Where(c => !char.IsControl(c) && c is not '"' and not '\\' and not '/').ToArray());
        return clean.Length == 0 ? "file" : clean.Length > 120 ? clean[..120] : clean;
    }
}
