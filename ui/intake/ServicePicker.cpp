#include "ServicePicker.h"

#include "print/PageRenderer.h"
#include "residents/ResidentService.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace loket::ui {

ServicePicker::ServicePicker(const QList<ServiceType> &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("servicePicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("La&yanan:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("serviceFilterLineEdit"));
    m_filter->setPlaceholderText(tr("ketik sebagian nama atau kode layanan; ↑/↓ lalu Enter"));
    m_filter->setClearButtonEnabled(true);
    label->setBuddy(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("serviceListWidget"));
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_list->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ServicePicker::applyFilter);
    connect(m_list, &QListWidget::itemClicked, this, [this] { chooseCurrent(); });
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    applyFilter();
}

void ServicePicker::applyFilter()
{
    // Every typed word must appear in the code or the name, ignoring case and accents.
    const QStringList words = ResidentService::foldName(m_filter->text()).split(u' ', Qt::SkipEmptyParts);
    m_list->clear();
    m_shown.clear();
    for (int i = 0; i < m_services.size(); ++i) {
        const ServiceType &s = m_services.at(i);
        const QString haystack = ResidentService::foldName(s.code + u' ' + s.name);
        const QString compactCode = ResidentService::foldName(s.code).remove(u' ');
        bool all = true;
        for (const QString &w : words)
            if (!haystack.contains(w) && !compactCode.contains(w))
                all = false;
        if (!all)
            continue;
        m_shown << i;
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(s.code, s.name), m_list);
        item->setData(Qt::UserRole, s.code);
        if (m_chosen && m_chosen->code == s.code) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool ServicePicker::chooseCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size())
        return false;
    m_chosen = m_services.at(m_shown.at(row));
    for (int i = 0; i < m_list->count(); ++i) {
        QFont font = m_list->item(i)->font();
        font.setBold(i == row);
        m_list->item(i)->setFont(font);
    }
    emit serviceChosen(*m_chosen);
    return true;
}

void ServicePicker::clear()
{
    m_chosen.reset();
    m_filter->clear();
    applyFilter();
}

void ServicePicker::setServices(const QList<ServiceType> &services)
{
    m_services = services;
    applyFilter();
}

QString ServicePicker::timeLimitText(int days)
{
    return days == 0 ? tr("Hari itu juga") : tr("%n hari kerja", nullptr, days);
}

QString ServicePicker::standardHtml(const ServiceType &s)
{
    const auto e = &PageRenderer::esc;
    QString requirements;
    for (const Requirement &r : s.requirements)
        requirements += QStringLiteral("<li>%1%2</li>").arg(e(r.label), r.mandatory ? tr(" <b>(wajib)</b>") : tr(" (bila ada)"));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(e(s.name), e(s.code));
    html += QStringLiteral("<table cellspacing=\"3\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Jangka waktu"), e(timeLimitText(s.timeLimitDays)));
    row(tr("Biaya"), e(s.fee.isEmpty() ? tr("Gratis") : s.fee));
    row(tr("Produk"), e(s.product));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Persyaratan:"), requirements.isEmpty() ? QStringLiteral("<li>—</li>") : requirements);
    if (!s.procedure.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(tr("Prosedur:"), e(s.procedure).replace(u'\n', QStringLiteral("<br/>")));
    return html;
}

bool ServicePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_filter && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            if (m_list->count() > 0) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                m_list->setCurrentRow(qBound(0, m_list->currentRow() + step, m_list->count() - 1));
            }
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter in the list or its filter picks the service; the page decides where to go next.
            chooseCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace loket::ui
