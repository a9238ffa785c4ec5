#include "OfficeSettingsWidget.h"

#include "common/MessageBanner.h"
#include "setup/AppServices.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

OfficeSettingsWidget::OfficeSettingsWidget(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("officeSettingsWidget"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    m_error = new MessageBanner(QStringLiteral("officeErrorLabel"), content);
    layout->addWidget(m_error);

    auto *form = new QFormLayout;
    m_code = lineEdit(content, QStringLiteral("officeCodeLineEdit"));
    // The district code identifies the office in letter numbers and sync: set at initialisation.
    m_code->setReadOnly(true);
    m_name = lineEdit(content, QStringLiteral("officeNameLineEdit"));
    m_regency = lineEdit(content, QStringLiteral("regencyNameLineEdit"));
    m_unitCode = lineEdit(content, QStringLiteral("unitCodeLineEdit"));
    m_unitCode->setPlaceholderText(tr("misalnya PU"));
    m_city = lineEdit(content, QStringLiteral("cityLineEdit"));
    m_city->setPlaceholderText(tr("tempat pada baris tanggal surat, misalnya Purwokerto"));
    m_address = lineEdit(content, QStringLiteral("addressLineEdit"));
    m_postalCode = lineEdit(content, QStringLiteral("postalCodeLineEdit"));
    m_phone = lineEdit(content, QStringLiteral("phoneLineEdit"));
    m_email = lineEdit(content, QStringLiteral("emailLineEdit"));
    m_website = lineEdit(content, QStringLiteral("websiteLineEdit"));
    m_statusUrl = lineEdit(content, QStringLiteral("statusUrlLineEdit"));
    m_statusUrl->setPlaceholderText(tr("dicetak pada tanda terima, misalnya https://…/lacak"));
    m_onlineUrl = lineEdit(content, QStringLiteral("onlineUrlLineEdit"));
    m_onlineUrl->setPlaceholderText(tr("dicetak pada selebaran layanan daring, misalnya https://…/paten"));
    form->addRow(tr("Kode kecamatan"), m_code);
    form->addRow(tr("Nama kantor"), m_name);
    form->addRow(tr("Nama kabupaten/kota"), m_regency);
    form->addRow(tr("Kode unit (nomor surat)"), m_unitCode);
    form->addRow(tr("Kota"), m_city);
    form->addRow(tr("Alamat"), m_address);
    form->addRow(tr("Kode pos"), m_postalCode);
    form->addRow(tr("Telepon"), m_phone);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Laman"), m_website);
    form->addRow(tr("Alamat pelacakan permohonan"), m_statusUrl);
    form->addRow(tr("Alamat layanan daring"), m_onlineUrl);

    m_letterhead = new QPlainTextEdit(content);
    m_letterhead->setObjectName(QStringLiteral("letterheadPlainTextEdit"));
    m_letterhead->setPlaceholderText(tr("Satu baris kop surat per baris"));
    m_letterhead->setFixedHeight(110);
    auto *defaultLetterhead = new QPushButton(tr("Isi kop baku dari data di atas"), content);
    defaultLetterhead->setObjectName(QStringLiteral("defaultLetterheadButton"));
    auto *letterheadBox = new QVBoxLayout;
    letterheadBox->addWidget(m_letterhead);
    letterheadBox->addWidget(defaultLetterhead, 0, Qt::AlignLeft);
    form->addRow(tr("Kop surat"), letterheadBox);

    m_logoPreview = new QLabel(content);
    m_logoPreview->setObjectName(QStringLiteral("logoPreviewLabel"));
    m_logoPreview->setFixedSize(120, 120);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto *chooseLogo = new QPushButton(tr("Pilih logo…"), content);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_removeLogo = new QPushButton(tr("Hapus logo"), content);
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addWidget(new QLabel(tr("PNG atau JPEG, paling besar 2 MB.\nLogo langsung disimpan."), content));
    logoButtons->addStretch(1);
    auto *logoBox = new QHBoxLayout;
    logoBox->addWidget(m_logoPreview);
    logoBox->addLayout(logoButtons);
    logoBox->addStretch(1);
    form->addRow(tr("Logo"), logoBox);
    layout->addLayout(form);

    auto *save = new QPushButton(tr("Simpan identitas kantor"), content);
    save->setObjectName(QStringLiteral("saveOfficeButton"));
    layout->addWidget(save, 0, Qt::AlignRight);
    layout->addStretch(1);

    connect(save, &QPushButton::clicked, this, &OfficeSettingsWidget::save);
    connect(defaultLetterhead, &QPushButton::clicked, this, &OfficeSettingsWidget::fillDefaultLetterhead);
    connect(chooseLogo, &QPushButton::clicked, this, &OfficeSettingsWidget::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &OfficeSettingsWidget::removeLogo);
    load();
}

void OfficeSettingsWidget::load()
{
    m_loaded = m_services.office().office();
    m_code->setText(m_loaded.code);
    m_name->setText(m_loaded.name);
    m_regency->setText(m_loaded.regencyName);
    m_unitCode->setText(m_loaded.unitCode);
    m_city->setText(m_loaded.city);
    m_address->setText(m_loaded.address);
    m_postalCode->setText(m_loaded.postalCode);
    m_phone->setText(m_loaded.phone);
    m_email->setText(m_loaded.email);
    m_website->setText(m_loaded.website);
    m_statusUrl->setText(m_loaded.statusUrl);
    m_onlineUrl->setText(m_loaded.onlineUrl);
    m_letterhead->setPlainText(m_loaded.letterheadLines.join(u'\n'));
    showLogo();
}

Office OfficeSettingsWidget::formOffice() const
{
    Office o = m_loaded; // keeps id, code and logo, which this form does not edit as text
    o.name = m_name->text();
    o.regencyName = m_regency->text();
    o.unitCode = m_unitCode->text().trimmed();
    o.city = m_city->text();
    o.address = m_address->text();
    o.postalCode = m_postalCode->text();
    o.phone = m_phone->text();
    o.email = m_email->text().trimmed();
    o.website = m_website->text();
    o.statusUrl = m_statusUrl->text().trimmed();
    o.onlineUrl = m_onlineUrl->text().trimmed();
    QStringList lines;
    const QStringList raw = m_letterhead->toPlainText().split(u'\n');
    for (const QString &line : raw)
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    o.letterheadLines = lines;
    return o;
}

void OfficeSettingsWidget::save()
{
    const Office office = formOffice();
    if (!m_error->attempt([&] { m_services.office().updateOffice(m_session, office); }))
        return;
    load();
    emit statusMessage(tr("Identitas kantor disimpan."));
    emit officeChanged();
}

void OfficeSettingsWidget::fillDefaultLetterhead()
{
    m_letterhead->setPlainText(OfficeService::defaultLetterhead(formOffice()).join(u'\n'));
}

void OfficeSettingsWidget::chooseLogo()
{
    // A non-blocking dialog: no nested event loop (house style, habit 8).
    auto *dialog = new QFileDialog(this, tr("Pilih logo kantor"), QString(), tr("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"));
    dialog->setObjectName(QStringLiteral("logoFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &OfficeSettingsWidget::setLogoFromFile);
    dialog->open();
}

void OfficeSettingsWidget::setLogoFromFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("Berkas %1 tidak dapat dibuka: %2").arg(fileName, file.errorString()));
        return;
    }
    // Core checks size and format again; this only avoids reading a huge file picked by mistake
    // into memory.
    if (file.size() > 2 * 1024 * 1024) {
        m_error->showError(tr("Berkas logo terlalu besar (%1 KB): paling besar 2048 KB.").arg(file.size() / 1024));
        return;
    }
    const QByteArray image = file.readAll();
    if (!m_error->attempt([&] { m_services.office().setLogo(m_session, image); }))
        return;
    m_loaded.logoSha256 = m_services.office().office().logoSha256;
    showLogo();
    emit statusMessage(tr("Logo kantor disimpan."));
}

void OfficeSettingsWidget::removeLogo()
{
    if (!m_error->attempt([&] { m_services.office().setLogo(m_session, QByteArray()); }))
        return;
    m_loaded.logoSha256.clear();
    showLogo();
    emit statusMessage(tr("Logo kantor dihapus."));
}

void OfficeSettingsWidget::showLogo()
{
    QPixmap pixmap;
    if (!m_loaded.logoSha256.isEmpty())
        pixmap.loadFromData(m_services.office().logo());
    if (pixmap.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("Belum ada logo"));
    } else {
        m_logoPreview->setPixmap(pixmap.scaled(m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                               Qt::SmoothTransformation));
    }
    m_removeLogo->setEnabled(!pixmap.isNull());
}

} // namespace loket::ui
