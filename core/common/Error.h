// Typed errors thrown by core services: a kind for callers and exit codes, a message for people.
#pragma once

#include <QString>
#include <stdexcept>

namespace loket {

enum class ErrorKind {
    Invalid,   // bad input: the caller can fix it
    Denied,    // the user's role or state does not allow it
    NotFound,  // the thing named does not exist
    Auth,      // wrong password, locked or inactive account
    Storage,   // the database or the file system failed
    Device,    // a scanner or printer refused or failed (no paper, jammed, gone ...)
};

class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const QString &message);

    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

    static Error invalid(const QString &message) { return {ErrorKind::Invalid, message}; }
    static Error denied(const QString &message) { return {ErrorKind::Denied, message}; }
    static Error notFound(const QString &message) { return {ErrorKind::NotFound, message}; }
    static Error auth(const QString &message) { return {ErrorKind::Auth, message}; }
    static Error storage(const QString &message) { return {ErrorKind::Storage, message}; }
    static Error device(const QString &message) { return {ErrorKind::Device, message}; }

private:
    ErrorKind m_kind;
    QString m_message;
};

// A storage error raised because other writers held the database past the busy timeout before
// this transaction wrote anything: the whole operation may be tried again.
class BusyError : public Error
{
public:
    explicit BusyError(const QString &message)
        : Error(ErrorKind::Storage, message)
    {
    }
};

} // namespace loket
