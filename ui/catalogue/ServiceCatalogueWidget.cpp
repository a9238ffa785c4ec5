#include "ServiceCatalogueWidget.h"

#include "catalogue/ServiceForm.h"
#include "catalogue/ServiceTableModel.h"
#include "common/MessageBanner.h"
#include "setup/AppServices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace loket::ui {

ServiceCatalogueWidget::ServiceCatalogueWidget(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("serviceCatalogueWidget"));
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filter = new QLineEdit(left);
    filter->setObjectName(QStringLiteral("serviceFilterLineEdit"));
    filter->setPlaceholderText(tr("Cari kode atau nama layanan…"));
    filter->setClearButtonEnabled(true);
    m_model = new ServiceTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServiceTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // code or name
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("serviceTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServiceTableModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // The name takes the room that is left; the full name is in its tooltip.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ServiceTableModel::NameColumn, QHeaderView::Stretch);
    auto *newButton = new QPushButton(tr("Layanan baru"), left);
    newButton->setObjectName(QStringLiteral("newServiceButton"));
    leftLayout->addWidget(filter);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(newButton, 0, Qt::AlignLeft);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_error = new MessageBanner(QStringLiteral("serviceErrorLabel"), right);
    auto *scroll = new QScrollArea(right);
    scroll->setWidgetResizable(true);
    // The form wraps its rows to the width it gets; only vertical scrolling makes sense.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new ServiceForm(scroll);
    scroll->setWidget(m_form);
    auto *buttons = new QHBoxLayout;
    auto *revertButton = new QPushButton(tr("Batalkan perubahan"), right);
    revertButton->setObjectName(QStringLiteral("revertServiceButton"));
    auto *saveButton = new QPushButton(tr("Simpan layanan"), right);
    saveButton->setObjectName(QStringLiteral("saveServiceButton"));
    buttons->addWidget(revertButton);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addLayout(buttons);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 500});

    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServiceCatalogueWidget::showSelected);
    connect(newButton, &QPushButton::clicked, this, &ServiceCatalogueWidget::startNew);
    connect(revertButton, &QPushButton::clicked, this, &ServiceCatalogueWidget::revert);
    connect(saveButton, &QPushButton::clicked, this, &ServiceCatalogueWidget::save);

    reload(QString());
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

void ServiceCatalogueWidget::reload(const QString &selectIdAfter)
{
    m_model->setServices(m_services.catalogue().list(true));
    selectId(selectIdAfter);
}

void ServiceCatalogueWidget::selectId(const QString &id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return; // filtered out; the form still shows it
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

bool ServiceCatalogueWidget::selectCode(const QString &code)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->service(row).code == code) {
            selectId(m_model->service(row).id);
            return true;
        }
    }
    return false;
}

void ServiceCatalogueWidget::showSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // A reset or a filter clears the selection; the form keeps what the user is editing.
    if (rows.isEmpty())
        return;
    const ServiceType &s = m_model->service(m_proxy->mapToSource(rows.first()).row());
    m_selectedId = s.id;
    m_form->setService(s);
    m_error->clearMessage();
}

void ServiceCatalogueWidget::startNew()
{
    m_view->clearSelection();
    m_selectedId.clear();
    m_form->startNew();
    m_error->clearMessage();
}

void ServiceCatalogueWidget::revert()
{
    m_error->clearMessage();
    const int row = m_model->rowOfId(m_selectedId);
    if (row >= 0)
        m_form->setService(m_model->service(row));
    else
        m_form->startNew();
}

void ServiceCatalogueWidget::save()
{
    const ServiceType service = m_form->service();
    QString id = service.id;
    const bool ok = m_error->attempt([&] {
        if (id.isEmpty())
            id = m_services.catalogue().create(m_session, service);
        else
            m_services.catalogue().update(m_session, service);
    });
    if (!ok)
        return;
    m_selectedId = id;
    reload(id);
    // Show what was stored (trimmed, keys derived), also if the filter hides the row.
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_form->setService(m_model->service(row));
    emit statusMessage(tr("Layanan %1 disimpan.").arg(service.code));
}

} // namespace loket::ui
