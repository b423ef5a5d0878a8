#pragma once

#include "core/ErrorCode.h"

#include <QString>

// The result of an engine operation that can fail: success, or an error code and a message meant for
// the admin (already translated where it reaches a person).
class Status
{
public:
    Status() = default;
    static Status success() { return {}; }
    static Status failure(ErrorCode code, const QString &message) { return Status(code, message); }

    bool ok() const { return m_code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    ErrorCode code() const { return m_code; }
    QString message() const { return m_message; }

private:
    Status(ErrorCode code, const QString &message) : m_code(code), m_message(message) {}
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
};
