#include "RetentionSettingsWidget.h"

#include "ByteSize.h"
#include "common/MessageBanner.h"
#include "setup/AppServices.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loket::ui {

RetentionSettingsWidget::RetentionSettingsWidget(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("retentionSettingsWidget"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pindaian KTP, KK dan berkas warga adalah data pribadi (UU 27/2022). Tentukan berapa lama "
                                "dokumen disimpan; dokumen yang lebih tua dapat dihapus oleh administrator."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(QStringLiteral("retentionBanner"), this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("retentionDaysSpinBox"));
    m_days->setRange(0, 36500);
    m_days->setSuffix(tr(" hari"));
    m_days->setSpecialValueText(tr("Tanpa batas"));
    m_days->setToolTip(tr("0: dokumen disimpan sampai dihapus sendiri"));
    form->addRow(tr("&Masa simpan dokumen:"), m_days);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Simpan"), this);
    m_save->setObjectName(QStringLiteral("saveRetentionButton"));
    m_purge = new QPushButton(tr("&Hapus dokumen kedaluwarsa…"), this);
    m_purge->setObjectName(QStringLiteral("purgeDocumentsButton"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_purge);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &RetentionSettingsWidget::save);
    connect(m_purge, &QPushButton::clicked, this, &RetentionSettingsWidget::purge);

    load();
    const bool admin = m_session.has(Role::Admin);
    m_days->setEnabled(admin);
    m_save->setEnabled(admin);
    m_purge->setEnabled(admin);
    if (!admin)
        m_banner->showInfo(tr("Hanya administrator yang dapat mengubah masa simpan dan menghapus dokumen."));
}

void RetentionSettingsWidget::load()
{
    m_banner->attempt([&] { m_days->setValue(m_services.documents().retentionDays()); });
}

bool RetentionSettingsWidget::save()
{
    const int days = m_days->value();
    if (!m_banner->attempt([&] { m_services.documents().setRetentionDays(m_session, days); }))
        return false;
    const QString text = days == 0 ? tr("Dokumen disimpan tanpa batas waktu.")
                                   : tr("Masa simpan dokumen: %Ln hari.", nullptr, days);
    m_banner->showInfo(text);
    emit statusMessage(text);
    return true;
}

bool RetentionSettingsWidget::purgeConfirmed()
{
    const int days = m_services.documents().retentionDays();
    QMessageBox box(QMessageBox::Warning, tr("Hapus dokumen kedaluwarsa"),
                    days > 0 ? tr("Semua dokumen warga yang dilampirkan lebih dari %Ln hari yang lalu akan dihapus. "
                                  "Penghapusan dicatat dan tidak dapat dibatalkan. Lanjutkan?", nullptr, days)
                             : tr("Masa simpan belum diatur."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("purgeConfirmBox"));
    QPushButton *yes = box.addButton(tr("&Hapus"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmPurgeButton"));
    QPushButton *no = box.addButton(tr("&Batal"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelPurgeButton"));
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

bool RetentionSettingsWidget::purge()
{
    if (m_days->value() != m_services.documents().retentionDays()) {
        m_banner->showError(tr("Simpan masa simpan yang baru dulu, lalu hapus."));
        return false;
    }
    if (m_services.documents().retentionDays() <= 0) {
        m_banner->showError(tr("Masa simpan dokumen belum diatur: tidak ada yang dihapus."));
        return false;
    }
    if (!purgeConfirmed())
        return false;
    PurgeResult result;
    if (!m_banner->attempt([&] { result = m_services.documents().purgeExpired(m_session); }))
        return false;
    const QString text = result.documents == 0
        ? tr("Tidak ada dokumen yang melewati masa simpan.")
        : tr("%Ln dokumen dihapus; %1 dibebaskan.", nullptr, result.documents).arg(formatByteSize(result.bytesFreed));
    m_banner->showInfo(text);
    emit statusMessage(text);
    return true;
}

} // namespace loket::ui
