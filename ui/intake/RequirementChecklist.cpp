#include "RequirementChecklist.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace loket::ui {

RequirementChecklist::RequirementChecklist(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requirementChecklist"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Pilih layanan dulu; persyaratannya tampil di sini."), this);
    m_empty->setObjectName(QStringLiteral("requirementEmptyLabel"));
    m_empty->setWordWrap(true);
    m_layout->addWidget(m_empty);
}

void RequirementChecklist::setRequirements(const QList<Requirement> &requirements)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        delete box;
    m_boxes.clear();
    m_requirements = requirements;
    for (const Requirement &r : requirements) {
        QString label = r.label;
        label.replace(u'&', QStringLiteral("&&"));   // an ampersand in a label is text, not a shortcut
        auto *box = new QCheckBox(r.mandatory ? tr("%1 (wajib)").arg(label) : tr("%1 (bila ada)").arg(label), this);
        box->setObjectName(QStringLiteral("requirement_") + r.key);
        box->setProperty("requirementKey", r.key);
        if (r.mandatory) {
            QFont bold = box->font();
            bold.setBold(true);
            box->setFont(bold);
        }
        connect(box, &QCheckBox::toggled, this, &RequirementChecklist::changed);
        m_layout->addWidget(box);
        box->show();   // at once (a layout shows new children only later), so it can take the focus
        m_boxes << box;
    }
    m_empty->setText(requirements.isEmpty() ? tr("Layanan ini tidak meminta berkas.") : QString());
    m_empty->setVisible(requirements.isEmpty());
    emit changed();
}

QStringList RequirementChecklist::receivedKeys() const
{
    QStringList out;
    for (int i = 0; i < m_boxes.size(); ++i)
        if (m_boxes.at(i)->isChecked())
            out << m_requirements.at(i).key;
    return out;
}

QList<Requirement> RequirementChecklist::missing() const
{
    QList<Requirement> out;
    for (int i = 0; i < m_boxes.size(); ++i)
        if (!m_boxes.at(i)->isChecked())
            out << m_requirements.at(i);
    return out;
}

QList<Requirement> RequirementChecklist::missingMandatory() const
{
    QList<Requirement> out;
    for (const Requirement &r : missing())
        if (r.mandatory)
            out << r;
    return out;
}

QCheckBox *RequirementChecklist::firstBox() const
{
    return m_boxes.isEmpty() ? nullptr : m_boxes.first();
}

QCheckBox *RequirementChecklist::box(const QString &key) const
{
    for (QCheckBox *b : m_boxes)
        if (b->property("requirementKey").toString() == key)
            return b;
    return nullptr;
}

} // namespace loket::ui
