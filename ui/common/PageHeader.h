// The title an area page starts with ("Antrian", "Penduduk", …): one look for every page, and one
// object name ("pageTitleLabel") for tests and screenshots to find it by.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace loket::ui {

// A title label for a page: bold, half as large again as the page's font.
QLabel *createPageTitle(const QString &text, QWidget *parent);

} // namespace loket::ui
