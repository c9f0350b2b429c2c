namespace DioVerify.Audit.Kernel;

/// <summary>Something the audit was asked to cover and did not run, and why: a filesystem this machine cannot format or mount, an I/O path not bound yet.</summary>
public sealed record KernelSkip(string What, string Reason);
