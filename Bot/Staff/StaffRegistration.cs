using RightsBot.Handoff;
using RightsBot.Staff.Accounts;
using RightsBot.Staff.Api;
using RightsBot.Staff.Pages;

namespace RightsBot.Staff;

/// <summary>
/// Wires the staff side: accounts and sign-in, the console at /staff (Blazor, interactive server rendering) and the
/// staff API at /api/staff. Staff responses are never cached.
/// </summary>
public static class StaffRegistration
{
    public static IHostApplicationBuilder AddStaff(this IHostApplicationBuilder builder)
    {
        builder.AddStaffAccounts();

        // The console's script (blazor.web.js) is a framework static web asset. A published app has it in wwwroot;
        // run from the build output (dotnet run, tests) it is found through the build's manifest, in every environment.
        if (builder is WebApplicationBuilder web)
        {
            web.WebHost.UseStaticWebAssets();
        }
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();

        // X-Frame-Options: DENY is set for every page already; anti-forgery would add a second, weaker value.
        builder.Services.AddAntiforgery(o => o.SuppressXFrameOptionsHeader = true);
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<QueueView>();
        return builder;
    }

    public static WebApplication MapStaff(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/staff", StringComparison.Ordinal)
                || context.Request.Path.StartsWithSegments("/api/staff", StringComparison.Ordinal))
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaffAccounts();
        app.MapStaffApi();
        app.MapStaticAssets();
        // Our own policy already says frame-ancestors 'none'; Blazor would add a second header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
