using System.ComponentModel.DataAnnotations;

namespace RightsBot.Model;

/// <summary>
/// The optional Azure OpenAI deployment (section <c>AzureOpenAI</c>). With no endpoint the bot answers from the
/// knowledge base alone. The key comes from the environment (<c>AzureOpenAI__ApiKey</c>), never from the file.
/// </summary>
public sealed class ModelOptions
{
    public const string SectionName = "AzureOpenAI";

    public string? Endpoint { get; set; }
    public string? Deployment { get; set; }
    public string? ApiKey { get; set; }

    /// <summary>The switch: false turns the model off even when configured.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The whole time a turn may spend on the model, retries included.</summary>
    [Range(1, 60)]
    public double TurnBudgetSeconds { get; set; } = 6;

    public bool IsConfigured => Enabled && !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment) && !string.IsNullOrWhiteSpace(ApiKey);
}
