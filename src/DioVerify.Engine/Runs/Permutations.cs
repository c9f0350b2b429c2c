namespace DioVerify.Engine.Runs;

/// <summary>Arrival orders: every permutation of <c>0..n-1</c>, or a seeded sample of them.</summary>
public static class Permutations
{
    /// <summary>All n! orders, identity first, each a fresh array.</summary>
    public static IEnumerable<int[]> All(int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        yield return (int[])order.Clone();
        while (NextInPlace(order))
        {
            yield return (int[])order.Clone();
        }
    }

    /// <summary>Identity, reverse, then random orders from <paramref name="seed"/>.</summary>
    public static IEnumerable<int[]> Sampled(int n, int count, int seed)
    {
        var random = new Random(seed);
        var identity = Enumerable.Range(0, n).ToArray();
        yield return identity;
        yield return identity.Reverse().ToArray();
        for (var i = 2; i < count; i++)
        {
            var order = (int[])identity.Clone();
            random.Shuffle(order);
            yield return order;
        }
    }

    /// <summary>Advances to the next permutation in lexicographic order; false after the last.</summary>
    public static bool NextInPlace(Span<int> order)
    {
        var i = order.Length - 2;
        while (i >= 0 && order[i] >= order[i + 1]) i--;
        if (i < 0) return false;
        var j = order.Length - 1;
        while (order[j] <= order[i]) j--;
        (order[i], order[j]) = (order[j], order[i]);
        order[(i + 1)..].Reverse();
        return true;
    }

    /// <summary>Number of inversions: how far an order is from arrival in file order.</summary>
    public static int Inversions(ReadOnlySpan<int> order)
    {
        var count = 0;
        for (var i = 0; i < order.Length; i++)
        {
            for (var j = i + 1; j < order.Length; j++)
            {
                if (order[i] > order[j]) count++;
            }
        }

        return count;
    }
}
