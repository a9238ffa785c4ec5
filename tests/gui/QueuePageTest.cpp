// GUI tests of the queue area: the requests of the office in a sortable table loaded a page at a
// time, the filters, and a request opened by its tracking number as typed (or refused inline when
// mistyped). The request detail itself is tested in RequestDetailTest.cpp.
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "common/LanguageSwitcher.h"
#include "common/MessageBanner.h"
#include "intake/IntakeTypes.h"
#include "print/ReceiptDocument.h"
#include "queue/QueuePage.h"
#include "queue/QueueTableModel.h"
#include "shell/MainWindow.h"
#include "storage/Sql.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTableView>

using namespace loket;
using namespace loket::test;
using loket::ui::MainWindow;

namespace {

QString submitLegalisasi(AppServices &services, const Session &officer, const QString &channel)
{
    NewRequest req;
    req.nik = test::sampleResident().nik;
    req.serviceCode = QStringLiteral("LEGALISASI");
    req.channel = channel;
    req.incomplete = true;
    req.resident = test::sampleResident();
    return services.intake().submit(officer, req).tracking;
}

QStringList shownTrackings(QTableView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, 0).data().toString();
    return out;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString withWrongCheckCharacter(const QString &tracking)
{
    const QChar wrong = tracking.back() == u'A' ? u'B' : u'A';
    return tracking.chopped(1) + wrong;
}

} // namespace

TEST_CASE("queue page: lists requests, filters them and opens one by its tracking number")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString walkIn = submitLegalisasi(services, officer, QStringLiteral("walk_in"));
    const QString assisted = submitLegalisasi(services, officer, QStringLiteral("assisted"));
    REQUIRE(walkIn != assisted);

    ui::LanguageSwitcher languages(settingsFileOf(db.dir()));
    MainWindow window(services, officer, &languages);
    window.resize(1200, 750);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    clickArea(&window, MainWindow::Queue);
    auto *page = child<QWidget>(&window, QStringLiteral("queuePage"));
    REQUIRE(qobject_cast<ui::QueuePage *>(page) != nullptr);
    CHECK(page->isVisible());

    auto *view = child<QTableView>(page, QStringLiteral("queueTableView"));
    CHECK(view->isSortingEnabled());
    CHECK(view->model()->columnCount() == 8);
    CHECK(view->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Nomor pelacakan"));
    CHECK(view->model()->headerData(6, Qt::Horizontal).toString() == QStringLiteral("Target selesai"));
    REQUIRE(view->model()->rowCount() == 2);
    QStringList both = shownTrackings(view);
    both.sort();
    QStringList expected{walkIn, assisted};
    expected.sort();
    CHECK(both == expected);

    SECTION("the channel filter narrows the list to the assisted request")
    {
        auto *channel = child<QComboBox>(page, QStringLiteral("channelComboBox"));
        CHECK(channel->itemText(0) == QStringLiteral("Semua"));
        selectData(channel, QStringLiteral("assisted"));
        CHECK(channel->currentText() == QStringLiteral("Dibantu petugas"));
        CHECK(shownTrackings(view) == QStringList{assisted});
        selectData(channel, QString());
        CHECK(view->model()->rowCount() == 2);
    }

    SECTION("a tracking number typed in lower case opens the request, a mistyped one is refused inline")
    {
        auto *tracking = child<QLineEdit>(page, QStringLiteral("trackingLineEdit"));
        auto *shownTracking = child<QLabel>(page, QStringLiteral("detailTrackingLabel"));
        auto *banner = child<QLabel>(page, QStringLiteral("queueErrorBanner"));
        CHECK(tracking->placeholderText() == QStringLiteral("Ketik nomor pelacakan lalu Enter"));

        retype(tracking, walkIn.toLower());
        QTest::keyClick(tracking, Qt::Key_Return);
        CHECK_FALSE(banner->isVisible());
        CHECK(shownTracking->isVisible());
        CHECK(shownTracking->text() == walkIn);
        CHECK(child<QLabel>(page, QStringLiteral("detailResidentNameLabel"))->text() == QStringLiteral("Siti Nur'aini"));
        // The status as a person reads it, not the stored code.
        const QString status = services.intake().find(officer, walkIn).status;
        CHECK(child<QLabel>(page, QStringLiteral("detailStatusLabel"))->text() == ReceiptDocument::statusLabel(status));
        // The timeline names who acted.
        bool named = false;
        for (QLabel *entry : page->findChildren<QLabel *>(QStringLiteral("timelineEntryLabel")))
            named |= entry->text().contains(officer.fullName);
        CHECK(named);

        retype(tracking, withWrongCheckCharacter(walkIn));
        QTest::keyClick(tracking, Qt::Key_Return);
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("salah ketik")));
        // The last good request stays on screen.
        CHECK(shownTracking->text() == walkIn);

        // Picking a row shows that request instead, and clears the old error.
        REQUIRE(clickRow(view, assisted));
        CHECK(shownTracking->text() == assisted);
        CHECK_FALSE(banner->isVisible());
    }

    SECTION("an overdue request is marked and the overdue filter shows only it")
    {
        sql::exec(services.store().db(), QStringLiteral("UPDATE request SET due_date = '2020-01-01' WHERE tracking = ?"), {walkIn});
        click(child<QPushButton>(page, QStringLiteral("refreshButton")));
        REQUIRE(view->model()->rowCount() == 2);

        auto *overdue = child<QCheckBox>(page, QStringLiteral("overdueCheckBox"));
        CHECK(overdue->text() == QStringLiteral("Hanya yang terlambat"));
        toggle(overdue);
        REQUIRE(overdue->isChecked());
        REQUIRE(shownTrackings(view) == QStringList{walkIn});
        const QModelIndex due = view->model()->index(0, 6);
        CHECK(due.data().toString().contains(QStringLiteral("Terlambat")));
        CHECK(due.data(Qt::FontRole).value<QFont>().bold());
        CHECK(due.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0x8b, 0x00, 0x00));

        toggle(overdue);
        CHECK(view->model()->rowCount() == 2);
    }
}

