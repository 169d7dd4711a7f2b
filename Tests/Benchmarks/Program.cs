using BenchmarkDotNet.Running;
using RightsBot.Benchmarks;

// dotnet run -c Release --project Tests/Benchmarks -- directline | knowledge [BenchmarkDotNet args] | understanding [--misses]
switch (args.FirstOrDefault())
{
    case "directline":
        await DirectLineBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "handoff":
        await HandoffBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "export":
        await ExportBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "understanding":
        await UnderstandingBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "knowledge":
        KnowledgeLatency.Run();
        BenchmarkRunner.Run<KnowledgeSearchBenchmarks>(args: args.Skip(1).ToArray());
        break;
    default:
        Console.WriteLine("usage: RightsBot.Benchmarks directline | knowledge | understanding [--misses] | export [cases] | handoff");
        return 2;
}

return 0;
