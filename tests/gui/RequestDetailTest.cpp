// GUI tests of the request detail in the queue page: an online and a walk-in request in one
// queue, worked on with only the actions the user's role allows (reasons asked in a dialog, the
// notice saved as PDF), assignment, conflicts settled with a note, overdue marking, and the
// resident's papers added to a requirement and viewed (not offered once the request is closed
// to papers). The queue's paging and sorting are tested in QueuePageTest.cpp.
#include "GuiTestHelpers.h"
#include "TestSupport.h"

#include "common/MessageBanner.h"
#include "documents/DocumentViewer.h"
#include "documents/PageEditor.h"
#include "documents/ScanDialog.h"
#include "intake/IntakeTypes.h"
#include "letters/LetterDialog.h"
#include "letters/LettersPage.h"
#include "online/OnlineImport.h"
#include "print/CupsPrinter.h"
#include "print/IndonesianDate.h"
#include "print/ReceiptDocument.h"
#include "queue/QueuePage.h"
#include "queue/QueueTableModel.h"
#include "request/ReasonDialog.h"
#include "request/RequestDetailWidget.h"
#include "storage/Sql.h"
#include "workflow/RequestStateMachine.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace loket;
using namespace loket::test;

namespace {

Resident walkInResident()
{
    Resident r;
    r.nik = QStringLiteral("3302271505900003");
    r.kk = QStringLiteral("3302270101150007");
    r.fullName = QStringLiteral("Budi Santoso");
    r.birthPlace = QStringLiteral("Purwokerto");
    r.birthDate = QDate(1990, 5, 15);
    r.sex = QStringLiteral("M");
    r.address = QStringLiteral("Jl. Overste Isdiman No. 3");
    r.villageCode = QStringLiteral("33.02.27.1005");
    return r;
}

// A complete walk-in request for a legalisation (status submitted).
QString submitWalkIn(AppServices &services, const Session &officer)
{
    NewRequest req;
    req.nik = QStringLiteral("3302271505900003");
    req.resident = walkInResident();
    req.serviceCode = QStringLiteral("LEGALISASI");
    req.channel = QStringLiteral("walk_in");
    req.received = {QStringLiteral("dokumen_asli"), QStringLiteral("fotokopi_dokumen"), QStringLiteral("ktp")};
    req.fields.insert(QStringLiteral("jumlah_salinan"), QStringLiteral("3"));
    return services.intake().submit(officer, req).tracking;
}

QStringList shownTrackings(QTableView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, 0).data().toString();
    return out;
}

QString rowText(QTableView *view, const QString &tracking, int column)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data().toString() == tracking)
            return view->model()->index(row, column).data().toString();
    return {};
}

// Acts on the next modal dialog of type T from inside its exec(), as the person at the counter
// would; gives up after ~5 s so that a dialog that never opens fails the test instead of hanging.
template <typename T>
class WhenModal
{
public:
    explicit WhenModal(std::function<void(T *)> act)
    {
        auto tries = std::make_shared<int>(0);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, act, tries] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_seen = true;
                act(dialog);
            } else if (++*tries > 500) {
                m_timer.stop();
            }
        });
        m_timer.start(10);
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_seen = false;
};

// Types text into the reason dialog and confirms it; first checks that an empty text is refused.
std::function<void(ui::ReasonDialog *)> typeReason(const QString &text, bool *refusedEmpty = nullptr)
{
    return [text, refusedEmpty](ui::ReasonDialog *dialog) {
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("reasonOkButton"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("reasonErrorBanner"));
        if (!edit || !ok || !error) {
            dialog->reject();
            return;
        }
        if (refusedEmpty) {
            QTest::mouseClick(ok, Qt::LeftButton);
            *refusedEmpty = dialog->isVisible() && error->isVisible() && !error->text().isEmpty();
        }
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QTest::mouseClick(ok, Qt::LeftButton);
    };
}

QStringList timeline(QWidget *page)
{
    QStringList out;
    for (QLabel *entry : page->findChildren<QLabel *>(QStringLiteral("timelineEntryLabel")))
        out << entry->text();
    return out;
}

QTreeWidgetItem *requirementItem(QTreeWidget *tree, const QString &key)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            return tree->topLevelItem(i);
    return nullptr;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    // Lines are wrapped where the page is full: compare words, not lines.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

void showPage(ui::QueuePage &page)
{
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
}

// Lets the event loop lay out what the detail just built (as it does before a person can click),
// then clicks.
void clickWhenShown(QWidget *widget)
{
    QCoreApplication::processEvents();
    click(widget);
}

QPushButton *actionButton(QWidget *page, const QString &action)
{
    return page->findChild<QPushButton *>(ui::RequestDetailWidget::actionButtonName(action));
}

// The button of a requirement row ("scanRequirementButton", property "requirement") or of a
// document row ("viewDocumentButton", property "documentId") in the request detail.
QPushButton *rowButton(QWidget *page, const QString &objectName, const char *property, const QString &value)
{
    for (QPushButton *button : page->findChildren<QPushButton *>(objectName))
        if (button->property(property).toString() == value)
            return button;
    return nullptr;
}

int viewedAudits(AppServices &services, const QString &documentId)
{
    return sql::scalar(services.store().db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.viewed' "
                                                             "AND entity_id = ?"), {documentId}).toInt();
}

} // namespace

