#include "ResidentForm.h"

#include "common/Error.h"
#include "print/IndonesianDate.h"
#include "region/RegionDirectory.h"
#include "residents/ResidentService.h"
#include "setup/AppServices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace loket::ui {

namespace {

enum class Tone { Neutral, Good, Warning, Bad };

void setTone(QLabel *label, Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        label->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
        break;
    case Tone::Good:
        label->setStyleSheet(QStringLiteral("QLabel { color: #1f5d27; }"));
        break;
    case Tone::Warning:
        label->setStyleSheet(QStringLiteral("QLabel { color: #6b5900; background: #fff6d5; border: 1px solid #e8d48a; "
                                            "border-radius: 3px; padding: 3px; }"));
        break;
    case Tone::Bad:
        label->setStyleSheet(QStringLiteral("QLabel { color: #8a1c14; font-weight: bold; }"));
        break;
    }
}

bool digitsOnly(const QString &s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

QString regionText(const IdentityCheck &c)
{
    QStringList parts;
    for (const auto &ref : {c.district, c.regency, c.province})
        if (ref && !ref->name.isEmpty())
            parts << ref->name;
    if (parts.isEmpty() && c.district)
        return ResidentForm::tr("kode wilayah %1 (tidak dikenal)").arg(c.district->code);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ResidentForm::ResidentForm(AppServices &services, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("residentForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Widgets are created in the order the Tab key visits them.
    m_nik = addLine(QStringLiteral("nikLineEdit"));
    m_nik->setPlaceholderText(tr("16 angka; spasi dan titik boleh"));
    QFont nikFont = m_nik->font();
    nikFont.setPointSizeF(nikFont.pointSizeF() * 1.2);
    m_nik->setFont(nikFont);
    m_nikCheck = new QLabel(this);
    m_nikCheck->setObjectName(QStringLiteral("nikCheckLabel"));
    m_nikCheck->setWordWrap(true);
    m_nikCheck->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("residentStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // Wrapped labels inside a scroll area get the height of one line unless told otherwise: the
    // messages under the NIK take up to three lines.
    for (QLabel *label : {m_nikCheck, m_status})
        label->setMinimumHeight(label->fontMetrics().lineSpacing() * 3);
    m_kk = addLine(QStringLiteral("kkLineEdit"));
    m_kk->setPlaceholderText(tr("16 angka"));
    m_name = addLine(QStringLiteral("fullNameLineEdit"));
    m_name->setPlaceholderText(tr("persis seperti di KTP/KK"));
    m_birthPlace = addLine(QStringLiteral("birthPlaceLineEdit"));
    m_birthDate = addLine(QStringLiteral("birthDateLineEdit"));
    m_birthDate->setPlaceholderText(tr("HH-BB-TTTT"));
    m_sex = addCombo(QStringLiteral("sexComboBox"));
    m_sex->addItem(tr("— pilih —"), QString());
    m_sex->addItem(tr("Laki-laki"), QStringLiteral("M"));
    m_sex->addItem(tr("Perempuan"), QStringLiteral("F"));
    // Religion and marital status are stored as written on the KTP-el.
    m_religion = addCombo(QStringLiteral("religionComboBox"));
    m_religion->addItem(tr("—"), QString());
    for (const QString &value : {QStringLiteral("Islam"), QStringLiteral("Kristen"), QStringLiteral("Katolik"),
                                 QStringLiteral("Hindu"), QStringLiteral("Buddha"), QStringLiteral("Khonghucu"),
                                 QStringLiteral("Kepercayaan terhadap Tuhan YME")})
        m_religion->addItem(value, value);
    m_marital = addCombo(QStringLiteral("maritalStatusComboBox"));
    m_marital->addItem(tr("—"), QString());
    for (const QString &value : {QStringLiteral("Belum Kawin"), QStringLiteral("Kawin"), QStringLiteral("Cerai Hidup"),
                                 QStringLiteral("Cerai Mati")})
        m_marital->addItem(value, value);
    m_occupation = addLine(QStringLiteral("occupationLineEdit"));
    m_address = addLine(QStringLiteral("addressLineEdit"));
    m_address->setPlaceholderText(tr("jalan, nomor rumah atau dusun"));
    m_rt = addLine(QStringLiteral("rtLineEdit"));
    m_rt->setPlaceholderText(tr("RT"));
    m_rw = addLine(QStringLiteral("rwLineEdit"));
    m_rw->setPlaceholderText(tr("RW"));
    m_village = addCombo(QStringLiteral("villageComboBox"));
    m_village->addItem(tr("— pilih kelurahan —"), QString());
    const QString district = m_services.office().office().code;
    for (const Region &village : RegionDirectory::instance().villagesOf(district)) {
        m_village->addItem(village.name, village.code);
        m_village->setItemData(m_village->count() - 1, village.code, Qt::ToolTipRole);
    }
    m_phone = addLine(QStringLiteral("phoneLineEdit"));
    m_phone->setPlaceholderText(tr("misalnya 0812 3456 7890"));
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("residentWarningLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    setTone(m_warnings, Tone::Warning);
    m_warnings->hide();

    auto *nikLabel = new QLabel(tr("&NIK *"), this);
    nikLabel->setBuddy(m_nik);
    form->addRow(nikLabel, m_nik);
    form->addRow(QString(), m_nikCheck);
    form->addRow(QString(), m_status);
    form->addRow(tr("No. KK"), m_kk);
    form->addRow(tr("Nama lengkap *"), m_name);
    form->addRow(tr("Tempat lahir *"), m_birthPlace);
    form->addRow(tr("Tanggal lahir *"), m_birthDate);
    form->addRow(tr("Jenis kelamin *"), m_sex);
    form->addRow(tr("Agama"), m_religion);
    form->addRow(tr("Status perkawinan"), m_marital);
    form->addRow(tr("Pekerjaan"), m_occupation);
    form->addRow(tr("Alamat"), m_address);
    auto *rtRw = new QHBoxLayout;
    rtRw->addWidget(m_rt);
    rtRw->addWidget(new QLabel(tr("/"), this));
    rtRw->addWidget(m_rw);
    rtRw->addStretch(1);
    m_rt->setMaximumWidth(80);
    m_rw->setMaximumWidth(80);
    form->addRow(tr("RT / RW"), rtRw);
    form->addRow(tr("Kelurahan"), m_village);
    form->addRow(tr("Telepon"), m_phone);
    form->addRow(m_warnings);
    auto *legend = new QLabel(tr("* wajib diisi"), this);
    setTone(legend, Tone::Neutral);
    form->addRow(legend);

    connect(m_nik, &QLineEdit::textChanged, this, &ResidentForm::onNikEdited);
    for (QLineEdit *edit : {m_kk, m_name, m_birthPlace, m_birthDate, m_occupation, m_address, m_rt, m_rw, m_phone})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_filling)
                return;
            updateWarnings();
            emit edited();
        });
    for (QComboBox *combo : {m_sex, m_religion, m_marital, m_village})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            updateWarnings();
            emit edited();
        });
}

