using Microsoft.Playwright;

namespace RightsBot.Tests.Support;

/// <summary>Finding things on the worker chat page (Microsoft's Web Chat markup).</summary>
internal static class WebChatLocators
{
    /// <summary>A message bubble in the transcript containing <paramref name="fragment"/>.</summary>
    public static ILocator Says(IPage page, string fragment) =>
        page.Locator(".webchat__text-content").Filter(new() { HasText = fragment }).Last;

    /// <summary>A suggested-action button on screen (Web Chat also keeps a hidden copy for screen readers).</summary>
    public static ILocator Button(IPage page, string title) =>
        page.Locator("button.webchat__suggested-action").Filter(new() { HasText = title }).First;
}
