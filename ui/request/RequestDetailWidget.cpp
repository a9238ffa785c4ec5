#include "RequestDetailWidget.h"

#include "ReasonDialog.h"
#include "RequirementsPanel.h"
#include "common/Error.h"
#include "common/MessageBanner.h"
#include "common/Printing.h"
#include "common/SaveFileDialog.h"
#include "intake/IdentityNumber.h"
#include "letters/LetterDialog.h"
#include "print/IndonesianDate.h"
#include "print/ReceiptDocument.h"
#include "region/RegionDirectory.h"
#include "setup/AppServices.h"
#include "workflow/RequestStateMachine.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

const QString kOverdueColour = QStringLiteral("#8b0000");   // as the queue table marks overdue rows

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Removes what a layout shows. The widgets leave the tree at once (a test or a user must never
// find a stale button) but are deleted later: one of them may be the button being clicked.
void discard(QLayout *layout)
{
    while (layout->count() > 0) {
        QLayoutItem *item = layout->takeAt(0);
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            w->setParent(nullptr);
            w->deleteLater();
        } else if (QLayout *inner = item->layout()) {
            discard(inner);
        }
        delete item;
    }
}

QString eventTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? IndonesianDate::formatDateTime(at.toLocalTime()) : iso;
}

QString roleLabel(const QString &name)
{
    const std::optional<Role> role = RoleSet::fromName(name);
    return role ? RoleSet::label(*role) : name;
}

bool needsNoticeOffer(const QString &action)
{
    return action == QStringLiteral("return") || action == QStringLiteral("reject");
}

} // namespace

