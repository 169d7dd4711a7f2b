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
        app.MapPost("/staff/account/login", LoginFormAsync).RequireRateLimiting(StaffAccountsRegistration.LoginLimit);
        app.MapPost("/staff/account/logout", LogoutAsync).RequireAuthorization(StaffAccountsRegistration.StaffPolicy);
        app.MapPost("/staff/account/setup", SetupAsync).RequireRateLimiting(StaffAccountsRegistration.LoginLimit);
        app.MapPost("/api/staff/login", LoginApiAsync).RequireRateLimiting(StaffAccountsRegistration.LoginLimit);
        return app;
    }

    private static async Task<IResult> LoginFormAsync(
        [FromForm(Name = "user")] string? user, [FromForm(Name = "password")] string? password, [FromForm(Name = "returnUrl")] string? returnUrl,
        HttpContext http, SignInManager<StaffUser> signIn, AuditLog audit, CancellationToken ct)
    {
        var result = await SignInAsync(user, password, signIn, http, audit, ct);
        if (!result.Succeeded)
        {
            return Results.LocalRedirect(result.IsLockedOut ? "/staff/login?error=locked" : "/staff/login?error=1");
        }

        return Results.LocalRedirect(IsLocalStaffUrl(returnUrl) ? returnUrl! : "/staff");
    }

    private static async Task<IResult> LoginApiAsync(StaffLoginRequest? body, HttpContext http, SignInManager<StaffUser> signIn, AuditLog audit, CancellationToken ct)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.User) || string.IsNullOrEmpty(body.Password))
        {
            return TypedResults.Problem(title: "Give user and password.", statusCode: StatusCodes.Status400BadRequest);
        }

        // With the bearer scheme, a successful sign-in writes the token response itself.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await SignInAsync(body.User, body.Password, signIn, http, audit, ct);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(title: "Wrong user or password, or the account is locked for a while.", statusCode: StatusCodes.Status401Unauthorized);
        }

        return Results.Empty;
    }

    private static async Task<SignInResult> SignInAsync(string? user, string? password, SignInManager<StaffUser> signIn, HttpContext http, AuditLog audit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password) || user.Length > 100 || password.Length > 200)
        {
            return SignInResult.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        var action = result.Succeeded ? "staff.login" : result.IsLockedOut ? "staff.login-locked" : "staff.login-failed";
        await audit.RecordAsync(user.Trim(), action, null, null, Origin(http), ct);
        return result;
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
