using RightsBot.Hosting;

namespace RightsBot.Staff.Accounts;

/// <summary><c>staff add --user NAME --role admin|supervisor|legal-aid [--name 显示名]</c>: the password is read from stdin.</summary>
public static class StaffCommands
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] != "add")
        {
            error.WriteLine("Usage: staff add --user NAME --role admin|supervisor|legal-aid [--name 显示名]  (password from stdin)");
            return 2;
        }

        var user = CommandLine.Option(args, "--user");
        var role = StaffRoles.Parse(CommandLine.Option(args, "--role"));
        if (string.IsNullOrWhiteSpace(user) || role is null)
        {
            error.WriteLine("Give --user NAME and --role admin, supervisor or legal-aid (管理员, 主管, 法律援助).");
            return 2;
        }

        var password = ReadPassword(input, error);
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("No password given on stdin.");
            return 2;
        }

        using var app = CommandHost.Create(CommandLine.PassThrough(args));
        await app.StartAsync(ct);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
            var displayName = CommandLine.Option(args, "--name") ?? StaffRoles.Label(role);
            var result = await accounts.CreateAsync(user, displayName, password, role, ct);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Errors)
                {
                    error.WriteLine($"{problem.Code}: {problem.Description}");
                }

                return 1;
            }

            var audit = scope.ServiceProvider.GetRequiredService<Audit.AuditLog>();
            await audit.RecordAsync(Environment.UserName, "staff.add", user.Trim(), role, "command line", ct);
            output.WriteLine($"Created {user.Trim()} ({StaffRoles.Label(role)}).");
            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static string? ReadPassword(TextReader input, TextWriter error)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }

        error.Write("Password: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
