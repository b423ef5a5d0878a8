#pragma once

#include <QtGlobal>

#include <limits>

// The process's limit on open file descriptors (RLIMIT_NOFILE). Linux starts most processes with a
// soft limit of 1,024 however high the hard limit is; a server that keeps it runs out of descriptors
// long before its connection limit (accept() fails with EMFILE and about a thousand silent TCP
// connections deny service). Any unprivileged process may raise its soft limit up to the hard one,
// which is what a server does once at start (the endpoint, in `serve` and in the console alike).
class OpenFileLimit
{
public:
    static constexpr qint64 Unlimited = std::numeric_limits<qint64>::max();

    // Raises the soft limit to the hard one (no-op when already there) and reports both.
    static OpenFileLimit raiseToHard();
    // Only reads the current limits.
    static OpenFileLimit current();
    // Descriptors this process holds right now (entries of /proc/self/fd); -1 when unknown.
    static int openDescriptors();

    bool isKnown() const { return m_soft >= 0; }
    qint64 softBefore() const { return m_softBefore; } // before raiseToHard()
    qint64 soft() const { return m_soft; }
    qint64 hard() const { return m_hard; }

private:
    qint64 m_softBefore = -1;
    qint64 m_soft = -1;
    qint64 m_hard = -1;
};
