using Microsoft.AspNetCore.Http.HttpResults;

namespace RightsBot.Channels.DirectLine;

/// <summary>
/// Errors as RFC 9457 problem details that also carry Direct Line's own <c>{"error":{"code","message"}}</c> member.
/// </summary>
public static class DirectLineProblems
{
    public static ProblemHttpResult Create(int status, string code, string message) =>
        TypedResults.Problem(
            statusCode: status,
            title: code,
            detail: message,
            extensions: new Dictionary<string, object?> { ["error"] = new Dictionary<string, string> { ["code"] = code, ["message"] = message } });

    public static ProblemHttpResult ForToken(TokenCheck check) => check switch
    {
        TokenCheck.Missing => Create(StatusCodes.Status401Unauthorized, "MissingToken", "An Authorization: Bearer token is required."),
        TokenCheck.Malformed => Create(StatusCodes.Status401Unauthorized, "BadArgument", "The token is not valid."),
        TokenCheck.Expired => Create(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired."),
        TokenCheck.Revoked => Create(StatusCodes.Status403Forbidden, "TokenExpired", "The token was replaced by a refresh; use the newest one."),
        TokenCheck.WrongConversation => Create(StatusCodes.Status403Forbidden, "Forbidden", "The token does not grant access to this conversation."),
        _ => Create(StatusCodes.Status401Unauthorized, "BadArgument", "The token is not valid."),
    };
}
