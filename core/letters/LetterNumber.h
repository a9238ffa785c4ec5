// Letter numbers by tata naskah dinas: a format such as {klasifikasi}/{nomor:04}/{unit}/{tahun},
// registers per classification code or one for the office, restarting each year. Allocation
// sits behind NumberAllocator: standalone, the local register allocates inside the signing
// transaction; with a hub, the sync layer allocates there (and hands out reserved blocks).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace loket {

class ChangeSet;

struct NumberParts
{
    QString classification;   // 400.9.14.1
    QString unit;             // PU
    int year = 0;
};

class NumberFormat
{
    Q_DECLARE_TR_FUNCTIONS(NumberFormat)

public:
    static QString defaultFormat() { return QStringLiteral("{klasifikasi}/{nomor:04}/{unit}/{tahun}"); }
    // Throws Error::invalid naming an unknown {part}, or a format that could give two registers or
    // two years the same number (it must hold {nomor} and {tahun}, and {klasifikasi} when each
    // classification code has its own register).
    static void validate(const QString &format, bool perClassification);
    static QString format(const QString &format, const NumberParts &parts, int seq);
    // The register a letter's number comes from: its classification code's (UMUM when the service
    // has none) or, with one register for the office, KANTOR.
    static QString registerKey(bool perClassification, const QString &classification);
};

struct AllocatedNumber
{
    QString registerKey;
    int year = 0;
    int seq = 0;
};

class NumberAllocator
{
public:
    virtual ~NumberAllocator() = default;
    // The next number of the register for year, inside the signing transaction. A number once
    // returned by a committed transaction is never returned again, voided or not.
    virtual AllocatedNumber allocate(ChangeSet &changes, const QString &registerKey, int year) = 0;
    // Called before the signing transaction begins (no write lock held): may fetch numbers from
    // elsewhere so that allocate finds one.
    virtual void prepare(const QString &registerKey, int year) { Q_UNUSED(registerKey) Q_UNUSED(year) }
};

// Standalone: the next number after every number the local register holds for that year.
class LocalNumberAllocator : public NumberAllocator
{
public:
    AllocatedNumber allocate(ChangeSet &changes, const QString &registerKey, int year) override;
};

} // namespace loket
