#include "console.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>

#include <cstdio>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace tl {

#if defined(Q_OS_WIN)

struct HiddenConsoleInput::Saved
{
    HANDLE input = nullptr;
    DWORD mode = 0;
};

bool standardInputIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

HiddenConsoleInput::HiddenConsoleInput()
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return;   // not a console
    if (!SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT)))
        return;
    m_saved = std::make_unique<Saved>(Saved{input, mode});
}

HiddenConsoleInput::~HiddenConsoleInput()
{
    if (m_saved)
        SetConsoleMode(m_saved->input, m_saved->mode);
}

#else   // POSIX

struct HiddenConsoleInput::Saved
{
    termios mode{};
};

bool standardInputIsTerminal()
{
    return isatty(STDIN_FILENO) != 0;
}

HiddenConsoleInput::HiddenConsoleInput()
{
    termios mode{};
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &mode) != 0)
        return;
    termios silent = mode;
    silent.c_lflag &= ~tcflag_t(ECHO);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &silent) != 0)
        return;
    m_saved = std::make_unique<Saved>(Saved{mode});
}

HiddenConsoleInput::~HiddenConsoleInput()
{
    if (m_saved)
        tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->mode);
}

#endif

}   // namespace tl
