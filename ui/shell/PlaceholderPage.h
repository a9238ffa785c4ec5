// An area of the main window whose feature arrives in a later stage: it says so plainly rather
// than showing controls that do nothing.
#pragma once

#include <QWidget>

namespace loket::ui {

class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &objectName, const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace loket::ui
