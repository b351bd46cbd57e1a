// What Swift's Glibc module leaves out and StepvizCore's event loop needs:
// epoll (the default selector on Linux), FIONREAD and TCP_INFO (how the
// virtual clock knows loopback bytes have arrived before it moves time).
#ifndef STEPVIZ_CEPOLL_SHIM_H
#define STEPVIZ_CEPOLL_SHIM_H
#ifdef __linux__
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

/// accept4 is behind _GNU_SOURCE too; declared here, it links from glibc.
extern int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);

/// Accepts a connection already non-blocking and close-on-exec (one call).
static inline int stepviz_accept_nonblocking(int fd) {
    return accept4(fd, 0, 0, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

/// POLLRDHUP is behind _GNU_SOURCE, which a module map cannot set for the
/// headers Glibc has already imported.
static inline short stepviz_pollrdhup(void) { return 0x2000; }
#endif
#endif