TEST_CASE("queue page: only my tasks shows nothing until a request is assigned to me")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    submitLegalisasi(services, officer, QStringLiteral("walk_in"));

    ui::QueuePage page(services, officer);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *view = child<QTableView>(&page, QStringLiteral("queueTableView"));
    CHECK(view->model()->rowCount() == 1);
    auto *mine = child<QCheckBox>(&page, QStringLiteral("mineCheckBox"));
    toggle(mine);
    REQUIRE(mine->isChecked());
    CHECK(view->model()->rowCount() == 0);
}

TEST_CASE("queue page: a thousand requests load a page at a time and sort in the database")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString first = submitLegalisasi(services, officer, QStringLiteral("walk_in"));
    // 1,000 more rows like it, written directly (as the benchmarks do): X-0001 … X-1000, each due
    // a day later than the one before, so X-1000 comes last in the default order.
    sql::exec(services.store().db(), QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
        "INSERT INTO request (id, tracking, channel, resident_id, service_id, service_code, requirements, form_fields, incomplete, "
        "status, submitted_at, submitted_date, due_date, hlc) "
        "SELECT printf('bulk-%04d', i), printf('X-%04d', i), r.channel, r.resident_id, r.service_id, r.service_code, r.requirements, "
        "r.form_fields, r.incomplete, CASE i % 3 WHEN 0 THEN 'verified' WHEN 1 THEN 'submitted' ELSE 'in_process' END, "
        "r.submitted_at, r.submitted_date, date(r.due_date, '+' || i || ' days'), r.hlc "
        "FROM n, request r WHERE r.tracking = ?"), {first});
    const int total = 1001;

    ui::QueuePage page(services, officer);
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *view = child<QTableView>(&page, QStringLiteral("queueTableView"));
    QAbstractItemModel *model = view->model();
    auto *count = child<QLabel>(&page, QStringLiteral("queueCountLabel"));
    CHECK(model->rowCount() == ui::QueueTableModel::kPageSize);
    CHECK(model->canFetchMore({}));
    CHECK(count->text().contains(QLocale().toString(total)));
    CHECK(model->index(0, 0).data().toString() == first);
    CHECK_FALSE(shownTrackings(view).contains(QStringLiteral("X-1000")));

    // Scrolling to the end of the table brings the next page.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2 * ui::QueueTableModel::kPageSize, 5000);

    // …and so on until the whole queue is there, each request once.
    for (int i = 0; i < 20 && model->canFetchMore({}); ++i)
        model->fetchMore({});
    CHECK_FALSE(model->canFetchMore({}));
    const QStringList all = shownTrackings(view);
    CHECK(all.size() == total);
    CHECK(QSet<QString>(all.cbegin(), all.cend()).size() == total);
    CHECK(all.last() == QStringLiteral("X-1000"));
    CHECK(count->text() == QStringLiteral("%1 permohonan").arg(QLocale().toString(total)));

    // A click on a header sorts the whole queue in the database, not only the rows loaded.
    QHeaderView *header = view->horizontalHeader();
    const QPoint tracking(header->sectionViewportPosition(ui::QueueTableModel::TrackingColumn) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, tracking);
    REQUIRE(header->sortIndicatorSection() == ui::QueueTableModel::TrackingColumn);
    if (header->sortIndicatorOrder() == Qt::AscendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, tracking);
    REQUIRE(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(model->rowCount() == ui::QueueTableModel::kPageSize);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("X-1000"));
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("X-0999"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, tracking);
    REQUIRE(header->sortIndicatorOrder() == Qt::AscendingOrder);
    CHECK(model->index(0, 0).data().toString() == first);   // "L1-…" before "X-…"
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("X-0001"));

    // Every order pages through the whole queue in both directions, each request exactly once.
    for (const QueueOrder order : {QueueOrder::Due, QueueOrder::Tracking, QueueOrder::Status, QueueOrder::Channel,
                                   QueueOrder::Service, QueueOrder::Resident, QueueOrder::Submitted, QueueOrder::Assigned}) {
        for (const bool descending : {false, true}) {
            INFO("order " << int(order) << (descending ? " descending" : " ascending"));
            QueueFilter f;
            f.order = order;
            f.descending = descending;
            f.limit = 97;
            QSet<QString> seen;
            int rows = 0;
            for (int pages = 0; pages < 50; ++pages) {
                const QList<QueueItem> items = services.workflow().queue(officer, f);
                rows += int(items.size());
                for (const QueueItem &item : items)
                    seen.insert(item.id);
                if (items.size() < f.limit)
                    break;
                f.after = items.last().position;
            }
            CHECK(rows == total);
            CHECK(seen.size() == total);
        }
    }

    // The command line still takes --limit on the same queue.
    QueueFilter five;
    five.limit = 5;
    CHECK(services.workflow().queue(officer, five).size() == 5);
    CHECK(services.workflow().queueCount(officer, five) == total);
}

