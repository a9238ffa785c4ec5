#include "MessageBanner.h"

#include "common/Error.h"

namespace loket::ui {

MessageBanner::MessageBanner(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Core messages name the faulty value; let the user copy it into a report.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
    hide();
}

void MessageBanner::showError(const QString &text)
{
    setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #8a1c14; border: 1px solid #e8a29c; "
                                 "border-radius: 4px; }"));
    setText(text);
    show();
}

void MessageBanner::showInfo(const QString &text)
{
    setStyleSheet(QStringLiteral("QLabel { background: #e3f1e4; color: #1f5d27; border: 1px solid #9fcca4; "
                                 "border-radius: 4px; }"));
    setText(text);
    show();
}

void MessageBanner::clearMessage()
{
    clear();
    hide();
}

bool MessageBanner::attempt(const std::function<void()> &call)
{
    try {
        call();
        clearMessage();
        return true;
    } catch (const Error &e) {
        showError(e.message());
    } catch (const std::exception &e) {
        qWarning("unexpected exception in a UI action: %s", e.what());
        showError(tr("Terjadi kesalahan tak terduga: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return false;
}

} // namespace loket::ui
