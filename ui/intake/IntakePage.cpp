#include "IntakePage.h"

#include "ExtraFieldsEditor.h"
#include "IntakeResultPanel.h"
#include "IntakeWidgets.h"
#include "RequirementChecklist.h"
#include "ResidentForm.h"
#include "ResidentSearch.h"
#include "ServicePicker.h"
#include "common/Error.h"
#include "common/MessageBanner.h"
#include "intake/IdentityNumber.h"
#include "print/IndonesianDate.h"
#include "print/PageRenderer.h"
#include "print/ReceiptDocument.h"
#include "region/RegionDirectory.h"
#include "residents/ResidentService.h"
#include "setup/AppServices.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace loket::ui {

using intake::button;
using intake::heading;
using intake::kWarningStyle;

namespace {

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(content);
    return area;
}

} // namespace

IntakePage::IntakePage(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("intakePage"));
    m_dialogs.preview = [this](const PrintJob &job) { return previewAndPrint(m_services, this, job); };
    m_dialogs.savePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Simpan tanda terima sebagai PDF"), suggested, tr("Dokumen PDF (*.pdf)"));
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    auto *title = heading(tr("Permohonan Baru"), this, 1.5);
    title->setObjectName(QStringLiteral("pageTitleLabel"));
    layout->addWidget(title);

    auto *steps = new QHBoxLayout;
    const QStringList names{QStringLiteral("stepResidentLabel"), QStringLiteral("stepServiceLabel"), QStringLiteral("stepSummaryLabel")};
    const QStringList texts{tr("1. Pemohon"), tr("2. Layanan"), tr("3. Ringkasan dan kirim")};
    for (int i = 0; i < names.size(); ++i) {
        auto *label = new QLabel(texts.at(i), this);
        label->setObjectName(names.at(i));
        label->setAlignment(Qt::AlignCenter);
        steps->addWidget(label, 1);
        m_stepLabels << label;
    }
    layout->addLayout(steps);
    auto *keys = new QLabel(tr("Enter: lanjut · Esc: kembali satu langkah (isian tetap tersimpan) · Tab: isian berikutnya"), this);
    keys->setObjectName(QStringLiteral("keyboardHintLabel"));
    keys->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    layout->addWidget(keys);

    m_banner = new MessageBanner(QStringLiteral("intakeErrorBanner"), this);
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("intakeStepStack"));
    m_stack->addWidget(buildResidentStep());
    m_stack->addWidget(buildServiceStep());
    m_stack->addWidget(buildSummaryStep());
    layout->addWidget(m_stack, 1);

    auto *nav = new QHBoxLayout;
    m_backButton = button(tr("&Kembali (Esc)"), QStringLiteral("backButton"), this);
    m_nextButton = button(tr("&Lanjut (Enter)"), QStringLiteral("nextButton"), this);
    nav->addWidget(m_backButton);
    nav->addStretch(1);
    nav->addWidget(m_nextButton);
    layout->addLayout(nav);
    connect(m_backButton, &QPushButton::clicked, this, &IntakePage::goBack);
    connect(m_nextButton, &QPushButton::clicked, this, &IntakePage::goForward);

    showStep(ResidentStep);
}

QWidget *IntakePage::buildResidentStep()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("residentStepPage"));
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(heading(tr("Data pemohon"), left));
    m_form = new ResidentForm(m_services, m_session, left);
    leftLayout->addWidget(m_form);
    leftLayout->addStretch(1);
    layout->addWidget(scrolling(left, page), 3);

    m_search = new ResidentSearch(m_services, m_session, page);
    layout->addWidget(m_search, 2);

    connect(m_search, &ResidentSearch::residentPicked, this, &IntakePage::onResidentPicked);
    connect(m_form, &ResidentForm::edited, m_banner, &MessageBanner::clearMessage);
    return page;
}

