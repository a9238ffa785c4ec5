#include "QueuePage.h"

#include "QueueTableModel.h"
#include "common/MessageBanner.h"
#include "print/IndonesianDate.h"
#include "print/PageRenderer.h"
#include "print/ReceiptDocument.h"
#include "setup/AppServices.h"
#include "workflow/RequestStateMachine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QString eventTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? IndonesianDate::formatDateTime(at.toLocalTime()) : iso;
}

} // namespace

QueuePage::QueuePage(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("queuePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);

    auto *title = new QLabel(tr("Antrian"), this);
    title->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    buildFilters();
    auto *filters = new QHBoxLayout;
    auto addLabelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addLabelled(tr("&Status:"), m_statusCombo);
    addLabelled(tr("S&aluran:"), m_channelCombo);
    addLabelled(tr("&Layanan:"), m_serviceCombo);
    filters->addWidget(m_overdueCheck);
    filters->addWidget(m_mineCheck);
    filters->addStretch(1);
    filters->addWidget(m_refreshButton);
    layout->addLayout(filters);

    m_trackingEdit = new QLineEdit(this);
    m_trackingEdit->setObjectName(QStringLiteral("trackingLineEdit"));
    m_trackingEdit->setPlaceholderText(tr("Ketik nomor pelacakan lalu Enter"));
    m_trackingEdit->setClearButtonEnabled(true);
    layout->addWidget(m_trackingEdit);

    m_banner = new MessageBanner(QStringLiteral("queueErrorBanner"), this);
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new QueueTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QueueTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("queueTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QueueTableModel::DueColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("requestDetailsText"));
    m_details->setReadOnly(true);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Pilih permohonan di tabel atau ketik nomor pelacakannya untuk melihat rinciannya."));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &QueuePage::reload);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, &QueuePage::reload);
    connect(m_serviceCombo, &QComboBox::currentIndexChanged, this, &QueuePage::reload);
    connect(m_overdueCheck, &QCheckBox::toggled, this, &QueuePage::reload);
    connect(m_mineCheck, &QCheckBox::toggled, this, &QueuePage::reload);
    connect(m_refreshButton, &QPushButton::clicked, this, &QueuePage::reload);
    connect(m_trackingEdit, &QLineEdit::returnPressed, this, &QueuePage::openTypedTracking);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePage::showSelectedRow);

    reload();
}

void QueuePage::buildFilters()
{
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->addItem(tr("Semua"), QString());
    for (const QString &status : RequestStateMachine::statuses())
        m_statusCombo->addItem(ReceiptDocument::statusLabel(status), status);

    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(QStringLiteral("channelComboBox"));
    m_channelCombo->addItem(tr("Semua"), QString());
    m_channelCombo->addItem(tr("Langsung di loket"), QStringLiteral("walk_in"));
    m_channelCombo->addItem(tr("Dibantu petugas"), QStringLiteral("assisted"));
    m_channelCombo->addItem(tr("Daring"), QStringLiteral("online"));

    m_serviceCombo = new QComboBox(this);
    m_serviceCombo->setObjectName(QStringLiteral("serviceComboBox"));
    m_serviceCombo->addItem(tr("Semua"), QString());
    for (const ServiceType &service : m_services.catalogue().list()) {
        m_serviceCombo->addItem(service.code, service.code);
        m_serviceCombo->setItemData(m_serviceCombo->count() - 1, service.name, Qt::ToolTipRole);
    }

    m_overdueCheck = new QCheckBox(tr("Hanya yang terlambat"), this);
    m_overdueCheck->setObjectName(QStringLiteral("overdueCheckBox"));
    m_mineCheck = new QCheckBox(tr("Hanya tugas saya"), this);
    m_mineCheck->setObjectName(QStringLiteral("mineCheckBox"));

    m_refreshButton = new QPushButton(tr("&Muat ulang"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
}

void QueuePage::reload()
{
    QueueFilter filter;
    filter.status = m_statusCombo->currentData().toString();
    filter.channel = m_channelCombo->currentData().toString();
    filter.serviceCode = m_serviceCombo->currentData().toString();
    filter.overdueOnly = m_overdueCheck->isChecked();
    filter.assignedTo = m_mineCheck->isChecked() ? m_session.userId : QString();
    filter.limit = kLoadLimit;
    QList<QueueItem> items;
    if (m_banner->attempt([&] { items = m_services.workflow().queue(m_session, filter); }))
        m_model->refresh(items);
}

bool QueuePage::openRequest(const QString &tracking)
{
    RequestDetails details;
    if (!m_banner->attempt([&] { details = m_services.intake().find(m_session, tracking); }))
        return false;
    showDetails(details);
    return true;
}

void QueuePage::openTypedTracking()
{
    const QString typed = m_trackingEdit->text().trimmed();
    if (typed.isEmpty())
        return;
    openRequest(typed);
}

void QueuePage::showSelectedRow()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    openRequest(m_model->item(source.row()).tracking);
}

void QueuePage::showDetails(const RequestDetails &r)
{
    const auto e = &PageRenderer::esc;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    QString received;
    QString missing;
    for (const RequirementState &req : r.requirements) {
        const QString item = QStringLiteral("<li>%1</li>").arg(e(req.label));
        if (req.received)
            received += item;
        else
            missing += item;
    }

    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(e(r.tracking));
    html += row(tr("Status"), e(ReceiptDocument::statusLabel(r.status)));
    html += row(tr("Layanan"), e(r.service.name.isEmpty() ? r.service.code : tr("%1 (%2)").arg(r.service.name, r.service.code)));
    html += row(tr("Pemohon"), e(r.resident.fullName));
    html += row(tr("Saluran"), e(ReceiptDocument::channelLabel(r.channel)));
    html += row(tr("Target selesai"), e(r.dueDate.isValid() ? IndonesianDate::formatWithWeekday(r.dueDate) : QStringLiteral("—")));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Berkas yang diterima:"), received.isEmpty() ? QStringLiteral("<li>—</li>") : received);
    html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Berkas yang belum diserahkan:"), missing.isEmpty() ? QStringLiteral("<li>—</li>") : missing);

    QString timeline;
    for (const RequestEvent &event : r.events) {
        QString line = tr("%1 — %2, %3").arg(e(eventTime(event.at)), e(event.type), e(event.actorName));
        if (!event.note.isEmpty())
            line += QStringLiteral("<br/><i>%1</i>").arg(e(event.note));
        timeline += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Riwayat:"), timeline.isEmpty() ? QStringLiteral("<li>—</li>") : timeline);
    m_details->setHtml(html);
}

} // namespace loket::ui