RequestDetailWidget::RequestDetailWidget(AppServices &services, const Session &session, MessageBanner *banner,
                                         const QString &settingsFile, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_banner(banner)
    , m_settingsFile(settingsFile)
{
    setObjectName(QStringLiteral("requestDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    auto *placeholder = new QLabel(tr("Pilih permohonan di tabel atau ketik nomor pelacakannya untuk melihat rinciannya."), m_stack);
    placeholder->setObjectName(QStringLiteral("requestDetailPlaceholder"));
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_stack->addWidget(placeholder);

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 0, 0, 0);
    pageLayout->addWidget(buildHeader());
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("requestDetailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildBody());
    pageLayout->addWidget(scroll, 1);
    m_stack->addWidget(page);
    m_stack->setCurrentIndex(0);
}

QString RequestDetailWidget::actionButtonName(const QString &action)
{
    QString name;
    bool upper = false;
    for (QChar c : action) {
        if (c == u'-' || c == u'_') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QStringLiteral("ActionButton");
}

QWidget *RequestDetailWidget::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);

    auto *top = new QHBoxLayout;
    m_trackingLabel = valueLabel(QStringLiteral("detailTrackingLabel"), header);
    m_trackingLabel->setWordWrap(false);
    QFont big = m_trackingLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_trackingLabel->setFont(big);
    m_statusLabel = valueLabel(QStringLiteral("detailStatusLabel"), header);
    m_statusLabel->setWordWrap(false);
    m_statusLabel->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 2px 6px; }"));
    m_overdueBadge = new QLabel(tr("TERLAMBAT"), header);
    m_overdueBadge->setObjectName(QStringLiteral("detailOverdueLabel"));
    m_overdueBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; border-radius: 4px; "
                                                 "padding: 2px 6px; }").arg(kOverdueColour));
    m_overdueBadge->hide();
    top->addWidget(m_trackingLabel);
    top->addWidget(m_statusLabel);
    top->addWidget(m_overdueBadge);
    top->addStretch(1);
    layout->addLayout(top);

    m_dueLabel = valueLabel(QStringLiteral("detailDueLabel"), header);
    m_assignedLabel = valueLabel(QStringLiteral("detailAssignedLabel"), header);
    layout->addWidget(m_dueLabel);
    layout->addWidget(m_assignedLabel);

    // The workflow steps this user may take now; rebuilt for every request.
    m_actionsBar = new QWidget(header);
    m_actionsBar->setObjectName(QStringLiteral("detailActionsBar"));
    m_actionsLayout = new QHBoxLayout(m_actionsBar);
    m_actionsLayout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_actionsBar);

    auto *assignRow = new QHBoxLayout;
    m_takeButton = new QPushButton(tr("&Ambil"), header);
    m_takeButton->setObjectName(QStringLiteral("takeButton"));
    m_takeButton->setToolTip(tr("Tugaskan permohonan ini kepada saya"));
    m_assigneeCombo = new QComboBox(header);
    m_assigneeCombo->setObjectName(QStringLiteral("assigneeComboBox"));
    m_assignButton = new QPushButton(tr("&Tugaskan"), header);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    m_assignButton->setToolTip(tr("Tugaskan permohonan ini kepada petugas yang dipilih"));
    assignRow->addWidget(m_takeButton);
    assignRow->addStretch(1);
    assignRow->addWidget(m_assigneeCombo);
    assignRow->addWidget(m_assignButton);
    layout->addLayout(assignRow);
    connect(m_takeButton, &QPushButton::clicked, this, &RequestDetailWidget::takeRequest);
    connect(m_assignButton, &QPushButton::clicked, this, &RequestDetailWidget::assignToChosen);

    // Who may hand work to others: core allows it to verifiers, approvers and admins.
    const bool assignsOthers = m_session.has(Role::Admin) || m_session.has(Role::Approver) || m_session.has(Role::Verifier);
    if (assignsOthers) {
        m_banner->attempt([&] {
            for (const UserRecord &u : m_services.users().list(m_session)) {
                const bool works = u.roles.has(Role::Officer) || u.roles.has(Role::Verifier) || u.roles.has(Role::Approver)
                                   || u.roles.has(Role::Signer);
                if (u.active && works)
                    m_assigneeCombo->addItem(tr("%1 (%2)").arg(u.fullName, u.username), u.username);
            }
        });
    }

    m_noticeBar = new QFrame(header);
    m_noticeBar->setObjectName(QStringLiteral("noticeBar"));
    m_noticeBar->setFrameShape(QFrame::StyledPanel);
    auto *notice = new QHBoxLayout(m_noticeBar);
    m_noticeLabel = new QLabel(m_noticeBar);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_printNoticeButton = new QPushButton(tr("&Cetak pemberitahuan…"), m_noticeBar);
    m_printNoticeButton->setObjectName(QStringLiteral("printNoticeButton"));
    m_saveNoticeButton = new QPushButton(tr("Simpan &PDF…"), m_noticeBar);
    m_saveNoticeButton->setObjectName(QStringLiteral("saveNoticePdfButton"));
    notice->addWidget(m_noticeLabel, 1);
    notice->addWidget(m_printNoticeButton);
    notice->addWidget(m_saveNoticeButton);
    layout->addWidget(m_noticeBar);
    connect(m_printNoticeButton, &QPushButton::clicked, this, &RequestDetailWidget::printNotice);
    connect(m_saveNoticeButton, &QPushButton::clicked, this, &RequestDetailWidget::saveNoticePdf);
    return header;
}

