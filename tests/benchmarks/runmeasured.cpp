// tokenledger-runmeasured OUT ERR PROGRAM [ARG...]: runs PROGRAM with stdin from /dev/null and its
// stdout/stderr to OUT/ERR, waits for it with wait4() and prints "<wall ns> <ru_maxrss KiB> <exit> <start ns>" (start:
// CLOCK_MONOTONIC at the fork, the clock std::chrono::steady_clock reads on Linux).
// Why a launcher: Linux carries the memory high-water mark of the process that forks or vforks into
// the child's ru_maxrss across exec, so a child of the benchmark (tens of MiB, more under ASan) would
// report at least the benchmark's size. Forked from this libc-only process, the floor is ~1 MiB.

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s OUT ERR PROGRAM [ARG...]\n", argv[0]);
        return 2;
    }
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        const int in = open("/dev/null", O_RDONLY);
        const int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        execvp(argv[3], argv + 3);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 2;
    }
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &end);
    const long long ns = (end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
    std::printf("%lld %ld %d %lld\n", ns, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                start.tv_sec * 1000000000LL + start.tv_nsec);
    return 0;
}
