#include "UsersWidget.h"

#include "common/MessageBanner.h"
#include "setup/AppServices.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QString roleLabels(const RoleSet &roles)
{
    QStringList labels;
    for (Role r : roles.roles())
        labels << RoleSet::label(r);
    return labels.join(QStringLiteral(", "));
}

QString capitalised(const QString &s)
{
    return s.left(1).toUpper() + s.mid(1);
}

} // namespace

UsersWidget::UsersWidget(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("usersWidget"));
    auto *layout = new QHBoxLayout(this);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("usersTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Nama pengguna"), tr("Nama lengkap"), tr("Peran"), tr("Status"), tr("Demo")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Short columns fit their content; the name takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 3);

    auto *right = new QVBoxLayout;
    m_error = new MessageBanner(QStringLiteral("userErrorLabel"), this);
    right->addWidget(m_error);
    auto *form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("userUsernameLineEdit"));
    m_username->setPlaceholderText(tr("huruf kecil, misalnya rina.l"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("userFullNameLineEdit"));
    m_nip = new QLineEdit(this);
    m_nip->setObjectName(QStringLiteral("userNipLineEdit"));
    m_nip->setPlaceholderText(tr("18 angka, boleh kosong"));
    m_nip->setMaxLength(18);
    form->addRow(tr("Nama pengguna"), m_username);
    form->addRow(tr("Nama lengkap"), m_fullName);
    form->addRow(tr("NIP"), m_nip);
    auto *roles = new QVBoxLayout;
    const QList<Role> allRoles = RoleSet::all();
    for (Role r : allRoles) {
        auto *box = new QCheckBox(RoleSet::label(r), this);
        box->setObjectName(QStringLiteral("role%1CheckBox").arg(capitalised(RoleSet::name(r))));
        roles->addWidget(box);
        m_roleBoxes.insert(r, box);
    }
    form->addRow(tr("Peran"), roles);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("userPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordRepeat = new QLineEdit(this);
    m_passwordRepeat->setObjectName(QStringLiteral("userPasswordRepeatLineEdit"));
    m_passwordRepeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Kata sandi"), m_password);
    form->addRow(tr("Ulangi kata sandi"), m_passwordRepeat);
    right->addLayout(form);
    auto *hint = new QLabel(tr("Kata sandi diisi untuk pengguna baru atau untuk mengatur ulang kata sandi; "
                               "sedikitnya 8 karakter."),
                            this);
    hint->setWordWrap(true);
    right->addWidget(hint);

    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("Pengguna baru"), this);
    newButton->setObjectName(QStringLiteral("newUserButton"));
    m_resetPassword = new QPushButton(tr("Atur ulang kata sandi"), this);
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    m_toggleActive = new QPushButton(this);
    m_toggleActive->setObjectName(QStringLiteral("toggleActiveButton"));
    auto *saveButton = new QPushButton(tr("Simpan pengguna"), this);
    saveButton->setObjectName(QStringLiteral("saveUserButton"));
    buttons->addWidget(newButton);
    buttons->addWidget(m_resetPassword);
    buttons->addWidget(m_toggleActive);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    right->addLayout(buttons);
    right->addStretch(1);
    layout->addLayout(right, 2);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersWidget::showSelected);
    connect(newButton, &QPushButton::clicked, this, &UsersWidget::startNew);
    connect(saveButton, &QPushButton::clicked, this, &UsersWidget::save);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersWidget::resetPassword);
    connect(m_toggleActive, &QPushButton::clicked, this, &UsersWidget::toggleActive);
    reload(QString());
    startNew();
}

void UsersWidget::reload(const QString &selectId)
{
    QList<UserRecord> users;
    if (!m_error->attempt([&] { users = m_services.users().list(m_session); }))
        return;
    m_users = users;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_users.size()));
    int selectRow = -1;
    for (int row = 0; row < m_users.size(); ++row) {
        const UserRecord &u = m_users.at(row);
        QString status = u.active ? tr("Aktif") : tr("Nonaktif");
        if (u.lockedUntilMs > now)
            status = tr("Terkunci sampai %1").arg(QDateTime::fromMSecsSinceEpoch(u.lockedUntilMs).toString(QStringLiteral("HH:mm")));
        m_table->setItem(row, 0, new QTableWidgetItem(u.username));
        m_table->setItem(row, 1, new QTableWidgetItem(u.fullName));
        m_table->setItem(row, 2, new QTableWidgetItem(roleLabels(u.roles)));
        m_table->setItem(row, 3, new QTableWidgetItem(status));
        m_table->setItem(row, 4, new QTableWidgetItem(u.demo ? tr("Demo") : QString()));
        if (u.id == selectId)
            selectRow = row;
    }
    m_table->clearSelection();
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
}

