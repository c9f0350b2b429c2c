using System.Runtime.InteropServices;

namespace DioVerify.Smt.Native;

/// <summary>Binds the Microsoft.Z3 wrapper to Debian's libz3 through the compat shim, once, and checks its version.</summary>
/// <remarks>
/// Microsoft.Z3 4.12.2 ships no Linux native library, and Debian's libz3 4.8.12 lacks the one entry point
/// the wrapper's <see cref="Microsoft.Z3.Context"/> constructor calls. The build compiles <c>Native/z3shim.c</c> into
/// <see cref="ShimFileName"/> beside the assemblies; every P/Invoke of the wrapper names <c>"libz3"</c>,
/// and this resolver maps exactly that name to the shim, whose handle also finds every real Z3 symbol.
/// Without it the system <c>libz3.so</c> loads and <c>new Context()</c> throws EntryPointNotFoundException.
/// Other operating systems keep the natives the Microsoft.Z3 package ships.
/// </remarks>
public static class Z3NativeLoader
{
    public const string ShimFileName = "libz3shim.so";

    /// <summary>The oldest libz3 the shim recipe was verified against (Debian 12's package).</summary>
    public static readonly Version MinimumNativeVersion = new(4, 8, 12);

    private const string WrapperLibraryName = "libz3";

    private const string InstallHint =
        "install libz3-4 (apt-get install libz3-4 libz3-dev) or run ./dioverify which bootstraps it";

    // ExecutionAndPublication: the resolver can be registered only once per assembly, and a failure is
    // cached so every later caller gets the same readable exception instead of a half-initialised state.
    private static readonly Lazy<string> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The native Z3 version in use, e.g. <c>4.8.12.0</c>; loads Z3 on first use.</summary>
    /// <exception cref="Z3UnavailableException">Z3 is missing or older than <see cref="MinimumNativeVersion"/>.</exception>
    public static string NativeVersion => Loaded.Value;

    /// <summary>Makes Z3 usable from the Microsoft.Z3 wrapper; safe to call any number of times from any thread.</summary>
    /// <exception cref="Z3UnavailableException">Z3 is missing or older than <see cref="MinimumNativeVersion"/>.</exception>
    public static void EnsureLoaded() => _ = Loaded.Value;

    private static string Load()
    {
        if (OperatingSystem.IsLinux())
        {
            var shim = LoadShim();
            NativeLibrary.SetDllImportResolver(
                typeof(Microsoft.Z3.Context).Assembly,
                (name, _, _) => name == WrapperLibraryName ? shim : IntPtr.Zero);
        }

        return CheckVersion();
    }

    private static IntPtr LoadShim()
    {
        var candidates = ShimCandidates().ToList();
        var path = candidates.FirstOrDefault(File.Exists)
            ?? BuildShim(candidates)
            ?? throw new Z3UnavailableException(
                $"The Z3 compat shim {ShimFileName} is missing (looked in {string.Join(", ", candidates.Select(Path.GetDirectoryName))}); "
                + $"the DioVerify.Smt build compiles it with gcc against libz3-dev. To fix: {InstallHint}, then rebuild.");

        try
        {
            return NativeLibrary.Load(path);
        }
        catch (DllNotFoundException e)
        {
            // The shim itself is present, so the usual cause is its dependency libz3.so.4.
            throw new Z3UnavailableException($"Cannot load Z3 through {path}: {e.Message}. To fix: {InstallHint}.", e);
        }
    }

    private static IEnumerable<string> ShimCandidates()
    {
        var directories = new List<string> { AppContext.BaseDirectory };
        var assemblyDirectory = Path.GetDirectoryName(typeof(Z3NativeLoader).Assembly.Location);
        if (!string.IsNullOrEmpty(assemblyDirectory))
        {
            directories.Add(assemblyDirectory);
        }

        return directories
            .Select(directory => Path.GetFullPath(Path.Combine(directory, ShimFileName)))
            .Append(BuiltShimPath)
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Where a shim built on first run goes: a packaged tool's own folder may be read-only, and is shared.</summary>
    private static string BuiltShimPath => Path.Combine(UserCache.Directory(), "native", ShimFileName);

    /// <summary>
    /// A packaged <c>dotnet tool</c> carries the shim's source (<c>native/z3shim.c</c>) rather than trusting a binary
    /// linked on another machine: on first run it is compiled here, against this machine's libz3, into the user's
    /// cache (a temporary file renamed into place, so two first runs at once never load half a library). Null when
    /// there is no source to build from; a failed build is a <see cref="Z3UnavailableException"/> with the compiler's words.
    /// </summary>
    private static string? BuildShim(IReadOnlyList<string> looked)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "native", "z3shim.c");
        if (!File.Exists(source)) return null;
        var target = BuiltShimPath;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Environment.ProcessId}.tmp";
        Console.Error.WriteLine($"dioverify: first run: building the Z3 compat shim into {target} (cc, against libz3-dev; not found in {string.Join(", ", looked.SkipLast(1).Select(Path.GetDirectoryName))})");
        var start = new System.Diagnostics.ProcessStartInfo("cc", ["-shared", "-fPIC", "-O2", "-o", temporary, source, "-Wl,--no-as-needed", "-lz3"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        string errors;
        int code;
        try
        {
            using var cc = System.Diagnostics.Process.Start(start)!;
            cc.StandardOutput.ReadToEnd();
            errors = cc.StandardError.ReadToEnd();
            cc.WaitForExit();
            code = cc.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new Z3UnavailableException($"Cannot build the Z3 compat shim: no C compiler 'cc' ({e.Message}). To fix: apt-get install gcc libz3-dev.", e);
        }

        if (code != 0)
        {
            File.Delete(temporary);
            throw new Z3UnavailableException($"Cannot build the Z3 compat shim from {source}: {errors.Trim()}. To fix: apt-get install gcc libz3-4 libz3-dev.");
        }

        File.Move(temporary, target, overwrite: true);
        Console.Error.WriteLine($"dioverify: built {target}");
        return target;
    }

    private static string CheckVersion()
    {
        Version version;
        try
        {
            version = new Version(
                (int)Microsoft.Z3.Version.Major,
                (int)Microsoft.Z3.Version.Minor,
                (int)Microsoft.Z3.Version.Build,
                (int)Microsoft.Z3.Version.Revision);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new Z3UnavailableException($"Cannot load the native Z3 library: {e.Message}. To fix: {InstallHint}.", e);
        }

        if (version < MinimumNativeVersion)
        {
            throw new Z3UnavailableException(
                $"libz3 {version} is older than {MinimumNativeVersion}, the oldest DioVerify supports. To fix: {InstallHint}.");
        }

        return version.ToString();
    }
}
