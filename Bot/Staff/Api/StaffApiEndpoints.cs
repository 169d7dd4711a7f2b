using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using RightsBot.Audit;
using RightsBot.Handoff;
using RightsBot.Staff.Accounts;

namespace RightsBot.Staff.Api;

/// <summary>
/// The staff API for integrations (bearer token from <c>POST /api/staff/login</c>, or the console cookie plus its anti-forgery token): the queue, accept,
/// assign, messages, transcript, notes, release, and the audit log for admins. Every action is audited.
/// </summary>
public static class StaffApiEndpoints
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        // The framework's form check does not cover JSON bodies; CookieAntiforgeryAsync checks every call signed in by the cookie.
        var staff = app.MapGroup("/api/staff").RequireAuthorization(StaffAccountsRegistration.StaffPolicy).DisableAntiforgery()
            .WithMetadata(new Hosting.BodySizeLimit(app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hosting.RequestLimitsOptions>>().Value.MaxApiBodyBytes))
            .AddEndpointFilter(CookieAntiforgeryAsync);
        staff.MapGet("/queue", QueueAsync);
        staff.MapPost("/conversations/{id}/accept", AcceptAsync);
        staff.MapPost("/conversations/{id}/assign", AssignAsync);
        staff.MapPost("/conversations/{id}/messages", MessageAsync);
        staff.MapGet("/conversations/{id}/transcript", TranscriptAsync);
        staff.MapPost("/conversations/{id}/notes", NoteAsync);
        staff.MapPost("/conversations/{id}/release", ReleaseAsync);
        staff.MapGet("/audit", AuditAsync).RequireAuthorization(StaffAccountsRegistration.AdminPolicy);
        return app;
    }

    /// <summary>
    /// A call signed in by the console cookie must carry the console's anti-forgery token in the
    /// <c>RequestVerificationToken</c> header (the console pages have it in <c>meta[name=request-verification-token]</c>);
    /// otherwise 400. Safe methods (GET) are exempt as everywhere in ASP.NET Core. Bearer-token calls need none.
    /// </summary>
    private static async ValueTask<object?> CookieAntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!StaffAccountsRegistration.UsesBearerToken(http.Request)
            && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                title: "Missing or invalid anti-forgery token.",
                detail: "Calls signed in with the console cookie send the page's token in the RequestVerificationToken header; integrations use a bearer token.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }

    private static async Task<IResult> QueueAsync(QueueView view, CancellationToken ct)
    {
        var (waiting, held) = await view.BuildAsync(ct);
        return TypedResults.Ok(new { waiting, held });
    }

    private static async Task<IResult> AcceptAsync(string id, HttpContext http, HandoffService handoffs, CancellationToken ct) =>
        ToResult(await handoffs.AcceptAsync(id, Actor(http), ct));

    private static async Task<IResult> AssignAsync(string id, StaffAssignRequest? body, HttpContext http, HandoffService handoffs, UserManager<StaffUser> users, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.User) || await users.FindByNameAsync(body.User.Trim()) is not { } colleague)
        {
            return TypedResults.Problem(title: "Give the user name of a staff member.", statusCode: StatusCodes.Status400BadRequest);
        }

        return ToResult(await handoffs.AssignAsync(id, colleague.Id, colleague.DisplayName, Actor(http), ct));
    }

    private static async Task<IResult> MessageAsync(string id, StaffTextRequest? body, HttpContext http, HandoffService handoffs, CancellationToken ct) =>
        ToResult(await handoffs.SendAsync(id, body?.Text, Actor(http), ct));

    private static async Task<IResult> NoteAsync(string id, StaffTextRequest? body, HttpContext http, HandoffService handoffs, CancellationToken ct) =>
        ToResult(await handoffs.AddNoteAsync(id, body?.Text, Actor(http), ct));

    private static async Task<IResult> ReleaseAsync(string id, HttpContext http, HandoffService handoffs, CancellationToken ct) =>
        ToResult(await handoffs.ReleaseAsync(id, Actor(http), ct));

    private static async Task<IResult> TranscriptAsync(string id, HttpContext http, HandoffService handoffs, AuditLog audit, CancellationToken ct)
    {
        var handoff = await handoffs.FindAsync(id, ct);
        if (handoff is null)
        {
            return ToResult(StaffActionResult.NotFound);
        }

        var actor = Actor(http);
        await audit.RecordAsync(actor.UserName, "handoff.transcript", handoff.Ticket, null, actor.Origin, ct);
        var entries = await handoffs.TranscriptAsync(handoff, 0, ct);

        // Activities are stored as the channel saw them; they are written out as they are.
        var json = new StringBuilder(256 + entries.Sum(e => e.Json.Length + 1));
        json.Append("{\"ticket\":").Append(JsonSerializer.Serialize(handoff.Ticket))
            .Append(",\"status\":").Append(JsonSerializer.Serialize(handoff.Status.ToString().ToLowerInvariant()))
            .Append(",\"activities\":[");
        for (var i = 0; i < entries.Count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(entries[i].Json);
        }

        json.Append("]}");
        return Results.Text(json.ToString(), "application/json; charset=utf-8");
    }

    private static async Task<IResult> AuditAsync(AuditLog audit, int? max, CancellationToken ct) =>
        TypedResults.Ok(await audit.RecentAsync(Math.Clamp(max ?? 200, 1, 2000), ct));

    private static StaffActor Actor(HttpContext http) =>
        StaffClaims.ToActor(http.User, StaffAccountEndpoints.Origin(http)) ?? throw new InvalidOperationException("The endpoint requires a signed-in staff member.");

    private static IResult ToResult(StaffActionResult result) => result.Outcome switch
    {
        StaffActionOutcome.Done => TypedResults.Ok(new
        {
            ticket = result.Handoff!.Ticket,
            status = result.Handoff.Status.ToString().ToLowerInvariant(),
            assignedTo = result.Handoff.AssignedToName,
        }),
        StaffActionOutcome.NotFound => TypedResults.Problem(title: result.Message, statusCode: StatusCodes.Status404NotFound),
        StaffActionOutcome.Conflict => TypedResults.Problem(title: result.Message, statusCode: StatusCodes.Status409Conflict),
        StaffActionOutcome.Forbidden => TypedResults.Problem(title: result.Message, statusCode: StatusCodes.Status403Forbidden),
        _ => TypedResults.Problem(title: result.Message, statusCode: StatusCodes.Status400BadRequest),
    };
}
