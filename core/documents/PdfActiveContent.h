// Finds active content in a PDF cheaply, without running or drawing anything: the names PDF uses
// for JavaScript, launching programs, embedded files and automatic actions, wherever a dictionary
// can hold them — in the file itself and inside its compressed object streams, with names
// spelled with #xx escapes decoded. Strings and page content are skipped, so a page that shows
// the text "/JS" is not taken for a script. A PDF whose object streams cannot be inspected
// (a filter other than Flate, encrypted, or bigger than the budget) is reported as such, because
// what cannot be read could hide a script.
#pragma once

#include <QByteArray>
#include <QString>

namespace loket {

struct PdfActiveFinding
{
    QString name;       // the PDF name found ("JavaScript", "Launch" ...); empty when none
    QString problem;    // why the object streams could not be inspected; empty when they could
};

class PdfActiveContent
{
public:
    // Inflated object streams are read up to this many bytes in all (a Flate bomb stops here).
    static constexpr qint64 kMaxInflatedBytes = qint64(64) * 1024 * 1024;

    static PdfActiveFinding scan(const QByteArray &pdf);
    // The names taken as active content.
    static bool isActiveName(const QByteArray &name);
};

} // namespace loket
