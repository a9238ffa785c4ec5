#include "LetterPages.h"

#include "documents/PdfDocument.h"

#include <QLabel>
#include <QVBoxLayout>

namespace loket::ui {

LetterPages::LetterPages(const QString &objectName, const QString &pageName, int dpi, QWidget *parent)
    : QScrollArea(parent)
    , m_pageName(pageName)
    , m_dpi(dpi)
{
    setObjectName(objectName);
    setWidgetResizable(true);
    auto *pages = new QWidget(this);
    m_pages = new QVBoxLayout(pages);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWidget(pages);
}

void LetterPages::clear()
{
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void LetterPages::setPdf(const QByteArray &pdf)
{
    clear();
    const PdfDocument doc(pdf, tr("pratinjau surat"));
    for (int i = 0; i < doc.pageCount(); ++i) {
        auto *page = new QLabel(widget());
        page->setObjectName(m_pageName);
        page->setPixmap(QPixmap::fromImage(doc.render(i, m_dpi)));
        page->setFrameShape(QFrame::Box);
        m_pages->addWidget(page);
    }
}

void LetterPages::setMessage(const QString &text)
{
    clear();
    auto *label = new QLabel(text, widget());
    label->setWordWrap(true);
    m_pages->addWidget(label);
}

} // namespace loket::ui
