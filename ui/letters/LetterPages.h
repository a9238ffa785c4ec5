// The pages of a letter's PDF, one under the other in a scroll area: the preview of a draft, of a
// template being edited and of what a print will send. What is shown is the PDF itself, rendered,
// so the preview is identical to the print.
#pragma once

#include <QScrollArea>

class QVBoxLayout;

namespace loket::ui {

class LetterPages final : public QScrollArea
{
    Q_OBJECT

public:
    // pageName is the object name of each page's label (tests count them). Pages are drawn at dpi,
    // or smaller when the area is narrower than the page, so no page scrolls sideways.
    LetterPages(const QString &objectName, const QString &pageName, int dpi, QWidget *parent = nullptr);
    // Shows pdf's pages; throws Error::invalid when it cannot be read (the old pages are gone then).
    void setPdf(const QByteArray &pdf);
    // Shows a line of text instead of pages.
    void setMessage(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void clear();
    void draw();

    QString m_pageName;
    int m_dpi;
    QVBoxLayout *m_pages = nullptr;
    QByteArray m_pdf;
    int m_drawnWidth = 0;
};

} // namespace loket::ui
