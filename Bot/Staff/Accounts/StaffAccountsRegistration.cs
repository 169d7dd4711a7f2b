using Microsoft.AspNetCore.Authorization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using RightsBot.Storage;

namespace RightsBot.Staff.Accounts;

/// <summary>
/// Staff sign-in: ASP.NET Core Identity on the bot's database (hashed passwords; failed sign-ins slowed by
/// <see cref="LoginThrottle"/>, never an account lockout that strangers could trigger),
/// a cookie for the console and bearer tokens for the staff API, role policies, a rate-limited login, and the
/// one-time first-admin link.
/// </summary>
public static class StaffAccountsRegistration
{
    public const string Scheme = "staff";
    public const string LoginLimit = "staff-login";
    public const string StaffPolicy = "staff";
    public const string SupervisorPolicy = "staff-supervisor";
    public const string AdminPolicy = "staff-admin";

    public static IHostApplicationBuilder AddStaffAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Staff", o => o.ForwardDefaultSelector = context =>
                UsesBearerToken(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies();

        builder.Services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Password.RequiredUniqueChars = 4;
                // Lockout is only how an admin disables an account (LockoutEnd = max); sign-ins never count failures
                // (lockoutOnFailure: false), so failed guesses from elsewhere cannot lock an account or end its tokens.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BotDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaims>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "rightsbot.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/staff/login";
            o.LogoutPath = "/staff/account/logout";
            o.AccessDeniedPath = "/staff/denied";
            o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.All).AddRequirements(new ActiveStaffRequirement()))
            .AddPolicy(SupervisorPolicy, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Supervisor, StaffRoles.Admin).AddRequirements(new ActiveStaffRequirement()))
            .AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Admin).AddRequirements(new ActiveStaffRequirement()));
        builder.Services.AddScoped<IAuthorizationHandler, ActiveStaffHandler>();

        builder.Services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(o => o.AddPolicy(LoginLimit, http =>
        {
            var limit = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<StaffOptions>>().Value.LoginAttemptsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                Hosting.ClientAddress.Of(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));

        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.AddSingleton<SetupLink>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SetupLink>());
        return builder;
    }

    /// <summary>
    /// Whether a request is signed in by a staff API bearer token rather than the console cookie. Only these skip the
    /// anti-forgery check: a browser attaches a cookie by itself, never an Authorization header.
    /// </summary>
    public static bool UsesBearerToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/staff", StringComparison.Ordinal)
        && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>API callers get a status code; people in a browser get the login or denied page.</summary>
    private static Task ApiOr(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
