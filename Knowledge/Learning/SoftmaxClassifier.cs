using System.Numerics;

namespace RightsBot.Knowledge.Learning;

/// <summary>
/// Multinomial logistic regression over sparse weighted terms, trained with AdaGrad on SIMD vectors. Deterministic:
/// a fixed shuffle seed and a fixed number of epochs give the same model on the same machine. Each example's values
/// are scaled to unit length, so long and short messages weigh the same.
/// </summary>
internal sealed class SoftmaxClassifier
{
    private const float Epsilon = 1e-8f;

    private readonly int _classes;
    private readonly int _stride;
    private readonly float[] _weights;
    private readonly float[] _bias;

    private SoftmaxClassifier(int classes, int stride, float[] weights, float[] bias)
    {
        _classes = classes;
        _stride = stride;
        _weights = weights;
        _bias = bias;
    }

    public int Classes => _classes;

    /// <summary>Trains on <paramref name="examples"/> (term ids with weights, and a label in [0, classes)).</summary>
    /// <param name="examples">The training examples.</param>
    /// <param name="classes">How many labels there are.</param>
    /// <param name="features">How many distinct term ids there are.</param>
    /// <param name="classWeights">Optional weight of each label's examples (to balance a rare class).</param>
    /// <param name="epochs">Passes over the examples.</param>
    /// <param name="learningRate">AdaGrad's base rate.</param>
    /// <param name="seed">The shuffle seed.</param>
    public static SoftmaxClassifier Train(
        IReadOnlyList<(Dictionary<int, float> Terms, int Label)> examples, int classes, int features, float[]? classWeights = null,
        int epochs = 15, float learningRate = 0.5f, int seed = 20261203)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        var stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var weights = new float[Math.Max(1, features) * stride];
        var squares = new float[weights.Length];
        var bias = new float[stride];
        var biasSquares = new float[stride];
        var probabilities = new float[stride];
        var gradient = new float[stride];
        var prepared = examples.Select(e => (Vector: Normalise(e.Terms), e.Label)).ToArray();
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var ((terms, values), label) = prepared[i];
                Forward(weights, bias, stride, classes, terms, values, probabilities);
                var weight = classWeights?[label] ?? 1f;
                for (var c = 0; c < stride; c++)
                {
                    gradient[c] = c < classes ? weight * (probabilities[c] - (c == label ? 1f : 0f)) : 0f;
                }

                Step(bias, biasSquares, gradient, 1f, learningRate);
                for (var k = 0; k < terms.Length; k++)
                {
                    Step(weights.AsSpan(terms[k] * stride, stride), squares.AsSpan(terms[k] * stride, stride), gradient, values[k], learningRate);
                }
            }
        }

        return new SoftmaxClassifier(classes, stride, weights, bias);
    }

    /// <summary>The probability of each label (length <see cref="Classes"/> or more; the rest are zero).</summary>
    public float[] Probabilities(Dictionary<int, float> terms)
    {
        var probabilities = new float[_stride];
        var (ids, values) = Normalise(terms);
        Forward(_weights, _bias, _stride, _classes, ids, values, probabilities);
        return probabilities;
    }

    private static void Step(Span<float> row, Span<float> squares, float[] gradient, float value, float learningRate)
    {
        var scale = new Vector<float>(value);
        var rate = new Vector<float>(learningRate);
        var epsilon = new Vector<float>(Epsilon);
        for (var c = 0; c < row.Length; c += Vector<float>.Count)
        {
            var g = new Vector<float>(gradient, c) * scale;
            var s = new Vector<float>(squares[c..]) + (g * g);
            s.CopyTo(squares[c..]);
            (new Vector<float>(row[c..]) - (rate * g / Vector.SquareRoot(s + epsilon))).CopyTo(row[c..]);
        }
    }

    private static (int[] Terms, float[] Values) Normalise(Dictionary<int, float> terms)
    {
        var ids = terms.Keys.ToArray();
        var values = terms.Values.ToArray();
        var norm = MathF.Sqrt(values.Sum(v => v * v));
        for (var i = 0; i < values.Length && norm > 0; i++)
        {
            values[i] /= norm;
        }

        return (ids, values);
    }

    private static void Forward(float[] weights, float[] bias, int stride, int classes, int[] terms, float[] values, float[] probabilities)
    {
        bias.CopyTo(probabilities, 0);
        var scores = probabilities.AsSpan();
        for (var k = 0; k < terms.Length; k++)
        {
            var row = weights.AsSpan(terms[k] * stride, stride);
            var value = new Vector<float>(values[k]);
            for (var c = 0; c < stride; c += Vector<float>.Count)
            {
                (new Vector<float>(scores[c..]) + (new Vector<float>(row[c..]) * value)).CopyTo(scores[c..]);
            }
        }

        var max = float.MinValue;
        for (var c = 0; c < classes; c++)
        {
            max = Math.Max(max, scores[c]);
        }

        var sum = 0f;
        for (var c = 0; c < classes; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < stride; c++)
        {
            scores[c] = c < classes ? scores[c] / sum : 0f;
        }
    }
}
