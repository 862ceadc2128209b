#pragma once

#include "cli/cli.h"

namespace tl {

// The window path: QApplication, translations, the profile's database, the main window.
int runGui(int &argc, char **argv, const cli::GlobalOptions &options);

}   // namespace tl
