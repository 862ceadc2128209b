#pragma once

#include <memory>

namespace tl {

// Standard input's terminal, behind one interface: termios on POSIX, console modes on Windows.

// True when standard input is an interactive terminal (not a pipe or a file).
bool standardInputIsTerminal();

// While alive, what is typed at the terminal on standard input is not echoed (an API key); the
// previous mode comes back on destruction. Does nothing when standard input is not a terminal.
class HiddenConsoleInput
{
public:
    HiddenConsoleInput();
    ~HiddenConsoleInput();
    HiddenConsoleInput(const HiddenConsoleInput &) = delete;
    HiddenConsoleInput &operator=(const HiddenConsoleInput &) = delete;

    // Echo was switched off (and will be restored).
    bool isActive() const { return m_saved != nullptr; }

private:
    struct Saved;   // the platform's saved terminal mode
    std::unique_ptr<Saved> m_saved;
};

}   // namespace tl
