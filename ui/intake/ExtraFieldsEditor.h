// The extra fields a service may need beyond the purpose ("nama_usaha", "alamat_tujuan" …): a
// two-column table of name and value, with buttons to add and remove a row. Enter in an open cell
// only closes that cell; the intake page leaves it alone.
#pragma once

#include <QMap>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace loket::ui {

class ExtraFieldsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtraFieldsEditor)

public:
    explicit ExtraFieldsEditor(QWidget *parent = nullptr);

    // The named rows; a row without a name is left out.
    QMap<QString, QString> fields() const;
    // The first row with a value but no name (0-based), or -1.
    int firstUnnamedRow() const;
    // Puts the cursor in the name cell of row.
    void focusRow(int row);
    // The focus is inside an open cell of the table.
    bool isEditingCell(const QWidget *focus) const;
    void clear();

private:
    void addRow();
    void removeCurrentRow();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace loket::ui
