using DioVerify.Smt.Native;
using Xunit;

namespace DioVerify.Smt.Tests;

public sealed class Z3NativeLoaderTests
{
    [Fact]
    public void The_compat_shim_is_copied_beside_the_assemblies_of_a_project_that_references_DioVerify_Smt()
    {
        Assert.True(
            File.Exists(Path.Combine(AppContext.BaseDirectory, Z3NativeLoader.ShimFileName)),
            $"{Z3NativeLoader.ShimFileName} is missing from {AppContext.BaseDirectory}");
    }

    [Fact]
    public void The_native_version_is_reported_and_is_at_least_the_minimum_supported()
    {
        var version = Version.Parse(Z3NativeLoader.NativeVersion);

        Assert.True(version >= Z3NativeLoader.MinimumNativeVersion, $"native Z3 {version}");
    }

    [Fact]
    public void Loading_is_idempotent_and_safe_from_several_threads()
    {
        Parallel.For(0, 8, _ => Z3NativeLoader.EnsureLoaded());

        Assert.Equal(Z3NativeLoader.NativeVersion, Z3NativeLoader.NativeVersion);
    }
}