TEST_CASE("request detail: an online and a walk-in request in one queue - verified - returned with a reason - notice as PDF")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const ImportOutcome imported = OnlineImport(services.store()).importOne(officer, onlineRequest(), out.path(), QStringLiteral("test"));
    INFO(imported.reason.toStdString());
    REQUIRE(imported.result == QStringLiteral("imported"));
    const QString online = imported.tracking;
    const QString walkIn = submitWalkIn(services, officer);

    // The attached documents are part of the request's details (and of its JSON).
    const RequestDetails onlineDetails = services.intake().find(officer, online);
    REQUIRE(onlineDetails.documents.size() == 1);
    CHECK(onlineDetails.documents[0].requirementKey == QStringLiteral("ktp"));
    CHECK(onlineDetails.documents[0].fileName == QStringLiteral("ktp.png"));
    CHECK(onlineDetails.documents[0].source == QStringLiteral("online"));
    CHECK(onlineDetails.documents[0].pageCount == 1);
    CHECK(onlineDetails.toJson().value(QStringLiteral("documents")).toArray().size() == 1);

    const Session verifier = db.login(QStringLiteral("verifikator"));
    ui::QueuePage page(services, verifier);
    showPage(page);
    auto *view = child<QTableView>(&page, QStringLiteral("queueTableView"));
    auto *banner = child<QLabel>(&page, QStringLiteral("queueErrorBanner"));
    QStringList both = shownTrackings(view);
    both.sort();
    QStringList expected{online, walkIn};
    expected.sort();
    REQUIRE(both == expected);
    CHECK(rowText(view, online, ui::QueueTableModel::ChannelColumn) == ReceiptDocument::channelLabel(QStringLiteral("online")));
    CHECK(rowText(view, walkIn, ui::QueueTableModel::ChannelColumn) == ReceiptDocument::channelLabel(QStringLiteral("walk_in")));

    // The walk-in request is complete: the verifier verifies it.
    REQUIRE(clickRow(view, walkIn));
    CHECK(child<QLabel>(&page, QStringLiteral("detailTrackingLabel"))->text() == walkIn);
    CHECK(child<QLabel>(&page, QStringLiteral("detailResidentNameLabel"))->text() == QStringLiteral("Budi Santoso"));
    CHECK(child<QLabel>(&page, QStringLiteral("detailResidentNikLabel"))->text() == QStringLiteral("3302**********03"));
    CHECK(child<QLabel>(&page, QStringLiteral("detailServiceLabel"))->text().contains(QStringLiteral("LEGALISASI")));
    CHECK(child<QLabel>(&page, QStringLiteral("detailServiceStandardLabel"))->text().contains(QStringLiteral("hari kerja")));
    auto *fieldValue = child<QLabel>(&page, QStringLiteral("fieldValueLabel"));
    CHECK(fieldValue->text() == QStringLiteral("3"));
    QPushButton *verify = actionButton(&page, QStringLiteral("verify"));
    REQUIRE(verify != nullptr);
    CHECK(verify->text() == QStringLiteral("Verifikasi"));
    clickWhenShown(verify);
    CHECK(services.intake().find(verifier, walkIn).status == QStringLiteral("verified"));
    CHECK(child<QLabel>(&page, QStringLiteral("detailStatusLabel"))->text() == ReceiptDocument::statusLabel(QStringLiteral("verified")));
    CHECK(actionButton(&page, QStringLiteral("verify")) == nullptr);   // done: the button is gone
    CHECK(actionButton(&page, QStringLiteral("return")) == nullptr);   // no return from verified
    CHECK(actionButton(&page, QStringLiteral("process")) != nullptr);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(ReceiptDocument::statusLabel(QStringLiteral("verified"))));
    // The queue row follows at once, and the timeline says who did what.
    CHECK(rowText(view, walkIn, ui::QueueTableModel::StatusColumn) == ReceiptDocument::statusLabel(QStringLiteral("verified")));
    const QStringList walkInTimeline = timeline(&page);
    REQUIRE(walkInTimeline.size() == 2);
    CHECK(walkInTimeline[0].contains(QStringLiteral("Diajukan")));
    CHECK(walkInTimeline[0].contains(officer.fullName));
    CHECK(walkInTimeline[1].contains(QStringLiteral("Diverifikasi")));
    CHECK(walkInTimeline[1].contains(verifier.fullName));
    CHECK(walkInTimeline[1].contains(QStringLiteral("Verifikator")));

    // The online request lacks papers: its checklist shows the attachment and what is missing.
    REQUIRE(clickRow(view, online));
    CHECK(child<QLabel>(&page, QStringLiteral("detailTrackingLabel"))->text() == online);
    CHECK(child<QLabel>(&page, QStringLiteral("detailChannelLabel"))->text() == ReceiptDocument::channelLabel(QStringLiteral("online")));
    auto *tree = child<QTreeWidget>(&page, QStringLiteral("requirementsTree"));
    QTreeWidgetItem *ktp = requirementItem(tree, QStringLiteral("ktp"));
    QTreeWidgetItem *kk = requirementItem(tree, QStringLiteral("kk"));
    REQUIRE(ktp != nullptr);
    REQUIRE(kk != nullptr);
    CHECK(ktp->text(1) == QStringLiteral("Diterima"));
    REQUIRE(ktp->childCount() == 1);
    CHECK(ktp->child(0)->text(0) == QStringLiteral("ktp.png"));
    CHECK(ktp->child(0)->text(1) == QStringLiteral("1 halaman · daring"));
    CHECK(kk->text(1) == QStringLiteral("Belum ada"));
    CHECK(kk->childCount() == 0);
    CHECK_FALSE(child<QWidget>(&page, QStringLiteral("noticeBar"))->isVisible());

    // Returned with a reason typed in the dialog; an empty reason is refused there.
    QPushButton *ret = actionButton(&page, QStringLiteral("return"));
    REQUIRE(ret != nullptr);
    const QString reason = QStringLiteral("Kartu Keluarga dan surat pengantar RT/RW belum dilampirkan");
    bool refusedEmpty = false;
    {
        WhenModal<ui::ReasonDialog> dialog(typeReason(reason, &refusedEmpty));
        clickWhenShown(ret);
        CHECK(dialog.seen());
    }
    CHECK(refusedEmpty);
    CHECK(services.intake().find(verifier, online).status == QStringLiteral("returned"));
    CHECK(child<QLabel>(&page, QStringLiteral("detailStatusLabel"))->text() == ReceiptDocument::statusLabel(QStringLiteral("returned")));
    CHECK(rowText(view, online, ui::QueueTableModel::StatusColumn) == ReceiptDocument::statusLabel(QStringLiteral("returned")));
    const QStringList onlineTimeline = timeline(&page);
    REQUIRE_FALSE(onlineTimeline.isEmpty());
    CHECK(onlineTimeline.last().contains(QStringLiteral("Dikembalikan untuk perbaikan")));
    CHECK(onlineTimeline.last().contains(reason));

    // The notice is offered at once; saved as PDF it names the missing paper and the reason.
    auto *noticeBar = child<QWidget>(&page, QStringLiteral("noticeBar"));
    CHECK(noticeBar->isVisible());
    CHECK(child<QLabel>(&page, QStringLiteral("noticeLabel"))->text().contains(QStringLiteral("dikembalikan")));
    const QString pdf = out.filePath(QStringLiteral("pemberitahuan.pdf"));
    {
        WhenModal<QFileDialog> dialog([&pdf](QFileDialog *files) {
            files->selectFile(pdf);
            static_cast<QDialog *>(files)->accept();   // as the Save button does
        });
        clickWhenShown(child<QPushButton>(&page, QStringLiteral("saveNoticePdfButton")));
        CHECK(dialog.seen());
    }
    REQUIRE(QFile::exists(pdf));
    CHECK(banner->text().contains(QStringLiteral("disimpan")));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(online));
    CHECK(text.contains(reason));
    const std::optional<ServiceType> skd = services.catalogue().findByCode(QStringLiteral("SKD"));
    REQUIRE(skd);
    for (const Requirement &r : skd->requirements)
        if (r.key != QStringLiteral("ktp"))
            CHECK(text.contains(r.label));
}