QWidget *RequestDetailWidget::buildBody()
{
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 4, 0);

    // Open conflicts first: they need someone's decision.
    m_conflictsBox = new QGroupBox(tr("Konflik yang belum diselesaikan"), body);
    m_conflictsBox->setObjectName(QStringLiteral("conflictsBox"));
    m_conflictsBox->setStyleSheet(QStringLiteral("QGroupBox#conflictsBox { border: 1px solid %1; border-radius: 4px; "
                                                 "margin-top: 1.2em; padding-top: 4px; } "
                                                 "QGroupBox#conflictsBox::title { color: %1; subcontrol-origin: margin; left: 6px; }")
                                      .arg(kOverdueColour));
    m_conflictsLayout = new QVBoxLayout(m_conflictsBox);
    layout->addWidget(m_conflictsBox);

    auto *resident = new QGroupBox(tr("Pemohon"), body);
    resident->setObjectName(QStringLiteral("residentBox"));
    auto *residentForm = new QFormLayout(resident);
    m_residentName = valueLabel(QStringLiteral("detailResidentNameLabel"), resident);
    m_residentNik = valueLabel(QStringLiteral("detailResidentNikLabel"), resident);
    m_residentAddress = valueLabel(QStringLiteral("detailResidentAddressLabel"), resident);
    m_channelLabel = valueLabel(QStringLiteral("detailChannelLabel"), resident);
    m_submittedLabel = valueLabel(QStringLiteral("detailSubmittedLabel"), resident);
    residentForm->addRow(tr("Nama"), m_residentName);
    residentForm->addRow(tr("NIK"), m_residentNik);
    residentForm->addRow(tr("Alamat"), m_residentAddress);
    residentForm->addRow(tr("Saluran"), m_channelLabel);
    residentForm->addRow(tr("Diajukan"), m_submittedLabel);
    layout->addWidget(resident);

    auto *service = new QGroupBox(tr("Layanan dan standar pelayanan"), body);
    service->setObjectName(QStringLiteral("serviceBox"));
    auto *serviceLayout = new QVBoxLayout(service);
    m_serviceLabel = valueLabel(QStringLiteral("detailServiceLabel"), service);
    QFont bold = m_serviceLabel->font();
    bold.setBold(true);
    m_serviceLabel->setFont(bold);
    m_serviceStandardLabel = valueLabel(QStringLiteral("detailServiceStandardLabel"), service);
    serviceLayout->addWidget(m_serviceLabel);
    serviceLayout->addWidget(m_serviceStandardLabel);
    layout->addWidget(service);

    m_requirements = new RequirementsPanel(m_services, m_session, m_settingsFile, body);
    connect(m_requirements, &RequirementsPanel::documentAttached, this, &RequestDetailWidget::afterDocumentAttached);
    layout->addWidget(m_requirements);

    auto *fields = new QGroupBox(tr("Isian formulir"), body);
    fields->setObjectName(QStringLiteral("fieldsBox"));
    m_fieldsLayout = new QFormLayout(fields);
    layout->addWidget(fields);

    auto *timeline = new QGroupBox(tr("Riwayat"), body);
    timeline->setObjectName(QStringLiteral("timelineBox"));
    m_timelineLayout = new QVBoxLayout(timeline);
    layout->addWidget(timeline);
    layout->addStretch(1);
    return body;
}

void RequestDetailWidget::read(const QString &tracking)
{
    RequestDetails details = m_services.intake().find(m_session, tracking);   // throws before anything changes
    const std::optional<QueueItem> row = m_services.workflow().queueItem(m_session, details.tracking);
    if (details.tracking != m_details.tracking)
        m_offerNotice = false;
    m_details = details;
    m_assignedTo = row ? row->assignedTo : QString();
    render();
}

bool RequestDetailWidget::showRequest(const QString &tracking)
{
    return m_banner->attempt([&] { read(tracking); });
}

void RequestDetailWidget::followChange()
{
    if (!hasRequest())
        return;
    // Not through the banner's attempt(): the message about the officer's last action stays.
    try {
        read(m_details.tracking);
    } catch (const Error &e) {
        m_banner->showError(e.message());
    }
}

bool RequestDetailWidget::reload()
{
    return hasRequest() && showRequest(m_details.tracking);
}

