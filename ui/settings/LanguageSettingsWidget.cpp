#include "LanguageSettingsWidget.h"

#include "common/LanguageSwitcher.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace loket::ui {

LanguageSettingsWidget::LanguageSettingsWidget(LanguageSwitcher *languages, QWidget *parent)
    : QWidget(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("languageSettingsWidget"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageComboBox"));
    // Each language is named in itself, so a user lost in the wrong language still finds theirs:
    // these two names are deliberately not translated.
    m_combo->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = m_languages ? m_languages->language() : QStringLiteral("id");
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(current)));
    form->addRow(tr("Bahasa tampilan"), m_combo);
    layout->addLayout(form);

    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("languageNoteLabel"));
    note->setWordWrap(true);
    if (!LanguageSwitcher::translationAvailable(current))
        note->setText(tr("Terjemahan untuk bahasa ini belum tersedia: tampilan tetap berbahasa Indonesia."));
    else
        note->setText(tr("Pilihan bahasa disimpan di komputer ini dan langsung berlaku."));
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageSettingsWidget::chooseLanguage);
    m_combo->setEnabled(m_languages != nullptr);
}

void LanguageSettingsWidget::chooseLanguage(int index)
{
    // The switcher announces the change and the main window rebuilds this page in the new
    // language; nothing else to do here.
    if (m_languages && index >= 0)
        m_languages->switchTo(m_combo->itemData(index).toString());
}

} // namespace loket::ui
