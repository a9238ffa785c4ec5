#include "LetterTemplatesWidget.h"

#include "common/MessageBanner.h"
#include "letters/LetterPages.h"
#include "letters/LetterService.h"
#include "setup/AppServices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

LetterTemplatesWidget::LetterTemplatesWidget(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("letterTemplatesWidget"));
    auto *root = new QVBoxLayout(this);
    m_banner = new MessageBanner(QStringLiteral("letterSettingsBanner"), this);
    root->addWidget(m_banner);

    // Numbering and the verification address.
    auto *numbering = new QGroupBox(tr("Penomoran dan verifikasi"), this);
    auto *nf = new QFormLayout(numbering);
    m_verifyUrl = new QLineEdit(numbering);
    m_verifyUrl->setObjectName(QStringLiteral("verifyUrlLineEdit"));
    m_verifyUrl->setMaxLength(200);
    m_numberFormat = new QLineEdit(numbering);
    m_numberFormat->setObjectName(QStringLiteral("numberFormatLineEdit"));
    m_numberFormat->setMaxLength(100);
    m_numberFormat->setToolTip(tr("Bagian: {klasifikasi}, {nomor} atau {nomor:04}, {unit}, {tahun}"));
    m_registers = new QComboBox(numbering);
    m_registers->setObjectName(QStringLiteral("registersComboBox"));
    m_registers->addItem(tr("Satu register per kode klasifikasi"), QStringLiteral("per_code"));
    m_registers->addItem(tr("Satu register untuk kantor"), QStringLiteral("office"));
    auto *saveSettings = new QPushButton(tr("Simpan penomoran"), numbering);
    saveSettings->setObjectName(QStringLiteral("saveNumberingButton"));
    nf->addRow(tr("Alamat verifikasi (QR)"), m_verifyUrl);
    nf->addRow(tr("Format nomor"), m_numberFormat);
    nf->addRow(tr("Register"), m_registers);
    nf->addRow(QString(), saveSettings);
    root->addWidget(numbering);

    // The editor (scrolls when the window is small) beside the live preview on a real request.
    auto *split = new QSplitter(this);
    root->addWidget(split, 1);
    auto *editorScroll = new QScrollArea(split);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    auto *editor = new QWidget(editorScroll);
    editorScroll->setWidget(editor);
    auto *el = new QVBoxLayout(editor);
    auto *form = new QFormLayout;
    el->addLayout(form);
    m_service = new QComboBox(editor);
    m_service->setObjectName(QStringLiteral("templateServiceComboBox"));
    m_version = new QLabel(editor);
    m_version->setObjectName(QStringLiteral("templateVersionLabel"));
    m_kind = new QComboBox(editor);
    m_kind->setObjectName(QStringLiteral("templateKindComboBox"));
    m_kind->addItem(tr("Surat keterangan / rekomendasi"), QStringLiteral("keterangan"));
    m_kind->addItem(tr("Surat dinas (Nomor, Lampiran, Perihal, Yth.)"), QStringLiteral("surat"));
    m_kind->addItem(tr("Pengesahan / legalisasi"), QStringLiteral("pengesahan"));
    m_paper = new QComboBox(editor);
    m_paper->setObjectName(QStringLiteral("templatePaperComboBox"));
    m_paper->addItem(QStringLiteral("A4"), QStringLiteral("a4"));
    m_paper->addItem(QStringLiteral("F4 (215 × 330 mm)"), QStringLiteral("f4"));
    m_title = new QLineEdit(editor);
    m_title->setObjectName(QStringLiteral("templateTitleLineEdit"));
    m_subject = new QLineEdit(editor);
    m_subject->setObjectName(QStringLiteral("templateSubjectLineEdit"));
    m_authority = new QLineEdit(editor);
    m_authority->setObjectName(QStringLiteral("templateAuthorityLineEdit"));
    m_authority->setPlaceholderText(tr("mis. a.n. BUPATI BANYUMAS; kosong bila atas kewenangan Camat"));
    m_addressee = new QPlainTextEdit(editor);
    m_addressee->setObjectName(QStringLiteral("templateAddresseeTextEdit"));
    m_addressee->setMaximumHeight(50);
    m_attachment = new QLineEdit(editor);
    m_attachment->setObjectName(QStringLiteral("templateAttachmentLineEdit"));
    form->addRow(tr("Layanan"), m_service);
    form->addRow(tr("Versi"), m_version);
    form->addRow(tr("Jenis"), m_kind);
    form->addRow(tr("Kertas"), m_paper);
    form->addRow(tr("Judul"), m_title);
    form->addRow(tr("Perihal"), m_subject);
    form->addRow(tr("Atas nama"), m_authority);
    form->addRow(tr("Kepada Yth."), m_addressee);
    form->addRow(tr("Lampiran"), m_attachment);
    m_fields = new QTableWidget(0, 4, editor);
    m_fields->setObjectName(QStringLiteral("templateFieldsTable"));
    m_fields->setHorizontalHeaderLabels({tr("Nama isian"), tr("Label"), tr("Nilai awal"), tr("Banyak baris")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->setMaximumHeight(150);
    el->addWidget(new QLabel(tr("Isian yang diisi petugas per surat ({{isian.NAMA}}):"), editor));
    el->addWidget(m_fields);
    auto *fieldButtons = new QHBoxLayout;
    auto *addField = new QPushButton(tr("Tambah isian"), editor);
    addField->setObjectName(QStringLiteral("addTemplateFieldButton"));
    auto *removeField = new QPushButton(tr("Hapus isian"), editor);
    removeField->setObjectName(QStringLiteral("removeTemplateFieldButton"));
    fieldButtons->addWidget(addField);
    fieldButtons->addWidget(removeField);
    fieldButtons->addStretch(1);
    el->addLayout(fieldButtons);
    // The placeholders are inserted from a list at the cursor, not typed from memory.
    auto *bodyBar = new QHBoxLayout;
    auto *bodyLabel = new QLabel(tr("&Isi surat (HTML)"), editor);
    m_insertPlaceholder = new QComboBox(editor);
    m_insertPlaceholder->setObjectName(QStringLiteral("insertPlaceholderComboBox"));
    m_insertPlaceholder->addItem(tr("Sisipkan isian…"));
    for (const auto &p : LetterTemplates::placeholders())
        m_insertPlaceholder->addItem(QStringLiteral("{{%1}} — %2").arg(p.first, p.second), QStringLiteral("{{%1}}").arg(p.first));
    bodyBar->addWidget(bodyLabel);
    bodyBar->addStretch(1);
    bodyBar->addWidget(m_insertPlaceholder);
    el->addLayout(bodyBar);
    m_body = new QPlainTextEdit(editor);
    m_body->setObjectName(QStringLiteral("templateBodyTextEdit"));
    m_body->setMinimumHeight(220);
    bodyLabel->setBuddy(m_body);
    connect(m_insertPlaceholder, &QComboBox::activated, this, [this](int index) {
        const QString placeholder = m_insertPlaceholder->itemData(index).toString();
        m_insertPlaceholder->setCurrentIndex(0);
        if (placeholder.isEmpty())
            return;
        m_body->insertPlainText(placeholder);
        m_body->setFocus();
    });
    el->addWidget(m_body, 1);
    auto *bottom = new QHBoxLayout;
    m_previewTracking = new QLineEdit(editor);
    m_previewTracking->setObjectName(QStringLiteral("previewTrackingLineEdit"));
    m_previewTracking->setPlaceholderText(tr("Nomor pelacakan untuk pratinjau"));
    auto *save = new QPushButton(tr("Simpan sebagai versi baru"), editor);
    save->setObjectName(QStringLiteral("saveTemplateButton"));
    save->setEnabled(m_session.has(Role::Admin));
    bottom->addWidget(m_previewTracking, 1);
    bottom->addWidget(save);
    el->addLayout(bottom);
    split->addWidget(editorScroll);

    m_pages = new LetterPages(QStringLiteral("templatePreview"), QStringLiteral("templatePreviewPage"), 60, split);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 440});

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    connect(m_previewTimer, &QTimer::timeout, this, &LetterTemplatesWidget::refreshPreview);
    const auto later = [this] { m_previewTimer->start(); };
    for (QLineEdit *e : {m_title, m_subject, m_authority, m_attachment, m_previewTracking})
        connect(e, &QLineEdit::textEdited, this, later);
    connect(m_body, &QPlainTextEdit::textChanged, this, later);
    connect(m_addressee, &QPlainTextEdit::textChanged, this, later);
    connect(m_fields, &QTableWidget::itemChanged, this, later);
    connect(m_kind, &QComboBox::currentIndexChanged, this, later);
    connect(m_paper, &QComboBox::currentIndexChanged, this, later);
    connect(m_service, &QComboBox::currentIndexChanged, this, &LetterTemplatesWidget::loadTemplate);
    connect(addField, &QPushButton::clicked, this, [this] {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        auto *multi = new QTableWidgetItem;
        multi->setCheckState(Qt::Unchecked);
        m_fields->setItem(row, 3, multi);
    });
    connect(removeField, &QPushButton::clicked, this, [this] {
        if (m_fields->currentRow() >= 0)
            m_fields->removeRow(m_fields->currentRow());
        m_previewTimer->start();
    });
    connect(saveSettings, &QPushButton::clicked, this, &LetterTemplatesWidget::saveSettings);
    connect(save, &QPushButton::clicked, this, &LetterTemplatesWidget::saveTemplate);

    loadSettings();
    m_banner->attempt([&] {
        for (const LetterTemplate &t : m_services.letters().templates(m_session))
            m_service->addItem(QStringLiteral("%1 — %2").arg(t.serviceCode, t.subject), t.serviceCode);
    });
    loadTemplate();
}

