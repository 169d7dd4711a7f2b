using System.Net;
using RightsBot.Staff.Accounts;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Handoff;

/// <summary><c>staff add</c> from the command line: the password comes from stdin, never from arguments.</summary>
public sealed class StaffCommandTests
{
    [Fact]
    public async Task StaffAdd_ReadsThePasswordFromStdin_AndTheAccountCanSignIn()
    {
        using var data = new TempDirectory();
        var password = StaffTestKit.NewPassword();
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await StaffCommands.RunAsync(
            ["add", "--user", "cli-admin", "--role", "管理员", "--name", "系统管理员", "--Storage:DataDirectory", data.Path],
            new StringReader(password + "\n"), output, errors, CancellationToken.None);
        Assert.True(exit == 0, errors.ToString());
        Assert.Contains("cli-admin", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(2, await StaffCommands.RunAsync(["add", "--user", "x", "--role", "boss"], new StringReader(password), TextWriter.Null, TextWriter.Null, CancellationToken.None));
        Assert.Equal(1, await StaffCommands.RunAsync(
            ["add", "--user", "weak", "--role", "legal-aid", "--Storage:DataDirectory", data.Path], new StringReader("123\n"), TextWriter.Null, TextWriter.Null, CancellationToken.None));

        await using var server = await BotServer.StartAsync(dataDirectory: data.Path);
        Assert.Equal(HttpStatusCode.OK, (await StaffTestKit.LoginAsync(server, "cli-admin", password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffTestKit.LoginAsync(server, "weak", "123")).StatusCode);
        Assert.Null(server.Services.GetService(typeof(SetupLink)) is SetupLink link ? link.CurrentToken : null);
    }
}
