#include "PdfActiveContent.h"

#include <QList>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace loket {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
           || c == '%';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Inflates a Flate stream into out, at most `budget` bytes; false when the data is not Flate or
// the budget is exceeded (*overBudget then set).
bool inflateBounded(const char *data, qsizetype size, qint64 budget, QByteArray *out, bool *overBudget)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(std::min<qsizetype>(size, std::numeric_limits<uInt>::max()));
    char chunk[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        const qsizetype produced = qsizetype(sizeof chunk - z.avail_out);
        if (out->size() + produced > budget) {
            *overBudget = true;
            inflateEnd(&z);
            return false;
        }
        out->append(chunk, produced);
        if (rc == Z_OK && produced == 0 && z.avail_in == 0)
            break;   // input ended before the stream did: keep what was inflated
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END || (rc == Z_OK && !out->isEmpty());
}

class Scanner
{
public:
    PdfActiveFinding finding;

    void scan(const char *p, qsizetype n, bool topLevel)
    {
        bool objectStream = false;   // the current object is an object stream (/Type /ObjStm)
        QList<QByteArray> filters;   // the filter names seen in the current object
        qsizetype i = 0;
        while (i < n && finding.name.isEmpty() && finding.problem.isEmpty()) {
            const char c = p[i];
            if (c == '%') {
                while (i < n && p[i] != '\n' && p[i] != '\r')
                    ++i;
            } else if (c == '(') {
                int level = 1;
                ++i;
                while (i < n && level > 0) {
                    if (p[i] == '\\')
                        ++i;
                    else if (p[i] == '(')
                        ++level;
                    else if (p[i] == ')')
                        --level;
                    ++i;
                }
            } else if (c == '<' && i + 1 < n && p[i + 1] == '<') {
                i += 2;   // a dictionary opens
            } else if (c == '<') {
                while (i < n && p[i] != '>')
                    ++i;
                ++i;
            } else if (c == '/') {
                QByteArray name;
                ++i;
                while (i < n && !isWhite(p[i]) && !isDelimiter(p[i])) {
                    if (p[i] == '#' && i + 2 < n && hexValue(p[i + 1]) >= 0 && hexValue(p[i + 2]) >= 0) {
                        name += char(hexValue(p[i + 1]) * 16 + hexValue(p[i + 2]));
                        i += 3;
                    } else {
                        name += p[i++];
                    }
                }
                if (PdfActiveContent::isActiveName(name)) {
                    finding.name = QString::fromLatin1(name);
                    return;
                }
                if (name == "ObjStm")
                    objectStream = true;
                else if (name.endsWith("Decode") || name == "Fl" || name == "LZW" || name == "AHx" || name == "A85"
                         || name == "RL" || name == "Crypt")
                    filters << name;
            } else if ((c >= 'a' && c <= 'z') && (i == 0 || isWhite(p[i - 1]) || isDelimiter(p[i - 1]))) {
                qsizetype j = i;
                while (j < n && p[j] >= 'a' && p[j] <= 'z')
                    ++j;
                const QByteArray word(p + i, j - i);
                i = j;
                if (word == "obj") {
                    objectStream = false;
                    filters.clear();
                } else if (word == "stream") {
                    if (i < n && p[i] == '\r')
                        ++i;
                    if (i < n && p[i] == '\n')
                        ++i;
                    const QByteArray rest = QByteArray::fromRawData(p + i, n - i);
                    qsizetype end = rest.indexOf("endstream");
                    if (end < 0)
                        end = rest.size();
                    if (objectStream && topLevel)
                        inspectObjectStream(p + i, end, filters);
                    i += end + 9;
                    objectStream = false;
                    filters.clear();
                }
            } else {
                ++i;
            }
        }
    }

private:
    qint64 m_inflated = 0;

    void inspectObjectStream(const char *data, qsizetype size, const QList<QByteArray> &filters)
    {
        if (filters.isEmpty()) {
            scan(data, size, false);
            return;
        }
        if (filters.size() != 1 || (filters.constFirst() != "FlateDecode" && filters.constFirst() != "Fl")) {
            finding.problem = QStringLiteral("filter");
            return;
        }
        QByteArray inflated;
        bool overBudget = false;
        if (!inflateBounded(data, size, PdfActiveContent::kMaxInflatedBytes - m_inflated, &inflated, &overBudget)) {
            finding.problem = overBudget ? QStringLiteral("budget") : QStringLiteral("unreadable");
            return;
        }
        m_inflated += inflated.size();
        scan(inflated.constData(), inflated.size(), false);
    }
};

} // namespace

bool PdfActiveContent::isActiveName(const QByteArray &name)
{
    return name == "JS" || name == "JavaScript" || name == "Launch" || name == "EmbeddedFile" || name == "EmbeddedFiles"
           || name == "AA";
}

PdfActiveFinding PdfActiveContent::scan(const QByteArray &pdf)
{
    Scanner scanner;
    scanner.scan(pdf.constData(), pdf.size(), true);
    return scanner.finding;
}

} // namespace loket
