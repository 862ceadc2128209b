# One INTERFACE target carries the language standard, warnings and Qt strictness
# defines; every TokenLedger target links it. No directory-wide flags.
add_library(tokenledger_options INTERFACE)
target_compile_features(tokenledger_options INTERFACE cxx_std_20)

target_compile_options(tokenledger_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
if(TOKENLEDGER_WERROR)
    target_compile_options(tokenledger_options INTERFACE -Werror)
endif()

target_compile_definitions(tokenledger_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# tl::Int128 and tl::addOverflows() (core/common/int128.h, overflow.h) then build their portable
# implementations, as on a compiler without __int128 and __builtin_*_overflow.
if(TOKENLEDGER_PORTABLE_FALLBACKS)
    target_compile_definitions(tokenledger_options INTERFACE TOKENLEDGER_PORTABLE_FALLBACKS)
endif()

if(TOKENLEDGER_SANITIZE)
    target_compile_options(tokenledger_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(tokenledger_options INTERFACE -fsanitize=address,undefined)
endif()