void RequestDetailWidget::render()
{
    const RequestDetails &r = m_details;
    m_trackingLabel->setText(r.tracking);
    m_statusLabel->setText(ReceiptDocument::statusLabel(r.status));

    const bool overdue = m_services.workflow().isOverdue(r.status, r.dueDate);
    const QString due = r.dueDate.isValid() ? IndonesianDate::formatWithWeekday(r.dueDate) : QStringLiteral("—");
    m_dueLabel->setText(overdue ? tr("Target selesai: %1 · Terlambat").arg(due) : tr("Target selesai: %1").arg(due));
    m_dueLabel->setStyleSheet(overdue ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(kOverdueColour) : QString());
    m_overdueBadge->setVisible(overdue);
    m_assignedLabel->setText(tr("Ditugaskan kepada: %1").arg(m_assignedTo.isEmpty() ? tr("belum ada") : m_assignedTo));

    renderActions();

    m_residentName->setText(r.resident.fullName);
    m_residentNik->setText(IdentityNumber::mask(r.resident.nik));
    QStringList address;
    if (!r.resident.address.isEmpty())
        address << r.resident.address;
    if (!r.resident.rt.isEmpty() || !r.resident.rw.isEmpty())
        address << tr("RT %1/RW %2").arg(r.resident.rt, r.resident.rw);
    const QString village = RegionDirectory::instance().name(r.resident.villageCode);
    if (!village.isEmpty())
        address << village;
    m_residentAddress->setText(address.isEmpty() ? QStringLiteral("—") : address.join(QStringLiteral(", ")));
    QString channel = ReceiptDocument::channelLabel(r.channel);
    if (!r.assistedByName.isEmpty())
        channel = tr("%1 (dibantu %2)").arg(channel, r.assistedByName);
    m_channelLabel->setText(channel);
    const QString submitted = r.submittedAt.isValid() ? IndonesianDate::formatDateTime(r.submittedAt.toLocalTime()) : QStringLiteral("—");
    m_submittedLabel->setText(r.officerName.isEmpty() ? submitted : tr("%1, diterima %2").arg(submitted, r.officerName));

    m_serviceLabel->setText(r.service.name.isEmpty() ? r.service.code : tr("%1 (%2)").arg(r.service.name, r.service.code));
    QStringList standard;
    standard << (r.service.timeLimitDays == 0 ? tr("Jangka waktu: selesai pada hari yang sama")
                                              : tr("Jangka waktu: %n hari kerja", nullptr, r.service.timeLimitDays));
    if (!r.service.fee.isEmpty())
        standard << tr("Biaya: %1").arg(r.service.fee);
    if (!r.service.product.isEmpty())
        standard << tr("Produk: %1").arg(r.service.product);
    if (!r.service.procedure.isEmpty())
        standard << tr("Prosedur: %1").arg(r.service.procedure);
    m_serviceStandardLabel->setText(standard.join(QStringLiteral("\n")));

    renderConflicts();
    m_requirements->setRequest(r);
    renderFields();
    renderTimeline();
    m_stack->setCurrentIndex(1);
}

