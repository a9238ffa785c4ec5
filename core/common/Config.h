// Typed per-PC settings with their defaults in one place (an INI file in the profile folder).
#pragma once

#include <QSettings>
#include <memory>

namespace loket {

class Config
{
public:
    explicit Config(const QString &settingsFile);

    // "id" (Indonesian, the default) or "en".
    QString language() const;
    void setLanguage(const QString &language);

    QString lastUsername() const;
    void setLastUsername(const QString &username);

    // The SANE device name of the scanner used last on this PC (empty when none), reopened by name.
    QString lastScanner() const;
    void setLastScanner(const QString &deviceName);

    static QStringList supportedLanguages() { return {QStringLiteral("id"), QStringLiteral("en")}; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace loket