void LetterTemplatesWidget::loadSettings()
{
    const Office o = m_services.office().office();
    m_verifyUrl->setText(o.verifyUrl);
    m_numberFormat->setText(o.numberFormat);
    m_registers->setCurrentIndex(qMax(0, m_registers->findData(o.numberRegisters)));
}

void LetterTemplatesWidget::saveSettings()
{
    Office o = m_services.office().office();
    o.verifyUrl = m_verifyUrl->text().trimmed();
    o.numberFormat = m_numberFormat->text().trimmed();
    o.numberRegisters = m_registers->currentData().toString();
    if (m_banner->attempt([&] { m_services.office().updateOffice(m_session, o); })) {
        m_banner->showInfo(tr("Penomoran dan alamat verifikasi disimpan."));
        emit statusMessage(tr("Penomoran surat disimpan."));
    }
}

void LetterTemplatesWidget::loadTemplate()
{
    const QString code = m_service->currentData().toString();
    if (code.isEmpty())
        return;
    QList<LetterTemplate> history;
    if (!m_banner->attempt([&] { history = m_services.letters().templateHistory(m_session, code); }) || history.isEmpty())
        return;
    const LetterTemplate &t = history.first();
    const QSignalBlocker blockers[] = {QSignalBlocker(m_body), QSignalBlocker(m_addressee), QSignalBlocker(m_fields),
                                       QSignalBlocker(m_kind), QSignalBlocker(m_paper)};
    m_version->setText(tr("%1 (%2 versi tersimpan)").arg(t.version).arg(history.size()));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(t.kind)));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(t.paper)));
    m_title->setText(t.title);
    m_subject->setText(t.subject);
    m_authority->setText(t.authority);
    m_addressee->setPlainText(t.addressee);
    m_attachment->setText(t.attachment);
    m_fields->setRowCount(int(t.fields.size()));
    for (int row = 0; row < t.fields.size(); ++row) {
        const TemplateField &f = t.fields.at(row);
        m_fields->setItem(row, 0, new QTableWidgetItem(f.key));
        m_fields->setItem(row, 1, new QTableWidgetItem(f.label));
        m_fields->setItem(row, 2, new QTableWidgetItem(f.defaultValue));
        auto *multi = new QTableWidgetItem;
        multi->setCheckState(f.multiline ? Qt::Checked : Qt::Unchecked);
        m_fields->setItem(row, 3, multi);
    }
    m_body->setPlainText(t.body);
    // A real request of this service for the preview: the newest one.
    QueueFilter filter;
    filter.serviceCode = code;
    filter.limit = 1;
    filter.order = QueueOrder::Submitted;
    filter.descending = true;
    QList<QueueItem> latest;
    m_banner->attempt([&] { latest = m_services.workflow().queue(m_session, filter); });
    m_previewTracking->setText(latest.isEmpty() ? QString() : latest.first().tracking);
    refreshPreview();
}

