// The Surat area: the register of issued letters (number, date, resident, service, signer,
// status), searchable and exportable to CSV, with printing, the archived PDF, revocation and
// voiding a spoiled number, writing the verification page; and the check of a letter's seal.
#pragma once

#include "auth/Session.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

class LettersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LettersPage)

public:
    LettersPage(AppServices &services, const Session &session, QWidget *parent = nullptr);
    void reload();

protected:
    // Letters signed elsewhere in the app since the register was last shown appear on return.
    void showEvent(QShowEvent *event) override;

private:
    QString selectedId() const;
    QString chosenId();   // the selected letter, or empty after saying that one must be chosen
    QString selectedNumber() const;
    void exportCsv();
    void savePdf();
    void printSelected();
    void withdraw(bool voidNumber);
    void writeVerifyPage();

    AppServices &m_services;
    Session m_session;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace loket::ui
