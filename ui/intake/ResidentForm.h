// The resident (penduduk) form shared by the intake screen and the residents area: the NIK with a
// live check that says which part is wrong, a lookup of the NIK (a known resident fills the form,
// an unknown one gets sex and birth date decoded from the NIK), and every field core stores.
// Values are kept exactly as typed; core validates and normalises them when they are saved.
#pragma once

#include "auth/Session.h"
#include "intake/IdentityNumber.h"
#include "residents/Resident.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace loket {
class AppServices;
}

namespace loket::ui {

class ResidentForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidentForm)

public:
    ResidentForm(AppServices &services, const Session &session, QWidget *parent = nullptr);

    // Fills every field from a stored resident, the NIK too; the resident becomes the known one.
    void setResident(const Resident &resident);
    // Empties every field, the NIK too, and forgets the known resident.
    void clear();
    // A stored resident's NIK is not edited here (saving matches residents by NIK).
    void setNikReadOnly(bool readOnly);

    // What the form says now, as typed (birth date parsed; invalid when empty or unreadable).
    Resident resident() const;
    // The stored resident the form was filled from, if any.
    const std::optional<Resident> &knownResident() const { return m_known; }
    // True when the form differs from the stored resident (or there is none): saving is needed.
    bool differsFromKnown() const;

    IdentityCheck nikCheck() const;
    // Problems the form finds before core does: an unreadable birth date. Empty when none;
    // *field is the widget to focus.
    QString localProblem(QWidget **field) const;
    // The first required field that is empty (name, birth place, birth date, sex) and its label.
    QWidget *firstEmptyRequired(QString *label) const;
    // Warnings now: those of the NIK and the NIK against the birth date and sex typed.
    QStringList warnings() const;

    QLineEdit *nikEdit() const { return m_nik; }
    QLineEdit *nameEdit() const { return m_name; }

    // Accepts 15-05-1990, 15/05/1990, 15.05.1990, 15051990 and 1990-05-15.
    static QDate parseDate(const QString &typed);
    static QString formatDate(const QDate &date);

signals:
    // The NIK was looked up: known is true when a stored resident filled the form.
    void nikLookedUp(bool known);
    // Anything in the form changed.
    void edited();

private:
    QLineEdit *addLine(const QString &objectName);
    QComboBox *addCombo(const QString &objectName);
    void onNikEdited();
    void lookUp(const IdentityCheck &check);
    void prefillFromNik(const IdentityCheck &check);
    void clearExceptNik();
    void updateWarnings();
    static void selectData(QComboBox *combo, const QString &value);

    AppServices &m_services;
    Session m_session;
    std::optional<Resident> m_known;
    QString m_lookedUpNik;
    QString m_decodedSex;
    QString m_decodedBirthDate;
    bool m_filling = false;

    QLineEdit *m_nik = nullptr;
    QLabel *m_nikCheck = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_kk = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_birthPlace = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_religion = nullptr;
    QComboBox *m_marital = nullptr;
    QLineEdit *m_occupation = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_rt = nullptr;
    QLineEdit *m_rw = nullptr;
    QComboBox *m_village = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace loket::ui
