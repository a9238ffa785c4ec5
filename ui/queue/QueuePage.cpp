#include "QueuePage.h"

#include "QueueTableModel.h"
#include "common/Error.h"
#include "common/MessageBanner.h"
#include "common/PageHeader.h"
#include "print/ReceiptDocument.h"
#include "request/RequestDetailWidget.h"
#include "setup/AppServices.h"
#include "storage/ChangeNotifier.h"
#include "workflow/RequestStateMachine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

QueuePage::QueuePage(AppServices &services, const Session &session, const QString &settingsFile, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("queuePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);

    layout->addWidget(createPageTitle(tr("Antrian"), this));

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
    splitter->setObjectName(QStringLiteral("queueSplitter"));
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new QueueTableModel([this](const QueueFilter &filter) { return m_services.workflow().queue(m_session, filter); }, this);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("queueTableView"));
    m_view->setModel(m_model);
    // The model sorts in the database, over the whole queue; this only picks the first order.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QueueTableModel::DueColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A tracking number is read whole (L1-261130-0042-K): its column never cuts it.
    m_view->setColumnWidth(0, m_view->fontMetrics().horizontalAdvance(QStringLiteral("L1-261130-0000-W")) + 24);
    m_countLabel = new QLabel(left);
    m_countLabel->setObjectName(QStringLiteral("queueCountLabel"));
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_countLabel);
    m_detail = new RequestDetailWidget(m_services, m_session, m_banner, settingsFile, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_model, &QueueTableModel::loadFailed, m_banner, &MessageBanner::showError);
    connect(m_model, &QueueTableModel::modelReset, this, &QueuePage::updateCount);
    connect(m_model, &QueueTableModel::rowsInserted, this, &QueuePage::updateCount);
    connect(m_detail, &RequestDetailWidget::requestChanged, this, &QueuePage::refreshRow);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &QueuePage::reload);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, &QueuePage::reload);
    connect(m_serviceCombo, &QComboBox::currentIndexChanged, this, &QueuePage::reload);
    connect(m_overdueCheck, &QCheckBox::toggled, this, &QueuePage::reload);
    connect(m_mineCheck, &QCheckBox::toggled, this, &QueuePage::reload);
    connect(m_refreshButton, &QPushButton::clicked, this, &QueuePage::reload);
    connect(m_trackingEdit, &QLineEdit::returnPressed, this, &QueuePage::openTypedTracking);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePage::showSelectedRow);

    // Changes made anywhere (this window, another process on the database) show up by themselves;
    // a burst of commits is read once.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(debounce, &QTimer::timeout, this, &QueuePage::followChanges);
    connect(&m_services.store().notifier(), &ChangeNotifier::changed, this, [debounce](const QStringList &tables) {
        if (concerns(tables, {"request", "request_event", "resident", "document", "letter", "service_type", "app_user"}))
            debounce->start();
    });

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
    m_banner->attempt([&] {
        const int total = m_services.workflow().queueCount(m_session, filter);
        m_model->setFilter(filter);
        m_total = total;
    });
    updateCount();
}

void QueuePage::updateCount()
{
    const int loaded = m_model->rowCount();
    if (m_model->allLoaded())
        m_countLabel->setText(tr("%Ln permohonan", nullptr, loaded));
    else
        m_countLabel->setText(tr("%1 dari %2 permohonan dimuat; gulir ke bawah untuk memuat berikutnya.")
                                  .arg(QLocale().toString(loaded), QLocale().toString(qMax(m_total, loaded))));
}

bool QueuePage::openRequest(const QString &tracking)
{
    const bool shown = m_detail->showRequest(tracking);
    if (shown)
        selectRow(m_detail->details().tracking);
    return shown;
}

void QueuePage::selectRow(const QString &tracking)
{
    const QSignalBlocker quiet(m_view->selectionModel());   // the request is shown already
    const int row = m_model->rowOf(tracking);
    if (row < 0) {
        m_view->selectionModel()->clearSelection();
    } else {
        m_view->selectionModel()->select(m_model->index(row, 0),
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    m_view->viewport()->update();
}

void QueuePage::followChanges()
{
    const QString shown = m_detail->hasRequest() ? m_detail->details().tracking : QString();
    const int scrolled = m_view->verticalScrollBar()->value();
    try {
        m_total = m_services.workflow().queueCount(m_session, m_model->filter());
        m_model->refresh();
    } catch (const Error &e) {
        m_banner->showError(e.message());
        return;
    }
    selectRow(shown);
    m_view->verticalScrollBar()->setValue(scrolled);
    updateCount();
    m_detail->followChange();
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
    openRequest(m_model->item(rows.first().row()).tracking);
}

void QueuePage::refreshRow(const QString &tracking)
{
    // Not through the banner's attempt(): that would clear the message about the change.
    try {
        if (const std::optional<QueueItem> item = m_services.workflow().queueItem(m_session, tracking))
            m_model->updateItem(*item);
    } catch (const Error &e) {
        m_banner->showError(e.message());
    }
}

} // namespace loket::ui
