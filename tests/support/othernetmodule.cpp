// A network module of another build (net/netbackend.h), for tst_clisync: the program must refuse
// it on its build string alone and never call into it.
#include <cstdlib>

extern "C" __attribute__((visibility("default"))) const char *tokenledger_net_build()
{
    return "0.0.0/another-interface";
}

extern "C" __attribute__((visibility("default"))) const void *tokenledger_net_backend()
{
    std::abort();   // never reached: the build string is checked first
}
