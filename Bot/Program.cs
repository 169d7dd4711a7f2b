using RightsBot.Hosting;

// Commands (kb validate, ask …) run and exit; with no command the bot serves HTTP.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var app = BotApplication.Create(args);
await app.RunAsync();
return 0;

/// <summary>Makes the host reachable from tests.</summary>
public partial class Program;
