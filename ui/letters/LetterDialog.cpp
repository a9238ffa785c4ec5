#include "LetterDialog.h"

#include "LetterPages.h"
#include "common/Error.h"
#include "common/MessageBanner.h"
#include "letters/SigningKey.h"
#include "print/CupsPrinter.h"
#include "setup/AppServices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

LetterDialog::LetterDialog(AppServices &services, const Session &session, const QString &tracking, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_session(session)
    , m_tracking(tracking)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("letterDialog"));
    setWindowTitle(mode == Mode::Sign ? tr("Tandatangani surat %1").arg(tracking) : tr("Konsep surat %1").arg(tracking));
    resize(1100, 820);
    auto *root = new QVBoxLayout(this);
    m_banner = new MessageBanner(QStringLiteral("letterBanner"), this);
    root->addWidget(m_banner);
    auto *body = new QHBoxLayout;
    root->addLayout(body, 1);

    // The preview: the pages as they will print.
    m_pages = new LetterPages(QStringLiteral("letterPreview"), QStringLiteral("letterPage"), 72, this);
    body->addWidget(m_pages, 3);
    // Typing redraws the preview once the officer pauses, not on every key.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &LetterDialog::refreshPreview);

    auto *side = new QVBoxLayout;
    body->addLayout(side, 2);
    LetterDraft draft;
    if (!m_banner->attempt([&] { draft = m_services.letters().draft(m_session, m_tracking); }))
        return;
    auto *about = new QLabel(tr("<b>%1</b><br>Templat versi %2, kertas %3.").arg(draft.tmpl.subject.toHtmlEscaped())
                                 .arg(draft.tmpl.version).arg(draft.tmpl.paper.toUpper()), this);
    about->setWordWrap(true);
    side->addWidget(about);

    auto *form = new QFormLayout;
    side->addLayout(form);
    for (const TemplateField &f : std::as_const(draft.tmpl.fields)) {
        QWidget *editor = nullptr;
        const QString value = draft.fields.value(f.key);
        if (f.multiline) {
            auto *text = new QPlainTextEdit(value, this);
            text->setReadOnly(mode != Mode::Draft);
            text->setMinimumHeight(90);
            connect(text, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
            editor = text;
        } else {
            auto *line = new QLineEdit(value, this);
            line->setReadOnly(mode != Mode::Draft);
            line->setMaxLength(2000);
            line->setCursorPosition(0);   // show the start of a long value
            connect(line, &QLineEdit::textEdited, m_previewTimer, qOverload<>(&QTimer::start));
            editor = line;
        }
        editor->setObjectName(QStringLiteral("field_") + f.key);
        editor->setToolTip(tr("Isian {{isian.%1}} pada templat").arg(f.key));
        auto *label = new QLabel(f.label, this);
        label->setWordWrap(true);
        label->setBuddy(editor);
        form->addRow(label, editor);
        m_fields.insert(f.key, editor);
    }

    auto *buttons = new QDialogButtonBox(this);
    if (mode == Mode::Draft) {
        m_accept = buttons->addButton(tr("Simpan konsep"), QDialogButtonBox::AcceptRole);
        m_accept->setObjectName(QStringLiteral("saveDraftButton"));
        connect(m_accept, &QPushButton::clicked, this, &LetterDialog::save);
    } else if (mode == Mode::Review) {
        m_accept = buttons->addButton(tr("Tutup"), QDialogButtonBox::AcceptRole);
        m_accept->setObjectName(QStringLiteral("closeReviewButton"));
        connect(m_accept, &QPushButton::clicked, this, &QDialog::reject);
    } else {
        const bool hasKey = m_services.letters().hasKey(m_session);
        auto *signForm = new QFormLayout;
        side->addSpacing(12);
        side->addLayout(signForm);
        if (!hasKey) {
            auto *note = new QLabel(tr("Anda belum memiliki kunci tanda tangan. Buat sekarang dengan frasa sandi yang hanya Anda "
                                       "ketahui (paling sedikit %1 karakter); frasa sandi itu tidak disimpan.").arg(SigningKey::kMinPassphrase), this);
            note->setWordWrap(true);
            signForm->addRow(note);
            m_newPassphrase = new QLineEdit(this);
            m_newPassphrase->setObjectName(QStringLiteral("newPassphraseLineEdit"));
            m_newPassphrase->setEchoMode(QLineEdit::Password);
            m_repeatPassphrase = new QLineEdit(this);
            m_repeatPassphrase->setObjectName(QStringLiteral("repeatPassphraseLineEdit"));
            m_repeatPassphrase->setEchoMode(QLineEdit::Password);
            signForm->addRow(tr("Frasa sandi baru"), m_newPassphrase);
            signForm->addRow(tr("Ulangi frasa sandi"), m_repeatPassphrase);
        } else {
            m_passphrase = new QLineEdit(this);
            m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
            m_passphrase->setEchoMode(QLineEdit::Password);
            auto *label = new QLabel(tr("&Frasa sandi tanda tangan"), this);
            label->setBuddy(m_passphrase);
            signForm->addRow(label, m_passphrase);
        }
        m_accept = buttons->addButton(tr("Tandatangani dan terbitkan"), QDialogButtonBox::AcceptRole);
        m_accept->setObjectName(QStringLiteral("signButton"));
        connect(m_accept, &QPushButton::clicked, this, &LetterDialog::sign);
    }
    side->addStretch(1);
    if (mode != Mode::Review) {
        auto *cancel = buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
        cancel->setObjectName(QStringLiteral("cancelLetterButton"));
        connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    }
    root->addWidget(buttons);
    m_accept->setDefault(true);
    m_loadedFields = typedFields();
    refreshPreview();
}

