// Keyboard helpers and the known resident shared by the intake and residents GUI tests.
#pragma once

#include "residents/Resident.h"

#include <QApplication>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

namespace loket::test {

inline const QString kNewNik = QStringLiteral("3302275505900003");   // a woman born 15-05-1990 in 33.02.27

inline QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

inline QString focusedName()
{
    QWidget *widget = QApplication::focusWidget();
    return widget ? widget->objectName() : QString();
}

inline void typeText(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

inline void press(Qt::Key key)
{
    QTest::keyClick(focused(), key);
}

inline void showActive(QWidget *widget)
{
    widget->resize(1200, 800);
    widget->show();
    REQUIRE(QTest::qWaitForWindowExposed(widget));
    widget->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(widget));
}

inline Resident knownResident()
{
    Resident r;
    r.nik = QStringLiteral("3302271204850002");   // a man born 12-04-1985
    r.kk = QStringLiteral("3302270101150007");
    r.fullName = QStringLiteral("Moh. Ali Nur'aini");
    r.birthPlace = QStringLiteral("Purwokerto");
    r.birthDate = QDate(1985, 4, 12);
    r.sex = QStringLiteral("M");
    r.religion = QStringLiteral("Islam");
    r.address = QStringLiteral("Jl. Gunung Slamet No. 5");
    r.rt = QStringLiteral("3");
    r.rw = QStringLiteral("5");
    r.villageCode = QStringLiteral("33.02.27.1005");
    r.phone = QStringLiteral("081234567890");
    return r;
}

} // namespace loket::test
