namespace DioVerify.Linux.Io;

/// <summary>How a direct write is issued: <c>pwrite</c>, <c>pwritev</c>, libaio's <c>io_submit</c> or io_uring (kebab names pwrite, pwritev, libaio, io_uring).</summary>
public enum IoPath { Pwrite, Pwritev, Libaio, IoUring }
