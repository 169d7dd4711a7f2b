namespace RightsBot.Knowledge.Learning;

/// <summary>Term ids for an index or a classifier: terms seen while building get an id; unknown terms later are dropped.</summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    /// <summary>Ids for <paramref name="terms"/>, adding new terms (training).</summary>
    public Dictionary<int, float> Add(Dictionary<string, float> terms)
    {
        var ids = new Dictionary<int, float>(terms.Count);
        foreach (var (term, weight) in terms)
        {
            if (!_ids.TryGetValue(term, out var id))
            {
                id = _ids.Count;
                _ids[term] = id;
            }

            ids[id] = weight;
        }

        return ids;
    }

    /// <summary>The id of a known term.</summary>
    public bool TryGetId(string term, out int id) => _ids.TryGetValue(term, out id);

    /// <summary>Ids for the known terms of <paramref name="terms"/> (prediction).</summary>
    public Dictionary<int, float> Known(Dictionary<string, float> terms)
    {
        var ids = new Dictionary<int, float>(terms.Count);
        foreach (var (term, weight) in terms)
        {
            if (_ids.TryGetValue(term, out var id))
            {
                ids[id] = weight;
            }
        }

        return ids;
    }
}
