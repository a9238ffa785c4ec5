// The requirement checklist of the request shown in the detail, with the documents attached to
// each: "Pindai / tambah berkas…" per requirement opens the scan dialog (which also takes files)
// while the request still accepts papers and the user may attach them; "Lihat dokumen" per
// document opens the viewer on it (every view is audited by core).
#pragma once

#include "auth/Session.h"
#include "intake/IntakeTypes.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace loket {
class AppServices;
}

namespace loket::ui {

class RequirementsPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsPanel)

public:
    // settingsFile: the per-PC loket.ini where the scan dialog remembers the scanner (may be empty).
    RequirementsPanel(AppServices &services, const Session &session, const QString &settingsFile, QWidget *parent = nullptr);

    void setRequest(const RequestDetails &details);
    // Why this user cannot add papers to the request shown now; empty when they can.
    QString attachRefusal() const;

    // What the buttons do: the scan dialog for one requirement, the viewer on one document.
    void scanInto(const QString &requirementKey);
    void viewDocument(const QString &documentId);

signals:
    // A scan or files were attached: the request's details are stale.
    void documentAttached(const QString &documentId);

private:
    void clearRowWidgets();
    QPushButton *rowButton(const QString &text, const QString &objectName, QTreeWidgetItem *item);
    void fitHeight();

    AppServices &m_services;
    Session m_session;
    QString m_settingsFile;
    RequestDetails m_details;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_refusalLabel = nullptr;
    QList<QPointer<QWidget>> m_rowWidgets;
};

} // namespace loket::ui
