#include "RequirementsPanel.h"

#include "documents/DocumentService.h"
#include "documents/DocumentViewer.h"
#include "documents/ScanDialog.h"
#include "setup/AppServices.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

const QString kMissingColour = QStringLiteral("#8b0000");   // as the queue marks overdue rows

enum Column { NameColumn, StateColumn, ButtonColumn };

bool attachesPapers(const Session &session)
{
    // The roles core lets attach documents (DocumentService::addPages).
    return session.has(Role::Officer) || session.has(Role::Verifier) || session.has(Role::Admin);
}

} // namespace

RequirementsPanel::RequirementsPanel(AppServices &services, const Session &session, const QString &settingsFile, QWidget *parent)
    : QGroupBox(tr("Persyaratan dan dokumen"), parent)
    , m_services(services)
    , m_session(session)
    , m_settingsFile(settingsFile)
{
    setObjectName(QStringLiteral("requirementsBox"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("requirementsTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Persyaratan / dokumen"), tr("Keadaan"), QString()});
    m_tree->setRootIsDecorated(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ButtonColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree);
    m_refusalLabel = new QLabel(this);
    m_refusalLabel->setObjectName(QStringLiteral("papersClosedLabel"));
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setEnabled(false);
    m_refusalLabel->hide();
    layout->addWidget(m_refusalLabel);

    // A double click on a document opens it, as its button does.
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            viewDocument(item->data(NameColumn, Qt::UserRole).toString());
    });
}

QString RequirementsPanel::attachRefusal() const
{
    if (!attachesPapers(m_session))
        return tr("Berkas ditambahkan oleh petugas loket atau verifikator.");
    return DocumentService::papersRefusal(m_details.tracking, m_details.status);
}

void RequirementsPanel::clearRowWidgets()
{
    // The tree deletes its item widgets later: one of them may be the button being clicked. They
    // leave at once for anyone looking (a test, or a person), as the detail's other rows do.
    for (const QPointer<QWidget> &w : std::as_const(m_rowWidgets)) {
        if (w) {
            w->hide();
            w->setObjectName(QString());
        }
    }
    m_rowWidgets.clear();
}

QPushButton *RequirementsPanel::rowButton(const QString &text, const QString &objectName, QTreeWidgetItem *item)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_tree->setItemWidget(item, ButtonColumn, button);
    m_rowWidgets.append(button);
    return button;
}

void RequirementsPanel::setRequest(const RequestDetails &details)
{
    m_details = details;
    clearRowWidgets();
    m_tree->clear();
    const QString refusal = attachRefusal();
    // Someone whose work is not the papers (approver, signer) gets no buttons to explain.
    const bool offerScan = attachesPapers(m_session);
    for (const RequirementState &req : std::as_const(m_details.requirements)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, req.mandatory ? req.label : tr("%1 (tidak wajib)").arg(req.label));
        item->setToolTip(NameColumn, item->text(NameColumn));
        item->setData(NameColumn, Qt::UserRole, req.key);
        int attached = 0;
        for (const AttachedDocument &doc : std::as_const(m_details.documents)) {
            if (doc.requirementKey != req.key)
                continue;
            ++attached;
            auto *child = new QTreeWidgetItem(item);
            child->setText(NameColumn, doc.fileName.isEmpty() ? tr("(tanpa nama berkas)") : doc.fileName);
            child->setToolTip(NameColumn, child->text(NameColumn));
            child->setData(NameColumn, Qt::UserRole, doc.id);
            const QString source = doc.source == QStringLiteral("online") ? tr("daring")
                                   : doc.source == QStringLiteral("scan") ? tr("pindaian")
                                                                           : tr("berkas");
            child->setText(StateColumn, tr("%n halaman · %1", nullptr, doc.pageCount).arg(source));
            QPushButton *view = rowButton(tr("Lihat dokumen"), QStringLiteral("viewDocumentButton"), child);
            view->setProperty("documentId", doc.id);
            view->setToolTip(tr("Buka %1 di penampil dokumen").arg(child->text(NameColumn)));
            const QString id = doc.id;
            connect(view, &QPushButton::clicked, this, [this, id] { viewDocument(id); });
        }
        // Ticked as received at the counter, or at least a scan or file of it attached.
        item->setText(StateColumn, req.received ? tr("Diterima") : attached > 0 ? tr("Berkas terlampir") : tr("Belum ada"));
        if (!req.received && attached == 0 && req.mandatory) {
            item->setForeground(StateColumn, QColor(kMissingColour));
            QFont font = item->font(StateColumn);
            font.setBold(true);
            item->setFont(StateColumn, font);
        }
        if (offerScan) {
            QPushButton *scan = rowButton(tr("Pindai / tambah berkas…"), QStringLiteral("scanRequirementButton"), item);
            scan->setProperty("requirement", req.key);
            scan->setEnabled(refusal.isEmpty());
            // A disabled button still shows its tooltip: it says why.
            scan->setToolTip(refusal.isEmpty() ? tr("Pindai atau tambahkan berkas untuk \"%1\"").arg(req.label) : refusal);
            const QString key = req.key;
            connect(scan, &QPushButton::clicked, this, [this, key] { scanInto(key); });
        }
    }
    m_refusalLabel->setText(refusal);
    m_refusalLabel->setVisible(offerScan && !refusal.isEmpty());
    m_tree->expandAll();
    fitHeight();
}

void RequirementsPanel::fitHeight()
{
    // Every row shown without a scroll bar of its own (the detail scrolls); the rows with a
    // button are as tall as the button.
    int height = 0;
    int buttonHeight = 0;
    for (const QPointer<QWidget> &w : std::as_const(m_rowWidgets))
        if (w)
            buttonHeight = qMax(buttonHeight, w->sizeHint().height());
    const int textHeight = qMax(m_tree->sizeHintForRow(0), m_tree->fontMetrics().height() + 4);
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        height += m_tree->itemWidget(*it, ButtonColumn) ? qMax(textHeight, buttonHeight) : textHeight;
        ++rows;
    }
    if (rows == 0)
        height = textHeight;
    const int header = m_tree->isHeaderHidden() ? 0 : m_tree->header()->sizeHint().height();
    m_tree->setFixedHeight(header + height + 2 * m_tree->frameWidth() + 4);
}

void RequirementsPanel::scanInto(const QString &requirementKey)
{
    if (m_details.tracking.isEmpty() || !attachRefusal().isEmpty())
        return;
    QString label = requirementKey;
    for (const RequirementState &req : std::as_const(m_details.requirements))
        if (req.key == requirementKey)
            label = req.label;
    ScanDialog dialog(m_services, m_session, m_details.tracking, requirementKey, label, this);
    if (!m_settingsFile.isEmpty())
        dialog.setSettingsFile(m_settingsFile);
    if (dialog.exec() == QDialog::Accepted && !dialog.attachedDocument().id.isEmpty())
        emit documentAttached(dialog.attachedDocument().id);
}

void RequirementsPanel::viewDocument(const QString &documentId)
{
    if (m_details.tracking.isEmpty())
        return;
    DocumentViewerDialog dialog(m_services, m_session, m_details.tracking, this);
    if (!documentId.isEmpty())
        dialog.viewer()->showDocument(documentId);   // otherwise the viewer opens the first one
    dialog.exec();
}

} // namespace loket::ui
