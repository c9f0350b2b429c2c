namespace DioVerify.Audit.Kernel;

/// <summary>
/// One WRITE of the audited data as the device answered it, in completion order: the file bytes it carried
/// (<c>[FileStart, FileEnd)</c>, from its stamps), whether it was refused (EIO), and how many of its bytes were
/// stored when it was answered short (torn; null when stored whole or refused).
/// </summary>
public readonly record struct DeviceWrite(long FileStart, long FileEnd, bool Failed, long? TornAt = null);