TEST_CASE("request detail: only the actions the user's role may take now are shown")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitWalkIn(services, officer);

    SECTION("an officer may return a submitted request but not verify or reject it")
    {
        ui::QueuePage page(services, officer);
        showPage(page);
        REQUIRE(page.openRequest(tracking));
        CHECK(actionButton(&page, QStringLiteral("verify")) == nullptr);
        CHECK(actionButton(&page, QStringLiteral("reject")) == nullptr);
        CHECK(actionButton(&page, QStringLiteral("return")) != nullptr);
        CHECK(child<QPushButton>(&page, QStringLiteral("takeButton"))->isVisible());
        // Officers take work for themselves; handing it to others is for verifiers and above.
        CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("assignButton"))->isVisible());
    }

    SECTION("a verifier may verify, return or reject it")
    {
        ui::QueuePage page(services, db.login(QStringLiteral("verifikator")));
        showPage(page);
        REQUIRE(page.openRequest(tracking));
        CHECK(actionButton(&page, QStringLiteral("verify")) != nullptr);
        CHECK(actionButton(&page, QStringLiteral("return")) != nullptr);
        CHECK(actionButton(&page, QStringLiteral("reject")) != nullptr);
        CHECK(actionButton(&page, QStringLiteral("sign")) == nullptr);
        CHECK(actionButton(&page, QStringLiteral("cancel")) == nullptr);
    }

    SECTION("a signer has nothing to do on it yet")
    {
        ui::QueuePage page(services, db.login(QStringLiteral("camat")));
        showPage(page);
        REQUIRE(page.openRequest(tracking));
        for (const QString &action : RequestStateMachine::actions())
            CHECK(actionButton(&page, action) == nullptr);
        CHECK(child<QLabel>(&page, QStringLiteral("noActionsLabel"))->isVisible());
        CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("takeButton"))->isVisible());
    }

    SECTION("a step refused by core (someone else acted first) is shown in the banner and changes nothing")
    {
        const Session verifier = db.login(QStringLiteral("verifikator"));
        ui::QueuePage page(services, verifier);
        showPage(page);
        REQUIRE(page.openRequest(tracking));
        QPushButton *verify = actionButton(&page, QStringLiteral("verify"));
        REQUIRE(verify != nullptr);
        // Meanwhile an administrator cancels it at another desk.
        services.workflow().advance(db.login(QStringLiteral("admin")), tracking, QStringLiteral("cancel"), QStringLiteral("Dobel"));
        const int events = int(services.intake().find(verifier, tracking).events.size());
        clickWhenShown(verify);
        auto *banner = child<QLabel>(&page, QStringLiteral("queueErrorBanner"));
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("cancelled")));
        const RequestDetails after = services.intake().find(verifier, tracking);
        CHECK(after.status == QStringLiteral("cancelled"));
        CHECK(after.events.size() == events);
    }
}