QWidget *IntakePage::buildServiceStep()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("serviceStepPage"));
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_picker = new ServicePicker(m_services.catalogue().list(), page);
    layout->addWidget(m_picker, 2);

    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    m_chosenService = heading(tr("Belum ada layanan yang dipilih."), right);
    m_chosenService->setObjectName(QStringLiteral("chosenServiceLabel"));
    m_chosenService->setWordWrap(true);
    rightLayout->addWidget(m_chosenService);
    m_standard = new QTextBrowser(right);
    m_standard->setObjectName(QStringLiteral("serviceStandardText"));
    m_standard->setFocusPolicy(Qt::ClickFocus);
    m_standard->setMinimumHeight(120);
    m_standard->setMaximumHeight(200);
    rightLayout->addWidget(m_standard);

    auto *papers = new QGroupBox(tr("Berkas yang diterima (Spasi untuk mencentang)"), right);
    auto *papersLayout = new QVBoxLayout(papers);
    m_checklist = new RequirementChecklist(papers);
    papersLayout->addWidget(m_checklist);
    rightLayout->addWidget(papers);

    auto *purposeLabel = new QLabel(tr("Keperluan:"), right);
    m_purpose = new QLineEdit(right);
    m_purpose->setObjectName(QStringLiteral("purposeLineEdit"));
    m_purpose->setPlaceholderText(tr("misalnya: melamar pekerjaan"));
    purposeLabel->setBuddy(m_purpose);
    rightLayout->addWidget(purposeLabel);
    rightLayout->addWidget(m_purpose);

    m_extraFields = new ExtraFieldsEditor(right);
    rightLayout->addWidget(m_extraFields);

    auto *channel = new QGroupBox(tr("Saluran"), right);
    auto *channelLayout = new QVBoxLayout(channel);
    m_walkIn = new QRadioButton(tr("Datang langsung (dilayani di loket)"), channel);
    m_walkIn->setObjectName(QStringLiteral("walkInRadioButton"));
    m_assisted = new QRadioButton(tr("Dibantu petugas (diajukan daring atas nama pemohon)"), channel);
    m_assisted->setObjectName(QStringLiteral("assistedRadioButton"));
    m_walkIn->setChecked(true);
    auto *group = new QButtonGroup(channel);
    group->addButton(m_walkIn);
    group->addButton(m_assisted);
    channelLayout->addWidget(m_walkIn);
    channelLayout->addWidget(m_assisted);
    rightLayout->addWidget(channel);

    m_duplicate = new QLabel(right);
    m_duplicate->setObjectName(QStringLiteral("duplicateWarningLabel"));
    m_duplicate->setWordWrap(true);
    m_duplicate->setTextFormat(Qt::PlainText);
    m_duplicate->setStyleSheet(QString::fromLatin1(kWarningStyle));
    m_duplicate->hide();
    rightLayout->addWidget(m_duplicate);

    auto *handouts = new QHBoxLayout;
    m_printStandard = button(tr("Cetak standar pelayanan"), QStringLiteral("printStandardButton"), right);
    m_printStandard->setEnabled(false);
    m_printLeaflet = button(tr("Cetak leaflet layanan daring"), QStringLiteral("printLeafletButton"), right);
    handouts->addWidget(m_printStandard);
    handouts->addWidget(m_printLeaflet);
    handouts->addStretch(1);
    rightLayout->addLayout(handouts);
    rightLayout->addStretch(1);
    layout->addWidget(scrolling(right, page), 3);

    connect(m_picker, &ServicePicker::serviceChosen, this, &IntakePage::onServiceChosen);
    connect(m_printStandard, &QPushButton::clicked, this, &IntakePage::printStandard);
    connect(m_printLeaflet, &QPushButton::clicked, this, &IntakePage::printLeaflet);
    return page;
}

