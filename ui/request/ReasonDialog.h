// A small dialog asking why (return, reject, cancel, send back) or how (settling a conflict):
// an empty or too long text is refused inline and the dialog stays open.
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace loket::ui {

class MessageBanner;

class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    static constexpr int kMaxLength = 2000;   // as core accepts

    ReasonDialog(const QString &title, const QString &prompt, const QString &acceptText, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);

    void accept() override;

private:
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_okButton = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace loket::ui