QLineEdit *ResidentForm::addLine(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    return edit;
}

QComboBox *ResidentForm::addCombo(const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    return combo;
}

void ResidentForm::selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        // A value stored elsewhere (online import, an older list) is shown and kept as it is.
        const QString shown = combo->objectName() == QStringLiteral("villageComboBox")
            ? RegionDirectory::instance().name(value) : QString();
        combo->addItem(shown.isEmpty() ? value : shown, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QDate ResidentForm::parseDate(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    for (const QString &format : {QStringLiteral("dd-MM-yyyy"), QStringLiteral("d-M-yyyy"), QStringLiteral("dd/MM/yyyy"),
                                  QStringLiteral("d/M/yyyy"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("ddMMyyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

QString ResidentForm::formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

IdentityCheck ResidentForm::nikCheck() const
{
    return IdentityNumber::checkNik(m_nik->text());
}

void ResidentForm::onNikEdited()
{
    const IdentityCheck check = nikCheck();
    if (m_nik->text().trimmed().isEmpty()) {
        m_nikCheck->clear();
    } else if (!check.valid) {
        // While the digits are still being typed the length message is a hint, not an error.
        setTone(m_nikCheck, digitsOnly(check.number) && check.number.size() < 16 ? Tone::Neutral : Tone::Bad);
        m_nikCheck->setText(check.errors.join(u' '));
    } else {
        setTone(m_nikCheck, Tone::Good);
        m_nikCheck->setText(tr("NIK sah: %1, lahir %2, terdaftar pertama di %3.")
                                .arg(check.sex == QStringLiteral("F") ? tr("perempuan") : tr("laki-laki"),
                                     IndonesianDate::format(check.date), regionText(check)));
    }
    if (m_filling)
        return;
    if (check.valid && check.number != m_lookedUpNik)
        lookUp(check);
    updateWarnings();
    emit edited();
}

void ResidentForm::lookUp(const IdentityCheck &check)
{
    m_lookedUpNik = check.number;
    std::optional<Resident> found;
    try {
        found = m_services.residents().findByNik(m_session, check.number);
    } catch (const Error &e) {
        setTone(m_status, Tone::Bad);
        m_status->setText(e.message());
        return;
    }
    if (found) {
        const QString typed = m_nik->text();
        setResident(*found);
        // Keep the NIK as typed (with its spaces or dots) so the cursor does not jump.
        m_filling = true;
        m_nik->setText(typed);
        m_filling = false;
        emit nikLookedUp(true);
        return;
    }
    // A form filled from another stored resident is not this person's: start afresh. What the
    // officer typed for a new resident stays (a corrected NIK typo must not wipe it).
    if (m_known) {
        clearExceptNik();
        m_known.reset();
    }
    prefillFromNik(check);
    setTone(m_status, Tone::Neutral);
    m_status->setText(tr("NIK belum terdaftar: isi data penduduk baru. Jenis kelamin dan tanggal lahir sudah diisi dari NIK."));
    emit nikLookedUp(false);
}

void ResidentForm::prefillFromNik(const IdentityCheck &check)
{
    m_filling = true;
    const QString birth = formatDate(check.date);
    if (m_birthDate->text().trimmed().isEmpty() || m_birthDate->text() == m_decodedBirthDate)
        m_birthDate->setText(birth);
    m_decodedBirthDate = birth;
    const QString sex = m_sex->currentData().toString();
    if (sex.isEmpty() || sex == m_decodedSex)
        selectData(m_sex, check.sex);
    m_decodedSex = check.sex;
    m_filling = false;
}

void ResidentForm::setResident(const Resident &r)
{
    m_filling = true;
    m_nik->setText(r.nik);
    m_kk->setText(r.kk);
    m_name->setText(r.fullName);
    m_birthPlace->setText(r.birthPlace);
    m_birthDate->setText(formatDate(r.birthDate));
    selectData(m_sex, r.sex);
    selectData(m_religion, r.religion);
    selectData(m_marital, r.maritalStatus);
    m_occupation->setText(r.occupation);
    m_address->setText(r.address);
    m_rt->setText(r.rt);
    m_rw->setText(r.rw);
    selectData(m_village, r.villageCode);
    m_phone->setText(r.phone);
    m_filling = false;
    m_known = r;
    m_lookedUpNik = IdentityNumber::normalise(r.nik);
    m_decodedSex.clear();
    m_decodedBirthDate.clear();
    setTone(m_status, Tone::Good);
    m_status->setText(tr("Penduduk terdaftar: %1. Data diisi dari basis data dan boleh diperbarui.").arg(r.fullName));
    updateWarnings();
    emit edited();
}

void ResidentForm::clearExceptNik()
{
    const bool filling = m_filling;
    m_filling = true;
    for (QLineEdit *edit : {m_kk, m_name, m_birthPlace, m_birthDate, m_occupation, m_address, m_rt, m_rw, m_phone})
        edit->clear();
    for (QComboBox *combo : {m_sex, m_religion, m_marital, m_village})
        combo->setCurrentIndex(0);
    m_filling = filling;
    m_decodedSex.clear();
    m_decodedBirthDate.clear();
}

void ResidentForm::clear()
{
    m_filling = true;
    m_nik->clear();
    clearExceptNik();
    m_filling = false;
    m_known.reset();
    m_lookedUpNik.clear();
    m_nikCheck->clear();
    m_status->clear();
    updateWarnings();
}

void ResidentForm::setNikReadOnly(bool readOnly)
{
    m_nik->setReadOnly(readOnly);
    m_nik->setToolTip(readOnly ? tr("NIK penduduk yang sudah terdaftar tidak diubah di sini.") : QString());
}

Resident ResidentForm::resident() const
{
    Resident r;
    if (m_known)
        r.id = m_known->id;
    r.nik = m_nik->text();
    r.kk = m_kk->text();
    r.fullName = m_name->text();
    r.birthPlace = m_birthPlace->text();
    r.birthDate = parseDate(m_birthDate->text());
    r.sex = m_sex->currentData().toString();
    r.religion = m_religion->currentData().toString();
    r.maritalStatus = m_marital->currentData().toString();
    r.occupation = m_occupation->text();
    r.address = m_address->text();
    r.rt = m_rt->text();
    r.rw = m_rw->text();
    r.villageCode = m_village->currentData().toString();
    r.phone = m_phone->text();
    return r;
}

bool ResidentForm::differsFromKnown() const
{
    if (!m_known)
        return true;
    Resident r = resident();
    try {
        ResidentService::validate(r);   // the same normalisation as the stored values went through
    } catch (const Error &) {
        return true;
    }
    const Resident &k = *m_known;
    return r.nik != k.nik || r.kk != k.kk || r.fullName != k.fullName || r.birthPlace != k.birthPlace
        || r.birthDate != k.birthDate || r.sex != k.sex || r.religion != k.religion || r.maritalStatus != k.maritalStatus
        || r.occupation != k.occupation || r.address != k.address || r.rt != k.rt || r.rw != k.rw
        || r.villageCode != k.villageCode || r.phone != k.phone;
}

QString ResidentForm::localProblem(QWidget **field) const
{
    const QString birth = m_birthDate->text().trimmed();
    if (!birth.isEmpty() && !parseDate(birth).isValid()) {
        if (field)
            *field = m_birthDate;
        return tr("Tanggal lahir \"%1\" tidak dapat dibaca: tulis HH-BB-TTTT, misalnya 15-05-1990.").arg(birth.left(30));
    }
    return {};
}

QWidget *ResidentForm::firstEmptyRequired(QString *label) const
{
    const std::pair<QWidget *, QString> required[] = {
        {m_name, tr("Nama lengkap")},
        {m_birthPlace, tr("Tempat lahir")},
        {m_birthDate, tr("Tanggal lahir")},
        {m_sex, tr("Jenis kelamin")},
    };
    for (const auto &[widget, name] : required) {
        const auto *edit = qobject_cast<const QLineEdit *>(widget);
        const auto *combo = qobject_cast<const QComboBox *>(widget);
        const bool empty = edit ? edit->text().trimmed().isEmpty() : combo->currentData().toString().isEmpty();
        if (empty) {
            if (label)
                *label = name;
            return widget;
        }
    }
    return nullptr;
}

QStringList ResidentForm::warnings() const
{
    const IdentityCheck check = nikCheck();
    if (!check.valid)
        return {};
    QStringList out = check.warnings;
    out << IdentityNumber::crossCheck(check, parseDate(m_birthDate->text()), m_sex->currentData().toString());
    return out;
}

void ResidentForm::updateWarnings()
{
    const QStringList list = warnings();
    m_warnings->setText(list.join(u'\n'));
    m_warnings->setVisible(!list.isEmpty());
}

} // namespace loket::ui
