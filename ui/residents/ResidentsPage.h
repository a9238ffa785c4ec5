// The "Penduduk" area: residents found by name or NIK as the officer types, opened and edited in
// the same form as the intake screen, or registered anew. Enter saves; core checks every value.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QPushButton;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;
class ResidentForm;
class ResidentSearch;

class ResidentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentsPage)

public:
    ResidentsPage(AppServices &services, const Session &session, QWidget *parent = nullptr);

    // Saves the form; true when core stored it.
    bool save();
    // An empty form for a resident not registered yet.
    void startNew();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    AppServices &m_services;
    Session m_session;
    ResidentSearch *m_search = nullptr;
    ResidentForm *m_form = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace loket::ui
