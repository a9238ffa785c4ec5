#include "SettingsPage.h"

#include "HubSettingsWidget.h"

#include "catalogue/ServiceCatalogueWidget.h"
#include "settings/BackupSettingsWidget.h"
#include "settings/CountersWidget.h"
#include "settings/HolidaysWidget.h"
#include "documents/RetentionSettingsWidget.h"
#include "settings/LanguageSettingsWidget.h"
#include "settings/LetterTemplatesWidget.h"
#include "settings/OfficeSettingsWidget.h"
#include "settings/SignersWidget.h"
#include "settings/UsersWidget.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace loket::ui {

SettingsPage::SettingsPage(AppServices &services, const Session &session, LanguageSwitcher *languages,
                           BackupRunner *backups, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    layout->addWidget(m_tabs);

    m_tabs->addTab(new LanguageSettingsWidget(languages, m_tabs), tr("Tampilan/Bahasa"));
    if (!session.has(Role::Admin))
        return;

    auto *office = new OfficeSettingsWidget(services, session, m_tabs);
    auto *counters = new CountersWidget(services, session, m_tabs);
    auto *signers = new SignersWidget(services, session, m_tabs);
    auto *users = new UsersWidget(services, session, m_tabs);
    auto *catalogue = new ServiceCatalogueWidget(services, session, m_tabs);
    auto *holidays = new HolidaysWidget(services, session, m_tabs);
    auto *retention = new RetentionSettingsWidget(services, session, m_tabs);
    m_tabs->addTab(office, tr("Kantor"));
    m_tabs->addTab(counters, tr("Loket"));
    m_tabs->addTab(signers, tr("Penandatangan"));
    m_tabs->addTab(users, tr("Pengguna"));
    m_tabs->addTab(catalogue, tr("Layanan"));
    m_tabs->addTab(holidays, tr("Hari libur"));
    m_tabs->addTab(retention, tr("Masa simpan berkas"));
    auto *backup = new BackupSettingsWidget(services, session, backups, m_tabs);
    m_tabs->addTab(backup, tr("Cadangan"));
    auto *letters = new LetterTemplatesWidget(services, session, m_tabs);
    m_tabs->addTab(letters, tr("Surat"));
    auto *hub = new HubSettingsWidget(services, session, m_tabs);
    m_tabs->addTab(hub, tr("Hub"));
    connect(hub, &HubSettingsWidget::statusMessage, this, &SettingsPage::statusMessage);

    connect(office, &OfficeSettingsWidget::statusMessage, this, &SettingsPage::statusMessage);
    connect(office, &OfficeSettingsWidget::officeChanged, this, &SettingsPage::officeChanged);
    connect(counters, &CountersWidget::statusMessage, this, &SettingsPage::statusMessage);
    connect(counters, &CountersWidget::countersChanged, this, &SettingsPage::officeChanged);
    connect(signers, &SignersWidget::statusMessage, this, &SettingsPage::statusMessage);
    connect(users, &UsersWidget::statusMessage, this, &SettingsPage::statusMessage);
    connect(catalogue, &ServiceCatalogueWidget::statusMessage, this, &SettingsPage::statusMessage);
    connect(holidays, &HolidaysWidget::statusMessage, this, &SettingsPage::statusMessage);
    connect(retention, &RetentionSettingsWidget::statusMessage, this, &SettingsPage::statusMessage);
    connect(backup, &BackupSettingsWidget::statusMessage, this, &SettingsPage::statusMessage);
    connect(letters, &LetterTemplatesWidget::statusMessage, this, &SettingsPage::statusMessage);
}

int SettingsPage::currentTab() const
{
    return m_tabs->currentIndex();
}

void SettingsPage::setCurrentTab(int index)
{
    if (index >= 0 && index < m_tabs->count())
        m_tabs->setCurrentIndex(index);
}

} // namespace loket::ui
