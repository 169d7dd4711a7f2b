using System.Reflection;
using Microsoft.Extensions.Logging;
using RightsBot.Storage;

namespace RightsBot.Tests.Hosting;

/// <summary>Log hygiene: every log event has its own id, and conversation keys that identify a person are hashed.</summary>
public sealed class LoggingTests
{
    [Fact]
    public void LogEvents_AcrossTheBot_HaveDistinctEventIds()
    {
        var events = typeof(ConversationKey).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToList();
        Assert.True(events.Count > 30, $"found {events.Count} log events");
        var clashes = events.GroupBy(e => e.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method.DeclaringType!.FullName + "." + e.Method.Name))}").ToList();
        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("telegram", "123456789")]
    [InlineData("wechat", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")]
    public void ConversationKeyForLog_HidesChatIdsAndOpenIds_ButStaysStableWithinARun(string channel, string id)
    {
        var key = ConversationKey.For(channel, id);
        var logged = ConversationKey.ForLog(key);
        Assert.DoesNotContain(id, logged, StringComparison.Ordinal);
        Assert.StartsWith(channel + "/#", logged, StringComparison.Ordinal);
        Assert.Equal(logged, ConversationKey.ForLog(key));
        Assert.NotEqual(logged, ConversationKey.ForLog(ConversationKey.For(channel, id + "0")));
        Assert.Equal("directline/conversations/abc", ConversationKey.ForLog("directline/conversations/abc"));
    }
}
