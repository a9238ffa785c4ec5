#include "LetterPages.h"

#include "documents/PdfDocument.h"

#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <algorithm>

namespace loket::ui {

LetterPages::LetterPages(const QString &objectName, const QString &pageName, int dpi, QWidget *parent)
    : QScrollArea(parent)
    , m_pageName(pageName)
    , m_dpi(dpi)
{
    setObjectName(objectName);
    setWidgetResizable(true);
    // Always room for the vertical bar: pages fitted to the width would otherwise flip it on and off.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
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
    m_pdf = pdf;
    try {
        draw();
    } catch (...) {
        m_pdf.clear();
        clear();
        throw;
    }
}

void LetterPages::draw()
{
    clear();
    if (m_pdf.isEmpty())
        return;
    const PdfDocument doc(m_pdf, tr("pratinjau surat"));
    const QMargins margins = m_pages->contentsMargins();
    m_drawnWidth = viewport()->width();
    const int room = m_drawnWidth - margins.left() - margins.right() - 4;   // 4: the page's frame
    for (int i = 0; i < doc.pageCount(); ++i) {
        const double inches = doc.pageSizeMm(i).width() / 25.4;
        const double dpi = isVisible() && inches > 0 ? std::clamp(room / inches, 30.0, double(m_dpi)) : m_dpi;
        auto *page = new QLabel(widget());
        page->setObjectName(m_pageName);
        page->setPixmap(QPixmap::fromImage(doc.render(i, dpi)));
        page->setFrameShape(QFrame::Box);
        m_pages->addWidget(page);
    }
}

void LetterPages::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_pdf.isEmpty() || viewport()->width() == m_drawnWidth)
        return;
    try {
        draw();
    } catch (const std::exception &) {   // it was drawn before; nothing to tell here
        m_pdf.clear();
        clear();
    }
}

void LetterPages::setMessage(const QString &text)
{
    m_pdf.clear();
    clear();
    auto *label = new QLabel(text, widget());
    label->setWordWrap(true);
    m_pages->addWidget(label);
}

} // namespace loket::ui
