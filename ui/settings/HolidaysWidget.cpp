#include "HolidaysWidget.h"

#include "common/MessageBanner.h"
#include "print/IndonesianDate.h"
#include "setup/AppServices.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

HolidaysWidget::HolidaysWidget(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("holidaysWidget"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Hari libur nasional dan cuti bersama tidak dihitung sebagai hari kerja: "
                                "batas waktu layanan dihitung tanpa tanggal-tanggal ini."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *yearRow = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("holidayYearSpinBox"));
    m_year->setRange(2000, 2100);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_services.store().clock()()).date();
    m_year->setValue(today.year());
    yearRow->addWidget(new QLabel(tr("Tahun:"), this));
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    layout->addLayout(yearRow);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("holidayTable"));
    m_table->setHorizontalHeaderLabels({tr("Tanggal"), tr("Keterangan")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("holidayDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("holidayNameEdit"));
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("mis. Hari Raya Idul Fitri 1448 H"));
    form->addRow(tr("Tanggal:"), m_date);
    form->addRow(tr("Keterangan:"), m_name);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Tambah hari libur"), this);
    m_add->setObjectName(QStringLiteral("addHolidayButton"));
    m_remove = new QPushButton(tr("Hapus yang dipilih"), this);
    m_remove->setObjectName(QStringLiteral("removeHolidayButton"));
    m_remove->setEnabled(false);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_banner = new MessageBanner(QStringLiteral("holidayBanner"), this);
    layout->addWidget(m_banner);

    connect(m_year, &QSpinBox::valueChanged, this, &HolidaysWidget::reload);
    connect(m_add, &QPushButton::clicked, this, &HolidaysWidget::addHoliday);
    connect(m_name, &QLineEdit::returnPressed, this, &HolidaysWidget::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidaysWidget::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    reload();
}

void HolidaysWidget::reload()
{
    m_table->setRowCount(0);
    const QList<Holiday> holidays = m_services.holidays().list(m_year->value());
    for (const Holiday &h : holidays) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *date = new QTableWidgetItem(IndonesianDate::formatWithWeekday(h.date));
        date->setData(Qt::UserRole, h.id);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(h.name));
    }
    m_remove->setEnabled(false);
}

void HolidaysWidget::addHoliday()
{
    const QDate date = m_date->date();
    const QString name = m_name->text();
    if (m_banner->attempt([&] { m_services.holidays().add(m_session, date, name); })) {
        m_banner->showInfo(tr("Hari libur %1 ditambahkan.").arg(IndonesianDate::format(date)));
        emit statusMessage(tr("Hari libur %1 ditambahkan.").arg(IndonesianDate::format(date)));
        m_name->clear();
        if (m_year->value() != date.year())
            m_year->setValue(date.year());   // reloads
        else
            reload();
    }
}

void HolidaysWidget::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.constFirst()->row();
    const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString label = m_table->item(row, 0)->text();
    if (m_banner->attempt([&] { m_services.holidays().remove(m_session, id); })) {
        m_banner->showInfo(tr("Hari libur %1 dihapus.").arg(label));
        emit statusMessage(tr("Hari libur %1 dihapus.").arg(label));
        reload();
    }
}

} // namespace loket::ui
