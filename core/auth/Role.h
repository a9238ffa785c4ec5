// The office roles. A user may hold several; every core service names the role it needs.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace loket {

enum class Role : quint8 {
    Officer = 1,   // petugas loket
    Verifier = 2,  // operator/verifikator
    Approver = 4,  // Kasi Pelayanan
    Signer = 8,    // Camat, Sekretaris Camat
    Admin = 16,
};

class RoleSet
{
    Q_DECLARE_TR_FUNCTIONS(RoleSet)

public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles);

    bool has(Role role) const { return m_bits & quint8(role); }
    bool isEmpty() const { return m_bits == 0; }
    void add(Role role) { m_bits |= quint8(role); }
    QList<Role> roles() const;
    QStringList names() const;
    // "officer,verifier" as stored and as typed on the command line.
    QString toString() const { return names().join(u','); }
    bool operator==(const RoleSet &) const = default;

    // Throws Error::invalid naming the unknown role.
    static RoleSet parse(const QString &csv);
    static QList<Role> all();
    static QString name(Role role);
    static std::optional<Role> fromName(const QString &name);
    // Indonesian (or translated) label for people.
    static QString label(Role role);

private:
    quint8 m_bits = 0;
};

} // namespace loket
