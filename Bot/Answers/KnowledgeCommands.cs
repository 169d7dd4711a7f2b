using RightsBot.Hosting;
using RightsBot.Knowledge;
using RightsBot.Knowledge.Documents;

namespace RightsBot.Answers;

/// <summary><c>kb validate</c> and <c>kb unanswered</c>.</summary>
internal static class KnowledgeCommands
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        switch (args.FirstOrDefault())
        {
            case "validate":
                return Validate(CommandLine.Option(args, "--content") ?? new KnowledgeOptions().ResolveContentDirectory(), Console.Out, Console.Error);
            case "unanswered":
                return await UnansweredAsync(args, ct);
            default:
                return CommandLine.Usage(Console.Error, 2);
        }
    }

    internal static int Validate(string contentDirectory, TextWriter output, TextWriter errors)
    {
        var (knowledge, problems) = ContentLoader.Load(contentDirectory);
        foreach (var problem in problems)
        {
            errors.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            errors.WriteLine($"{problems.Count} problem(s) in {contentDirectory}");
            return 1;
        }

        output.WriteLine($"OK: {knowledge.Articles.Count} articles, {knowledge.Laws.Count} laws, {knowledge.SynonymGroups.Count} synonym groups");
        return 0;
    }

    private static async Task<int> UnansweredAsync(string[] args, CancellationToken ct)
    {
        var top = int.TryParse(CommandLine.Option(args, "--top"), out var n) && n > 0 ? n : 50;
        using var app = CommandHost.Create(CommandLine.PassThrough(args));
        await app.StartAsync(ct);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var list = await scope.ServiceProvider.GetRequiredService<CuratorLog>().ListAsync(top, ct);
            Console.WriteLine("count\treason\tarticle\tlast asked (UTC)\tquestion");
            foreach (var q in list)
            {
                Console.WriteLine($"{q.Count}\t{q.Reason}\t{q.ArticleId ?? "-"}\t{q.LastAskedAt:yyyy-MM-dd HH:mm}\t{q.Text.ReplaceLineEndings(" ")}");
            }

            if (list.Count == 0)
            {
                Console.WriteLine("(no unanswered questions yet)");
            }

            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }
}
