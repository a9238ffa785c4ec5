#include "LettersPage.h"

#include "LetterDialog.h"
#include "LetterVerifyWidget.h"
#include "common/MessageBanner.h"
#include "common/PageHeader.h"
#include "common/SaveFileDialog.h"
#include "letters/LetterService.h"
#include "letters/VerifyPage.h"
#include "office/OfficeService.h"
#include "print/PrintoutService.h"
#include "request/ReasonDialog.h"
#include "setup/AppServices.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QString statusText(const QString &status)
{
    if (status == QStringLiteral("revoked"))
        return LettersPage::tr("Dicabut");
    if (status == QStringLiteral("voided"))
        return LettersPage::tr("Nomor dibatalkan");
    return LettersPage::tr("Berlaku");
}

} // namespace

LettersPage::LettersPage(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("lettersPage"));
    auto *root = new QVBoxLayout(this);
    root->addWidget(createPageTitle(tr("Surat"), this));
    m_banner = new MessageBanner(QStringLiteral("lettersBanner"), this);
    root->addWidget(m_banner);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("lettersTabs"));
    root->addWidget(tabs, 1);

    auto *registerTab = new QWidget(tabs);
    auto *layout = new QVBoxLayout(registerTab);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(registerTab);
    m_search->setObjectName(QStringLiteral("letterSearchLineEdit"));
    m_search->setPlaceholderText(tr("Cari nomor, nama, nomor pelacakan atau perihal"));
    m_search->setClearButtonEnabled(true);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), registerTab);
    m_from->setObjectName(QStringLiteral("letterFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_to = new QDateEdit(QDate::currentDate(), registerTab);
    m_to->setObjectName(QStringLiteral("letterToDateEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    auto *from = new QLabel(tr("&Dari"), registerTab);
    from->setBuddy(m_from);
    auto *to = new QLabel(tr("&Sampai"), registerTab);
    to->setBuddy(m_to);
    filters->addWidget(m_search, 1);
    filters->addWidget(from);
    filters->addWidget(m_from);
    filters->addWidget(to);
    filters->addWidget(m_to);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, 8, registerTab);
    m_table->setObjectName(QStringLiteral("letterTable"));
    m_table->setHorizontalHeaderLabels({tr("Nomor"), tr("Tanggal"), tr("Nomor pelacakan"), tr("Layanan"), tr("Penduduk"),
                                        tr("Penandatangan"), tr("Status"), tr("Cetak")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, registerTab);
        b->setObjectName(QString::fromLatin1(name));
        actions->addWidget(b);
        return b;
    };
    QPushButton *print = button(tr("Cetak…"), "registerPrintButton");
    QPushButton *pdf = button(tr("Simpan PDF…"), "registerPdfButton");
    QPushButton *csv = button(tr("Ekspor CSV…"), "registerCsvButton");
    actions->addStretch(1);
    const bool withdraws = m_session.has(Role::Signer) || m_session.has(Role::Admin);
    QPushButton *revoke = button(tr("Cabut surat…"), "registerRevokeButton");
    QPushButton *voidNumber = button(tr("Batalkan nomor…"), "registerVoidButton");
    QPushButton *verifyPage = button(tr("Halaman verifikasi…"), "registerVerifyPageButton");
    verifyPage->setToolTip(tr("Tulis halaman web tempat siapa pun memeriksa surat dari kode QR-nya, dengan kunci dan "
                              "pencabutan saat ini"));
    revoke->setVisible(withdraws);
    voidNumber->setVisible(withdraws);
    verifyPage->setVisible(withdraws);
    layout->addLayout(actions);
    tabs->addTab(registerTab, tr("Register surat"));
    tabs->addTab(new LetterVerifyWidget(m_services, tabs), tr("Periksa keaslian"));

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &LettersPage::reload);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, this, &LettersPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &LettersPage::reload);
    connect(print, &QPushButton::clicked, this, &LettersPage::printSelected);
    connect(pdf, &QPushButton::clicked, this, &LettersPage::savePdf);
    connect(csv, &QPushButton::clicked, this, &LettersPage::exportCsv);
    connect(revoke, &QPushButton::clicked, this, [this] { withdraw(false); });
    connect(voidNumber, &QPushButton::clicked, this, [this] { withdraw(true); });
    connect(verifyPage, &QPushButton::clicked, this, &LettersPage::writeVerifyPage);
    reload();
}

void LettersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void LettersPage::reload()
{
    QList<LetterRecord> letters;
    constexpr int kShown = 1000;
    if (!m_banner->attempt([&] { letters = m_services.letters().list(m_session, m_from->date(), m_to->date(), m_search->text(), kShown); }))
        return;
    if (letters.size() == kShown)
        m_banner->showInfo(tr("Ditampilkan %1 surat terbaru: persempit tanggal atau pencarian. Ekspor CSV memuat semuanya.").arg(kShown));
    const QString selected = selectedId();
    m_table->setRowCount(int(letters.size()));
    for (int row = 0; row < letters.size(); ++row) {
        const LetterRecord &l = letters.at(row);
        const QStringList cells{l.number, l.date.toString(QStringLiteral("dd-MM-yyyy")), l.tracking, l.serviceCode, l.residentName,
                                l.signerName, statusText(l.status), QString::number(l.prints)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, l.id);
            if (column == 6 && !l.reason.isEmpty())
                item->setToolTip(l.reason);
            m_table->setItem(row, column, item);
        }
        if (l.id == selected)
            m_table->selectRow(row);
    }
}

