namespace DioVerify.Engine.Write;

/// <summary>
/// What the engine has observed after some completions. Every policy reads the same observations;
/// only its return rule differs. All fields but the two arrival-order ones are commutative folds,
/// which is why most policies are order-independent (P6) and one is not.
/// </summary>
/// <param name="AnyFailed">Some completed BIO reported EIO.</param>
/// <param name="LowestFailedStart">Start of the lowest-offset failed BIO; the cut while none failed.</param>
/// <param name="OkBytes">Total bytes of BIOs that completed ok.</param>
/// <param name="HighestOkEnd">End of the highest-offset ok BIO; the request offset while none.</param>
/// <param name="FailureArrived">A failure has arrived (arrival order matters from here on).</param>
/// <param name="OkBytesBeforeFailure">Bytes of ok BIOs that arrived before the first failed arrival.</param>
/// <param name="User">
/// The policy's own folds (a rule file's <c>fold</c>s), null when it declares none: a reference, so the built-in
/// catalog's states stay as small and allocation-free as before.
/// </param>
public readonly record struct CompletionState<TBool, TInt>(
    TBool AnyFailed,
    TInt LowestFailedStart,
    TInt OkBytes,
    TInt HighestOkEnd,
    TBool FailureArrived,
    TInt OkBytesBeforeFailure,
    UserFolds<TBool, TInt>? User = null);
