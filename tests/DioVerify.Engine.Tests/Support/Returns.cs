namespace DioVerify.Engine.Tests.Support;

/// <summary>
/// Return values as the kernel spells them (<c>-errno</c>), written out here rather than taken from the
/// engine so that an engine typo cannot make a test agree with it.
/// </summary>
internal static class Returns
{
    public const long EIO = -5;
    public const long ENOSPC = -28;
}
