// A test-only shared library that carries its own, exported copy of SQLite: Debian's static
// libsqlite3.a is linked into it whole (see tests/CMakeLists.txt). It stands for a Qt SQLite
// driver that bundles SQLite, as the official Qt builds on Windows and macOS do, so
// tst_sqlitelibrary can show the start-up check telling the two copies apart.

extern "C" __attribute__((visibility("default"))) int tokenledger_foreign_sqlite()
{
    return 1;
}