void RequestDetailWidget::renderActions()
{
    discard(m_actionsLayout);
    QStringList actions = RequestStateMachine::available(m_details.status, m_session.roles);
    actions.removeAll(QStringLiteral("revoke-letter"));   // from the letter register, with its reason
    for (const QString &action : std::as_const(actions)) {
        auto *button = new QPushButton(RequestStateMachine::actionLabel(action), m_actionsBar);
        button->setObjectName(actionButtonName(action));
        button->setProperty("action", action);
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        m_actionsLayout->addWidget(button);
        button->show();   // at once: a layout shows new children of a visible widget only later
    }
    // The letter: its draft while in process, its prints once issued.
    if (m_details.status == QStringLiteral("in_process") && m_session.has(Role::Verifier)) {
        auto *edit = new QPushButton(tr("Ubah konsep surat"), m_actionsBar);
        edit->setObjectName(QStringLiteral("editDraftButton"));
        connect(edit, &QPushButton::clicked, this, [this] { openLetter(LetterDialog::Mode::Draft); });
        m_actionsLayout->addWidget(edit);
        edit->show();
    } else if (m_details.status == QStringLiteral("in_process") && m_session.has(Role::Approver)) {
        auto *view = new QPushButton(tr("Lihat konsep surat"), m_actionsBar);
        view->setObjectName(QStringLiteral("viewDraftButton"));
        connect(view, &QPushButton::clicked, this, [this] { openLetter(LetterDialog::Mode::Review); });
        m_actionsLayout->addWidget(view);
        view->show();
    }
    std::optional<LetterRecord> letter;
    if (m_details.status == QStringLiteral("signed") || m_details.status == QStringLiteral("ready")
        || m_details.status == QStringLiteral("completed"))
        letter = m_services.letters().currentLetter(m_session, m_details.tracking);
    if (letter) {
        auto *print = new QPushButton(tr("Cetak surat %1").arg(letter->number), m_actionsBar);
        print->setObjectName(QStringLiteral("printLetterButton"));
        connect(print, &QPushButton::clicked, this, [this, l = *letter] {
            LetterPrintDialog dialog(m_services, m_session, l, this);
            if (dialog.exec() == QDialog::Accepted && dialog.result())
                afterChange(m_details.tracking, dialog.result()->reprint
                                                    ? tr("Salinan surat %1 dikirim ke %2.").arg(l.number, dialog.result()->printer)
                                                    : tr("Surat %1 dikirim ke %2.").arg(l.number, dialog.result()->printer));
        });
        m_actionsLayout->addWidget(print);
        print->show();
    }
    if (actions.isEmpty() && !letter) {
        auto *none = new QLabel(RequestStateMachine::isFinal(m_details.status)
                                    ? tr("Permohonan ini sudah selesai diproses.")
                                    : tr("Tidak ada langkah untuk peran Anda pada status ini."),
                                m_actionsBar);
        none->setObjectName(QStringLiteral("noActionsLabel"));
        none->setEnabled(false);
        m_actionsLayout->addWidget(none);
        none->show();
    }
    m_actionsLayout->addStretch(1);

    const bool open = !RequestStateMachine::isFinal(m_details.status);
    const bool takes = m_session.has(Role::Officer) || m_session.has(Role::Verifier) || m_session.has(Role::Approver)
                       || m_session.has(Role::Admin);
    m_takeButton->setVisible(open && takes && m_assignedTo != m_session.username);
    const bool assignsOthers = m_assigneeCombo->count() > 0;
    m_assigneeCombo->setVisible(open && assignsOthers);
    m_assignButton->setVisible(open && assignsOthers);

    const bool noticeAvailable = m_details.status == QStringLiteral("returned") || m_details.status == QStringLiteral("rejected");
    m_noticeBar->setVisible(noticeAvailable);
    if (noticeAvailable && m_offerNotice) {
        m_noticeLabel->setText(m_details.status == QStringLiteral("returned")
                                   ? tr("Permohonan dikembalikan. Berikan surat pemberitahuan kepada pemohon: cetak atau simpan sebagai PDF.")
                                   : tr("Permohonan ditolak. Berikan surat pemberitahuan kepada pemohon: cetak atau simpan sebagai PDF."));
        m_noticeBar->setStyleSheet(QStringLiteral("QFrame#noticeBar { background: #e3f1e4; border: 1px solid #9fcca4; border-radius: 4px; }"));
        m_printNoticeButton->setFocus();
    } else {
        m_noticeLabel->setText(tr("Surat pemberitahuan untuk pemohon (apa yang kurang atau alasan penolakan)."));
        m_noticeBar->setStyleSheet(QString());
    }
}

