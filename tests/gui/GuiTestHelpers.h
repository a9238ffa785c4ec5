// Small helpers for driving real widgets: find a child by object name (failing the test if it is
// missing), click it, pick a row, open an area or a settings tab.
#pragma once

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace loket::test {

template <typename T>
T *child(const QObject *parent, const QString &objectName)
{
    T *found = parent->findChild<T *>(objectName);
    INFO("looking for " << objectName.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

inline QString settingsFileOf(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("loket.ini"));
}

inline void click(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton);
}

// Clicks a check box on its indicator: in a form the box is stretched wide and its centre is
// empty space that does not toggle it.
inline void toggle(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

// Clicks the navigation entry of an area, as a user would.
inline void clickArea(QWidget *window, int area)
{
    auto *navigation = child<QListWidget>(window, QStringLiteral("navigationList"));
    QListWidgetItem *item = navigation->item(area);
    REQUIRE(item != nullptr);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
}

// Clicks the settings tab that holds the widget with this object name; returns false if absent.
inline bool clickSettingsTab(QWidget *window, const QString &widgetName)
{
    auto *tabs = child<QTabWidget>(window, QStringLiteral("settingsTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == widgetName) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
            return tabs->currentIndex() == i;
        }
    }
    return false;
}

// Clicks the row of a view whose first column shows this text.
inline bool clickRow(QAbstractItemView *view, const QString &firstColumnText)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (model->data(index).toString() == firstColumnText) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
            return true;
        }
    }
    return false;
}

// Replaces a line edit's text by typing, as a user would.
template <typename Edit>
void retype(Edit *edit, const QString &text)
{
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Clicks a row of a list widget, as a user would, and checks that it became the current one.
inline void clickListRow(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    REQUIRE(item != nullptr);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    REQUIRE(list->currentRow() == row);
}

// A grey A4 letter at 100 dpi: white paper with a few lines of text.
inline QImage letterPage()
{
    QImage page(827, 1169, QImage::Format_Grayscale8);
    page.fill(Qt::white);
    QPainter p(&page);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(18);
    p.setFont(f);
    p.drawText(QRect(100, 100, 627, 900), Qt::TextWordWrap,
               QStringLiteral("Surat pengantar RT 003 RW 005. Yang bertanda tangan di bawah ini menerangkan bahwa "
                              "Siti Nur'aini benar warga kami dan bertempat tinggal di Jl. Gunung Slamet No. 5."));
    p.end();
    page.setDotsPerMeterX(3937);
    page.setDotsPerMeterY(3937);
    return page;
}

} // namespace loket::test
