// GUI tests of the intake screen ("Permohonan Baru"), driven from the keyboard as a counter
// officer works: a whole walk-in, a known resident, an invalid NIK, a missing mandatory paper, bad
// input, and the receipt saved as PDF and printed on the CUPS queue.
#include "GuiTestHelpers.h"
#include "IntakeTestHelpers.h"
#include "TestSupport.h"

#include "common/Printing.h"
#include "intake/IntakePage.h"
#include "print/ReceiptDocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace loket;
using namespace loket::test;
using loket::ui::IntakePage;

namespace {

// The test's stand-ins for the two modal dialogs.
struct Dialogs
{
    QList<ui::PrintJob> previews;
    QString pdfPath;
    int pdfAsked = 0;

    void attach(IntakePage &page)
    {
        page.setDialogs({[this](const ui::PrintJob &job) {
                             previews << job;
                             return true;
                         },
                         [this](const QString &) {
                             ++pdfAsked;
                             return pdfPath;
                         }});
    }
};

// A known resident's request for a service whose papers are all ticked, from the keyboard.
QString submitForKnownResident(IntakePage &page, const QString &nik, const QString &serviceTyped)
{
    REQUIRE(page.currentStep() == IntakePage::ResidentStep);
    REQUIRE(focusedName() == QStringLiteral("nikLineEdit"));
    typeText(nik);
    press(Qt::Key_Return);
    REQUIRE(page.currentStep() == IntakePage::ServiceStep);
    typeText(serviceTyped);
    press(Qt::Key_Return);
    while (qobject_cast<QCheckBox *>(focused())) {
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
    }
    press(Qt::Key_Return);
    REQUIRE(page.currentStep() == IntakePage::SummaryStep);
    press(Qt::Key_Return);
    REQUIRE(page.submission().has_value());
    return page.submission()->tracking;
}

// Standard output of an independent tool (poppler, zbar); its warnings on standard error are dropped.
QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

// The QR code on the first page, decoded by zbarimg from a rendering by pdftoppm.
QString pdfQrCode(const QString &path, const QString &workDir)
{
    const QString prefix = QDir(workDir).filePath(QStringLiteral("page"));
    tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"),
                                      QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path, prefix});
    const QStringList pages = QDir(workDir).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    if (pages.isEmpty())
        return {};
    return tool(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), QDir(workDir).filePath(pages.first())}).trimmed();
}

} // namespace

