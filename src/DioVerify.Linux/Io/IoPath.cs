namespace DioVerify.Linux.Io;

/// <summary>How a program hands an O_DIRECT write to the kernel: each path reaches the filesystem through its own code.</summary>
public enum IoPath
{
    /// <summary>One <c>pwrite</c> syscall.</summary>
    Pwrite,

    /// <summary>One <c>pwritev</c> syscall with the buffer split into several iovecs.</summary>
    Pwritev,

    /// <summary>Linux native AIO: <c>io_submit</c> of one <c>IOCB_CMD_PWRITE</c>, its result from <c>io_getevents</c>.</summary>
    Libaio,

    /// <summary>io_uring: one <c>IORING_OP_WRITE</c>, its result from the completion queue.</summary>
    IoUring,
}
