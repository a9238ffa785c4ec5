// An inline message inside a form: recoverable problems are shown where the user is looking,
// not in a modal box (house style, habit 9).
#pragma once

#include <QLabel>
#include <functional>

namespace loket::ui {

class MessageBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    explicit MessageBanner(const QString &objectName, QWidget *parent = nullptr);

    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();

    // Runs a core call. A loket::Error (or any other exception) is shown here instead of
    // escaping into Qt's event loop, which would terminate the app. Returns true on success
    // and clears an earlier message.
    bool attempt(const std::function<void()> &call);
};

} // namespace loket::ui
