#include "SignersWidget.h"

#include "common/MessageBanner.h"
#include "setup/AppServices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

SignersWidget::SignersWidget(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("signersWidget"));
    auto *layout = new QHBoxLayout(this);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("signersTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Nama"), tr("NIP"), tr("Jabatan"), tr("Delegasi"), tr("Aktif")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Short columns fit their content; the name takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 3);

    auto *right = new QVBoxLayout;
    m_error = new MessageBanner(QStringLiteral("signerErrorLabel"), this);
    right->addWidget(m_error);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("signerNameLineEdit"));
    m_name->setPlaceholderText(tr("dengan gelar, misalnya Agus Setiawan, S.STP., M.Si."));
    m_nip = new QLineEdit(this);
    m_nip->setObjectName(QStringLiteral("signerNipLineEdit"));
    m_nip->setPlaceholderText(tr("18 angka"));
    m_nip->setMaxLength(18);
    m_rank = new QLineEdit(this);
    m_rank->setObjectName(QStringLiteral("signerRankLineEdit"));
    m_rank->setPlaceholderText(tr("misalnya Pembina Tk. I (IV/b)"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("signerTitleLineEdit"));
    m_title->setPlaceholderText(tr("misalnya Sekretaris Camat"));
    m_delegation = new QComboBox(this);
    m_delegation->setObjectName(QStringLiteral("signerDelegationComboBox"));
    // The stored values are the abbreviations printed on letters; the labels explain them.
    m_delegation->addItem(tr("(tanpa delegasi)"), QString());
    m_delegation->addItem(tr("a.n. (atas nama)"), QStringLiteral("a.n."));
    m_delegation->addItem(tr("u.b. (untuk beliau)"), QStringLiteral("u.b."));
    m_delegation->addItem(tr("Plt. (pelaksana tugas)"), QStringLiteral("Plt."));
    m_delegation->addItem(tr("Plh. (pelaksana harian)"), QStringLiteral("Plh."));
    m_principalTitle = new QLineEdit(this);
    m_principalTitle->setObjectName(QStringLiteral("signerPrincipalTitleLineEdit"));
    m_principalTitle->setPlaceholderText(tr("untuk a.n./u.b., misalnya CAMAT PURWOKERTO UTARA"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("signerUserComboBox"));
    m_active = new QCheckBox(tr("Aktif"), this);
    m_active->setObjectName(QStringLiteral("signerActiveCheckBox"));
    form->addRow(tr("Nama lengkap"), m_name);
    form->addRow(tr("NIP"), m_nip);
    form->addRow(tr("Pangkat/golongan"), m_rank);
    form->addRow(tr("Jabatan"), m_title);
    form->addRow(tr("Delegasi"), m_delegation);
    form->addRow(tr("Jabatan yang diwakili"), m_principalTitle);
    form->addRow(tr("Akun pengguna"), m_user);
    form->addRow(QString(), m_active);
    right->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("Penandatangan baru"), this);
    newButton->setObjectName(QStringLiteral("newSignerButton"));
    auto *saveButton = new QPushButton(tr("Simpan penandatangan"), this);
    saveButton->setObjectName(QStringLiteral("saveSignerButton"));
    buttons->addWidget(newButton);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    right->addLayout(buttons);
    right->addStretch(1);
    layout->addLayout(right, 2);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SignersWidget::showSelected);
    connect(newButton, &QPushButton::clicked, this, &SignersWidget::startNew);
    connect(saveButton, &QPushButton::clicked, this, &SignersWidget::save);
    loadUsers();
    reload(QString());
    startNew();
}

void SignersWidget::loadUsers()
{
    m_user->clear();
    m_user->addItem(tr("(tidak terhubung)"), QString());
    // Linking a signer to a login lets later stages know who may sign; the list needs admin.
    m_error->attempt([&] {
        const QList<UserRecord> users = m_services.users().list(m_session);
        for (const UserRecord &u : users)
            m_user->addItem(QStringLiteral("%1 (%2)").arg(u.fullName, u.username), u.id);
    });
}

void SignersWidget::reload(const QString &selectId)
{
    m_signers = m_services.office().signers(true);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_signers.size()));
    int selectRow = -1;
    for (int row = 0; row < m_signers.size(); ++row) {
        const Signer &s = m_signers.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(s.fullName));
        m_table->setItem(row, 1, new QTableWidgetItem(s.nip));
        m_table->setItem(row, 2, new QTableWidgetItem(s.title));
        m_table->setItem(row, 3, new QTableWidgetItem(s.delegation));
        m_table->setItem(row, 4, new QTableWidgetItem(s.active ? tr("Ya") : tr("Tidak")));
        if (s.id == selectId)
            selectRow = row;
    }
    m_table->clearSelection();
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
}

void SignersWidget::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const Signer &s = m_signers.at(selected.first()->row());
    m_editingId = s.id;
    m_name->setText(s.fullName);
    m_nip->setText(s.nip);
    m_rank->setText(s.rankGrade);
    m_title->setText(s.title);
    m_delegation->setCurrentIndex(qMax(0, m_delegation->findData(s.delegation)));
    m_principalTitle->setText(s.principalTitle);
    m_user->setCurrentIndex(qMax(0, m_user->findData(s.userId)));
    m_active->setChecked(s.active);
    m_error->clearMessage();
}

void SignersWidget::startNew()
{
    m_table->clearSelection();
    m_editingId.clear();
    m_name->clear();
    m_nip->clear();
    m_rank->clear();
    m_title->clear();
    m_delegation->setCurrentIndex(0);
    m_principalTitle->clear();
    m_user->setCurrentIndex(0);
    m_active->setChecked(true);
    m_error->clearMessage();
    m_name->setFocus();
}

void SignersWidget::save()
{
    const Signer signer{m_editingId,
                        m_name->text(),
                        m_nip->text().trimmed(),
                        m_rank->text(),
                        m_title->text(),
                        m_delegation->currentData().toString(),
                        m_principalTitle->text(),
                        m_user->currentData().toString(),
                        m_active->isChecked()};
    QString id = m_editingId;
    const bool ok = m_error->attempt([&] {
        if (id.isEmpty())
            id = m_services.office().addSigner(m_session, signer);
        else
            m_services.office().updateSigner(m_session, signer);
    });
    if (!ok)
        return;
    reload(id);
    showSelected();
    emit statusMessage(tr("Penandatangan %1 disimpan.").arg(signer.fullName.trimmed()));
}

} // namespace loket::ui