TEST_CASE("request detail: take a request and hand it to another officer - overdue stands out")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = submitWalkIn(services, officer);

    {
        ui::QueuePage page(services, officer);
        showPage(page);
        auto *view = child<QTableView>(&page, QStringLiteral("queueTableView"));
        REQUIRE(clickRow(view, tracking));
        auto *assigned = child<QLabel>(&page, QStringLiteral("detailAssignedLabel"));
        CHECK(assigned->text().contains(QStringLiteral("belum ada")));
        auto *take = child<QPushButton>(&page, QStringLiteral("takeButton"));
        CHECK(take->text().remove(u'&') == QStringLiteral("Ambil"));
        clickWhenShown(take);
        CHECK(assigned->text().contains(QStringLiteral("petugas")));
        CHECK_FALSE(take->isVisible());   // it is mine now
        CHECK(rowText(view, tracking, ui::QueueTableModel::AssignedColumn) == QStringLiteral("petugas"));
        CHECK(timeline(&page).last().contains(QStringLiteral("Ditugaskan")));
    }
    {
        ui::QueuePage page(services, db.login(QStringLiteral("verifikator")));
        showPage(page);
        auto *view = child<QTableView>(&page, QStringLiteral("queueTableView"));
        REQUIRE(clickRow(view, tracking));
        auto *combo = child<QComboBox>(&page, QStringLiteral("assigneeComboBox"));
        const int kasi = combo->findData(QStringLiteral("kasi"));
        REQUIRE(kasi >= 0);
        CHECK(combo->findData(QStringLiteral("admin")) < 0);   // only people who work on requests
        combo->setCurrentIndex(kasi);
        clickWhenShown(child<QPushButton>(&page, QStringLiteral("assignButton")));
        CHECK(child<QLabel>(&page, QStringLiteral("detailAssignedLabel"))->text().contains(QStringLiteral("kasi")));
        CHECK(rowText(view, tracking, ui::QueueTableModel::AssignedColumn) == QStringLiteral("kasi"));
    }

    // Past its due date the request stands out in the detail as in the table.
    sql::exec(services.store().db(), QStringLiteral("UPDATE request SET due_date = '2020-01-01' WHERE tracking = ?"), {tracking});
    ui::QueuePage page(services, officer);
    showPage(page);
    REQUIRE(page.openRequest(tracking));
    CHECK(child<QLabel>(&page, QStringLiteral("detailOverdueLabel"))->isVisible());
    CHECK(child<QLabel>(&page, QStringLiteral("detailDueLabel"))->text().contains(QStringLiteral("Terlambat")));
}

TEST_CASE("request detail: a conflict between two counters is listed and settled with a note")
{
    DemoDb a;
    const QString t = submitWalkIn(a.services(), a.login(QStringLiteral("petugas")));
    WorkflowService &wf = a.services().workflow();
    test::toSignature(a, t);
    test::issueLetter(a, t);
    wf.advance(a.login(QStringLiteral("petugas")), t, QStringLiteral("ready"), QString());

    // Counter L2 starts from a copy; offline, A hands over while B cancels; then both merge.
    DemoDb b;
    copyAsSecondCounter(a, b);
    a.services().workflow().advance(a.login(QStringLiteral("petugas")), t, QStringLiteral("complete"), QString());
    b.services().workflow().advance(b.login(QStringLiteral("admin")), t, QStringLiteral("cancel"), QStringLiteral("Dobel"));
    copyEvents(b, a);

    const Session officer = a.login(QStringLiteral("petugas"));
    REQUIRE(a.services().intake().find(officer, t).conflicts.size() == 1);
    ui::QueuePage page(a.services(), officer);
    showPage(page);
    REQUIRE(page.openRequest(t));
    auto *box = child<QGroupBox>(&page, QStringLiteral("conflictsBox"));
    CHECK(box->isVisible());
    auto *conflict = child<QLabel>(&page, QStringLiteral("conflictLabel"));
    CHECK(conflict->text().contains(QStringLiteral("Dibatalkan")));
    CHECK(conflict->text().contains(QStringLiteral("L2")));
    // Completed: no workflow step is left, but the conflict still asks for a decision.
    CHECK(actionButton(&page, QStringLiteral("cancel")) == nullptr);

    const QString note = QStringLiteral("Sudah diserahkan kepada pemohon; pembatalan diabaikan");
    {
        WhenModal<ui::ReasonDialog> dialog(typeReason(note));
        clickWhenShown(child<QPushButton>(&page, QStringLiteral("resolveConflictButton")));
        CHECK(dialog.seen());
    }
    CHECK(a.services().intake().find(officer, t).conflicts.isEmpty());
    CHECK_FALSE(box->isVisible());
    CHECK(page.findChild<QPushButton *>(QStringLiteral("resolveConflictButton")) == nullptr);
    const QStringList entries = timeline(&page);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.last().contains(QStringLiteral("Konflik diselesaikan")));
    CHECK(entries.last().contains(note));
    CHECK(child<QLabel>(&page, QStringLiteral("detailStatusLabel"))->text() == ReceiptDocument::statusLabel(QStringLiteral("completed")));
}

