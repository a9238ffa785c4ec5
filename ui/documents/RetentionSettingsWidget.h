// How long residents' papers are kept, and purging the documents past that period (with a
// confirmation; the purge is audited by core). Administrators only: for others it only shows
// the period.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QPushButton;
class QSpinBox;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

class RetentionSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionSettingsWidget)

public:
    RetentionSettingsWidget(AppServices &services, const Session &session, QWidget *parent = nullptr);

    // Saves the days in the spin box; false with the reason shown.
    bool save();
    // Asks for confirmation (a modal question), then purges; false when refused or declined.
    bool purge();

signals:
    void statusMessage(const QString &text);

private:
    void load();
    bool purgeConfirmed();

    AppServices &m_services;
    Session m_session;
    QSpinBox *m_days = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_purge = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace loket::ui
