using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using RightsBot.Knowledge.Documents;
using RightsBot.Knowledge.Safety;
using RightsBot.Knowledge.Search;

namespace RightsBot.Knowledge;

/// <summary>
/// The content loaded once and everything built from it: the search (index and classifier) and the crisis detector
/// (rules and classifier). Building trains two classifiers, which takes about a second, so the result is shared by
/// every host in the process that loads the same content (same files, same bytes): tests start many hosts.
/// </summary>
internal sealed class KnowledgeModels
{
    private static readonly ConcurrentDictionary<string, Lazy<KnowledgeModels>> Built = new(StringComparer.Ordinal);

    private KnowledgeModels(KnowledgeBase knowledge, IReadOnlyList<ContentProblem> problems)
    {
        Knowledge = knowledge;
        Problems = problems;
        Search = new KnowledgeSearch(knowledge);
        Crisis = new CrisisDetector(CrisisClassifier.Train(knowledge));
    }

    public KnowledgeBase Knowledge { get; }

    public IReadOnlyList<ContentProblem> Problems { get; }

    public KnowledgeSearch Search { get; }

    public CrisisDetector Crisis { get; }

    /// <summary>The models for the content in <paramref name="directory"/>, built at most once per process for the same files.</summary>
    public static KnowledgeModels For(string directory, ILogger logger)
    {
        var models = Built.GetOrAdd(Fingerprint(directory), _ => new Lazy<KnowledgeModels>(() =>
        {
            var (knowledge, problems) = ContentLoader.Load(directory);
            return new KnowledgeModels(knowledge, problems);
        })).Value;
        foreach (var problem in models.Problems)
        {
            KnowledgeLog.ContentProblem(logger, problem.ToString());
        }

        KnowledgeLog.Loaded(logger, models.Knowledge.Articles.Count, models.Problems.Count);
        return models;
    }

    private static string Fingerprint(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(directory)));
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