TEST_CASE("intake page: a whole walk-in from the keyboard, new resident from the NIK, receipt as PDF")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    IntakePage page(services, officer);
    Dialogs dialogs;
    QTemporaryDir out;
    REQUIRE(out.isValid());
    dialogs.pdfPath = out.filePath(QStringLiteral("tanda-terima.pdf"));
    dialogs.attach(page);
    showActive(&page);

    auto *steps = child<QStackedWidget>(&page, QStringLiteral("intakeStepStack"));
    auto *banner = child<QLabel>(&page, QStringLiteral("intakeErrorBanner"));
    CHECK(child<QLabel>(&page, QStringLiteral("stepResidentLabel"))->text() == QStringLiteral("1. Pemohon"));
    CHECK(steps->currentWidget()->objectName() == QStringLiteral("residentStepPage"));

    // 1. Pemohon: the NIK pasted with spaces; its parts are decoded at once.
    CHECK(focusedName() == QStringLiteral("nikLineEdit"));
    typeText(QStringLiteral("3302 2755 0590 0003"));
    const QString nikMessage = child<QLabel>(&page, QStringLiteral("nikCheckLabel"))->text();
    CHECK(nikMessage.contains(QStringLiteral("perempuan")));
    CHECK(nikMessage.contains(QStringLiteral("15 Mei 1990")));
    CHECK(nikMessage.contains(QStringLiteral("Purwokerto Utara")));
    CHECK(child<QLabel>(&page, QStringLiteral("residentStatusLabel"))->text().contains(QStringLiteral("belum terdaftar")));
    CHECK(child<QLineEdit>(&page, QStringLiteral("birthDateLineEdit"))->text() == QStringLiteral("15-05-1990"));
    CHECK(child<QComboBox>(&page, QStringLiteral("sexComboBox"))->currentData().toString() == QStringLiteral("F"));
    CHECK(child<QComboBox>(&page, QStringLiteral("sexComboBox"))->currentText() == QStringLiteral("Perempuan"));
    auto *village = child<QComboBox>(&page, QStringLiteral("villageComboBox"));
    CHECK(village->count() == 8);   // "pick" and the seven kelurahan of Purwokerto Utara
    CHECK(village->findText(QStringLiteral("Grendeng")) > 0);

    // Enter after a new NIK goes to the first field still to fill, without an error.
    press(Qt::Key_Return);
    CHECK(page.currentStep() == IntakePage::ResidentStep);
    CHECK(focusedName() == QStringLiteral("fullNameLineEdit"));
    CHECK_FALSE(banner->isVisible());
    typeText(QStringLiteral("Siti Nur'aini"));
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("birthPlaceLineEdit"));
    typeText(QStringLiteral("Banyumas"));
    press(Qt::Key_Tab);   // birth date, already filled from the NIK
    press(Qt::Key_Tab);   // sex, already chosen
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("religionComboBox"));
    typeText(QStringLiteral("I"));
    CHECK(child<QComboBox>(&page, QStringLiteral("religionComboBox"))->currentText() == QStringLiteral("Islam"));
    press(Qt::Key_Tab);   // marital status
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("occupationLineEdit"));
    typeText(QStringLiteral("Karyawan Swasta"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("Jl. Gunung Slamet No. 5"));
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("rtLineEdit"));
    typeText(QStringLiteral("3"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("5"));
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("villageComboBox"));
    typeText(QStringLiteral("G"));
    CHECK(village->currentText() == QStringLiteral("Grendeng"));
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("phoneLineEdit"));
    typeText(QStringLiteral("0812 3456 7890"));
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("residentWarningLabel"))->isVisible());
    press(Qt::Key_Return);
    INFO("banner: " << banner->text().toStdString());
    REQUIRE(page.currentStep() == IntakePage::ServiceStep);

    // 2. Layanan: typed part of the name, Enter picks it, Space ticks the papers.
    CHECK(focusedName() == QStringLiteral("serviceFilterLineEdit"));
    typeText(QStringLiteral("legal"));
    auto *list = child<QListWidget>(&page, QStringLiteral("serviceListWidget"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("LEGALISASI")));
    press(Qt::Key_Return);
    CHECK(page.currentStep() == IntakePage::ServiceStep);
    CHECK(child<QLabel>(&page, QStringLiteral("chosenServiceLabel"))->text().contains(QStringLiteral("LEGALISASI")));
    const QString standard = child<QTextBrowser>(&page, QStringLiteral("serviceStandardText"))->toPlainText();
    CHECK(standard.contains(QStringLiteral("1 hari kerja")));
    CHECK(standard.contains(QStringLiteral("wajib")));
    CHECK(child<QRadioButton>(&page, QStringLiteral("walkInRadioButton"))->isChecked());
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("duplicateWarningLabel"))->isVisible());
    CHECK(focusedName() == QStringLiteral("requirement_dokumen_asli"));
    CHECK(child<QCheckBox>(&page, QStringLiteral("requirement_dokumen_asli"))->text().contains(QStringLiteral("(wajib)")));
    CHECK(child<QCheckBox>(&page, QStringLiteral("requirement_surat_kuasa"))->text().contains(QStringLiteral("(bila ada)")));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("requirement_fotokopi_dokumen"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    press(Qt::Key_Space);   // KTP
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);     // no power of attorney: past it, to the purpose
    CHECK(focusedName() == QStringLiteral("purposeLineEdit"));
    typeText(QStringLiteral("Melamar pekerjaan"));
    CHECK(child<QCheckBox>(&page, QStringLiteral("requirement_ktp"))->isChecked());
    CHECK_FALSE(child<QCheckBox>(&page, QStringLiteral("requirement_surat_kuasa"))->isChecked());

    // The handouts of this step go to the preview (here: the test's stand-in).
    click(child<QPushButton>(&page, QStringLiteral("printStandardButton")));
    click(child<QPushButton>(&page, QStringLiteral("printLeafletButton")));
    REQUIRE(dialogs.previews.size() == 2);
    CHECK(dialogs.previews.at(0).title.contains(QStringLiteral("LEGALISASI")));
    CHECK(dialogs.previews.at(0).content.html.contains(QStringLiteral("Legalisasi")));
    CHECK_FALSE(dialogs.previews.at(1).content.html.isEmpty());

    // Esc goes back a step and Enter forward again: nothing typed is lost.
    child<QLineEdit>(&page, QStringLiteral("purposeLineEdit"))->setFocus();
    press(Qt::Key_Escape);
    CHECK(page.currentStep() == IntakePage::ResidentStep);
    CHECK(child<QLineEdit>(&page, QStringLiteral("fullNameLineEdit"))->text() == QStringLiteral("Siti Nur'aini"));
    press(Qt::Key_Return);
    REQUIRE(page.currentStep() == IntakePage::ServiceStep);
    CHECK(child<QCheckBox>(&page, QStringLiteral("requirement_dokumen_asli"))->isChecked());
    CHECK(child<QLineEdit>(&page, QStringLiteral("purposeLineEdit"))->text() == QStringLiteral("Melamar pekerjaan"));
    press(Qt::Key_Return);

    // 3. Ringkasan: everything mandatory is there, so Enter submits.
    REQUIRE(page.currentStep() == IntakePage::SummaryStep);
    const QString summary = child<QTextBrowser>(&page, QStringLiteral("summaryText"))->toPlainText();
    CHECK(summary.contains(QStringLiteral("Siti Nur'aini")));
    CHECK(summary.contains(QStringLiteral("penduduk baru")));
    CHECK(summary.contains(QStringLiteral("LEGALISASI")));
    CHECK(summary.contains(QStringLiteral("Melamar pekerjaan")));
    CHECK_FALSE(child<QCheckBox>(&page, QStringLiteral("incompleteCheckBox"))->isEnabled());
    CHECK(focusedName() == QStringLiteral("submitButton"));
    press(Qt::Key_Return);
    INFO("banner: " << banner->text().toStdString());
    REQUIRE(page.submission().has_value());

    const QString tracking = child<QLabel>(&page, QStringLiteral("trackingNumberLabel"))->text();
    CHECK(child<QLabel>(&page, QStringLiteral("trackingNumberLabel"))->isVisible());
    const RequestDetails stored = services.intake().find(officer, tracking);
    CHECK(stored.tracking == tracking);
    CHECK(stored.channel == QStringLiteral("walk_in"));
    CHECK(stored.status == QStringLiteral("submitted"));
    CHECK(stored.service.code == QStringLiteral("LEGALISASI"));
    CHECK(stored.fields.value(QStringLiteral("keperluan")) == QStringLiteral("Melamar pekerjaan"));
    CHECK(stored.resident.fullName == QStringLiteral("Siti Nur'aini"));
    CHECK(stored.resident.nik == kNewNik);
    CHECK(stored.resident.birthDate == QDate(1990, 5, 15));
    CHECK(stored.resident.sex == QStringLiteral("F"));
    CHECK(stored.resident.religion == QStringLiteral("Islam"));
    CHECK(stored.resident.rt == QStringLiteral("003"));
    CHECK(stored.resident.villageCode == QStringLiteral("33.02.27.1005"));
    int received = 0;
    for (const RequirementState &r : stored.requirements)
        received += r.received ? 1 : 0;
    CHECK(received == 3);
    CHECK(child<QLabel>(&page, QStringLiteral("dueDateLabel"))->text().contains(QString::number(stored.dueDate.year())));
    CHECK(child<QLabel>(&page, QStringLiteral("submissionStatusLabel"))->text().contains(ReceiptDocument::statusLabel(QStringLiteral("submitted"))));
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("missingPapersLabel"))->isVisible());
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("submitButton"))->isVisible());

    // After the submit Esc and Enter change nothing: the request cannot be sent twice.
    child<QWidget>(&page, QStringLiteral("paperComboBox"))->setFocus();
    press(Qt::Key_Escape);
    press(Qt::Key_Return);
    CHECK(page.currentStep() == IntakePage::SummaryStep);
    CHECK(page.submission()->tracking == tracking);

    // The receipt: the preview gets it, and "save as PDF" writes a real PDF with the number.
    click(child<QPushButton>(&page, QStringLiteral("printReceiptButton")));
    REQUIRE(dialogs.previews.size() == 3);
    CHECK(dialogs.previews.at(2).title.contains(tracking));
    CHECK(dialogs.previews.at(2).content.html.contains(tracking));
    CHECK(dialogs.previews.at(2).pageSize.id() == QPageSize::A5);
    click(child<QPushButton>(&page, QStringLiteral("saveReceiptPdfButton")));
    CHECK(dialogs.pdfAsked == 1);
    INFO("banner: " << banner->text().toStdString());
    QFile pdf(dialogs.pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    pdf.close();
    const QString text = pdfText(dialogs.pdfPath);
    CHECK(text.contains(tracking));
    CHECK(text.contains(QStringLiteral("3302**********03")));
    CHECK(pdfQrCode(dialogs.pdfPath, out.path()) == tracking);
    CHECK(banner->text().contains(QStringLiteral("disimpan")));

    // The papers can now be scanned or added into any requirement slot of the request.
    CHECK(child<QComboBox>(&page, QStringLiteral("paperSlotComboBox"))->count() == int(stored.requirements.size()));
    CHECK(child<QLabel>(&page, QStringLiteral("papersLabel"))->text().contains(QStringLiteral("Belum ada berkas")));
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("viewPapersButton"))->isEnabled());

    // "Permohonan baru" empties the page for the next resident.
    click(child<QPushButton>(&page, QStringLiteral("newRequestButton")));
    CHECK(page.currentStep() == IntakePage::ResidentStep);
    CHECK_FALSE(page.submission().has_value());
    CHECK(child<QLineEdit>(&page, QStringLiteral("nikLineEdit"))->text().isEmpty());
    CHECK(child<QLineEdit>(&page, QStringLiteral("fullNameLineEdit"))->text().isEmpty());
    CHECK_FALSE(child<QWidget>(&page, QStringLiteral("resultPanel"))->isVisible());
    CHECK(focusedName() == QStringLiteral("nikLineEdit"));
}

