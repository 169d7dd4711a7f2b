namespace RightsBot.WebChat;

/// <summary>Serves the worker chat page (Microsoft's Web Chat from npm, our page around it) with strict headers.</summary>
public static class WebChatRegistration
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "media-src 'self' blob:; worker-src 'self' blob:; connect-src 'self' ws: wss: blob:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'";

    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (!context.Request.Path.StartsWithSegments("/v3/directline", StringComparison.Ordinal))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            await next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
