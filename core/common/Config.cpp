#include "Config.h"

namespace loket {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastUsername = QStringLiteral("ui/lastUsername");
const QString kLastScanner = QStringLiteral("scan/lastDevice");
} // namespace

Config::Config(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

QString Config::language() const
{
    const QString lang = m_settings->value(kLanguage, QStringLiteral("id")).toString();
    return supportedLanguages().contains(lang) ? lang : QStringLiteral("id");
}

void Config::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, supportedLanguages().contains(language) ? language : QStringLiteral("id"));
    m_settings->sync();
}

QString Config::lastUsername() const
{
    return m_settings->value(kLastUsername).toString();
}

void Config::setLastUsername(const QString &username)
{
    m_settings->setValue(kLastUsername, username);
    m_settings->sync();
}

QString Config::lastScanner() const
{
    return m_settings->value(kLastScanner).toString();
}

void Config::setLastScanner(const QString &deviceName)
{
    m_settings->setValue(kLastScanner, deviceName);
    m_settings->sync();
}

} // namespace loket
