#include "CountersWidget.h"

#include "common/MessageBanner.h"
#include "setup/AppServices.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

CountersWidget::CountersWidget(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("countersWidget"));
    auto *layout = new QHBoxLayout(this);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("countersTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Kode"), tr("Nama"), tr("Aktif")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Short columns fit their content; the name takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 3);

    auto *right = new QVBoxLayout;
    m_error = new MessageBanner(QStringLiteral("counterErrorLabel"), this);
    right->addWidget(m_error);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("counterCodeLineEdit"));
    m_code->setPlaceholderText(tr("misalnya L3"));
    m_code->setMaxLength(4);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("counterNameLineEdit"));
    m_active = new QCheckBox(tr("Aktif"), this);
    m_active->setObjectName(QStringLiteral("counterActiveCheckBox"));
    form->addRow(tr("Kode loket"), m_code);
    form->addRow(tr("Nama loket"), m_name);
    form->addRow(QString(), m_active);
    right->addLayout(form);
    auto *hint = new QLabel(tr("Kode loket menjadi bagian setiap nomor pelacakan, sehingga tidak dapat diubah setelah disimpan."),
                            this);
    hint->setWordWrap(true);
    right->addWidget(hint);
    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("Loket baru"), this);
    newButton->setObjectName(QStringLiteral("newCounterButton"));
    auto *saveButton = new QPushButton(tr("Simpan loket"), this);
    saveButton->setObjectName(QStringLiteral("saveCounterButton"));
    buttons->addWidget(newButton);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    right->addLayout(buttons);
    right->addStretch(1);
    layout->addLayout(right, 2);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CountersWidget::showSelected);
    connect(newButton, &QPushButton::clicked, this, &CountersWidget::startNew);
    connect(saveButton, &QPushButton::clicked, this, &CountersWidget::save);
    reload(QString());
    startNew();
}

void CountersWidget::reload(const QString &selectId)
{
    m_counters = m_services.office().counters();
    const QSignalBlocker blocker(m_table); // the form keeps what it shows until the reselection
    m_table->setRowCount(int(m_counters.size()));
    int selectRow = -1;
    for (int row = 0; row < m_counters.size(); ++row) {
        const Counter &c = m_counters.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(c.code));
        m_table->setItem(row, 1, new QTableWidgetItem(c.name));
        m_table->setItem(row, 2, new QTableWidgetItem(c.active ? tr("Ya") : tr("Tidak")));
        if (c.id == selectId)
            selectRow = row;
    }
    m_table->clearSelection();
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
}

void CountersWidget::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const Counter &c = m_counters.at(selected.first()->row());
    m_editingId = c.id;
    m_code->setText(c.code);
    m_code->setReadOnly(true);
    m_name->setText(c.name);
    m_active->setChecked(c.active);
    m_error->clearMessage();
}

void CountersWidget::startNew()
{
    m_table->clearSelection();
    m_editingId.clear();
    m_code->clear();
    m_code->setReadOnly(false);
    m_name->clear();
    m_active->setChecked(true);
    m_error->clearMessage();
    m_code->setFocus();
}

void CountersWidget::save()
{
    Counter counter{m_editingId, m_code->text().trimmed().toUpper(), m_name->text(), m_active->isChecked()};
    QString id = m_editingId;
    const bool ok = m_error->attempt([&] {
        if (id.isEmpty())
            id = m_services.office().addCounter(m_session, counter);
        else
            m_services.office().updateCounter(m_session, counter);
    });
    if (!ok)
        return;
    reload(id);
    showSelected();
    emit statusMessage(tr("Loket %1 disimpan.").arg(counter.code));
    emit countersChanged();
}

} // namespace loket::ui
