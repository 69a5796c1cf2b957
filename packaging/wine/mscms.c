/* Test-only stand-in for Windows' mscms.dll under Wine: Qt's "windows" platform plugin asks
   it for the screen's colour profile, and Wine 8's WcsCreateIccProfile is not implemented.
   Every call fails cleanly, so Qt falls back to sRGB. Never shipped. */
#include <windows.h>

HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD intent)
{
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}

HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation)
{
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}

BOOL WINAPI CloseColorProfile(HANDLE profile)
{
    return TRUE;
}

BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size)
{
    SetLastError(ERROR_NOT_SUPPORTED);
    return FALSE;
}
