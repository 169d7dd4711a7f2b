using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Activities;
using RightsBot.Localization;
using RightsBot.Reports;
using RightsBot.Storage;
using RightsBot.Tests.Cases;
using RightsBot.Tests.Cases.Validation;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Privacy;

/// <summary>
/// What a worker types never sits in clear in the database files, not even for the moment between receiving a message
/// and answering it; the transcript staff read masks numbers whether or not they were valid answers; and the data
/// directory, the exports and everything in them are readable by the service account only.
/// </summary>
public sealed class PersonalDataAtRestTests
{
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task DatabaseFiles_DuringAndAfterReports_HoldNoPhoneOrIdNumberInClear()
    {
        using var data = new TempDirectory();
        var phone = NewPhone();
        var statusPhone = NewPhone();
        var reportPhone = NewPhone();
        var id = GeneratedIdNumbers.Make("999999", "19850412", "456");
        var secrets = new[] { phone, statusPhone, reportPhone, id, GeneratedIdNumbers.WithWrongCheck(id), GeneratedIdNumbers.WithWrongCheck(GeneratedIdNumbers.Make("110101", "19900307", "123")) };
        await using (var server = await BotServer.StartAsync(dataDirectory: data.Path))
        {
            using var client = await DirectLineTestClient.StartAsync(server.Address);
            await client.ExpectAsync(BotText.MenuPrompt);
            await WageReportConversationTests.StepAsync(client, BotText.MenuReport, "登记之前");
            await WageReportConversationTests.StepAsync(client, BotText.ReportAgree, BotText.ReportAskName);
            await WageReportConversationTests.StepAsync(client, "钱师傅", BotText.ReportAskPhone);
            await WageReportConversationTests.StepAsync(client, phone, BotText.ReportAskIdConsent);
            await AssertNotInDatabaseFilesAsync(data.Path, secrets, "after the phone answer");
            await WageReportConversationTests.StepAsync(client, BotText.ReportIdYes, BotText.ReportAskId);
            await WageReportConversationTests.StepAsync(client, GeneratedIdNumbers.WithWrongCheck(id), BotText.ReportRetryIdChecksum);
            await WageReportConversationTests.StepAsync(client, id, BotText.ReportAskEmployer);
            await AssertNotInDatabaseFilesAsync(data.Path, secrets, "after the ID answers");

            using var reporter = await DirectLineTestClient.StartAsync(server.Address);
            await WageReportConversationTests.FillConstructionReportAsync(reporter, "落盘测试公司", reportPhone);
            var number = await WageReportConversationTests.SubmitAsync(reporter);
            await WageReportConversationTests.StepAsync(reporter, BotText.MenuStatus, BotText.StatusAskNumber);
            await WageReportConversationTests.StepAsync(reporter, number, BotText.StatusAskPhone);
            await WageReportConversationTests.StepAsync(reporter, statusPhone, BotText.StatusNotFound);
            await WageReportConversationTests.StepAsync(reporter, BotText.MenuStatus, BotText.StatusAskNumber);
            await WageReportConversationTests.StepAsync(reporter, number, BotText.StatusAskPhone);
            await WageReportConversationTests.StepAsync(reporter, reportPhone, "已登记");
            await AssertNotInDatabaseFilesAsync(data.Path, secrets, "after the status queries");
        }

        await AssertNotInDatabaseFilesAsync(data.Path, secrets, "after shutdown");
    }