void LetterDialog::reject()
{
    if (m_mode == Mode::Draft && !m_saved && typedFields() != m_loadedFields) {
        QMessageBox box(QMessageBox::Question, tr("Konsep surat belum disimpan"),
                        tr("Isian konsep surat %1 sudah diubah. Tutup tanpa menyimpan perubahan itu?").arg(m_tracking),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("discardDraftBox"));
        QPushButton *discard = box.addButton(tr("&Buang perubahan"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardDraftButton"));
        QPushButton *keep = box.addButton(tr("&Kembali ke konsep"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepDraftButton"));
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

QMap<QString, QString> LetterDialog::typedFields() const
{
    QMap<QString, QString> out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            out.insert(it.key(), line->text());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value()))
            out.insert(it.key(), text->toPlainText());
    }
    return out;
}

void LetterDialog::refreshPreview()
{
    QByteArray pdf;
    if (m_banner->attempt([&] { pdf = m_services.letters().draftPdf(m_session, m_tracking, nullptr, typedFields()); }))
        m_banner->attempt([&] { m_pages->setPdf(pdf); });
}

void LetterDialog::save()
{
    m_previewTimer->stop();
    if (m_banner->attempt([&] { m_services.letters().saveDraft(m_session, m_tracking, typedFields()); })) {
        m_saved = true;
        accept();
    }
}

void LetterDialog::sign()
{
    m_banner->attempt([&] {
        QString passphrase;
        if (m_newPassphrase) {
            if (m_newPassphrase->text() != m_repeatPassphrase->text())
                throw Error::invalid(tr("Kedua frasa sandi tidak sama."));
            m_services.letters().generateKey(m_session, m_newPassphrase->text());
            passphrase = m_newPassphrase->text();
        } else {
            passphrase = m_passphrase->text();
        }
        m_issued = m_services.letters().issueOne(m_session, m_tracking, passphrase);
    });
    if (m_passphrase)
        m_passphrase->clear();
    if (m_issued)
        accept();
}

LetterPrintDialog::LetterPrintDialog(AppServices &services, const Session &session, const LetterRecord &letter, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("letterPrintDialog"));
    setWindowTitle(tr("Cetak surat %1").arg(letter.number));
    resize(760, 820);
    auto *root = new QVBoxLayout(this);
    auto *banner = new MessageBanner(QStringLiteral("letterPrintBanner"), this);
    root->addWidget(banner);
    // The preview is the very PDF the printer gets: the archived letter, or its SALINAN copy.
    auto *pages = new LetterPages(QStringLiteral("letterPrintPreview"), QStringLiteral("printPage"), 60, this);
    LetterService::PrintPdf toPrint;
    const bool ready = banner->attempt([&] {
        toPrint = services.letters().printPdf(session, letter.id);
        pages->setPdf(toPrint.pdf);
    });
    auto *about = new QLabel(this);
    about->setObjectName(QStringLiteral("letterPrintAbout"));
    about->setWordWrap(true);
    about->setText(toPrint.reprint ? tr("Surat ini sudah pernah dicetak: cetakan ini bertanda SALINAN. Kertas %1.").arg(toPrint.paper.toUpper())
                                   : tr("Cetakan pertama surat yang ditandatangani. Kertas %1.").arg(toPrint.paper.toUpper()));
    root->addWidget(about);
    root->addWidget(pages, 1);
    auto *form = new QFormLayout;
    root->addLayout(form);
    auto *printer = new QComboBox(this);
    printer->setObjectName(QStringLiteral("letterPrinterComboBox"));
    printer->addItems(CupsPrinter::printers());   // the default printer first, so Enter prints there
    form->addRow(tr("&Printer"), printer);
    auto *copies = new QSpinBox(this);
    copies->setObjectName(QStringLiteral("letterCopiesSpinBox"));
    copies->setRange(1, 20);
    form->addRow(tr("&Jumlah"), copies);
    if (printer->count() == 0)
        banner->showError(tr("Belum ada printer yang terpasang di komputer ini."));
    auto *buttons = new QDialogButtonBox(this);
    auto *print = buttons->addButton(tr("Cetak"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printLetterNowButton"));
    print->setEnabled(ready && printer->count() > 0);
    print->setDefault(true);
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    AppServices *s = &services;
    connect(print, &QPushButton::clicked, this, [=, this] {
        if (banner->attempt([&] { m_result = s->letters().print(session, letter.id, printer->currentText(), copies->value()); }))
            accept();
    });
    root->addWidget(buttons);
}

} // namespace loket::ui
