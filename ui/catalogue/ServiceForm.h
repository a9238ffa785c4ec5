// The edit form of one service: its identity, the six public components of the service standard
// (requirements, procedure, time limit, fee, product, complaint channel), legal basis and the
// archive classification code. It only converts between the widgets and a ServiceType; saving
// is the catalogue widget's job.
#pragma once

#include "catalogue/ServiceType.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace loket::ui {

class ServiceForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceForm)

public:
    explicit ServiceForm(QWidget *parent = nullptr);

    void setService(const ServiceType &service);
    // What the form shows, with the id of the service it was filled from (empty for a new one).
    ServiceType service() const;
    void startNew();

private:
    void addRequirement();
    void removeRequirements();
    void appendRequirementRow(const Requirement &requirement);

    QString m_id;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QTableWidget *m_requirements = nullptr;
    QPlainTextEdit *m_procedure = nullptr;
    QSpinBox *m_timeLimit = nullptr;
    QLineEdit *m_fee = nullptr;
    QLineEdit *m_product = nullptr;
    QPlainTextEdit *m_complaintChannel = nullptr;
    QPlainTextEdit *m_legalBasis = nullptr;
    QLineEdit *m_classificationCode = nullptr;
    QCheckBox *m_active = nullptr;
};

} // namespace loket::ui
