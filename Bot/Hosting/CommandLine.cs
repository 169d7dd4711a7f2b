using RightsBot.Answers;
using RightsBot.Reports;

namespace RightsBot.Hosting;

/// <summary>The command-line verbs of <c>dotnet run --project Bot -- …</c>; each feature owns its commands.</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["kb", "ask", "export", "demo", "staff", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        return args[0] switch
        {
            "kb" => await KnowledgeCommands.RunAsync(args[1..], cancel.Token),
            "ask" => await AskCommand.RunAsync(args[1..], Console.In, Console.Out, cancel.Token),
            "export" => await ReportCommands.ExportAsync(args[1..], Console.Out, Console.Error, cancel.Token),
            "demo" => await ReportCommands.DemoAsync(args[1..], Console.Out, Console.Error, cancel.Token),
            "staff" => await Staff.Accounts.StaffCommands.RunAsync(args[1..], Console.In, Console.Out, Console.Error, cancel.Token),
            _ => Usage(Console.Out, 0),
        };
    }

    internal static int Usage(TextWriter output, int exitCode)
    {
        output.WriteLine("Usage: dotnet run --project Bot [-- <command>]");
        output.WriteLine("  (no command)              serve the bot (default http://localhost:5080)");
        output.WriteLine("  kb validate [--content DIR]  check the knowledge articles; file:line messages, exit 1 on problems");
        output.WriteLine("  kb unanswered [--top N]   questions the bot could not answer, most frequent first");
        output.WriteLine("  ask [--json]              answer one question per stdin line through the turn pipeline");
        output.WriteLine("  export cases|stats --from yyyy-MM-dd --to yyyy-MM-dd --format csv|xlsx --out PATH");
        output.WriteLine("       [--province P --city C --industry I --status S --source S --type wage-arrears|hardship --include-demo]");
        output.WriteLine("       cases: [--full --reason \"why\"]   stats: [--period month|quarter --group region|industry --publication]");
        output.WriteLine("  demo seed --cases N       add N clearly marked synthetic cases");
        output.WriteLine("  staff add --user NAME --role admin|supervisor|legal-aid [--name 显示名]   password read from stdin");
        return exitCode;
    }

    /// <summary>The value after <paramref name="name"/>, if given.</summary>
    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Configuration overrides given on the command line (e.g. --Storage:DataDirectory PATH).</summary>
    internal static string[] PassThrough(string[] args)
    {
        var index = Array.IndexOf(args, "--Storage:DataDirectory");
        return index >= 0 && index + 1 < args.Length ? ["--Storage:DataDirectory", args[index + 1]] : [];
    }
}
