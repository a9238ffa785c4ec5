#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace loket::ui {

PlaceholderPage::PlaceholderPage(const QString &objectName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    titleLabel->setFont(font);

    auto *textLabel = new QLabel(text, this);
    textLabel->setObjectName(QStringLiteral("pageTextLabel"));
    textLabel->setWordWrap(true);

    auto *notice = new QLabel(tr("Fitur ini hadir pada tahap pengembangan berikutnya."), this);
    notice->setObjectName(QStringLiteral("laterStageLabel"));
    notice->setStyleSheet(QStringLiteral("QLabel { color: #6b5900; background: #fff6d5; border: 1px solid #e8d48a; "
                                         "border-radius: 4px; padding: 8px; }"));
    notice->setWordWrap(true);

    layout->addWidget(titleLabel);
    layout->addWidget(textLabel);
    layout->addWidget(notice);
    layout->addStretch(1);
}

} // namespace loket::ui