void RequestDetailWidget::renderConflicts()
{
    discard(m_conflictsLayout);
    const bool settles = m_session.has(Role::Officer) || m_session.has(Role::Verifier) || m_session.has(Role::Approver)
                         || m_session.has(Role::Admin);
    for (const RequestEvent &c : std::as_const(m_details.conflicts)) {
        auto *row = new QHBoxLayout;
        auto *text = new QLabel(tr("%1 oleh %2 (%3) di %4, %5: tidak diterapkan karena bertentangan dengan langkah yang tercatat "
                                   "lebih dahulu.")
                                    .arg(RequestStateMachine::eventLabel(c.type), c.actorName, roleLabel(c.role), c.nodeCode,
                                         eventTime(c.at)),
                                m_conflictsBox);
        text->setObjectName(QStringLiteral("conflictLabel"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        row->addWidget(text, 1);
        text->show();
        if (settles) {
            auto *resolve = new QPushButton(tr("Selesaikan"), m_conflictsBox);
            resolve->setObjectName(QStringLiteral("resolveConflictButton"));
            resolve->setProperty("eventId", c.id);
            const QString eventId = c.id;
            connect(resolve, &QPushButton::clicked, this, [this, eventId] { resolveConflict(eventId); });
            row->addWidget(resolve, 0, Qt::AlignTop);
            resolve->show();
        }
        m_conflictsLayout->addLayout(row);
    }
    m_conflictsBox->setVisible(!m_details.conflicts.isEmpty());
}

void RequestDetailWidget::renderFields()
{
    discard(m_fieldsLayout);
    for (auto it = m_details.fields.cbegin(); it != m_details.fields.cend(); ++it) {
        // "nama_usaha" -> "Nama usaha": the stored name is the only label an online field has.
        QString name = it.key();
        name.replace(u'_', u' ');
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        QLabel *value = valueLabel(QStringLiteral("fieldValueLabel"), m_fieldsLayout->parentWidget());
        value->setText(it.value());
        value->setProperty("field", it.key());
        m_fieldsLayout->addRow(name, value);
        value->show();
    }
    if (m_details.fields.isEmpty()) {
        auto *none = new QLabel(tr("Tidak ada isian."), m_fieldsLayout->parentWidget());
        none->setObjectName(QStringLiteral("noFieldsLabel"));
        none->setEnabled(false);
        m_fieldsLayout->addRow(none);
        none->show();
    }
}

void RequestDetailWidget::renderTimeline()
{
    discard(m_timelineLayout);
    QWidget *box = m_timelineLayout->parentWidget();
    for (const RequestEvent &e : std::as_const(m_details.events)) {
        // What, when, who in which role (and where), and the note: one entry a person reads.
        QString text = tr("%1 — %2").arg(RequestStateMachine::eventLabel(e.type), eventTime(e.at));
        text += QStringLiteral("\n") + tr("oleh %1 (%2) di %3").arg(e.actorName, roleLabel(e.role), e.nodeCode);
        if (!e.note.isEmpty())
            text += QStringLiteral("\n") + tr("Catatan: %1").arg(e.note);
        QLabel *entry = valueLabel(QStringLiteral("timelineEntryLabel"), box);
        entry->setText(text);
        entry->setProperty("eventType", e.type);
        entry->setProperty("eventId", e.id);
        entry->setStyleSheet(QStringLiteral("QLabel { border-left: 3px solid palette(mid); padding-left: 6px; }"));
        m_timelineLayout->addWidget(entry);
        entry->show();
    }
}

std::optional<QString> RequestDetailWidget::askText(const QString &title, const QString &prompt, const QString &acceptText)
{
    ReasonDialog dialog(title, prompt, acceptText, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

void RequestDetailWidget::openLetter(LetterDialog::Mode mode)
{
    if (!hasRequest())
        return;
    const QString tracking = m_details.tracking;
    LetterDialog dialog(m_services, m_session, tracking, mode, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.issued())
        afterChange(tracking, tr("Surat %1 diterbitkan dan ditandatangani.").arg(dialog.issued()->number));
    else
        afterChange(tracking, tr("Konsep surat %1 disimpan.").arg(tracking));
}

void RequestDetailWidget::runAction(const QString &action)
{
    if (!hasRequest())
        return;
    // Preparing the letter and signing it happen on the letter itself.
    if (action == QStringLiteral("process")) {
        openLetter(LetterDialog::Mode::Draft);
        return;
    }
    if (action == QStringLiteral("sign")) {
        openLetter(LetterDialog::Mode::Sign);
        return;
    }
    const QString tracking = m_details.tracking;
    QString reason;
    const std::optional<RequestStateMachine::Transition> transition = RequestStateMachine::find(action, m_details.status);
    if (transition && transition->needsReason) {
        QString prompt;
        if (action == QStringLiteral("return"))
            prompt = tr("Apa yang kurang atau harus diperbaiki pemohon? Alasan ini dicetak pada surat pemberitahuan.");
        else if (action == QStringLiteral("reject"))
            prompt = tr("Mengapa permohonan ditolak? Alasan ini dicetak pada surat pemberitahuan.");
        else if (action == QStringLiteral("cancel"))
            prompt = tr("Mengapa permohonan dibatalkan?");
        else
            prompt = tr("Apa yang harus diperbaiki pada tahap sebelumnya?");
        const std::optional<QString> typed =
            askText(tr("%1 — %2").arg(RequestStateMachine::actionLabel(action), tracking), prompt, RequestStateMachine::actionLabel(action));
        if (!typed)
            return;
        reason = *typed;
    }
    QString status;
    if (!m_banner->attempt([&] { status = m_services.workflow().advance(m_session, tracking, action, reason); })) {
        // Refused (often: someone else acted first). Show the request as it is now, keep the message.
        refreshQuietly();
        return;
    }
    m_offerNotice = needsNoticeOffer(action);
    afterChange(tracking, tr("Permohonan %1 kini berstatus \"%2\".").arg(tracking, ReceiptDocument::statusLabel(status)));
}

void RequestDetailWidget::takeRequest()
{
    if (!hasRequest())
        return;
    const QString tracking = m_details.tracking;
    if (m_banner->attempt([&] { m_services.workflow().assign(m_session, tracking, m_session.username); }))
        afterChange(tracking, tr("Permohonan %1 kini ditugaskan kepada Anda.").arg(tracking));
}

void RequestDetailWidget::assignToChosen()
{
    const QString username = m_assigneeCombo->currentData().toString();
    if (!hasRequest() || username.isEmpty())
        return;
    const QString tracking = m_details.tracking;
    if (m_banner->attempt([&] { m_services.workflow().assign(m_session, tracking, username); }))
        afterChange(tracking, tr("Permohonan %1 ditugaskan kepada %2.").arg(tracking, m_assigneeCombo->currentText()));
}

void RequestDetailWidget::resolveConflict(const QString &eventId)
{
    if (!hasRequest())
        return;
    const QString tracking = m_details.tracking;
    const std::optional<QString> note =
        askText(tr("Selesaikan konflik — %1").arg(tracking),
                tr("Tuliskan bagaimana konflik ini diselesaikan. Peristiwa yang bertentangan tetap tercatat di riwayat tetapi tidak diterapkan."),
                tr("Selesaikan"));
    if (!note)
        return;
    if (m_banner->attempt([&] { m_services.workflow().resolveConflict(m_session, tracking, eventId, *note); }))
        afterChange(tracking, tr("Konflik pada %1 diselesaikan.").arg(tracking));
}

void RequestDetailWidget::afterDocumentAttached()
{
    if (hasRequest())
        afterChange(m_details.tracking, tr("Berkas dilampirkan pada permohonan %1.").arg(m_details.tracking));
}

void RequestDetailWidget::refreshQuietly()
{
    try {
        RequestDetails details = m_services.intake().find(m_session, m_details.tracking);
        const std::optional<QueueItem> row = m_services.workflow().queueItem(m_session, details.tracking);
        m_details = std::move(details);
        m_assignedTo = row ? row->assignedTo : QString();
        render();
        emit requestChanged(m_details.tracking);
    } catch (const Error &) {
        // The banner already says what went wrong; what is shown stays.
    }
}

void RequestDetailWidget::afterChange(const QString &tracking, const QString &info)
{
    emit requestChanged(tracking);
    if (showRequest(tracking))
        m_banner->showInfo(info);
}

void RequestDetailWidget::printNotice()
{
    if (!hasRequest())
        return;
    PrintJob job;
    job.title = tr("Pemberitahuan %1").arg(m_details.tracking);
    if (!m_banner->attempt([&] { job.content = m_services.printouts().notice(m_session, m_details.tracking); }))
        return;
    if (previewAndPrint(m_services, this, job))
        m_banner->showInfo(tr("Pemberitahuan %1 dikirim ke printer.").arg(m_details.tracking));
}

void RequestDetailWidget::saveNoticePdf()
{
    if (!hasRequest())
        return;
    const QString path = askSavePath(this, QStringLiteral("noticePdfDialog"), tr("Simpan pemberitahuan sebagai PDF"),
                                     tr("Dokumen PDF (*.pdf)"), QStringLiteral("pdf"), tr("pemberitahuan-%1.pdf").arg(m_details.tracking));
    if (path.isEmpty())
        return;
    PrintJob job;
    job.title = tr("Pemberitahuan %1").arg(m_details.tracking);
    if (m_banner->attempt([&] {
            job.content = m_services.printouts().notice(m_session, m_details.tracking);
            saveAsPdf(m_services, path, job);
        }))
        m_banner->showInfo(tr("Pemberitahuan disimpan ke %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace loket::ui