QWidget *IntakePage::buildSummaryStep()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("summaryStepPage"));
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *left = new QVBoxLayout;
    m_summary = new QTextBrowser(page);
    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_summary->setFocusPolicy(Qt::ClickFocus);
    m_summary->setOpenLinks(false);
    left->addWidget(m_summary, 1);
    m_incomplete = new QCheckBox(tr("Catat sebagai belum lengkap (berkas wajib menyusul)"), page);
    m_incomplete->setObjectName(QStringLiteral("incompleteCheckBox"));
    left->addWidget(m_incomplete);
    m_missingHint = new QLabel(page);
    m_missingHint->setObjectName(QStringLiteral("missingHintLabel"));
    m_missingHint->setWordWrap(true);
    m_missingHint->setTextFormat(Qt::PlainText);
    m_missingHint->setStyleSheet(QString::fromLatin1(kWarningStyle));
    left->addWidget(m_missingHint);
    m_submitButton = button(tr("Kiri&m permohonan"), QStringLiteral("submitButton"), page);
    QFont big = m_submitButton->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_submitButton->setFont(big);
    left->addWidget(m_submitButton);
    layout->addLayout(left, 3);

    m_result = new IntakeResultPanel(m_services, m_session, m_banner, m_dialogs, page);
    m_result->hide();
    layout->addWidget(m_result, 2);

    connect(m_incomplete, &QCheckBox::toggled, this, &IntakePage::updateSubmitState);
    connect(m_submitButton, &QPushButton::clicked, this, &IntakePage::submit);
    connect(m_result, &IntakeResultPanel::newRequestRequested, this, &IntakePage::reset);
    return page;
}

void IntakePage::setSettingsFile(const QString &settingsFile)
{
    m_result->setSettingsFile(settingsFile);
}

void IntakePage::scanPapers()
{
    m_result->scanPapers();
}

void IntakePage::viewPapers()
{
    m_result->viewPapers();
}

void IntakePage::setDialogs(const IntakeDialogs &dialogs)
{
    if (dialogs.preview)
        m_dialogs.preview = dialogs.preview;
    if (dialogs.savePath)
        m_dialogs.savePath = dialogs.savePath;
}

int IntakePage::currentStep() const
{
    return m_stack->currentIndex();
}

void IntakePage::showStep(int step)
{
    m_stack->setCurrentIndex(step);
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        const bool done = m_submission || i < step;
        QString style;
        if (i == step && !m_submission)
            style = QStringLiteral("QLabel { background: #1f4e79; color: white; font-weight: bold; padding: 6px; border-radius: 3px; }");
        else if (done)
            style = QStringLiteral("QLabel { background: #dbe8f5; color: #1f4e79; padding: 6px; border-radius: 3px; }");
        else
            style = QStringLiteral("QLabel { background: #eeeeee; color: #666666; padding: 6px; border-radius: 3px; }");
        m_stepLabels.at(i)->setStyleSheet(style);
    }
    m_backButton->setEnabled(step > ResidentStep && !m_submission);
    m_nextButton->setVisible(step != SummaryStep);
    if (step == ServiceStep)
        refreshDuplicateWarning();
    else if (step == SummaryStep)
        refreshSummary();
    focusStep();
}

void IntakePage::focusStep()
{
    switch (currentStep()) {
    case ResidentStep:
        if (m_form->nikCheck().valid)
            m_form->nameEdit()->setFocus();
        else
            m_form->nikEdit()->setFocus();
        break;
    case ServiceStep:
        if (!m_picker->chosen())
            m_picker->filterEdit()->setFocus();
        else if (QCheckBox *first = m_checklist->firstBox())
            first->setFocus();
        else
            m_purpose->setFocus();
        break;
    case SummaryStep:
        if (m_submission)
            m_result->focusReceipt();
        else if (m_submitButton->isEnabled())
            m_submitButton->setFocus();
        else
            m_incomplete->setFocus();
        break;
    default:
        break;
    }
}

void IntakePage::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->accept();
        // Enter in an open cell of the extra fields only closes that cell (its delegate commits it).
        QWidget *focus = focusWidget();
        if (m_extraFields->isEditingCell(focus))
            return;
        goForward();
        return;
    }
    if (plain && event->key() == Qt::Key_Escape) {
        event->accept();
        goBack();
        return;
    }
    QWidget::keyPressEvent(event);
}

void IntakePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // An administrator may have edited the catalogue meanwhile; the choice made stays.
    if (!m_submission && currentStep() == ResidentStep)
        m_picker->setServices(m_services.catalogue().list());
    // Opening the area (Ctrl+2) puts the cursor where typing starts.
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        focusStep();
}

void IntakePage::goForward()
{
    switch (currentStep()) {
    case ResidentStep:
        if (advanceFromResident())
            showStep(ServiceStep);
        break;
    case ServiceStep:
        if (advanceFromService())
            showStep(SummaryStep);
        break;
    case SummaryStep:
        if (!m_submission)
            submit();
        break;
    default:
        break;
    }
}

void IntakePage::goBack()
{
    if (m_submission || currentStep() == ResidentStep)
        return;
    m_banner->clearMessage();
    showStep(currentStep() - 1);
}

bool IntakePage::advanceFromResident()
{
    const bool fromNik = focusWidget() == m_form->nikEdit();
    const IdentityCheck nik = m_form->nikCheck();
    if (!nik.valid) {
        m_banner->showError(nik.errors.join(u' '));
        m_form->nikEdit()->setFocus();
        return false;
    }
    QWidget *field = nullptr;
    const QString problem = m_form->localProblem(&field);
    if (!problem.isEmpty()) {
        m_banner->showError(problem);
        field->setFocus();
        return false;
    }
    QString label;
    if (QWidget *empty = m_form->firstEmptyRequired(&label)) {
        // Enter after a new NIK simply moves on to the first field still to fill.
        if (fromNik)
            m_banner->clearMessage();
        else
            m_banner->showError(tr("%1 wajib diisi.").arg(label));
        empty->setFocus();
        return false;
    }
    Resident checked = m_form->resident();
    return m_banner->attempt([&] { ResidentService::validate(checked); });
}

bool IntakePage::advanceFromService()
{
    if (!m_picker->chosen()) {
        m_banner->showError(tr("Pilih layanan dulu: ketik sebagian nama atau kodenya, lalu Enter."));
        m_picker->filterEdit()->setFocus();
        return false;
    }
    if (const int row = m_extraFields->firstUnnamedRow(); row >= 0) {
        m_banner->showError(tr("Isian baris %1 belum diberi nama.").arg(row + 1));
        m_extraFields->focusRow(row);
        return false;
    }
    m_banner->clearMessage();
    return true;
}

void IntakePage::onResidentPicked(const Resident &resident)
{
    m_form->setResident(resident);
    m_banner->clearMessage();
    m_form->nameEdit()->setFocus();
}

void IntakePage::onServiceChosen(const ServiceType &service)
{
    // Choosing the same service again keeps the papers already ticked.
    if (m_checklist->requirements() != service.requirements || m_chosenService->property("code").toString() != service.code) {
        m_checklist->setRequirements(service.requirements);
        // New boxes go last in the Tab chain; put them between the service filter and the purpose.
        QWidget *previous = m_picker->filterEdit();
        for (const Requirement &r : service.requirements) {
            QWidget *box = m_checklist->box(r.key);
            setTabOrder(previous, box);
            previous = box;
        }
        setTabOrder(previous, m_purpose);
    }
    m_chosenService->setProperty("code", service.code);
    m_chosenService->setText(tr("%1 (%2)").arg(service.name, service.code));
    m_standard->setHtml(ServicePicker::standardHtml(service));
    m_printStandard->setEnabled(true);
    m_banner->clearMessage();
    refreshDuplicateWarning();
    if (QCheckBox *first = m_checklist->firstBox())
        first->setFocus();
    else
        m_purpose->setFocus();
}

