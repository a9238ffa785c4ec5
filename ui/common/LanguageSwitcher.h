// Owns the app's translator for its whole life, so the interface language can change while the
// app runs. Indonesian is the source language: it needs no translator at all.
#pragma once

#include "common/Config.h"

#include <QObject>
#include <QTranslator>

namespace loket::ui {

class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    explicit LanguageSwitcher(const QString &settingsFile, QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // The language saved in the settings ("id" or "en").
    QString language() const;
    // At start-up: installs the saved language without announcing a change.
    void applySaved();
    // Saves the choice, swaps the translator and announces it so windows rebuild their text.
    void switchTo(const QString &language);

    // The per-PC settings file (loket.ini) this switcher saves to; other per-PC choices live there too.
    const QString &settingsFile() const { return m_settingsFile; }

    // Whether a compiled translation for the language is in the resources; Indonesian always is.
    static bool translationAvailable(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void install(const QString &language);

    QString m_settingsFile;
    Config m_config;
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace loket::ui
