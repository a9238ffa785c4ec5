#include "ResidentSearch.h"

#include "common/Error.h"
#include "intake/IdentityNumber.h"
#include "region/RegionDirectory.h"
#include "setup/AppServices.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

ResidentSearch::ResidentSearch(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("residentSearch"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *label = new QLabel(tr("&Cari nama penduduk:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("residentSearchLineEdit"));
    m_edit->setPlaceholderText(tr("ketik sebagian nama atau NIK; ↑/↓ lalu Enter untuk memilih"));
    m_edit->setClearButtonEnabled(true);
    label->setBuddy(m_edit);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("residentSearchResultsList"));
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_list->setAlternatingRowColors(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("residentSearchStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);
    connect(m_timer, &QTimer::timeout, this, &ResidentSearch::searchNow);
    connect(m_edit, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::itemClicked, this, [this] { pickCurrent(); });
    m_edit->installEventFilter(this);
    m_list->installEventFilter(this);
}

void ResidentSearch::searchNow()
{
    m_timer->stop();
    m_list->clear();
    m_results.clear();
    const QString query = m_edit->text().trimmed();
    if (query.isEmpty()) {
        m_status->clear();
        return;
    }
    try {
        m_results = m_services.residents().search(m_session, query, kLimit);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return;
    }
    for (const Resident &r : std::as_const(m_results)) {
        const QString village = RegionDirectory::instance().name(r.villageCode);
        QString text = tr("%1 — %2").arg(r.fullName, r.nik);
        if (!village.isEmpty())
            text += tr(" — %1").arg(village);
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(r.address);
    }
    if (m_results.isEmpty())
        m_status->setText(tr("Tidak ada penduduk yang cocok dengan \"%1\".").arg(query.left(60)));
    else if (m_results.size() >= kLimit)
        m_status->setText(tr("%1 hasil pertama; ketik lebih banyak untuk mempersempit.").arg(m_results.size()));
    else
        m_status->setText(tr("%n penduduk ditemukan.", nullptr, int(m_results.size())));
    if (!m_results.isEmpty())
        m_list->setCurrentRow(0);
}

bool ResidentSearch::pickCurrent()
{
    if (m_timer->isActive())
        searchNow();   // Enter pressed before the pause ran out: search what is typed now
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_results.size())
        return false;
    emit residentPicked(m_results.at(row));
    return true;
}

void ResidentSearch::clear()
{
    m_timer->stop();
    m_edit->clear();
    m_timer->stop();   // clearing the text restarted it
    m_list->clear();
    m_results.clear();
    m_status->clear();
}

bool ResidentSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_edit && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            if (m_list->count() > 0) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                m_list->setCurrentRow(qBound(0, m_list->currentRow() + step, m_list->count() - 1));
            }
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter in the search picks a resident; it never moves the intake on by itself.
            pickCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace loket::ui