void IntakePage::refreshDuplicateWarning()
{
    m_duplicate->hide();
    const IdentityCheck nik = m_form->nikCheck();
    if (!m_picker->chosen() || !nik.valid)
        return;
    QStringList open;
    try {
        open = m_services.intake().openRequests(m_session, nik.number, m_picker->chosen()->code);
    } catch (const Error &e) {
        m_banner->showError(e.message());
        return;
    }
    if (open.isEmpty())
        return;
    m_duplicate->setText(tr("Perhatian: penduduk ini masih punya permohonan %1 yang belum selesai: %2.")
                             .arg(m_picker->chosen()->code, open.join(QStringLiteral(", "))));
    m_duplicate->show();
}

QString IntakePage::missingMandatoryText() const
{
    QStringList labels;
    for (const Requirement &r : m_checklist->missingMandatory())
        labels << r.label;
    return labels.join(QStringLiteral("; "));
}

QMap<QString, QString> IntakePage::formFields() const
{
    QMap<QString, QString> fields = m_extraFields->fields();   // a row named "keperluan" wins
    if (!m_purpose->text().trimmed().isEmpty() && !fields.contains(QStringLiteral("keperluan")))
        fields.insert(QStringLiteral("keperluan"), m_purpose->text());
    return fields;
}

void IntakePage::refreshSummary()
{
    const auto e = &PageRenderer::esc;
    const Resident r = m_form->resident();
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    QString residentNote;
    if (!m_form->knownResident())
        residentNote = tr("penduduk baru, didaftarkan bersama permohonan ini");
    else if (m_form->differsFromKnown())
        residentNote = tr("data penduduk diperbarui bersama permohonan ini");
    else
        residentNote = tr("penduduk terdaftar");
    QString address = r.address;
    if (!r.rt.isEmpty() || !r.rw.isEmpty())
        address += tr(" RT %1 / RW %2").arg(r.rt, r.rw);
    const QString village = RegionDirectory::instance().name(r.villageCode);
    if (!village.isEmpty())
        address += tr(", %1").arg(village);

    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(tr("Ringkasan permohonan"));
    html += row(tr("Pemohon"), tr("%1 <i>(%2)</i>").arg(e(r.fullName), e(residentNote)));
    html += row(tr("NIK"), e(IdentityNumber::normalise(r.nik)));
    html += row(tr("Alamat"), e(address));
    if (const auto &service = m_picker->chosen()) {
        html += row(tr("Layanan"), e(tr("%1 (%2)").arg(service->name, service->code)));
        html += row(tr("Jangka waktu"), e(ServicePicker::timeLimitText(service->timeLimitDays)));
    }
    html += row(tr("Saluran"), e(ReceiptDocument::channelLabel(m_assisted->isChecked() ? QStringLiteral("assisted")
                                                                                       : QStringLiteral("walk_in"))));
    const QMap<QString, QString> fields = formFields();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        html += row(it.key() == QStringLiteral("keperluan") ? tr("Keperluan") : it.key(), e(it.value()));
    html += QStringLiteral("</table>");

    QString received;
    QString missing;
    const QStringList receivedKeys = m_checklist->receivedKeys();
    for (const Requirement &req : m_checklist->requirements()) {
        const QString item = QStringLiteral("<li>%1%2</li>").arg(e(req.label), req.mandatory ? tr(" <b>(wajib)</b>") : QString());
        if (receivedKeys.contains(req.key))
            received += item;
        else
            missing += item;
    }
    html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Berkas diterima:"), received.isEmpty() ? QStringLiteral("<li>—</li>") : received);
    html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Berkas belum diserahkan:"), missing.isEmpty() ? QStringLiteral("<li>—</li>") : missing);
    QStringList warnings = m_form->warnings();
    if (!m_duplicate->isHidden())
        warnings << m_duplicate->text();
    if (!warnings.isEmpty()) {
        QString items;
        for (const QString &w : std::as_const(warnings))
            items += QStringLiteral("<li>%1</li>").arg(e(w));
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Perhatian:"), items);
    }
    m_summary->setHtml(html);

    const bool missingMandatory = !m_checklist->missingMandatory().isEmpty();
    m_incomplete->setEnabled(missingMandatory && !m_submission);
    if (!missingMandatory)
        m_incomplete->setChecked(false);
    updateSubmitState();
}

