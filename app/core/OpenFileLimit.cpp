#include "core/OpenFileLimit.h"

#include <QDir>

#include <sys/resource.h>

namespace {
qint64 fromRlim(rlim_t value)
{
    if (value == RLIM_INFINITY || value > rlim_t(OpenFileLimit::Unlimited))
        return OpenFileLimit::Unlimited;
    return qint64(value);
}
} // namespace

OpenFileLimit OpenFileLimit::current()
{
    OpenFileLimit limit;
    rlimit now{};
    if (getrlimit(RLIMIT_NOFILE, &now) != 0)
        return limit;
    limit.m_softBefore = limit.m_soft = fromRlim(now.rlim_cur);
    limit.m_hard = fromRlim(now.rlim_max);
    return limit;
}

OpenFileLimit OpenFileLimit::raiseToHard()
{
    OpenFileLimit limit;
    rlimit now{};
    if (getrlimit(RLIMIT_NOFILE, &now) != 0)
        return limit;
    limit.m_softBefore = fromRlim(now.rlim_cur);
    if (now.rlim_cur != now.rlim_max) {
        rlimit raised = now;
        raised.rlim_cur = now.rlim_max;
        // An unlimited hard limit is refused for NOFILE on Linux (the kernel's nr_open caps it);
        // keeping the old soft limit is then the safe outcome, reported as such.
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            now = raised;
    }
    limit.m_soft = fromRlim(now.rlim_cur);
    limit.m_hard = fromRlim(now.rlim_max);
    return limit;
}

int OpenFileLimit::openDescriptors()
{
    QDir fds(QStringLiteral("/proc/self/fd"));
    if (!fds.exists())
        return -1;
    // The listing itself holds one descriptor while it runs.
    return qMax(0, int(fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size()) - 1);
}