TEST_CASE("intake page: a known NIK fills the form, a name search finds the resident, an edit is saved with the request")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    services.residents().save(officer, knownResident());
    IntakePage page(services, officer);
    Dialogs dialogs;
    dialogs.attach(page);
    showActive(&page);
    auto *banner = child<QLabel>(&page, QStringLiteral("intakeErrorBanner"));

    SECTION("the NIK fills the form and Enter goes straight on")
    {
        typeText(QStringLiteral("3302.2712.0485.0002"));
        CHECK(child<QLineEdit>(&page, QStringLiteral("fullNameLineEdit"))->text() == QStringLiteral("Moh. Ali Nur'aini"));
        CHECK(child<QLineEdit>(&page, QStringLiteral("birthDateLineEdit"))->text() == QStringLiteral("12-04-1985"));
        CHECK(child<QLineEdit>(&page, QStringLiteral("rtLineEdit"))->text() == QStringLiteral("003"));
        CHECK(child<QComboBox>(&page, QStringLiteral("villageComboBox"))->currentText() == QStringLiteral("Grendeng"));
        CHECK(child<QLabel>(&page, QStringLiteral("residentStatusLabel"))->text().contains(QStringLiteral("terdaftar")));
        press(Qt::Key_Return);
        CHECK(page.currentStep() == IntakePage::ServiceStep);
        CHECK_FALSE(banner->isVisible());
    }

    SECTION("the name search shows results as the officer types; Enter picks one")
    {
        auto *search = child<QLineEdit>(&page, QStringLiteral("residentSearchLineEdit"));
        search->setFocus();
        typeText(QStringLiteral("nura"));
        auto *results = child<QListWidget>(&page, QStringLiteral("residentSearchResultsList"));
        // The search runs after a short pause in typing.
    REQUIRE(QTest::qWaitFor([results] { return results->count() > 0; }, 2000));
    CHECK(results->count() == 1);
        CHECK(results->item(0)->text().contains(QStringLiteral("Moh. Ali Nur'aini")));
        press(Qt::Key_Return);
        CHECK(page.currentStep() == IntakePage::ResidentStep);   // picking does not move on by itself
        CHECK(child<QLineEdit>(&page, QStringLiteral("nikLineEdit"))->text() == QStringLiteral("3302271204850002"));
        CHECK(focusedName() == QStringLiteral("fullNameLineEdit"));

        // An edit of the phone is stored with the request, in the same transaction.
        retype(child<QLineEdit>(&page, QStringLiteral("phoneLineEdit")), QStringLiteral("0899 1111 2222"));
        press(Qt::Key_Return);
        REQUIRE(page.currentStep() == IntakePage::ServiceStep);
        typeText(QStringLiteral("rekom skck"));
        press(Qt::Key_Return);
        while (qobject_cast<QCheckBox *>(focused())) {
            press(Qt::Key_Space);
            press(Qt::Key_Tab);
        }
        press(Qt::Key_Return);
        CHECK(child<QTextBrowser>(&page, QStringLiteral("summaryText"))->toPlainText().contains(QStringLiteral("diperbarui")));
        press(Qt::Key_Return);
        REQUIRE(page.submission().has_value());
        CHECK(services.residents().findByNik(officer, QStringLiteral("3302271204850002"))->phone == QStringLiteral("0899 1111 2222"));
        CHECK(services.intake().find(officer, page.submission()->tracking).service.code == QStringLiteral("REKOM-SKCK"));
    }

    SECTION("an invalid NIK says which part is wrong and does not advance")
    {
        typeText(QStringLiteral("330227550590000"));   // 15 digits
        auto *check = child<QLabel>(&page, QStringLiteral("nikCheckLabel"));
        CHECK(check->text().contains(QStringLiteral("16 angka")));
        CHECK(check->text().contains(QStringLiteral("15")));
        press(Qt::Key_Return);
        CHECK(page.currentStep() == IntakePage::ResidentStep);
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("16 angka")));
        CHECK(focusedName() == QStringLiteral("nikLineEdit"));

        retype(child<QLineEdit>(&page, QStringLiteral("nikLineEdit")), QStringLiteral("3302271513900003"));   // month 13
        CHECK(check->text().contains(QStringLiteral("bulan")));
        CHECK(check->text().contains(QStringLiteral("13")));
        press(Qt::Key_Return);
        CHECK(page.currentStep() == IntakePage::ResidentStep);
        CHECK(banner->text().contains(QStringLiteral("13")));
        CHECK(child<QLineEdit>(&page, QStringLiteral("nikLineEdit"))->text() == QStringLiteral("3302271513900003"));
    }

    SECTION("a birth date that differs from the NIK is a visible warning, not a refusal")
    {
        typeText(kNewNik);
        press(Qt::Key_Return);
        typeText(QStringLiteral("Sari"));
        press(Qt::Key_Tab);
        typeText(QStringLiteral("Banyumas"));
        retype(child<QLineEdit>(&page, QStringLiteral("birthDateLineEdit")), QStringLiteral("16-05-1990"));
        auto *warning = child<QLabel>(&page, QStringLiteral("residentWarningLabel"));
        CHECK(warning->isVisible());
        CHECK(warning->text().contains(QStringLiteral("berbeda")));
        press(Qt::Key_Return);
        CHECK(page.currentStep() == IntakePage::ServiceStep);
    }
}