void IntakePage::updateSubmitState()
{
    const QString missing = missingMandatoryText();
    const bool blocked = !missing.isEmpty() && !m_incomplete->isChecked();
    m_submitButton->setEnabled(!blocked && !m_submission);
    m_submitButton->setVisible(!m_submission);
    if (m_submission || missing.isEmpty()) {
        m_missingHint->hide();
        return;
    }
    if (blocked)
        m_missingHint->setText(tr("Persyaratan wajib belum diterima: %1. Centang \"Catat sebagai belum lengkap\" untuk tetap "
                                  "mencatat permohonan (tanda terima menyebut berkas yang kurang), atau tekan Esc untuk "
                                  "kembali mencentang berkas.").arg(missing));
    else
        m_missingHint->setText(tr("Permohonan dicatat sebagai belum lengkap dan menunggu berkas: %1.").arg(missing));
    m_missingHint->show();
}

void IntakePage::submit()
{
    if (m_submission)
        return;
    if (!m_picker->chosen()) {
        showStep(ServiceStep);
        advanceFromService();
        return;
    }
    if (!m_submitButton->isEnabled()) {
        m_banner->showError(m_missingHint->text());
        m_incomplete->setFocus();
        return;
    }
    NewRequest request;
    request.nik = IdentityNumber::normalise(m_form->nikEdit()->text());
    request.serviceCode = m_picker->chosen()->code;
    request.channel = m_assisted->isChecked() ? QStringLiteral("assisted") : QStringLiteral("walk_in");
    request.received = m_checklist->receivedKeys();
    request.fields = formFields();
    request.incomplete = m_incomplete->isChecked();
    // A new resident, or an edit of a known one, is stored in the same transaction as the request.
    if (m_form->differsFromKnown())
        request.resident = m_form->resident();
    Submission submission;
    if (!m_banner->attempt([&] { submission = m_services.intake().submit(m_session, request); }))
        return;
    m_submission = submission;
    showResult();
}

void IntakePage::showResult()
{
    m_result->showSubmission(*m_submission);
    m_incomplete->setEnabled(false);
    updateSubmitState();
    showStep(SummaryStep);
    m_banner->showInfo(tr("Permohonan %1 tercatat. Cetak tanda terima untuk pemohon.").arg(m_submission->tracking));
}

void IntakePage::printStandard()
{
    const auto &service = m_picker->chosen();
    if (!service)
        return;
    PrintJob job;
    if (!m_banner->attempt([&] {
            job.content = m_services.printouts().serviceStandard(service->code);
            job.title = tr("Standar pelayanan %1").arg(service->code);
        }))
        return;
    m_dialogs.preview(job);
}

void IntakePage::printLeaflet()
{
    PrintJob job;
    if (!m_banner->attempt([&] {
            job.content = m_services.printouts().onlineLeaflet();
            job.title = tr("Leaflet layanan daring");
        }))
        return;
    m_dialogs.preview(job);
}

void IntakePage::reset()
{
    m_submission.reset();
    m_form->clear();
    m_form->setNikReadOnly(false);
    m_search->clear();
    m_picker->setServices(m_services.catalogue().list());
    m_picker->clear();
    m_checklist->setRequirements({});
    m_chosenService->setProperty("code", QString());
    m_chosenService->setText(tr("Belum ada layanan yang dipilih."));
    m_standard->clear();
    m_printStandard->setEnabled(false);
    m_purpose->clear();
    m_extraFields->clear();
    m_walkIn->setChecked(true);
    m_duplicate->hide();
    m_incomplete->setChecked(false);
    m_incomplete->setEnabled(true);
    m_result->clear();
    m_summary->clear();
    m_banner->clearMessage();
    updateSubmitState();
    showStep(ResidentStep);
}

} // namespace loket::ui
