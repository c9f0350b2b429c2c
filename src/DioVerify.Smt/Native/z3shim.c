/*
 * Compat shim between the Microsoft.Z3 4.12.2 managed wrapper and Debian's libz3 4.8.12.
 *
 * The wrapper's Context constructor calls Z3_enable_concurrent_dec_ref, which 4.8.12 lacks;
 * every other entry point the project uses exists there. This library defines that one symbol
 * as a no-op and is linked with --no-as-needed against libz3, so a dlsym on its handle also
 * finds every real Z3 symbol. Z3NativeLoader resolves the wrapper's "libz3" to this file.
 *
 * A no-op is sound only because DioVerify.Smt runs every use of a Context under lock(context),
 * the lock the wrapper's finalizers take around their *_dec_ref calls (see DESIGN.md).
 */
#include <z3.h>

Z3_API void Z3_enable_concurrent_dec_ref(Z3_context context)
{
    (void)context;
}