QString LettersPage::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

QString LettersPage::chosenId()
{
    const QString id = selectedId();
    if (id.isEmpty())
        m_banner->showError(tr("Pilih surat dahulu."));
    return id;
}

QString LettersPage::selectedNumber() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const QTableWidgetItem *number = items.isEmpty() ? nullptr : m_table->item(items.first()->row(), 0);
    return number ? number->text() : QString();
}

void LettersPage::exportCsv()
{
    const QString path = askSavePath(this, QStringLiteral("registerCsvDialog"), tr("Ekspor register surat"), tr("CSV (*.csv)"),
                                     QStringLiteral("csv"), tr("register-surat.csv"));
    if (path.isEmpty())
        return;
    if (m_banner->attempt([&] {
            const QList<LetterRecord> letters = m_services.letters().list(m_session, m_from->date(), m_to->date(), m_search->text(),
                                                                          LetterService::kRegisterMax);
            PrintoutService::writeFile(path, QByteArray("\xEF\xBB\xBF") + LetterService::registerCsv(letters).toUtf8());
        }))
        m_banner->showInfo(tr("Register disimpan ke %1.").arg(QDir::toNativeSeparators(path)));
}

void LettersPage::savePdf()
{
    const QString id = chosenId();
    if (id.isEmpty())
        return;
    const QString path = askSavePath(this, QStringLiteral("registerPdfDialog"), tr("Simpan PDF surat"), tr("Dokumen PDF (*.pdf)"),
                                     QStringLiteral("pdf"), tr("surat-%1.pdf").arg(selectedNumber().replace(u'/', u'-')));
    if (path.isEmpty())
        return;
    if (m_banner->attempt([&] { PrintoutService::writeFile(path, m_services.letters().letterPdf(m_session, id)); }))
        m_banner->showInfo(tr("PDF surat disimpan ke %1.").arg(QDir::toNativeSeparators(path)));
}

void LettersPage::printSelected()
{
    const QString id = chosenId();
    if (id.isEmpty())
        return;
    LetterRecord record;
    if (!m_banner->attempt([&] { record = m_services.letters().letter(m_session, id); }))
        return;
    LetterPrintDialog dialog(m_services, m_session, record, this);
    if (dialog.exec() == QDialog::Accepted && dialog.result()) {
        m_banner->showInfo(tr("Surat %1 dikirim ke %2.").arg(record.number, dialog.result()->printer));
        reload();
    }
}

void LettersPage::withdraw(bool voidNumber)
{
    const QString id = chosenId();
    if (id.isEmpty())
        return;
    LetterRecord record;
    if (!m_banner->attempt([&] { record = m_services.letters().letter(m_session, id); }))
        return;
    ReasonDialog dialog(voidNumber ? tr("Batalkan nomor %1").arg(record.number) : tr("Cabut surat %1").arg(record.number),
                        voidNumber ? tr("Mengapa nomor ini dibatalkan (surat rusak atau salah cetak)? Nomor tetap tercatat "
                                        "dan tidak akan dipakai lagi.")
                                   : tr("Mengapa surat ini dicabut? Alasan ini ditunjukkan kepada siapa pun yang memeriksa surat."),
                        voidNumber ? tr("Batalkan nomor") : tr("Cabut surat"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_banner->attempt([&] {
            if (voidNumber)
                m_services.letters().voidNumber(m_session, record.number, dialog.text());
            else
                m_services.letters().revoke(m_session, record.id, dialog.text());
        })) {
        m_banner->showInfo(voidNumber ? tr("Nomor %1 dibatalkan.").arg(record.number) : tr("Surat %1 dicabut.").arg(record.number));
        reload();
    }
}

void LettersPage::writeVerifyPage()
{
    const QString dir = askFolder(this, QStringLiteral("verifyPageDialog"), tr("Folder untuk halaman verifikasi"));
    if (dir.isEmpty())
        return;
    const bool replace = VerifyPage::holdsOtherPage(dir);
    if (replace
        && QMessageBox::question(this, tr("Ganti index.html?"),
                                 tr("Folder %1 sudah berisi index.html yang bukan halaman verifikasi Loket (mungkin halaman utama "
                                    "situs kantor). Ganti berkas itu dengan halaman verifikasi?")
                                     .arg(QDir::toNativeSeparators(dir)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    VerifyPageResult r;
    if (!m_banner->attempt([&] { r = VerifyPage::write(dir, m_services.letters().exportKeys(), m_services.office().logo(), replace); }))
        return;
    const QString written = tr("Halaman verifikasi ditulis ke %1 (%2 kunci, %3 surat dicabut). Pasang di alamat verifikasi "
                               "kantor; tulis lagi sesudah mencabut surat atau membuat kunci baru.")
                                .arg(QDir::toNativeSeparators(r.file)).arg(r.keys).arg(r.revoked);
    m_banner->showInfo(r.warnings.isEmpty() ? written : written + u' ' + tr("Perhatian: %1").arg(r.warnings.join(u' ')));
}

} // namespace loket::ui