const UserRecord *UsersWidget::editing() const
{
    for (const UserRecord &u : m_users)
        if (u.id == m_editingId)
            return &u;
    return nullptr;
}

void UsersWidget::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const UserRecord &u = m_users.at(selected.first()->row());
    m_editingId = u.id;
    m_username->setText(u.username);
    m_username->setReadOnly(true); // the user name is the log-in and appears in the audit log
    m_fullName->setText(u.fullName);
    m_nip->setText(u.nip);
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it)
        it.value()->setChecked(u.roles.has(it.key()));
    m_password->clear();
    m_passwordRepeat->clear();
    m_resetPassword->setEnabled(true);
    m_toggleActive->setEnabled(true);
    m_toggleActive->setText(u.active ? tr("Nonaktifkan") : tr("Aktifkan"));
    m_error->clearMessage();
}

void UsersWidget::startNew()
{
    m_table->clearSelection();
    m_editingId.clear();
    m_username->clear();
    m_username->setReadOnly(false);
    m_fullName->clear();
    m_nip->clear();
    for (QCheckBox *box : std::as_const(m_roleBoxes))
        box->setChecked(false);
    m_roleBoxes.value(Role::Officer)->setChecked(true);
    m_password->clear();
    m_passwordRepeat->clear();
    m_resetPassword->setEnabled(false);
    m_toggleActive->setEnabled(false);
    m_toggleActive->setText(tr("Nonaktifkan"));
    m_error->clearMessage();
    m_username->setFocus();
}

RoleSet UsersWidget::checkedRoles() const
{
    RoleSet roles;
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it)
        if (it.value()->isChecked())
            roles.add(it.key());
    return roles;
}

std::optional<QString> UsersWidget::typedPassword()
{
    // Typing the password twice is the UI's own check; its strength is core's.
    if (m_password->text() != m_passwordRepeat->text()) {
        m_error->showError(tr("Kedua kata sandi tidak sama."));
        m_passwordRepeat->clear();
        m_passwordRepeat->setFocus();
        return std::nullopt;
    }
    return m_password->text();
}

void UsersWidget::save()
{
    QString id = m_editingId;
    if (id.isEmpty()) {
        const std::optional<QString> password = typedPassword();
        if (!password)
            return;
        const NewUser user{m_username->text().trimmed(), m_fullName->text(), m_nip->text().trimmed(), checkedRoles(), false};
        if (!m_error->attempt([&] { id = m_services.users().create(m_session, user, *password); }))
            return;
    } else if (!m_error->attempt([&] {
                   m_services.users().update(m_session, id, m_fullName->text(), m_nip->text().trimmed(), checkedRoles());
               })) {
        return;
    }
    reload(id);
    showSelected();
    emit statusMessage(tr("Pengguna %1 disimpan.").arg(m_username->text()));
}

void UsersWidget::resetPassword()
{
    const UserRecord *user = editing();
    if (!user)
        return;
    const QString username = user->username;
    const std::optional<QString> password = typedPassword();
    if (!password)
        return;
    if (!m_error->attempt([&] { m_services.users().resetPassword(m_session, m_editingId, *password); }))
        return;
    m_password->clear();
    m_passwordRepeat->clear();
    reload(m_editingId);
    emit statusMessage(tr("Kata sandi %1 diatur ulang.").arg(username));
}

void UsersWidget::toggleActive()
{
    const UserRecord *user = editing();
    if (!user)
        return;
    const bool activate = !user->active;
    const QString username = user->username;
    const QString id = m_editingId;
    if (!m_error->attempt([&] { m_services.users().setActive(m_session, id, activate); }))
        return;
    reload(id);
    showSelected();
    emit statusMessage(activate ? tr("Akun %1 diaktifkan.").arg(username) : tr("Akun %1 dinonaktifkan.").arg(username));
}

} // namespace loket::ui