TEST_CASE("queue page: follows changes made in this app and by loket-cli by itself, keeping the selection and the scroll")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    QStringList trackings;
    for (int i = 0; i < 40; ++i)
        trackings << submitLegalisasi(services, officer, QStringLiteral("walk_in"));
    services.store().watchOtherWriters(200);
    ui::QueuePage page(services, officer);
    page.resize(1100, 420);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *view = child<QTableView>(&page, QStringLiteral("queueTableView"));
    auto *count = child<QLabel>(&page, QStringLiteral("queueCountLabel"));
    REQUIRE(view->model()->rowCount() == 40);
    const auto selected = [view] {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : rows.first().data().toString();
    };

    // Opened by its number: the table highlights that request, not the one clicked before.
    view->selectRow(0);
    REQUIRE(page.openRequest(trackings.at(30)));
    CHECK(selected() == trackings.at(30));
    view->scrollTo(view->model()->index(view->model()->rowCount() - 1, 0));
    const int scrolled = view->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    // A request taken in this app appears without pressing "Muat ulang".
    const QString added = submitLegalisasi(services, officer, QStringLiteral("assisted"));
    CHECK(QTest::qWaitFor([&] { return view->model()->rowCount() == 41; }, 3000));
    CHECK(shownTrackings(view).contains(added));
    CHECK(count->text() == QStringLiteral("41 permohonan"));
    CHECK(selected() == trackings.at(30));
    CHECK(view->verticalScrollBar()->value() == scrolled);

    // Another process cancels a request: the row follows within a few seconds, and the message
    // about the officer's own last action stays where it was.
    auto *banner = child<ui::MessageBanner>(&page, QStringLiteral("queueErrorBanner"));
    banner->showInfo(QStringLiteral("Permohonan diverifikasi."));
    const QString cancelled = trackings.at(5);
    const auto r = test::runCli({QStringLiteral("--db"), db.path(), QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("request"),
                                 QStringLiteral("advance"), cancelled, QStringLiteral("cancel"), QStringLiteral("--reason"),
                                 QStringLiteral("Didaftarkan dua kali")},
                                {QStringLiteral("LOKET_PASSWORD=demo-admin")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString label = ReceiptDocument::statusLabel(QStringLiteral("cancelled"));
    const auto followed = [&] {
        const QStringList shown = shownTrackings(view);
        const int row = int(shown.indexOf(cancelled));
        return row < 0 || view->model()->index(row, ui::QueueTableModel::StatusColumn).data().toString() == label;
    };
    CHECK(QTest::qWaitFor(followed, 5000));
    QTest::qWait(300);   // past the debounce, once the detail has been read again
    CHECK(banner->text() == QStringLiteral("Permohonan diverifikasi."));
    CHECK(selected() == trackings.at(30));
    CHECK(count->text() == QStringLiteral("%1 permohonan").arg(view->model()->rowCount()));
}
