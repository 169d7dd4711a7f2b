using RightsBot.Knowledge.Learning;

namespace RightsBot.Tests.Knowledge.Learning;

public sealed class SoftmaxClassifierTests
{
    private static readonly (Dictionary<int, float>, int)[] Examples =
    [
        (new() { [0] = 1, [1] = 1 }, 0),
        (new() { [0] = 1, [2] = 1 }, 0),
        (new() { [3] = 1, [4] = 1 }, 1),
        (new() { [3] = 1, [2] = 1 }, 1),
        (new() { [5] = 1 }, 2),
    ];

    [Fact]
    public void Train_SeparableExamples_PredictsEachLabelFromItsTerms()
    {
        var model = SoftmaxClassifier.Train(Examples, classes: 3, features: 6);

        Assert.True(model.Probabilities(new() { [0] = 1 })[0] > 0.8f);
        Assert.True(model.Probabilities(new() { [4] = 1 })[1] > 0.8f);
        Assert.True(model.Probabilities(new() { [5] = 1 })[2] > 0.8f);
    }

    [Fact]
    public void Train_SameExamplesTwice_GivesTheSameModel()
    {
        var first = SoftmaxClassifier.Train(Examples, 3, 6).Probabilities(new() { [2] = 1 });
        var second = SoftmaxClassifier.Train(Examples, 3, 6).Probabilities(new() { [2] = 1 });

        Assert.Equal(first, second);
    }

    [Fact]
    public void Probabilities_NoKnownTerms_SumToOne()
    {
        var p = SoftmaxClassifier.Train(Examples, 3, 6).Probabilities([]);

        Assert.Equal(1f, p.Take(3).Sum(), 3);
    }
}
