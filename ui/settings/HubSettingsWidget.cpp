#include "HubSettingsWidget.h"

#include "common/Error.h"
#include "common/MessageBanner.h"
#include "setup/AppServices.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace loket::ui {

struct HubSettingsWidget::Outcome
{
    std::optional<HubLink> link;
    QString error;
};

HubSettingsWidget::HubSettingsWidget(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    setObjectName(QStringLiteral("hubSettingsWidget"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Hub adalah basis data PostgreSQL bersama kantor tempat semua loket bertukar data. Tanpa hub, "
                                "loket ini bekerja sendiri. Dengan hub, loket tetap melayani saat jaringan putus dan "
                                "menyinkronkan diri begitu hub terjangkau lagi."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(QStringLiteral("hubBanner"), this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_uri = new QLineEdit(this);
    m_uri->setObjectName(QStringLiteral("hubUriLineEdit"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://loket@192.168.1.10:5432/loket_hub?sslmode=require"));
    form->addRow(tr("&Alamat hub:"), m_uri);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("hubPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kosongkan bila sudah tersimpan di komputer ini"));
    form->addRow(tr("&Kata sandi:"), m_password);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_connect = new QPushButton(tr("&Hubungkan dan siapkan hub"), this);
    m_connect->setObjectName(QStringLiteral("connectHubButton"));
    buttons->addWidget(m_connect);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_linked = new QLabel(this);
    m_linked->setObjectName(QStringLiteral("hubLinkedLabel"));
    m_linked->setWordWrap(true);
    m_linked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_linked);
    layout->addStretch(1);

    connect(m_connect, &QPushButton::clicked, this, &HubSettingsWidget::connectHub);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &HubSettingsWidget::onFinished);
    showLinked();
}

HubSettingsWidget::~HubSettingsWidget()
{
    m_watcher->waitForFinished();
}

void HubSettingsWidget::showLinked()
{
    const QString uri = m_services.sync().status().hubUri;
    if (m_uri->text().isEmpty())
        m_uri->setText(uri);
    m_linked->setText(uri.isEmpty() ? tr("Loket ini belum terhubung ke hub.") : tr("Loket ini terhubung ke hub %1.").arg(uri));
}

void HubSettingsWidget::connectHub()
{
    if (m_watcher->isRunning())
        return;
    m_banner->clearMessage();
    m_connect->setEnabled(false);
    m_banner->showInfo(tr("Menghubungi hub…"));
    AppServices *services = &m_services;
    const Session session = m_session;
    const QString uri = m_uri->text().trimmed();
    const QString password = m_password->text();
    m_watcher->setFuture(QtConcurrent::run([services, session, uri, password]() {
        Outcome outcome;
        try {
            outcome.link = services->sync().linkHub(session, uri, password);
        } catch (const Error &e) {
            outcome.error = e.message();
        }
        services->store().database().releaseThreadConnection();
        return outcome;
    }));
}

void HubSettingsWidget::waitForFinished()
{
    m_watcher->waitForFinished();
    QCoreApplication::sendPostedEvents(m_watcher);
}

void HubSettingsWidget::onFinished()
{
    m_connect->setEnabled(true);
    const Outcome outcome = m_watcher->result();
    if (!outcome.link) {
        m_banner->showError(outcome.error);
        return;
    }
    m_password->clear();
    const QString text = tr("Hub %1 siap (skema versi %2); loket ini terdaftar dan menyinkronkan diri di latar belakang.")
                             .arg(outcome.link->hubUri)
                             .arg(outcome.link->schemaVersion);
    m_banner->showInfo(text);
    emit statusMessage(text);
    showLinked();
}

} // namespace loket::ui
