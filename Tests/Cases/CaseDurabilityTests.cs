using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Cases;
using RightsBot.Localization;
using RightsBot.Tests.Cases.Validation;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Cases;

/// <summary>Nothing a worker gave is lost, nothing sensitive is stored in clear, no number without a stored case.</summary>
public sealed class CaseDurabilityTests
{
    [Fact]
    public async Task ReportForm_KilledHalfWay_Restarted_ResumesWithEverythingKept()
    {
        using var data = new TempDirectory();
        string conversationId;
        string token;
        await using (var first = await BotProcess.StartAsync(data.Path))
        {
            using var client = await DirectLineTestClient.StartAsync(first.Address);
            (conversationId, token) = (client.ConversationId, client.Token);
            await client.ExpectAsync(BotText.MenuPrompt);
            await WageReportConversationTests.StepAsync(client, BotText.MenuReport, "登记之前");
            await WageReportConversationTests.StepAsync(client, BotText.ReportAgree, BotText.ReportAskName);
            await WageReportConversationTests.StepAsync(client, "张师傅", BotText.ReportAskPhone);
            await WageReportConversationTests.StepAsync(client, "13812340000", BotText.ReportAskIdConsent);
            await WageReportConversationTests.StepAsync(client, BotText.ReportIdNo, BotText.ReportAskEmployer);
            await first.KillAsync();
        }

        await using var second = await BotProcess.StartAsync(data.Path);
        using var resumed = await ResumeAsync(second.Address, conversationId, token);
        await WageReportConversationTests.StepAsync(resumed, "永兴物流", BotText.ReportAskIndustry);
        await WageReportConversationTests.StepAsync(resumed, "送快递", BotText.ReportAskLocation);
        await WageReportConversationTests.StepAsync(resumed, "上海", BotText.ReportAskJob);
        await WageReportConversationTests.StepAsync(resumed, "快递员", BotText.ReportAskFrom);
        await WageReportConversationTests.StepAsync(resumed, "2025年5月", BotText.ReportAskTo);
        await WageReportConversationTests.StepAsync(resumed, "还在干", BotText.ReportAskAmount);
        await WageReportConversationTests.StepAsync(resumed, "4000", BotText.ReportAskWorkers);
        await WageReportConversationTests.StepAsync(resumed, "1", BotText.ReportAskEvidence);
        await WageReportConversationTests.StepAsync(resumed, "都没有", BotText.ReportAskComplained);
        await WageReportConversationTests.StepAsync(resumed, "还没有", BotText.ReportAskWants);
        await WageReportConversationTests.StepAsync(resumed, "帮我要回工资", "回形针");
        var summary = await WageReportConversationTests.StepAsync(resumed, "没有", BotText.ReportSummary);
        Assert.Contains(summary, t => t.Contains("张*", StringComparison.Ordinal) && t.Contains("138****0000", StringComparison.Ordinal));
    }

    private static async Task<DirectLineTestClient> ResumeAsync(Uri address, string conversationId, string token) =>
        await DirectLineTestClient.ResumeAsync(address, conversationId, token);

    [Fact]
    public async Task Submit_StoreFails_NoCaseNumberIsGivenAndTheFormIsKept()
    {
        await using var server = await BotServer.StartAsync(configure: b => b.Services.AddScoped<ICaseService, FailingCaseService>());
        using var client = await DirectLineTestClient.StartAsync(server.Address);
        await WageReportConversationTests.FillConstructionReportAsync(client, "失败测试公司", "13812349999");

        var replies = await WageReportConversationTests.StepAsync(client, BotText.FormSubmit, BotText.ReportSummary);
        Assert.Contains(BotText.FormSubmitFailed, replies);
        Assert.DoesNotContain(client.Received, a => DirectLineTestClient.Text(a).Contains("QX-", StringComparison.Ordinal) || DirectLineTestClient.Text(a).Contains("登记成功", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DatabaseFile_AfterReports_HoldsNoPhoneOrIdNumberInClear()
    {
        using var data = new TempDirectory();
        await using (var server = await BotServer.StartAsync(dataDirectory: data.Path))
        {
            using var client = await DirectLineTestClient.StartAsync(server.Address);
            await WageReportConversationTests.FillConstructionReportAsync(client, "加密测试公司", "13987654321");
            var number = await WageReportConversationTests.SubmitAsync(client);
            await WageReportConversationTests.StepAsync(client, BotText.MenuStatus, BotText.StatusAskNumber);
            await WageReportConversationTests.StepAsync(client, number, BotText.StatusAskPhone);
            await WageReportConversationTests.StepAsync(client, "13987654321", "已登记");
        }

        var files = Directory.GetFiles(data.Path, "rightsbot.db*");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var secret in new[] { "13987654321", GeneratedIdNumbers.Make("110101", "19900307", "123"), "赵师傅" })
            {
                Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(secret)) < 0, $"{Path.GetFileName(file)} contains {secret[..3]}… in clear");
            }
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    /// <summary>A case store that fails on purpose.</summary>
    private sealed class FailingCaseService : ICaseService
    {
        public Task<SubmitResult> SubmitAsync(CaseDraft draft, CaseSource source, string? conversationKey, string submissionKey, string submittedBy, IEnumerable<string> conversationFlags, bool demo, CancellationToken ct) =>
            throw new IOException("disk full (on purpose)");

        public Task<LookupOutcome> LookupAsync(string number, string secret, string conversationKey, CancellationToken ct) => Task.FromResult(LookupOutcome.NotFound);

        public Task<CaseRecord?> ChangeStatusAsync(string number, CaseStatus to, ReferralTarget? referredTo, string? reason, string? outcome, decimal? amountRecovered, string changedBy, CancellationToken ct) =>
            Task.FromResult<CaseRecord?>(null);

        public Task<int> ErasePersonalDataAsync(string conversationKey, CancellationToken ct) => Task.FromResult(0);
    }
}