TEST_CASE("request detail: papers added to a requirement - viewed and audited - not offered once the request went for signature")
{
    useSaneTestBackend();   // the scan dialog looks for scanners as it opens
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString tracking = test::submitSample(services, officer);   // SKD recorded as incomplete, nothing attached yet
    // The KTP was scanned at intake; the Kartu Keluarga the resident brings now, as a file.
    QImage ktp(400, 250, QImage::Format_Grayscale8);
    ktp.fill(Qt::white);
    const DocumentInfo ktpDoc = services.documents().addPages(officer, tracking, QStringLiteral("ktp"), QStringLiteral("scan"),
                                                              QString(), {DocumentService::encodeImage(ktp)});
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QImage kkPage(827, 1169, QImage::Format_RGB32);   // A4 at 100 dpi
    kkPage.fill(Qt::white);
    {
        QPainter p(&kkPage);
        p.drawText(QRect(80, 80, 600, 200), Qt::TextWordWrap, QStringLiteral("KARTU KELUARGA No. 3302270101150007"));
    }
    const QString kkFile = dir.filePath(QStringLiteral("kartu-keluarga.png"));
    REQUIRE(kkPage.save(kkFile, "PNG"));

    ui::QueuePage page(services, officer, settingsFileOf(db.dir()));
    showPage(page);
    REQUIRE(page.openRequest(tracking));
    auto *detail = child<ui::RequestDetailWidget>(&page, QStringLiteral("requestDetail"));
    QSignalSpy changed(detail, &ui::RequestDetailWidget::requestChanged);
    auto *tree = child<QTreeWidget>(&page, QStringLiteral("requirementsTree"));
    REQUIRE(requirementItem(tree, QStringLiteral("kk")) != nullptr);
    CHECK(requirementItem(tree, QStringLiteral("kk"))->childCount() == 0);
    CHECK(requirementItem(tree, QStringLiteral("kk"))->text(1) == QStringLiteral("Belum ada"));
    CHECK(requirementItem(tree, QStringLiteral("ktp"))->text(1) == QStringLiteral("Berkas terlampir"));
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("papersClosedLabel"))->isVisible());

    // "Pindai / tambah berkas…" on the Kartu Keluarga row: the file is added in the scan dialog and attached.
    QPushButton *scanKk = rowButton(&page, QStringLiteral("scanRequirementButton"), "requirement", QStringLiteral("kk"));
    REQUIRE(scanKk != nullptr);
    CHECK(scanKk->isEnabled());
    CHECK(scanKk->text() == QStringLiteral("Pindai / tambah berkas…"));
    QString dialogRequirement;
    {
        WhenModal<ui::ScanDialog> scan([&](ui::ScanDialog *dialog) {
            dialogRequirement = dialog->windowTitle();
            dialog->importFiles({kkFile});
            auto *attach = dialog->findChild<QPushButton *>(QStringLiteral("attachButton"));
            const bool ready = QTest::qWaitFor([&] { return !dialog->isImporting() && dialog->pageEditor()->pageCount() == 1
                                                            && dialog->pageEditor()->isReady() && attach && attach->isEnabled(); },
                                               60000);
            if (!ready) {
                dialog->reject();
                return;
            }
            QTest::mouseClick(attach, Qt::LeftButton);
        });
        clickWhenShown(scanKk);
        REQUIRE(scan.seen());
    }
    INFO("scan dialog: " << dialogRequirement.toStdString());
    const QList<DocumentInfo> documents = services.documents().list(officer, tracking);
    REQUIRE(documents.size() == 2);
    const DocumentInfo kkDoc = documents.at(1);
    CHECK(kkDoc.requirementKey == QStringLiteral("kk"));
    CHECK(kkDoc.fileName == QStringLiteral("kartu-keluarga.png"));
    // The detail shows it at once under its requirement, and says so; the queue row was told.
    tree = child<QTreeWidget>(&page, QStringLiteral("requirementsTree"));
    QTreeWidgetItem *kk = requirementItem(tree, QStringLiteral("kk"));
    REQUIRE(kk != nullptr);
    REQUIRE(kk->childCount() == 1);
    CHECK(kk->child(0)->text(0) == QStringLiteral("kartu-keluarga.png"));
    CHECK(kk->child(0)->text(1) == QStringLiteral("1 halaman · berkas"));
    CHECK(kk->text(1) == QStringLiteral("Berkas terlampir"));
    CHECK(child<QLabel>(&page, QStringLiteral("queueErrorBanner"))->text().contains(QStringLiteral("Berkas dilampirkan")));
    REQUIRE(changed.count() >= 1);
    CHECK(changed.last().at(0).toString() == tracking);
    if (const QString shots = qEnvironmentVariable("LOKET_SCREENSHOT_DIR"); !shots.isEmpty())
        page.grab().save(QDir(shots).filePath(QStringLiteral("request-papers.png")));

    // "Lihat dokumen" on the Kartu Keluarga opens the viewer on it (not on the KTP before it); the view is audited.
    QPushButton *viewKk = rowButton(&page, QStringLiteral("viewDocumentButton"), "documentId", kkDoc.id);
    REQUIRE(viewKk != nullptr);
    CHECK(viewKk->text() == QStringLiteral("Lihat dokumen"));
    QString shownId;
    int shownPages = -1;
    {
        WhenModal<ui::DocumentViewerDialog> viewer([&](ui::DocumentViewerDialog *dialog) {
            shownId = dialog->viewer()->currentDocumentId();
            shownPages = dialog->viewer()->pageCount();
            dialog->reject();
        });
        clickWhenShown(viewKk);
        REQUIRE(viewer.seen());
    }
    CHECK(shownId == kkDoc.id);
    CHECK(shownPages == 1);
    CHECK(viewedAudits(services, kkDoc.id) == 1);
    CHECK(viewedAudits(services, ktpDoc.id) == 0);

    // Sent for signature: the papers stay viewable, but adding one is not offered, and says why.
    services.workflow().advance(officer, tracking, QStringLiteral("resubmit"), QString());   // the papers are complete now
    services.workflow().advance(db.login(QStringLiteral("verifikator")), tracking, QStringLiteral("verify"), QString());
    services.workflow().advance(db.login(QStringLiteral("verifikator")), tracking, QStringLiteral("process"), QString());
    services.workflow().advance(db.login(QStringLiteral("kasi")), tracking, QStringLiteral("to-signature"), QString());
    REQUIRE(page.openRequest(tracking));
    const QString why = DocumentService::papersRefusal(tracking, QStringLiteral("awaiting_signature"));
    REQUIRE_FALSE(why.isEmpty());
    const QList<QPushButton *> scanButtons = page.findChildren<QPushButton *>(QStringLiteral("scanRequirementButton"));
    CHECK(scanButtons.size() == 4);   // one per requirement of the SKD
    for (QPushButton *button : scanButtons) {
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip() == why);
    }
    auto *closed = child<QLabel>(&page, QStringLiteral("papersClosedLabel"));
    CHECK(closed->isVisible());
    CHECK(closed->text() == why);
    QPushButton *viewKtp = rowButton(&page, QStringLiteral("viewDocumentButton"), "documentId", ktpDoc.id);
    REQUIRE(viewKtp != nullptr);
    CHECK(viewKtp->isEnabled());

    // The signer only views the papers: no scan button at all.
    ui::QueuePage signerPage(services, db.login(QStringLiteral("camat")));
    showPage(signerPage);
    REQUIRE(signerPage.openRequest(tracking));
    CHECK(signerPage.findChildren<QPushButton *>(QStringLiteral("scanRequirementButton")).isEmpty());
    CHECK_FALSE(child<QLabel>(&signerPage, QStringLiteral("papersClosedLabel"))->isVisible());
    CHECK(rowButton(&signerPage, QStringLiteral("viewDocumentButton"), "documentId", kkDoc.id) != nullptr);
}

