#include "LetterVerifyWidget.h"

#include "common/Error.h"
#include "letters/LetterService.h"
#include "print/IndonesianDate.h"
#include "setup/AppServices.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

// "2026-12-07T10:15:00+07:00" as "7 Desember 2026 pukul 10.15"; anything else as it is, escaped.
QString revokedOn(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return iso.toHtmlEscaped();
    const QDateTime local = at.toLocalTime();
    return LetterVerifyWidget::tr("%1 pukul %2").arg(IndonesianDate::format(local.date()), local.toString(QStringLiteral("HH.mm")));
}

} // namespace

LetterVerifyWidget::LetterVerifyWidget(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("letterVerifyWidget"));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("Tempel isi kode QR surat (alamat atau segelnya), atau pilih PDF, pindaian atau foto surat:"), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto *row = new QHBoxLayout;
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("verifyInputLineEdit"));
    m_input->setMaxLength(4096);
    m_input->setPlaceholderText(tr("https://…/verifikasi#…"));
    prompt->setBuddy(m_input);
    auto *check = new QPushButton(tr("Periksa"), this);
    check->setObjectName(QStringLiteral("verifyButton"));
    auto *file = new QPushButton(tr("Pilih berkas…"), this);
    file->setObjectName(QStringLiteral("verifyFileButton"));
    row->addWidget(m_input, 1);
    row->addWidget(check);
    row->addWidget(file);
    layout->addLayout(row);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verdictDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    layout->addStretch(1);
    connect(check, &QPushButton::clicked, this, [this] { this->check(m_input->text()); });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { this->check(m_input->text()); });
    connect(file, &QPushButton::clicked, this, &LetterVerifyWidget::chooseFile);
}

void LetterVerifyWidget::chooseFile()
{
    QFileDialog dialog(this, tr("Pilih surat yang diperiksa"), QString(),
                       tr("Surat (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Semua berkas (*)"));
    dialog.setObjectName(QStringLiteral("verifyFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        check(dialog.selectedFiles().constFirst());
}

void LetterVerifyWidget::check(const QString &input)
{
    if (input.trimmed().isEmpty())
        return;
    try {
        show(m_services.letters().verify(input.trimmed()));
    } catch (const Error &e) {
        m_verdict->setText(tr("Tidak dapat diperiksa"));
        m_verdict->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        m_details->setText(e.message());
    }
}

void LetterVerifyWidget::show(const LetterVerdict &v)
{
    const bool genuine = v.kind == LetterVerdict::Kind::Genuine;
    m_verdict->setText(tr("Surat %1").arg(LetterVerdict::label(v.kind).toUpper()));
    m_verdict->setStyleSheet(genuine ? QStringLiteral("color: #1b6e2a;") : QStringLiteral("color: #a11d1d;"));
    QString text;
    if (v.kind != LetterVerdict::Kind::Altered && !v.number.isEmpty()) {
        text = tr("Nomor: %1<br>Tanggal: %2<br>Perihal: %3<br>Atas nama: %4")
                   .arg(v.number.toHtmlEscaped(), IndonesianDate::format(v.date), v.subject.toHtmlEscaped(),
                        v.residentName.toHtmlEscaped());
        if (!v.signerName.isEmpty())
            text += tr("<br>Ditandatangani: %1 (%2)").arg(v.signerName.toHtmlEscaped(), v.signerTitle.toHtmlEscaped());
        if (genuine)
            text += tr("<br><br>Cocokkan data ini dengan yang tertulis pada kertas.");
    }
    if (!v.reason.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("<br><br>"))
                + (v.kind == LetterVerdict::Kind::Revoked ? tr("Dicabut pada %1: %2").arg(revokedOn(v.revokedAt), v.reason.toHtmlEscaped())
                                                          : v.reason.toHtmlEscaped());
    if (!v.note.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("<br><br>")) + v.note.toHtmlEscaped();
    m_details->setText(text);
}

} // namespace loket::ui
