// Arguments of one loket-cli command: options are taken out by name, what is left must be
// positional, and anything unexpected is a usage error (exit code 2).
#pragma once

#include <QStringList>
#include <optional>
#include <stdexcept>

namespace loket::cli {

class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

class CliArgs
{
public:
    explicit CliArgs(QStringList args);

    // --name VALUE or --name=VALUE (the last one wins); an empty optional when absent.
    std::optional<QString> option(const QString &name);
    QString required(const QString &name);
    // Every value of a repeated option; also several values after one --name up to the next option.
    QStringList all(const QString &name);
    bool flag(const QString &name);
    std::optional<QString> nextPositional();
    QString positional(const QString &what);
    // Throws UsageError when arguments remain that no one took.
    void finish() const;
    bool isEmpty() const { return m_args.isEmpty(); }

private:
    QStringList m_args;
};

} // namespace loket::cli
