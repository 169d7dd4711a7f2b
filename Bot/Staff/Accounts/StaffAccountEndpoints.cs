using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using RightsBot.Audit;

namespace RightsBot.Staff.Accounts;

/// <summary>Sign-in and sign-out for the console (forms with anti-forgery) and for the staff API (bearer token).</summary>
public static class StaffAccountEndpoints
{
    public static IEndpointRouteBuilder MapStaffAccounts(this IEndpointRouteBuilder app)
    {
        var small = new Hosting.BodySizeLimit(app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hosting.RequestLimitsOptions>>().Value.MaxApiBodyBytes);
        app.MapPost("/staff/account/login", LoginFormAsync).RequireRateLimiting(StaffAccountsRegistration.LoginLimit).WithMetadata(small);
        app.MapPost("/staff/account/logout", LogoutAsync).RequireAuthorization(StaffAccountsRegistration.StaffPolicy).WithMetadata(small);
        app.MapPost("/staff/account/setup", SetupAsync).RequireRateLimiting(StaffAccountsRegistration.LoginLimit).WithMetadata(small);
        app.MapPost("/api/staff/login", LoginApiAsync).RequireRateLimiting(StaffAccountsRegistration.LoginLimit).WithMetadata(small);
        return app;
    }

    private static async Task<IResult> LoginFormAsync(
        [FromForm(Name = "user")] string? user, [FromForm(Name = "password")] string? password, [FromForm(Name = "returnUrl")] string? returnUrl,
        HttpContext http, SignInManager<StaffUser> signIn, LoginThrottle throttle, AuditLog audit, CancellationToken ct)
    {
        var (result, paused) = await SignInAsync(user, password, signIn, throttle, http, audit, ct);
        if (!result.Succeeded)
        {
            return Results.LocalRedirect(paused is null ? "/staff/login?error=1" : "/staff/login?error=paused");
        }

        return Results.LocalRedirect(IsLocalStaffUrl(returnUrl) ? returnUrl! : "/staff");
    }

    private static async Task<IResult> LoginApiAsync(
        StaffLoginRequest? body, HttpContext http, SignInManager<StaffUser> signIn, LoginThrottle throttle, AuditLog audit, CancellationToken ct)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.User) || string.IsNullOrEmpty(body.Password))
        {
            return TypedResults.Problem(title: "Give user and password.", statusCode: StatusCodes.Status400BadRequest);
        }

        // With the bearer scheme, a successful sign-in writes the token response itself.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var (result, paused) = await SignInAsync(body.User, body.Password, signIn, throttle, http, audit, ct);
        if (paused is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(title: "Too many failed sign-ins for this user from this address; try again later.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (!result.Succeeded)
        {
            return TypedResults.Problem(title: "Wrong user or password, or the account is disabled.", statusCode: StatusCodes.Status401Unauthorized);
        }

        return Results.Empty;
    }

    /// <summary>
    /// One answer for an unknown name, a wrong password and a disabled account (same result, and a password hash is
    /// computed in every case so the timing matches). <c>Paused</c> is set when this address must wait for this name.
    /// </summary>
    private static async Task<(SignInResult Result, TimeSpan? Paused)> SignInAsync(
        string? user, string? password, SignInManager<StaffUser> signIn, LoginThrottle throttle, HttpContext http, AuditLog audit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password) || user.Length > 100 || password.Length > 200)
        {
            return (SignInResult.Failed, null);
        }

        var name = user.Trim();
        var address = Hosting.ClientAddress.Of(http);
        if (throttle.PausedFor(name, address) is { } paused)
        {
            await audit.RecordAsync(name, "staff.login-paused", null, null, Origin(http), ct);
            return (SignInResult.Failed, paused);
        }

        await throttle.SlowDownAsync(name, ct);
        var account = await signIn.UserManager.FindByNameAsync(name);
        SignInResult result;
        if (account is null)
        {
            throttle.VerifyDummy(password);
            result = SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: false);
            if (result.IsLockedOut)
            {
                // A disabled account is refused before its password is checked; spend the same time anyway.
                throttle.VerifyDummy(password);
            }
        }

        if (result.Succeeded)
        {
            throttle.Succeeded(name, address);
        }
        else
        {
            throttle.Failed(name, address);
        }

        var action = result.Succeeded ? "staff.login" : result.IsLockedOut ? "staff.login-locked" : "staff.login-failed";
        await audit.RecordAsync(name, action, null, null, Origin(http), ct);
        return (result.Succeeded ? result : SignInResult.Failed, null);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, AuditLog audit, CancellationToken ct)
    {
        await audit.RecordAsync(http.User.Identity?.Name ?? "?", "staff.logout", null, null, Origin(http), ct);
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.LocalRedirect("/staff/login");
    }

    private static async Task<IResult> SetupAsync(
        [FromForm(Name = "token")] string? token, [FromForm(Name = "user")] string? user, [FromForm(Name = "displayName")] string? displayName,
        [FromForm(Name = "password")] string? password, [FromForm(Name = "confirm")] string? confirm,
        HttpContext http, SetupLink setup, StaffAccounts accounts, SignInManager<StaffUser> signIn, AuditLog audit, CancellationToken ct)
    {
        string Back(string error) => $"/staff/setup?token={Uri.EscapeDataString(token ?? string.Empty)}&error={error}";
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password))
        {
            return Results.LocalRedirect(Back("missing"));
        }

        if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            return Results.LocalRedirect(Back("mismatch"));
        }

        if (!setup.TryRedeem(token) || await accounts.AnyAsync(ct))
        {
            return Results.LocalRedirect("/staff/login?error=setup");
        }

        var created = await accounts.CreateAsync(user, displayName ?? "管理员", password, StaffRoles.Admin, ct);
        if (!created.Succeeded)
        {
            setup.Restore(token!);
            return Results.LocalRedirect(Back("weak"));
        }

        await audit.RecordAsync(user.Trim(), "staff.setup-admin", user.Trim(), null, Origin(http), ct);
        await signIn.PasswordSignInAsync(user.Trim(), password, isPersistent: false, lockoutOnFailure: false);
        return Results.LocalRedirect("/staff");
    }

    private static bool IsLocalStaffUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith("/staff", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);

    public static string? Origin(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
