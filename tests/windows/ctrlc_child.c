/* A test fixture for the Wine suite, never shipped: a console program that answers Ctrl-C the
   way a careful command does. It says "ready" once its handler is set; on Ctrl-C it takes half
   a second, writes the file named by its argument, and exits with code 42. `iamtoken exec` must
   let the Ctrl-C reach it and wait for that code, not die first. */
#include <stdio.h>
#include <windows.h>

static const char *done;

static BOOL WINAPI on_ctrl(DWORD event)
{
    if (event != CTRL_C_EVENT)
        return FALSE;
    Sleep(500);
    CloseHandle(CreateFileA(done, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL));
    ExitProcess(42);
    return TRUE;
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    done = argv[1];
    SetConsoleCtrlHandler(on_ctrl, TRUE);
    puts("ready");
    fflush(stdout);
    Sleep(60000);
    return 1;
}
