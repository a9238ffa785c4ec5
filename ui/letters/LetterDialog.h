// The letter of a request on screen, drawn by core exactly as it prints: the verifier edits the
// free parts with a live preview and saves the draft ("Siapkan surat"); the signer reviews the
// same preview and signs with the passphrase, which issues the letter (number, seal, PDF). The
// approver reads it (Review) before sending it to signature.
#pragma once

#include "auth/Session.h"
#include "letters/LetterService.h"

#include <QDialog>
#include <QMap>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QWidget;

namespace loket {
class AppServices;
}

namespace loket::ui {

class LetterPages;
class MessageBanner;

class LetterDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Draft, Review, Sign };   // Review: the approver reads the draft before sending it on
    LetterDialog(AppServices &services, const Session &session, const QString &tracking, Mode mode, QWidget *parent = nullptr);

    const std::optional<IssuedLetter> &issued() const { return m_issued; }
    bool saved() const { return m_saved; }

    // Closing a draft with edits not saved asks first: nothing typed is lost by a stray Esc.
    void reject() override;

private:
    QMap<QString, QString> typedFields() const;
    void refreshPreview();
    void save();
    void sign();

    AppServices &m_services;
    Session m_session;
    QString m_tracking;
    Mode m_mode;
    MessageBanner *m_banner = nullptr;
    LetterPages *m_pages = nullptr;
    QTimer *m_previewTimer = nullptr;
    QMap<QString, QWidget *> m_fields;   // key -> QLineEdit or QPlainTextEdit
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_newPassphrase = nullptr;   // shown when the signer has no key yet
    QLineEdit *m_repeatPassphrase = nullptr;
    QPushButton *m_accept = nullptr;
    bool m_saved = false;
    QMap<QString, QString> m_loadedFields;   // as the draft was opened
    std::optional<IssuedLetter> m_issued;
};

// Printer, copies; prints the letter through core (logged; a reprint is marked SALINAN).
class LetterPrintDialog final : public QDialog
{
    Q_OBJECT

public:
    LetterPrintDialog(AppServices &services, const Session &session, const LetterRecord &letter, QWidget *parent = nullptr);
    const std::optional<PrintResult> &result() const { return m_result; }

private:
    std::optional<PrintResult> m_result;
};

} // namespace loket::ui
