using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace RightsBot.Staff.Accounts;

/// <summary>
/// The one-time link that creates the first admin. While no staff account exists, each start prints a fresh link;
/// it works once, and never after an account exists. There is no default password.
/// </summary>
public sealed partial class SetupLink(
    IServiceScopeFactory scopes, IConfiguration configuration, IServer server, IHostApplicationLifetime lifetime, ILogger<SetupLink> logger) : IHostedService
{
    private readonly Lock _gate = new();
    private byte[]? _tokenHash;

    /// <summary>The token of the current link (tests read it instead of the log).</summary>
    internal string? CurrentToken { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue<bool>("Hosting:Command"))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AnyAsync(cancellationToken))
        {
            return;
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        lock (_gate)
        {
            CurrentToken = token;
            _tokenHash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        }

        // Printed once the server listens, with the address it really got.
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
            var baseUrl = address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
            Log.SetupLink(logger, $"{baseUrl}/staff/setup?token={token}");
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Uses the link up: true once for the right token, false ever after.</summary>
    public bool TryRedeem(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        lock (_gate)
        {
            if (_tokenHash is null || !CryptographicOperations.FixedTimeEquals(_tokenHash, SHA256.HashData(Encoding.UTF8.GetBytes(token))))
            {
                return false;
            }

            _tokenHash = null;
            CurrentToken = null;
            return true;
        }
    }

    /// <summary>Re-opens a redeemed link whose account could not be created (a weak password, say).</summary>
    public void Restore(string token)
    {
        lock (_gate)
        {
            CurrentToken = token;
            _tokenHash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        }
    }

    /// <summary>Whether a link is open (the setup page shows its form only then).</summary>
    public bool IsValid(string? token)
    {
        lock (_gate)
        {
            return !string.IsNullOrEmpty(token) && _tokenHash is not null
                && CryptographicOperations.FixedTimeEquals(_tokenHash, SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "No staff account exists yet. Create the first admin once with this link (valid until used or restart): {Link}")]
        public static partial void SetupLink(ILogger logger, string link);
    }
}
