#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QFile>

namespace loket::ui {

namespace {

QString qmPath(const QString &language)
{
    return QStringLiteral(":/i18n/loket_%1.qm").arg(language);
}

} // namespace

LanguageSwitcher::LanguageSwitcher(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
    , m_config(settingsFile)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    // The application may outlive us (tests create several switchers): never leave it holding
    // a pointer to a destroyed translator.
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QString LanguageSwitcher::language() const
{
    return m_config.language();
}

void LanguageSwitcher::applySaved()
{
    install(m_config.language());
}

void LanguageSwitcher::switchTo(const QString &language)
{
    m_config.setLanguage(language);
    install(m_config.language());
    emit languageChanged(m_config.language());
}

bool LanguageSwitcher::translationAvailable(const QString &language)
{
    return language == QStringLiteral("id") || QFile::exists(qmPath(language));
}

void LanguageSwitcher::install(const QString &language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (language == QStringLiteral("id"))
        return;
    // A missing .qm (English not translated yet) is not an error: the text stays Indonesian.
    if (m_translator.load(qmPath(language))) {
        QCoreApplication::installTranslator(&m_translator);
        m_installed = true;
    } else {
        qInfo("no translation for language %s; the interface stays Indonesian", qPrintable(language));
    }
}

} // namespace loket::ui
