namespace DioVerify.Check;

/// <summary>How long work tells its progress: a bar on a terminal, a plain line elsewhere, nothing in tests.</summary>
public interface IProgressReporter
{
    /// <summary>Runs <paramref name="work"/>, which reports increments towards <paramref name="total"/>.</summary>
    T Run<T>(string label, long total, Func<IProgress<long>, T> work);
}

/// <summary>Reports nothing.</summary>
public sealed class SilentProgress : IProgressReporter
{
    public static SilentProgress Instance { get; } = new();

    public T Run<T>(string label, long total, Func<IProgress<long>, T> work) => work(new Progress<long>(_ => { }));
}
