/* A test fixture, never shipped: Wine 8's bcryptprimitives.dll lacks ProcessPrng, which
 * Rust's std calls at start-up for random bytes. This stand-in DLL forwards it to
 * SystemFunction036 (RtlGenRandom), which Wine has. .ci/windows builds it with mingw-w64 and
 * loads it in place of Wine's own (WINEDLLOVERRIDES). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
