/* Test shim (LD_PRELOAD): fail the Nth write or sync to SpinePrep's store files with EIO.
 *
 * spineprep_arm(n): the n-th write/sync from now fails once (0: off); spineprep_seen(): how
 * many writes and syncs to the store files were seen since arming. Only files whose path
 * holds "spineprep.db" (the store, its -wal and -shm) are counted.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static long left = 0;
static long seen = 0;

void spineprep_arm(long n) { left = n; seen = 0; }
long spineprep_seen(void) { return seen; }

static int ours(int fd) {
    char link[64], target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t len = readlink(link, target, sizeof target - 1);
    if (len <= 0) return 0;
    target[len] = '\0';
    return strstr(target, "spineprep.db") != NULL;
}

/* True when this call is the one to fail. */
static int fail_now(int fd) {
    if (left <= 0 || !ours(fd)) return 0;
    seen++;
    if (--left == 0) { errno = EIO; return 1; }
    return 0;
}

typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);
typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef int (*sync_fn)(int);

#define REAL(name, type) static type real_##name; if (!real_##name) real_##name = (type)dlsym(RTLD_NEXT, #name)

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t at) {
    REAL(pwrite64, pwrite_fn);
    return fail_now(fd) ? -1 : real_pwrite64(fd, buf, n, at);
}
ssize_t pwrite(int fd, const void *buf, size_t n, off_t at) {
    REAL(pwrite, pwrite_fn);
    return fail_now(fd) ? -1 : real_pwrite(fd, buf, n, at);
}
ssize_t write(int fd, const void *buf, size_t n) {
    REAL(write, write_fn);
    return fail_now(fd) ? -1 : real_write(fd, buf, n);
}
int fsync(int fd) {
    REAL(fsync, sync_fn);
    return fail_now(fd) ? -1 : real_fsync(fd);
}
int fdatasync(int fd) {
    REAL(fdatasync, sync_fn);
    return fail_now(fd) ? -1 : real_fdatasync(fd);
}
