// Choosing the interface language; the choice is saved and shown at once.
#pragma once

#include <QWidget>

class QComboBox;

namespace loket::ui {

class LanguageSwitcher;

class LanguageSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSettingsWidget)

public:
    explicit LanguageSettingsWidget(LanguageSwitcher *languages, QWidget *parent = nullptr);

private:
    void chooseLanguage(int index);

    LanguageSwitcher *m_languages;
    QComboBox *m_combo = nullptr;
};

} // namespace loket::ui
