#include "LoginDialog.h"

#include "common/Error.h"
#include "common/MessageBanner.h"
#include "letters/LetterVerifyWidget.h"
#include "setup/AppServices.h"
#include "setup/Initializer.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

} // namespace

LoginDialog::LoginDialog(AppServices &services, const QString &settingsFile, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_config(settingsFile)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Masuk ke Loket"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Loket PATEN"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    // Reading the office identity needs no log-in: it tells the user which database this is.
    auto *office = new QLabel(m_services.office().office().name, this);
    office->setObjectName(QStringLiteral("loginOfficeLabel"));
    layout->addWidget(office);

    const NodeIdentity node = m_services.store().node();
    if (node.demo) {
        auto *banner = new QLabel(demoBannerText(), this);
        banner->setObjectName(QStringLiteral("demoBannerLabel"));
        banner->setTextFormat(Qt::RichText);
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4500; border: 1px solid #e0c36a; "
                                             "border-radius: 4px; padding: 8px; }"));
        connect(banner, &QLabel::linkActivated, this, &LoginDialog::fillDemoAccount);
        layout->addWidget(banner);
    }

    auto *form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setText(m_config.lastUsername());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Nama pengguna"), m_username);
    form->addRow(tr("Kata sandi"), m_password);
    layout->addLayout(form);

    m_error = new MessageBanner(QStringLiteral("errorLabel"), this);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    // Anyone may check a letter's seal: no log-in is needed for that.
    auto *verify = new QPushButton(tr("Periksa keaslian surat…"), this);
    verify->setObjectName(QStringLiteral("verifyLetterButton"));
    verify->setAutoDefault(false);
    connect(verify, &QPushButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("verifyLetterDialog"));
        dialog.setWindowTitle(tr("Periksa keaslian surat"));
        dialog.resize(640, 420);
        auto *box = new QVBoxLayout(&dialog);
        box->addWidget(new LetterVerifyWidget(m_services, &dialog));
        auto *close = new QPushButton(tr("Tutup"), &dialog);
        close->setAutoDefault(false);
        connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
        box->addWidget(close, 0, Qt::AlignRight);
        dialog.exec();
    });
    buttons->addWidget(verify);
    buttons->addStretch(1);
    auto *quit = new QPushButton(tr("Keluar"), this);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    m_quitButton = quit;
    m_loginButton = new QPushButton(tr("Masuk"), this);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    buttons->addWidget(quit);
    buttons->addWidget(m_loginButton);
    layout->addLayout(buttons);

    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::tryLogin);

    // The returning user only types the password.
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

QString LoginDialog::demoBannerText() const
{
    // Before log-in no session may list users; the demo accounts are the ones the initialiser
    // creates with published passwords (admin plus Initializer::demoAccounts()).
    QStringList usernames{QStringLiteral("admin")};
    QStringList roles{RoleSet::label(Role::Admin)};
    const QList<DemoAccount> accounts = Initializer::demoAccounts();
    for (const DemoAccount &a : accounts) {
        usernames << a.username;
        try {
            roles << roleLabels(RoleSet::parse(a.roles));
        } catch (const Error &) {
            roles << a.roles;
        }
    }
    QString rows;
    for (qsizetype i = 0; i < usernames.size(); ++i) {
        const QString user = usernames.at(i).toHtmlEscaped();
        rows += QStringLiteral("<tr><td><a href=\"demo:%1\">%1</a></td><td><code>%2</code></td><td>%3</td></tr>")
                    .arg(user, Initializer::demoPassword(usernames.at(i)).toHtmlEscaped(), roles.at(i).toHtmlEscaped());
    }
    return QStringLiteral("<b>%1</b><br>%2<table cellspacing=\"0\" cellpadding=\"3\">"
                          "<tr><th align=\"left\">%3</th><th align=\"left\">%4</th><th align=\"left\">%5</th></tr>%6</table>")
        .arg(tr("DATA DEMO"),
             tr("Basis data ini berisi data contoh. Kata sandi akun demo sengaja diumumkan; klik nama pengguna "
                "untuk mengisinya. Jangan dipakai untuk pelayanan sungguhan."),
             tr("Nama pengguna"), tr("Kata sandi"), tr("Peran"), rows);
}

void LoginDialog::fillDemoAccount(const QString &link)
{
    const QString username = link.section(u':', 1);
    m_username->setText(username);
    m_password->setText(Initializer::demoPassword(username));
    m_loginButton->setFocus();
}

void LoginDialog::tryLogin()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        m_error->showError(tr("Isi nama pengguna."));
        m_username->setFocus();
        return;
    }
    // Enter in the user-name field should lead to the password, not spend one of the five tries
    // before lock-out on an empty password.
    if (m_password->text().isEmpty()) {
        m_password->setFocus();
        return;
    }
    if (m_busy)
        return;
    setBusy(true);
    m_error->clearMessage();
    AppServices *services = &m_services;
    m_worker.post([this, services, username, password = m_password->text()] {
        std::optional<Session> session;
        QString error;
        try {
            session = services->users().login(username, password);
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        services->store().database().releaseThreadConnection();
        WorkerThread::deliver(this, [this, session, error] { finishLogin(session, error); });
    });
}

void LoginDialog::finishLogin(const std::optional<Session> &session, const QString &error)
{
    setBusy(false);
    if (!session) {
        m_error->showError(error);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session = session;
    m_config.setLastUsername(session->username);
    accept();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_loginButton->setEnabled(!busy);
    m_quitButton->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

LoginDialog::~LoginDialog()
{
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

void LoginDialog::reject()
{
    // Esc while the check runs would leave a session nobody receives; the check takes a moment.
    if (!m_busy)
        QDialog::reject();
}

} // namespace loket::ui
