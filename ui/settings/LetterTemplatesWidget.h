// Pengaturan → Surat: how letters are numbered and where their QR points, and the letter template
// of each service, edited with a live preview on a real request. Saving adds a version; an unknown
// placeholder is refused by name.
#pragma once

#include "auth/Session.h"
#include "letters/LetterTemplate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace loket {
class AppServices;
}

namespace loket::ui {

class LetterPages;
class MessageBanner;

class LetterTemplatesWidget final : public QWidget
{
    Q_OBJECT

public:
    LetterTemplatesWidget(AppServices &services, const Session &session, QWidget *parent = nullptr);

signals:
    void statusMessage(const QString &text);

private:
    void loadSettings();
    void saveSettings();
    void loadTemplate();
    LetterTemplate formTemplate() const;
    void refreshPreview();
    void saveTemplate();

    AppServices &m_services;
    Session m_session;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_verifyUrl = nullptr;
    QLineEdit *m_numberFormat = nullptr;
    QComboBox *m_registers = nullptr;
    QComboBox *m_service = nullptr;
    QLabel *m_version = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_authority = nullptr;
    QPlainTextEdit *m_addressee = nullptr;
    QLineEdit *m_attachment = nullptr;
    QTableWidget *m_fields = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QComboBox *m_insertPlaceholder = nullptr;
    QLineEdit *m_previewTracking = nullptr;
    LetterPages *m_pages = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace loket::ui