LetterTemplate LetterTemplatesWidget::formTemplate() const
{
    LetterTemplate t;
    t.serviceCode = m_service->currentData().toString();
    t.kind = m_kind->currentData().toString();
    t.paper = m_paper->currentData().toString();
    t.title = m_title->text().trimmed();
    t.subject = m_subject->text().trimmed();
    t.authority = m_authority->text().trimmed();
    t.addressee = m_addressee->toPlainText().trimmed();
    t.attachment = m_attachment->text().trimmed();
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const auto text = [&](int column) { return m_fields->item(row, column) ? m_fields->item(row, column)->text().trimmed() : QString(); };
        if (text(0).isEmpty() && text(1).isEmpty())
            continue;
        t.fields.append({text(0), text(1), text(2), m_fields->item(row, 3) && m_fields->item(row, 3)->checkState() == Qt::Checked});
    }
    t.body = m_body->toPlainText();
    return t;
}

void LetterTemplatesWidget::refreshPreview()
{
    const QString tracking = m_previewTracking->text().trimmed();
    if (tracking.isEmpty()) {
        m_pages->setMessage(tr("Belum ada permohonan layanan ini untuk pratinjau: tulis nomor pelacakan permohonan lain."));
        return;
    }
    QByteArray pdf;
    if (!m_banner->attempt([&] { pdf = m_services.letters().templatePreviewPdf(m_session, formTemplate(), tracking); }))
        return;
    m_banner->clearMessage();
    m_banner->attempt([&] { m_pages->setPdf(pdf); });
}

void LetterTemplatesWidget::saveTemplate()
{
    LetterTemplate saved;
    if (m_banner->attempt([&] { saved = m_services.letters().saveTemplate(m_session, formTemplate()); })) {
        m_banner->showInfo(tr("Templat %1 disimpan sebagai versi %2.").arg(saved.serviceCode).arg(saved.version));
        emit statusMessage(tr("Templat surat disimpan."));
        loadTemplate();
    }
}

} // namespace loket::ui
