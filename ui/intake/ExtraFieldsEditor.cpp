#include "ExtraFieldsEditor.h"

#include "IntakeWidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

ExtraFieldsEditor::ExtraFieldsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Isian lain yang diperlukan layanan (nama isian: huruf kecil, angka, garis bawah):"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("extraFieldsTable"));
    m_table->setHorizontalHeaderLabels({tr("Nama isian"), tr("Isi")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(110);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_add = intake::button(tr("Tambah isian"), QStringLiteral("addFieldButton"), this);
    m_remove = intake::button(tr("Hapus isian"), QStringLiteral("removeFieldButton"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ExtraFieldsEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ExtraFieldsEditor::removeCurrentRow);
}

void ExtraFieldsEditor::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
}

void ExtraFieldsEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

QMap<QString, QString> ExtraFieldsEditor::fields() const
{
    QMap<QString, QString> fields;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (!key.isEmpty())
            fields.insert(key, value ? value->text() : QString());
    }
    return fields;
}

int ExtraFieldsEditor::firstUnnamedRow() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if ((!name || name->text().trimmed().isEmpty()) && value && !value->text().isEmpty())
            return row;
    }
    return -1;
}

void ExtraFieldsEditor::focusRow(int row)
{
    m_table->setFocus();
    m_table->setCurrentCell(row, 0);
}

bool ExtraFieldsEditor::isEditingCell(const QWidget *focus) const
{
    return focus && focus != m_table && m_table->isAncestorOf(focus);
}

void ExtraFieldsEditor::clear()
{
    m_table->setRowCount(0);
}

} // namespace loket::ui
