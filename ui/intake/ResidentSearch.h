// Residents found by name as the officer types: a short pause after the last key, then the
// full-text search of core (any word of the name, by prefix, case- and accent-insensitive).
// Up/Down in the search box move through the results, Enter picks one.
#pragma once

#include "auth/Session.h"
#include "residents/Resident.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace loket {
class AppServices;
}

namespace loket::ui {

class ResidentSearch final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentSearch)

public:
    static constexpr int kDebounceMs = 150;
    static constexpr int kLimit = 50;

    ResidentSearch(AppServices &services, const Session &session, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_edit; }
    // Runs the search for the text now (without waiting for the pause).
    void searchNow();
    // Picks the highlighted result; false when there is none.
    bool pickCurrent();
    void clear();

signals:
    void residentPicked(const loket::Resident &resident);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AppServices &m_services;
    Session m_session;
    QList<Resident> m_results;
    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace loket::ui
