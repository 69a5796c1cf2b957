/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks: Qt PDF
   (PDFium) asks it for random bytes. Never shipped. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    return BCryptGenRandom(NULL, data, (ULONG)length, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;
}
