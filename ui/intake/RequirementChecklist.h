// One check box per requirement of the chosen service: ticked when the officer has seen the paper.
// Mandatory requirements are marked; Space ticks, Tab moves to the next one.
#pragma once

#include "catalogue/ServiceType.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace loket::ui {

class RequirementChecklist final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementChecklist)

public:
    explicit RequirementChecklist(QWidget *parent = nullptr);

    // Rebuilds the boxes (object names "requirement_<key>"), all unticked.
    void setRequirements(const QList<Requirement> &requirements);
    const QList<Requirement> &requirements() const { return m_requirements; }
    QStringList receivedKeys() const;
    QList<Requirement> missingMandatory() const;
    QList<Requirement> missing() const;
    // The first box, for the focus; nullptr when the service asks for nothing.
    QCheckBox *firstBox() const;
    QCheckBox *box(const QString &key) const;

signals:
    void changed();

private:
    QList<Requirement> m_requirements;
    QList<QCheckBox *> m_boxes;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace loket::ui
