namespace DioVerify.Linux.Fuse;

/// <summary>The FUSE requests a one-file filesystem answers (numbers from linux/fuse.h); anything else gets ENOSYS.</summary>
internal enum FuseOpcode : uint
{
    Lookup = 1,
    Forget = 2,
    GetAttr = 3,
    SetAttr = 4,
    Open = 14,
    Read = 15,
    Write = 16,
    StatFs = 17,
    Release = 18,
    FSync = 20,
    Flush = 25,
    Init = 26,
    OpenDir = 27,
    ReadDir = 28,
    ReleaseDir = 29,
    FSyncDir = 30,
    Access = 34,
    Interrupt = 36,
    Destroy = 38,
    BatchForget = 42,
}
