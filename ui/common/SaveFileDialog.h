// Asks where to save a file: the same Qt dialog on every desktop (and one a test can drive, by its
// object name), opening in the user's Documents folder with a suggested name.
#pragma once

#include <QString>

class QWidget;

namespace loket::ui {

// Returns the chosen path, or an empty string when the user cancels. suffix is added when the
// typed name has none (e.g. "pdf").
QString askSavePath(QWidget *parent, const QString &objectName, const QString &title, const QString &filter,
                    const QString &suffix, const QString &suggestedName);

// Returns the chosen folder (which may be made new in the dialog), or an empty string on cancel.
QString askFolder(QWidget *parent, const QString &objectName, const QString &title);

} // namespace loket::ui
