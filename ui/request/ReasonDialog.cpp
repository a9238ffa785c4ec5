#include "ReasonDialog.h"

#include "common/MessageBanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QString &acceptText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    setModal(true);
    auto *layout = new QVBoxLayout(this);

    auto *label = new QLabel(prompt, this);
    label->setObjectName(QStringLiteral("reasonPromptLabel"));
    label->setWordWrap(true);
    layout->addWidget(label);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("reasonTextEdit"));
    m_edit->setTabChangesFocus(true);
    label->setBuddy(m_edit);
    layout->addWidget(m_edit, 1);

    m_banner = new MessageBanner(QStringLiteral("reasonErrorBanner"), this);
    layout->addWidget(m_banner);

    auto *buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("reasonOkButton"));
    m_okButton->setDefault(false);   // Enter starts a new line in the text
    QPushButton *cancel = buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("reasonCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    layout->addWidget(buttons);

    resize(460, 240);
    m_edit->setFocus();
}

QString ReasonDialog::text() const
{
    return m_edit->toPlainText().trimmed();
}

void ReasonDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void ReasonDialog::accept()
{
    const QString typed = text();
    if (typed.isEmpty()) {
        m_banner->showError(tr("Isian ini wajib diisi."));
        m_edit->setFocus();
        return;
    }
    if (typed.size() > kMaxLength) {
        m_banner->showError(tr("Terlalu panjang: %1 karakter, paling banyak %2.").arg(typed.size()).arg(kMaxLength));
        m_edit->setFocus();
        return;
    }
    m_banner->clearMessage();
    QDialog::accept();
}

} // namespace loket::ui