TEST_CASE("event and action labels are Indonesian words - not codes")
{
    CHECK(RequestStateMachine::eventLabel(QStringLiteral("submitted")) == QStringLiteral("Diajukan"));
    CHECK(RequestStateMachine::eventLabel(QStringLiteral("verified")) == QStringLiteral("Diverifikasi"));
    CHECK(RequestStateMachine::eventLabel(QStringLiteral("returned")) == QStringLiteral("Dikembalikan untuk perbaikan"));
    CHECK(RequestStateMachine::eventLabel(QStringLiteral("conflict_resolved")) == QStringLiteral("Konflik diselesaikan"));
    CHECK(RequestStateMachine::eventLabel(QStringLiteral("assigned")) == QStringLiteral("Ditugaskan"));
    CHECK(RequestStateMachine::eventLabel(QStringLiteral("something_new")) == QStringLiteral("something_new"));
    for (const QString &action : RequestStateMachine::actions()) {
        INFO(action.toStdString());
        const QString event = RequestStateMachine::eventType(action);
        CHECK(RequestStateMachine::eventLabel(event) != event);
        CHECK(RequestStateMachine::actionLabel(action) != action);
    }
    CHECK(RequestStateMachine::actionLabel(QStringLiteral("verify")) == QStringLiteral("Verifikasi"));
    CHECK(ui::RequestDetailWidget::actionButtonName(QStringLiteral("to-signature")) == QStringLiteral("toSignatureActionButton"));
}

