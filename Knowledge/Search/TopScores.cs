namespace RightsBot.Knowledge.Search;

/// <summary>The indexes of the highest positive scores, best first, without sorting them all.</summary>
internal static class TopScores
{
    public static List<int> Of(float[] scores, int count)
    {
        var top = new List<int>(count + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i];
            if (score <= 0 || (top.Count == count && score <= scores[top[^1]]))
            {
                continue;
            }

            var at = top.Count;
            while (at > 0 && scores[top[at - 1]] < score)
            {
                at--;
            }

            top.Insert(at, i);
            if (top.Count > count)
            {
                top.RemoveAt(count);
            }
        }

        return top;
    }
}
