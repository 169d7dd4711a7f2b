using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RightsBot.Localization;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Handoff;

/// <summary>Outside service hours the bot takes a message and, with consent, a callback number, and says when staff will reply.</summary>
public sealed class AfterHoursTests : IAsyncLifetime
{
    private BotServer _server = null!;

    // Opening and closing at the same minute: never on duty.
    public async Task InitializeAsync() => _server = await BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Handoff:ServiceHours:Opens"] = "09:00",
        ["Handoff:ServiceHours:Closes"] = "09:00",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AskingForAPerson_AfterHours_TakesAMessageAndACallbackNumber_StoredEncrypted()
    {
        using var worker = await DirectLineTestClient.StartAsync(_server.Address);
        await worker.ExpectAsync(BotText.MenuPrompt);
        await worker.SayAsync("找工会工作人员");
        var replies = await worker.ExpectAsync(BotText.CallbackAskMessage);
        Assert.Contains(replies, t => t.Contains("现在下班了", StringComparison.Ordinal) && t.Contains("9:00", StringComparison.Ordinal));

        await worker.SayAsync("老板欠了我三个月工资 想问问怎么办");
        await worker.ExpectAsync(BotText.CallbackAskConsent);
        await worker.SayAsync("可以");
        await worker.ExpectAsync(BotText.CallbackAskPhone);
        await worker.SayAsync("我的电话1380013");
        await worker.ExpectAsync("手机号是11位数字");
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999);
        await worker.SayAsync(phone);
        await worker.ExpectAsync("尽快给您回电话");

        using var staff = await StaffTestKit.ClientAsync(_server, StaffRoles.LegalAid);
        var item = await StaffTestKit.WaitForWaitingAsync(staff);
        Assert.True(item["afterHours"]!.GetValue<bool>());

        // The number is in the database only encrypted, and in the transcript only masked.
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_server.DataDirectory, "rightsbot.db")};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        foreach (var table in new[] { "handoffs", "transcript" })
        {
            await using var command = db.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table} WHERE CAST({(table == "handoffs" ? "CallbackPhoneProtected || ifnull(LeftMessageProtected,'') || ifnull(CallbackPhoneMasked,'')" : "Json")} AS TEXT) LIKE '%' || $p || '%'";
            command.Parameters.AddWithValue("$p", phone);
            Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        }

        var transcript = (await staff.GetFromJsonAsync<JsonObject>($"/api/staff/conversations/{item["ticket"]}/transcript"))!["activities"]!.AsArray();
        Assert.Contains(transcript, a => a!["text"]?.GetValue<string>() == phone[..3] + "****" + phone[^4..]);

        // 删除我的信息 takes the left message and the number too.
        await worker.SayAsync("删除我的信息");
        await worker.ExpectAsync(BotText.EraseConfirm);
        await worker.SayAsync(BotText.EraseYes);
        await worker.ExpectAsync("已删除");
        await using var check = db.CreateCommand();
        check.CommandText = "SELECT count(*) FROM handoffs WHERE CallbackPhoneProtected IS NOT NULL OR LeftMessageProtected IS NOT NULL";
        Assert.Equal(0L, (long)(await check.ExecuteScalarAsync())!);
    }
}