TEST_CASE("intake page: a missing mandatory paper blocks the submit until the request is recorded as incomplete")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    services.residents().save(officer, knownResident());
    const QString nik = knownResident().nik;
    IntakePage page(services, officer);
    Dialogs dialogs;
    dialogs.attach(page);
    showActive(&page);
    auto *banner = child<QLabel>(&page, QStringLiteral("intakeErrorBanner"));

    typeText(nik);
    press(Qt::Key_Return);
    REQUIRE(page.currentStep() == IntakePage::ServiceStep);
    typeText(QStringLiteral("sktm"));
    press(Qt::Key_Return);
    CHECK(focusedName() == QStringLiteral("requirement_ktp"));
    press(Qt::Key_Space);   // only the KTP; KK and the kelurahan letter are missing
    press(Qt::Key_Return);
    REQUIRE(page.currentStep() == IntakePage::SummaryStep);

    auto *submit = child<QPushButton>(&page, QStringLiteral("submitButton"));
    auto *incomplete = child<QCheckBox>(&page, QStringLiteral("incompleteCheckBox"));
    auto *hint = child<QLabel>(&page, QStringLiteral("missingHintLabel"));
    CHECK_FALSE(submit->isEnabled());
    CHECK(incomplete->isEnabled());
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("Persyaratan wajib belum diterima")));
    CHECK(focusedName() == QStringLiteral("incompleteCheckBox"));
    press(Qt::Key_Return);   // refused: nothing is stored
    CHECK_FALSE(page.submission().has_value());
    CHECK(banner->isVisible());
    CHECK(services.intake().openRequests(officer, nik, QStringLiteral("SKTM")).isEmpty());

    press(Qt::Key_Space);   // "catat sebagai belum lengkap"
    CHECK(incomplete->isChecked());
    CHECK(submit->isEnabled());
    press(Qt::Key_Return);
    REQUIRE(page.submission().has_value());
    const QString tracking = page.submission()->tracking;
    const RequestDetails stored = services.intake().find(officer, tracking);
    CHECK(stored.status == QStringLiteral("returned"));
    CHECK(stored.incomplete);
    CHECK(child<QLabel>(&page, QStringLiteral("submissionStatusLabel"))->text().contains(QStringLiteral("Dikembalikan")));
    auto *missing = child<QLabel>(&page, QStringLiteral("missingPapersLabel"));
    CHECK(missing->isVisible());
    for (const RequirementState &r : stored.requirements)
        if (r.mandatory && !r.received)
            CHECK(missing->text().contains(r.label));

    // The same resident and service again: the open request is named before submitting.
    click(child<QPushButton>(&page, QStringLiteral("newRequestButton")));
    typeText(nik);
    press(Qt::Key_Return);
    typeText(QStringLiteral("sktm"));
    press(Qt::Key_Return);
    auto *duplicate = child<QLabel>(&page, QStringLiteral("duplicateWarningLabel"));
    CHECK(duplicate->isVisible());
    CHECK(duplicate->text().contains(tracking));
}

