using Microsoft.AspNetCore.Http.Metadata;

namespace RightsBot.Hosting;

/// <summary>Endpoint metadata that sets the largest request body for that endpoint (routing applies it before the body is read).</summary>
public sealed record BodySizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
