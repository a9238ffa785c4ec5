#include "ResidentsPage.h"

#include "common/MessageBanner.h"
#include "common/PageHeader.h"
#include "intake/IdentityNumber.h"
#include "intake/ResidentForm.h"
#include "intake/ResidentSearch.h"
#include "residents/ResidentService.h"
#include "setup/AppServices.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace loket::ui {

ResidentsPage::ResidentsPage(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("residentsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(createPageTitle(tr("Penduduk"), this));
    m_banner = new MessageBanner(QStringLiteral("residentsErrorBanner"), this);
    layout->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_search = new ResidentSearch(m_services, m_session, this);
    left->addWidget(m_search, 1);
    m_newButton = new QPushButton(tr("Penduduk &baru"), this);
    m_newButton->setObjectName(QStringLiteral("newResidentButton"));
    m_newButton->setAutoDefault(true);
    left->addWidget(m_newButton);
    body->addLayout(left, 2);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    m_form = new ResidentForm(m_services, m_session, right);
    rightLayout->addWidget(m_form);
    m_saveButton = new QPushButton(tr("&Simpan data penduduk (Enter)"), right);
    m_saveButton->setObjectName(QStringLiteral("saveResidentButton"));
    m_saveButton->setAutoDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    rightLayout->addLayout(buttons);
    rightLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(right);
    body->addWidget(scroll, 3);
    layout->addLayout(body, 1);

    connect(m_search, &ResidentSearch::residentPicked, this, [this](const Resident &resident) {
        m_form->setResident(resident);
        m_form->setNikReadOnly(true);
        m_banner->clearMessage();
        m_form->nameEdit()->setFocus();
    });
    connect(m_form, &ResidentForm::nikLookedUp, this, [this](bool known) {
        // Typing the NIK of a registered resident opens that resident.
        if (known)
            m_form->setNikReadOnly(true);
    });
    connect(m_newButton, &QPushButton::clicked, this, &ResidentsPage::startNew);
    connect(m_saveButton, &QPushButton::clicked, this, &ResidentsPage::save);
    startNew();
}

void ResidentsPage::startNew()
{
    m_form->clear();
    m_form->setNikReadOnly(false);
    m_banner->clearMessage();
    m_form->nikEdit()->setFocus();
}

bool ResidentsPage::save()
{
    QWidget *field = nullptr;
    const QString problem = m_form->localProblem(&field);
    if (!problem.isEmpty()) {
        m_banner->showError(problem);
        field->setFocus();
        return false;
    }
    const Resident resident = m_form->resident();
    ResidentSaved saved;
    if (!m_banner->attempt([&] { saved = m_services.residents().save(m_session, resident); }))
        return false;
    // Show what was stored (RT/RW padded, NIK without spaces), ready for the next edit.
    if (const auto stored = m_services.residents().findById(m_session, saved.id)) {
        m_form->setResident(*stored);
        m_form->setNikReadOnly(true);
    }
    QString message = saved.created ? tr("Penduduk baru terdaftar: %1.").arg(resident.fullName.trimmed())
                                    : tr("Data penduduk disimpan: %1.").arg(resident.fullName.trimmed());
    if (!saved.warnings.isEmpty())
        message += u' ' + tr("Perhatian: %1").arg(saved.warnings.join(u' '));
    m_banner->showInfo(message);
    if (!m_search->searchEdit()->text().trimmed().isEmpty())
        m_search->searchNow();
    return true;
}

void ResidentsPage::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->accept();
        save();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace loket::ui