    [Fact]
    public async Task Transcript_MasksNumbersInEveryAnswer_ValidOrNot()
    {
        await using var server = await BotServer.StartAsync();
        var phone = NewPhone();
        var atEmployer = NewPhone();
        var inStory = NewPhone();
        var atStatus = NewPhone();
        var id = GeneratedIdNumbers.Make("110101", "19900307", "123");
        using var client = await DirectLineTestClient.StartAsync(server.Address);
        await client.ExpectAsync(BotText.MenuPrompt);
        await WageReportConversationTests.StepAsync(client, BotText.MenuReport, "登记之前");
        await WageReportConversationTests.StepAsync(client, BotText.ReportAgree, BotText.ReportAskName);
        await WageReportConversationTests.StepAsync(client, "孙师傅", BotText.ReportAskPhone);
        await WageReportConversationTests.StepAsync(client, phone, BotText.ReportAskIdConsent);
        await WageReportConversationTests.StepAsync(client, BotText.ReportIdYes, BotText.ReportAskId);
        await WageReportConversationTests.StepAsync(client, GeneratedIdNumbers.WithWrongCheck(id), BotText.ReportRetryIdChecksum);
        await WageReportConversationTests.StepAsync(client, id, BotText.ReportAskEmployer);
        await WageReportConversationTests.StepAsync(client, atEmployer, BotText.ReportAskIndustry);

        using var status = await DirectLineTestClient.StartAsync(server.Address);
        await status.ExpectAsync(BotText.MenuPrompt);
        await status.SayAsync($"老板欠我工资三个月了，我电话{inStory[..3]} {inStory[3..7]} {inStory[7..]}，身份证{id}，怎么办");
        await status.WaitForBotAsync(_ => true);
        await WageReportConversationTests.StepAsync(status, BotText.MenuStatus, BotText.StatusAskNumber);
        await WageReportConversationTests.StepAsync(status, "QX-2026-000001", BotText.StatusAskPhone);
        await WageReportConversationTests.StepAsync(status, atStatus, BotText.StatusNotFound);

        var store = server.Services.GetRequiredService<ConversationStore>();
        var texts = new List<string>();
        foreach (var conversation in new[] { client.ConversationId, status.ConversationId })
        {
            var entries = await store.ReadAfterAsync(ConversationKey.For("directline", conversation), 0, 1000, CancellationToken.None);
            texts.AddRange(entries.Select(e => ActivityJson.Deserialize(e.Json)?.Text).OfType<string>());
        }

        var storyState = (await store.FindAsync(ConversationKey.For("directline", status.ConversationId), CancellationToken.None))?.DialogState ?? string.Empty;
        texts.Add(storyState);
        var all = string.Join('\n', texts);
        foreach (var secret in new[] { phone, atEmployer, inStory, atStatus, id, GeneratedIdNumbers.WithWrongCheck(id), inStory[3..7] + " " + inStory[7..] })
        {
            Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
        }

        Assert.Contains(Mobile(atEmployer), texts);
        Assert.Contains(Mobile(atStatus), texts);
        Assert.Contains(id[..3] + "***********" + GeneratedIdNumbers.WithWrongCheck(id)[^4..], texts);
        Assert.Contains(texts, t => t.Contains("我电话" + Mobile(inStory), StringComparison.Ordinal) && t.Contains("身份证110***********" + id[^4..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task DataDirectory_AfterAReportWithAPhoto_HoldsOnlyPrivateFilesAndFolders()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var data = new TempDirectory();
        var folder = Path.Combine(data.Path, "data");
        await using (var server = await BotServer.StartAsync(dataDirectory: folder))
        {
            using var client = await DirectLineTestClient.StartAsync(server.Address);
            await WageReportConversationTests.FillConstructionReportAsync(client, "权限测试公司", NewPhone(), photo: Photo);
            await WageReportConversationTests.SubmitAsync(client);
            Assert.True(File.Exists(Path.Combine(folder, "rightsbot.db-wal")));
            AssertPrivate(folder);

            var export = Path.Combine(data.Path, "cases.csv");
            Assert.Equal(0, await ReportCommands.ExportAsync(["cases", "--out", export, "--Storage:DataDirectory", folder], TextWriter.Null, TextWriter.Null, CancellationToken.None));
            Assert.Equal(PrivateFile, File.GetUnixFileMode(export));
        }

        AssertPrivate(folder);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "attachments")));
    }

    [Fact]
    public async Task DataDirectory_MadeReadableByAnOlderVersion_IsTightenedAtStart()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var data = new TempDirectory();
        var folder = Path.Combine(data.Path, "data");
        await using (await BotServer.StartAsync(dataDirectory: folder))
        {
        }

        var open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(Path.Combine(folder, "rightsbot.db"), open);
        File.SetUnixFileMode(folder, open | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        await using (await BotServer.StartAsync(dataDirectory: folder))
        {
            Assert.Equal(PrivateFolder, File.GetUnixFileMode(folder));
            Assert.Equal(PrivateFile, File.GetUnixFileMode(Path.Combine(folder, "rightsbot.db")));
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void AssertPrivate(string folder)
    {
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(folder));
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            var expected = Directory.Exists(entry) ? PrivateFolder : PrivateFile;
            Assert.True(File.GetUnixFileMode(entry) == expected, $"{Path.GetRelativePath(folder, entry)} is {File.GetUnixFileMode(entry)}");
        }
    }

    private static async Task AssertNotInDatabaseFilesAsync(string folder, IEnumerable<string> secrets, string when)
    {
        var files = Directory.GetFiles(folder, "rightsbot.db*");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            byte[] bytes;
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                bytes = copy.ToArray();
            }

            foreach (var secret in secrets)
            {
                foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
                {
                    Assert.True(bytes.AsSpan().IndexOf(encoding.GetBytes(secret)) < 0, $"{Path.GetFileName(file)} holds {secret[..3]}… in clear ({encoding.WebName}) {when}");
                }
            }
        }
    }

    /// <summary>A made-up mobile number in the 199 range.</summary>
    private static string NewPhone() => "199" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    private static string Mobile(string phone) => phone[..3] + "****" + phone[^4..];
}