TEST_CASE("request detail: the letter is drafted - sent to signature - signed with the passphrase - printed - verified from its PDF")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    const QString t = submitWalkIn(services, officer);
    services.workflow().advance(db.login(QStringLiteral("verifikator")), t, QStringLiteral("verify"), QString());

    // The verifier: "Siapkan surat" opens the draft with its live preview; the free parts are typed.
    {
        ui::QueuePage page(services, db.login(QStringLiteral("verifikator")));
        showPage(page);
        REQUIRE(page.openRequest(t));
        QPushButton *process = actionButton(&page, QStringLiteral("process"));
        REQUIRE(process != nullptr);
        int pagesShown = 0;
        WhenModal<ui::LetterDialog> draft([&](ui::LetterDialog *dialog) {
            pagesShown = int(dialog->findChildren<QLabel *>(QStringLiteral("letterPage")).size());
            for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
                if (edit->objectName().startsWith(QStringLiteral("field_")) && edit->text().isEmpty())
                    edit->setText(QStringLiteral("Isi %1").arg(edit->objectName().mid(6)));
            click(dialog->findChild<QPushButton *>(QStringLiteral("saveDraftButton")));
        });
        clickWhenShown(process);
        CHECK(draft.seen());
        CHECK(pagesShown == 1);
        CHECK(services.intake().find(officer, t).status == QStringLiteral("in_process"));
        CHECK(services.letters().draft(officer, t).emptyFields().isEmpty());
        CHECK(child<QPushButton>(&page, QStringLiteral("editDraftButton"))->isVisible());

        // Editing again and closing with Batal asks before the typing is thrown away.
        const QMap<QString, QString> savedFields = services.letters().draft(officer, t).fields;
        bool keptOpen = false, askedTwice = false;
        WhenModal<ui::LetterDialog> edit([&](ui::LetterDialog *dialog) {
            QLineEdit *field = nullptr;
            for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
                if (e->objectName().startsWith(QStringLiteral("field_")))
                    field = e;
            if (!field) {
                dialog->done(QDialog::Rejected);
                return;
            }
            field->setText(QStringLiteral("Diubah tanpa disimpan"));
            {
                WhenModal<QMessageBox> keep([](QMessageBox *box) { click(box->findChild<QPushButton *>(QStringLiteral("keepDraftButton"))); });
                click(dialog->findChild<QPushButton *>(QStringLiteral("cancelLetterButton")));
                keptOpen = keep.seen() && dialog->isVisible();
            }
            WhenModal<QMessageBox> discard([](QMessageBox *box) { click(box->findChild<QPushButton *>(QStringLiteral("discardDraftButton"))); });
            click(dialog->findChild<QPushButton *>(QStringLiteral("cancelLetterButton")));
            askedTwice = discard.seen();
        });
        clickWhenShown(child<QPushButton>(&page, QStringLiteral("editDraftButton")));
        CHECK(edit.seen());
        CHECK(keptOpen);
        CHECK(askedTwice);
        CHECK(services.letters().draft(officer, t).fields == savedFields);
    }
    services.workflow().advance(db.login(QStringLiteral("kasi")), t, QStringLiteral("to-signature"), QString());

    // The Camat signs: no key yet, so the dialog makes one with the passphrase typed twice.
    ui::QueuePage page(services, db.login(QStringLiteral("camat")));
    showPage(page);
    REQUIRE(page.openRequest(t));
    QPushButton *sign = actionButton(&page, QStringLiteral("sign"));
    REQUIRE(sign != nullptr);
    WhenModal<ui::LetterDialog> signing([&](ui::LetterDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("newPassphraseLineEdit"))->setText(test::signerPassphrase());
        dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphraseLineEdit"))->setText(test::signerPassphrase());
        click(dialog->findChild<QPushButton *>(QStringLiteral("signButton")));
    });
    clickWhenShown(sign);
    CHECK(signing.seen());
    CHECK(services.intake().find(officer, t).status == QStringLiteral("signed"));
    const std::optional<LetterRecord> letter = services.letters().currentLetter(officer, t);
    REQUIRE(letter.has_value());
    CHECK(child<QLabel>(&page, QStringLiteral("queueErrorBanner"))->text().contains(letter->number));

    // Printed from the request (to the PDF queue when there is one) and logged.
    auto *print = child<QPushButton>(&page, QStringLiteral("printLetterButton"));
    CHECK(print->text().contains(letter->number));
    if (CupsPrinter::printers().contains(QStringLiteral("LoketPDF"))) {
        // The dialog previews what goes to the printer: the original first, a SALINAN copy after.
        for (const QString &expected : {QStringLiteral("Cetakan pertama"), QStringLiteral("SALINAN")}) {
            int previewPages = 0;
            QString about;
            WhenModal<ui::LetterPrintDialog> printing([&](ui::LetterPrintDialog *dialog) {
                previewPages = int(dialog->findChildren<QLabel *>(QStringLiteral("printPage")).size());
                about = dialog->findChild<QLabel *>(QStringLiteral("letterPrintAbout"))->text();
                auto *printers = dialog->findChild<QComboBox *>(QStringLiteral("letterPrinterComboBox"));
                printers->setCurrentIndex(printers->findText(QStringLiteral("LoketPDF")));
                click(dialog->findChild<QPushButton *>(QStringLiteral("printLetterNowButton")));
            });
            clickWhenShown(child<QPushButton>(&page, QStringLiteral("printLetterButton")));
            CHECK(printing.seen());
            CHECK(previewPages >= 1);
            CHECK(about.contains(expected));
        }
        CHECK(services.letters().letter(officer, letter->id).prints == 2);
    }

    // Anyone verifies the issued PDF, offline: genuine, with what the paper says.
    const LetterVerdict v = services.letters().verifyPdf(services.letters().letterPdf(officer, letter->id));
    CHECK(v.genuine());
    CHECK(v.number == letter->number);
    CHECK(v.residentName == QStringLiteral("Budi Santoso"));
}

