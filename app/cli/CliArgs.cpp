#include "CliArgs.h"

#include <QCoreApplication>

namespace loket::cli {

CliArgs::CliArgs(QStringList args)
    : m_args(std::move(args))
{
}

std::optional<QString> CliArgs::option(const QString &name)
{
    std::optional<QString> value;
    const QString flagText = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_args.size();) {
        if (m_args[i] == flagText) {
            if (i + 1 >= m_args.size())
                throw UsageError(QCoreApplication::translate("Cli", "Opsi %1 memerlukan nilai.").arg(flagText));
            value = m_args[i + 1];
            m_args.remove(i, 2);
        } else if (m_args[i].startsWith(flagText + u'=')) {
            value = m_args[i].mid(flagText.size() + 1);
            m_args.remove(i);
        } else {
            ++i;
        }
    }
    return value;
}

QString CliArgs::required(const QString &name)
{
    const auto value = option(name);
    if (!value)
        throw UsageError(QCoreApplication::translate("Cli", "Opsi --%1 wajib diberikan.").arg(name));
    return *value;
}

QStringList CliArgs::all(const QString &name)
{
    QStringList values;
    const QString flagText = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_args.size();) {
        if (m_args[i] == flagText) {
            m_args.remove(i);
            bool any = false;
            while (i < m_args.size() && !m_args[i].startsWith(QStringLiteral("--"))) {
                values << m_args[i];
                m_args.remove(i);
                any = true;
            }
            if (!any)
                throw UsageError(QCoreApplication::translate("Cli", "Opsi %1 memerlukan nilai.").arg(flagText));
        } else if (m_args[i].startsWith(flagText + u'=')) {
            values << m_args[i].mid(flagText.size() + 1);
            m_args.remove(i);
        } else {
            ++i;
        }
    }
    return values;
}

bool CliArgs::flag(const QString &name)
{
    const QString flagText = QStringLiteral("--") + name;
    const bool present = m_args.contains(flagText);
    m_args.removeAll(flagText);
    return present;
}

std::optional<QString> CliArgs::nextPositional()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (!m_args[i].startsWith(QStringLiteral("--"))) {
            return m_args.takeAt(i);
        }
    }
    return std::nullopt;
}

QString CliArgs::positional(const QString &what)
{
    const auto value = nextPositional();
    if (!value)
        throw UsageError(QCoreApplication::translate("Cli", "%1 belum diberikan.").arg(what));
    return *value;
}

void CliArgs::finish() const
{
    if (!m_args.isEmpty())
        throw UsageError(QCoreApplication::translate("Cli", "Argumen tidak dikenal: %1").arg(m_args.join(u' ')));
}

} // namespace loket::cli
