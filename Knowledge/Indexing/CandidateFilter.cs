using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace RightsBot.Knowledge.Indexing;

/// <summary>Restricts a search to the documents of a set of candidate articles (given as global document ids).</summary>
internal sealed class CandidateFilter(IReadOnlyList<int> globalDocs) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        var start = context.DocBase;
        var end = start + context.AtomicReader.MaxDoc;
        foreach (var doc in globalDocs)
        {
            if (doc >= start && doc < end && (acceptDocs is null || acceptDocs.Get(doc - start)))
            {
                bits.Set(doc - start);
            }
        }

        return bits;
    }
}
