// Small building blocks shared by the intake screen's parts, so they look and behave alike.
#pragma once

#include <QFont>
#include <QLabel>
#include <QPushButton>

namespace loket::ui::intake {

inline QLabel *heading(const QString &text, QWidget *parent, double scale = 1.15)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

inline QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    // Enter on a focused button presses it (outside dialogs Qt does not do that by itself).
    b->setAutoDefault(true);
    return b;
}

inline constexpr const char *kWarningStyle = "QLabel { color: #6b5900; background: #fff6d5; border: 1px solid #e8d48a; "
                                             "border-radius: 3px; padding: 4px; }";

} // namespace loket::ui::intake