TEST_CASE("intake page: bad input is refused with core's message and nothing typed is lost")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    IntakePage page(services, officer);
    showActive(&page);
    auto *banner = child<QLabel>(&page, QStringLiteral("intakeErrorBanner"));
    auto *name = child<QLineEdit>(&page, QStringLiteral("fullNameLineEdit"));
    auto *place = child<QLineEdit>(&page, QStringLiteral("birthPlaceLineEdit"));
    auto *phone = child<QLineEdit>(&page, QStringLiteral("phoneLineEdit"));

    typeText(kNewNik);
    press(Qt::Key_Return);
    CHECK(focusedName() == QStringLiteral("fullNameLineEdit"));

    // An empty required field, from any field but the NIK, is named.
    phone->setFocus();
    press(Qt::Key_Return);
    CHECK(page.currentStep() == IntakePage::ResidentStep);
    CHECK(banner->text() == QStringLiteral("Nama lengkap wajib diisi."));
    CHECK(focusedName() == QStringLiteral("fullNameLineEdit"));

    const QString longName(10000, u'a');
    name->setText(longName);
    place->setText(QStringLiteral("Banyumas"));
    phone->setFocus();
    press(Qt::Key_Return);
    CHECK(page.currentStep() == IntakePage::ResidentStep);
    CHECK(banner->text().contains(QStringLiteral("10000")));
    CHECK(name->text() == longName);   // kept, not cut

    name->setText(QStringLiteral("Budi\tSantoso"));
    press(Qt::Key_Return);
    CHECK(page.currentStep() == IntakePage::ResidentStep);
    CHECK(banner->text().contains(QStringLiteral("karakter kendali")));

    retype(child<QLineEdit>(&page, QStringLiteral("rtLineEdit")), QStringLiteral("3a"));
    name->setText(QStringLiteral("Robert'); DROP TABLE resident;--"));
    press(Qt::Key_Return);
    CHECK(page.currentStep() == IntakePage::ResidentStep);
    CHECK(banner->text().contains(QStringLiteral("RT")));
    retype(child<QLineEdit>(&page, QStringLiteral("rtLineEdit")), QStringLiteral("3"));

    retype(child<QLineEdit>(&page, QStringLiteral("birthDateLineEdit")), QStringLiteral("31-02-1990"));
    press(Qt::Key_Return);
    CHECK(banner->text().contains(QStringLiteral("31-02-1990")));
    CHECK(focusedName() == QStringLiteral("birthDateLineEdit"));
    retype(child<QLineEdit>(&page, QStringLiteral("birthDateLineEdit")), QStringLiteral("15/05/1990"));
    press(Qt::Key_Return);
    REQUIRE(page.currentStep() == IntakePage::ServiceStep);

    // An extra field with a bad name is refused by core at the submit; going back keeps it all.
    typeText(QStringLiteral("legalisasi"));
    press(Qt::Key_Return);
    while (qobject_cast<QCheckBox *>(focused())) {
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
    }
    CHECK(focusedName() == QStringLiteral("purposeLineEdit"));
    typeText(QStringLiteral("Untuk \"beasiswa\" & 'KIP'"));
    click(child<QPushButton>(&page, QStringLiteral("addFieldButton")));
    auto *fields = child<QTableWidget>(&page, QStringLiteral("extraFieldsTable"));
    REQUIRE(fields->rowCount() == 1);
    typeText(QStringLiteral("Nama Sekolah"));   // the new row's name cell is open for typing
    press(Qt::Key_Return);
    QCoreApplication::processEvents();            // the cell is committed after the key
    fields->setCurrentCell(0, 1);
    fields->editItem(fields->item(0, 1));
    typeText(QStringLiteral("SMA N 1"));
    press(Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(fields->item(0, 0)->text() == QStringLiteral("Nama Sekolah"));
    CHECK(fields->item(0, 1)->text() == QStringLiteral("SMA N 1"));
    child<QLineEdit>(&page, QStringLiteral("purposeLineEdit"))->setFocus();
    press(Qt::Key_Return);
    REQUIRE(page.currentStep() == IntakePage::SummaryStep);
    press(Qt::Key_Return);
    CHECK_FALSE(page.submission().has_value());
    CHECK(banner->text().contains(QStringLiteral("Nama Sekolah")));
    CHECK_FALSE(services.residents().findByNik(officer, kNewNik).has_value());   // nothing half-saved

    press(Qt::Key_Escape);
    REQUIRE(page.currentStep() == IntakePage::ServiceStep);
    fields->item(0, 0)->setText(QStringLiteral("nama_sekolah"));
    child<QLineEdit>(&page, QStringLiteral("purposeLineEdit"))->setFocus();
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    INFO("banner: " << banner->text().toStdString());
    REQUIRE(page.submission().has_value());
    const RequestDetails stored = services.intake().find(officer, page.submission()->tracking);
    CHECK(stored.resident.fullName == QStringLiteral("Robert'); DROP TABLE resident;--"));
    CHECK(stored.fields.value(QStringLiteral("keperluan")) == QStringLiteral("Untuk \"beasiswa\" & 'KIP'"));
    CHECK(stored.fields.value(QStringLiteral("nama_sekolah")) == QStringLiteral("SMA N 1"));
    CHECK(stored.resident.birthDate == QDate(1990, 5, 15));
}