TEST_CASE("letters page: the register lists issued letters - searched - exported as CSV - a letter revoked - a token verified")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    QList<IssuedLetter> issued;
    for (const QString &code : {QStringLiteral("SKD"), QStringLiteral("SKTM")}) {
        const QString t = submitSample(services, officer, code);
        services.workflow().advance(officer, t, QStringLiteral("resubmit"), QString());
        toSignature(db, t);
        issued << issueLetter(db, t);
    }

    ui::LettersPage page(services, db.login(QStringLiteral("camat")));
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *table = child<QTableWidget>(&page, QStringLiteral("letterTable"));
    REQUIRE(table->rowCount() == 2);

    // Searching by part of the subject keeps one letter.
    retype(child<QLineEdit>(&page, QStringLiteral("letterSearchLineEdit")), QStringLiteral("tidak mampu"));
    CHECK(QTest::qWaitFor([&] { return table->rowCount() == 1; }, 5000));
    CHECK(table->item(0, 0)->text() == issued.at(1).number);
    retype(child<QLineEdit>(&page, QStringLiteral("letterSearchLineEdit")), QString());
    CHECK(QTest::qWaitFor([&] { return table->rowCount() == 2; }, 5000));

    // The register as CSV: a spreadsheet opens it as UTF-8 with both numbers.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("register.csv"));
    {
        WhenModal<QFileDialog> dialog([&csv](QFileDialog *files) {
            files->selectFile(csv);
            static_cast<QDialog *>(files)->accept();
        });
        clickWhenShown(child<QPushButton>(&page, QStringLiteral("registerCsvButton")));
        CHECK(dialog.seen());
    }
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains(issued.at(0).number.toUtf8()));
    CHECK(bytes.contains(issued.at(1).number.toUtf8()));

    // Revoking the first letter with a reason: the register says so, and so does verification.
    REQUIRE(clickRow(table, issued.at(0).number));
    {
        WhenModal<ui::ReasonDialog> dialog(typeReason(QStringLiteral("Salah ketik alamat")));
        clickWhenShown(child<QPushButton>(&page, QStringLiteral("registerRevokeButton")));
        CHECK(dialog.seen());
    }
    int revokedRow = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == issued.at(0).number)
            revokedRow = row;
    REQUIRE(revokedRow >= 0);
    CHECK(table->item(revokedRow, 6)->text() == QStringLiteral("Dicabut"));
    CHECK(services.letters().verifyToken(issued.at(0).token).kind == LetterVerdict::Kind::Revoked);

    // The verify tab: a pasted token of the other letter is genuine, with what the paper says.
    child<QTabWidget>(&page, QStringLiteral("lettersTabs"))->setCurrentIndex(1);
    retype(child<QLineEdit>(&page, QStringLiteral("verifyInputLineEdit")), issued.at(1).token);
    click(child<QPushButton>(&page, QStringLiteral("verifyButton")));
    CHECK(child<QLabel>(&page, QStringLiteral("verdictLabel"))->text() == QStringLiteral("Surat ASLI"));
    CHECK(child<QLabel>(&page, QStringLiteral("verdictDetailsLabel"))->text().contains(issued.at(1).number));
    retype(child<QLineEdit>(&page, QStringLiteral("verifyInputLineEdit")), issued.at(0).token);
    click(child<QPushButton>(&page, QStringLiteral("verifyButton")));
    CHECK(child<QLabel>(&page, QStringLiteral("verdictLabel"))->text() == QStringLiteral("Surat DICABUT"));
    const QString revoked = child<QLabel>(&page, QStringLiteral("verdictDetailsLabel"))->text();
    const QDate revokedOn = QDateTime::fromString(services.letters().verifyToken(issued.at(0).token).revokedAt, Qt::ISODate).toLocalTime().date();
    CHECK(revoked.contains(QStringLiteral("Dicabut pada %1 pukul").arg(IndonesianDate::format(revokedOn))));
    CHECK(revoked.contains(QStringLiteral("Salah ketik alamat")));

    // The verification page for the office's web host, with the revocation just made.
    child<QTabWidget>(&page, QStringLiteral("lettersTabs"))->setCurrentIndex(0);
    const QString site = out.filePath(QStringLiteral("verifikasi"));
    REQUIRE(QDir().mkpath(site));
    {
        WhenModal<QFileDialog> dialog([&site](QFileDialog *files) {
            files->selectFile(site);
            static_cast<QDialog *>(files)->accept();
        });
        clickWhenShown(child<QPushButton>(&page, QStringLiteral("registerVerifyPageButton")));
        CHECK(dialog.seen());
    }
    QFile html(QDir(site).filePath(QStringLiteral("index.html")));
    REQUIRE(html.open(QIODevice::ReadOnly));
    CHECK(html.readAll().contains(issued.at(0).id.toUtf8()));   // on the page's revocation list
    CHECK(child<QLabel>(&page, QStringLiteral("lettersBanner"))->text().contains(QStringLiteral("1 surat dicabut")));
}
