using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RightsBot.Staff.Accounts;

/// <summary>
/// Slows password guessing without letting strangers lock anyone out. Failures are counted per (user name, address):
/// after <see cref="StaffOptions.FailuresBeforePause"/> that address pauses for that name only. Failures for a name from
/// all addresses add a growing wait before each attempt (a slowdown, never a lock). Counts are kept for any typed name,
/// existing or not, so the answers reveal nothing about which names exist.
/// </summary>
public sealed class LoginThrottle(IOptions<StaffOptions> options, IPasswordHasher<StaffUser> hasher, TimeProvider time)
{
    private const int PurgeAbove = 10_000;
    private static readonly StaffUser DummyUser = new() { UserName = "dummy", DisplayName = "dummy" };

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly Lazy<string> _dummyHash = new(() => hasher.HashPassword(DummyUser, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    private StaffOptions Options => options.Value;

    /// <summary>How long this address must still wait before trying this name again, or null.</summary>
    public TimeSpan? PausedFor(string userName, string address)
    {
        if (_failures.TryGetValue(PairKey(userName, address), out var pair) && pair.PausedUntil is { } until && until > time.GetUtcNow())
        {
            return until - time.GetUtcNow();
        }

        return null;
    }

    /// <summary>Waits before an attempt on a name that has failed often from everywhere.</summary>
    public Task SlowDownAsync(string userName, CancellationToken ct)
    {
        var failures = Current(AccountKey(userName))?.Count ?? 0;
        var over = failures - Options.FailuresBeforeSlowdown;
        if (over < 0)
        {
            return Task.CompletedTask;
        }

        var seconds = Math.Min(Options.MaxSlowdownSeconds, Math.Pow(2, Math.Min(over, 10)));
        return Task.Delay(TimeSpan.FromSeconds(seconds), time, ct);
    }

    /// <summary>Spends the time of a real password check, so an unknown or disabled name answers as slowly as a wrong password.</summary>
    public void VerifyDummy(string password) => hasher.VerifyHashedPassword(DummyUser, _dummyHash.Value, password);

    public void Failed(string userName, string address)
    {
        var now = time.GetUtcNow();
        var pair = Bump(PairKey(userName, address), now);
        if (pair.Count >= Options.FailuresBeforePause)
        {
            _failures[PairKey(userName, address)] = pair with { Count = 0, PausedUntil = now.AddMinutes(Options.PauseMinutes) };
        }

        Bump(AccountKey(userName), now);
        if (_failures.Count > PurgeAbove)
        {
            Purge(now);
        }
    }

    /// <summary>The right password from this address: its own count and the name's slowdown start again.</summary>
    public void Succeeded(string userName, string address)
    {
        _failures.TryRemove(PairKey(userName, address), out _);
        _failures.TryRemove(AccountKey(userName), out _);
    }

    private Failures Bump(string key, DateTimeOffset now) =>
        _failures.AddOrUpdate(
            key,
            _ => new Failures(1, now, null),
            (_, old) => old.LastAt.AddMinutes(Options.FailureWindowMinutes) < now ? old with { Count = 1, LastAt = now } : old with { Count = old.Count + 1, LastAt = now });

    private Failures? Current(string key) =>
        _failures.TryGetValue(key, out var entry) && entry.LastAt.AddMinutes(Options.FailureWindowMinutes) >= time.GetUtcNow() ? entry : null;

    private void Purge(DateTimeOffset now)
    {
        foreach (var (key, entry) in _failures)
        {
            if (entry.LastAt.AddMinutes(Options.FailureWindowMinutes) < now && (entry.PausedUntil is null || entry.PausedUntil < now))
            {
                _failures.TryRemove(KeyValuePair.Create(key, entry));
            }
        }
    }

    private static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    private static string PairKey(string userName, string address) => "pair\n" + Normalize(userName) + "\n" + address;

    private static string AccountKey(string userName) => "name\n" + Normalize(userName);

    private sealed record Failures(int Count, DateTimeOffset LastAt, DateTimeOffset? PausedUntil);
}