TEST_CASE("intake page: an assisted request records the channel")
{
    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    services.residents().save(officer, knownResident());
    IntakePage page(services, officer);
    showActive(&page);
    typeText(knownResident().nik);
    press(Qt::Key_Return);
    typeText(QStringLiteral("legal"));
    press(Qt::Key_Return);
    while (qobject_cast<QCheckBox *>(focused())) {
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
    }
    child<QRadioButton>(&page, QStringLiteral("assistedRadioButton"))->setFocus();
    press(Qt::Key_Space);
    CHECK(child<QRadioButton>(&page, QStringLiteral("assistedRadioButton"))->isChecked());
    press(Qt::Key_Return);
    REQUIRE(page.currentStep() == IntakePage::SummaryStep);
    CHECK(child<QTextBrowser>(&page, QStringLiteral("summaryText"))->toPlainText().contains(ReceiptDocument::channelLabel(QStringLiteral("assisted"))));
    press(Qt::Key_Return);
    REQUIRE(page.submission().has_value());
    const RequestDetails stored = services.intake().find(officer, page.submission()->tracking);
    CHECK(stored.channel == QStringLiteral("assisted"));
    CHECK(stored.assistedByName == officer.fullName);
}

TEST_CASE("intake page: the receipt is printed on the CUPS queue LoketPDF")
{
    const QStringList printers = ui::printerNames();
    if (!printers.contains(QStringLiteral("LoketPDF")))
        FAIL("The CUPS queue LoketPDF is missing (printers seen: " << printers.join(QStringLiteral(", ")).toStdString()
             << "). Run scripts/start-test-services.sh first; CI runs it.");

    DemoDb db;
    AppServices &services = db.services();
    const Session officer = db.login(QStringLiteral("petugas"));
    services.residents().save(officer, knownResident());
    IntakePage page(services, officer);
    showActive(&page);
    const QString tracking = submitForKnownResident(page, knownResident().nik, QStringLiteral("legal"));

    const QDir pdfDir(QDir::home().filePath(QStringLiteral("PDF")));
    QSet<QString> before;
    for (const QFileInfo &f : pdfDir.entryInfoList({QStringLiteral("*.pdf")}, QDir::Files))
        before.insert(f.fileName());

    auto *printer = child<QComboBox>(&page, QStringLiteral("printerComboBox"));
    const int index = printer->findText(QStringLiteral("LoketPDF"));
    REQUIRE(index >= 0);
    printer->setCurrentIndex(index);
    click(child<QPushButton>(&page, QStringLiteral("printToPrinterButton")));
    auto *banner = child<QLabel>(&page, QStringLiteral("intakeErrorBanner"));
    INFO("banner: " << banner->text().toStdString());
    CHECK(banner->text().contains(QStringLiteral("LoketPDF")));

    // cups-pdf writes the job into ~/PDF once it has gone through the queue.
    QString produced;
    QDeadlineTimer deadline(20000);
    while (produced.isEmpty() && !deadline.hasExpired()) {
        QTest::qWait(250);
        for (const QFileInfo &f : pdfDir.entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Time)) {
            if (before.contains(f.fileName()) || f.size() == 0)
                continue;
            QFile file(f.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            if (bytes.startsWith("%PDF-") && bytes.contains("%%EOF"))   // written to the end
                produced = f.filePath();
        }
    }
    INFO("PDF folder: " << pdfDir.path().toStdString());
    REQUIRE_FALSE(produced.isEmpty());
    // The CUPS filters turn the text into Type 3 glyphs pdftotext cannot read back; the QR code
    // of the printed page says which receipt it is.
    QTemporaryDir work;
    REQUIRE(work.isValid());
    CHECK(pdfQrCode(produced, work.path()) == tracking);
    QFile::remove(produced);
}
