#include "NikOcr.h"

#include "ImageTools.h"
#include "PageProcessing.h"
#include "common/Error.h"
#include "intake/IdentityNumber.h"

#include <QDir>
#include <QFileInfo>
#include <QPolygonF>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace loket {

namespace {

constexpr const char *kLanguage = "ind";
constexpr int kNikDigits = 16;
constexpr int kMaxGuessedDigits = 2;
constexpr int kMinLongSide = 1000;    // smaller images are enlarged (up to kMaxUpscale times)
constexpr double kMaxUpscale = 3.0;
constexpr int kMaxLongSide = 4000;    // larger ones reduced
constexpr double kGuessPenalty = 0.9;       // per O→0-like substitution
constexpr double kUnlabelledPenalty = 0.85;
constexpr double kUnconfirmedPenalty = 0.8;

// ---- Tesseract -----------------------------------------------------------------------------

// One Tesseract instance, started on the Indonesian data with its chatter sent to /dev/null.
class Engine
{
public:
    explicit Engine(const QString &tessdata)
    {
        const std::vector<std::string> names{"debug_file"};
        const std::vector<std::string> values{"/dev/null"};
        if (m_api.Init(QFile::encodeName(tessdata).constData(), kLanguage, tesseract::OEM_LSTM_ONLY, nullptr, 0,
                       &names, &values, false)
            != 0)
            throw Error::storage(NikOcr::tr("Tesseract tidak bisa dijalankan dengan data bahasa \"%1\" di %2.")
                                     .arg(QString::fromLatin1(kLanguage), tessdata));
    }
    ~Engine() { m_api.End(); }
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    tesseract::TessBaseAPI &api() { return m_api; }

    // Hands a Grayscale8 image to Tesseract (which keeps a pointer: `grey` must outlive the read).
    void setImage(const QImage &grey)
    {
        m_api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
        m_api.SetSourceResolution(300);
    }

private:
    tesseract::TessBaseAPI m_api;
};

QString takeText(char *text)
{
    const QString s = QString::fromUtf8(text ? text : "");
    delete[] text;
    return s;
}

// ---- what Tesseract read -------------------------------------------------------------------

struct Word
{
    QString text;
    double confidence = 0;   // 0..1
    QRect box;
};

using Line = std::vector<Word>;

std::vector<Line> readLines(Engine &engine, const QImage &grey)
{
    engine.setImage(grey);
    engine.api().SetPageSegMode(tesseract::PSM_AUTO);
    std::vector<Line> lines;
    if (engine.api().Recognize(nullptr) != 0)
        return lines;
    std::unique_ptr<tesseract::ResultIterator> it(engine.api().GetIterator());
    if (!it)
        return lines;
    do {
        if (it->Empty(tesseract::RIL_WORD))
            continue;
        if (lines.empty() || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
            lines.emplace_back();
        Word w;
        w.text = takeText(it->GetUTF8Text(tesseract::RIL_WORD));
        w.confidence = std::clamp(double(it->Confidence(tesseract::RIL_WORD)) / 100.0, 0.0, 1.0);
        int l = 0, t = 0, r = 0, b = 0;
        it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b);
        w.box = QRect(QPoint(l, t), QPoint(r - 1, b - 1));
        lines.back().push_back(w);
    } while (it->Next(tesseract::RIL_WORD));
    return lines;
}

// The digits of one line region read again with only digits allowed; *confidence 0..1.
QString rereadDigits(Engine &engine, const QImage &grey, const QRect &box, double *confidence)
{
    const int pad = std::max(4, box.height() / 2);
    const QImage crop = grey.copy(box.adjusted(-pad, -pad, pad, pad).intersected(grey.rect()));
    *confidence = 0;
    if (crop.width() < 4 || crop.height() < 4)
        return {};
    engine.setImage(crop);
    engine.api().SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    engine.api().SetVariable("tessedit_char_whitelist", "0123456789");
    const QString text = takeText(engine.api().GetUTF8Text());
    *confidence = std::clamp(engine.api().MeanTextConf() / 100.0, 0.0, 1.0);
    engine.api().SetVariable("tessedit_char_whitelist", "");
    QString digits;
    for (QChar c : text)
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    return digits;
}

// ---- finding NIK candidates ----------------------------------------------------------------

// A digit for a character OCR commonly confuses with one; a null QChar otherwise.
QChar confusedDigit(QChar c)
{
    switch (c.unicode()) {
    case u'O': case u'o': return u'0';
    case u'I': case u'l': case u'|': return u'1';
    case u'S': return u'5';
    case u'B': return u'8';
    default: return {};
    }
}

// A token as digits when it is a number (digits, at most a few confusions, inner separators).
struct Number
{
    QString digits;
    int guessed = 0;
};

std::optional<Number> asNumber(const QString &token)
{
    Number n;
    int real = 0, length = 0;
    for (QChar c : token) {
        if (c == u'.' || c == u'-')
            continue;
        ++length;
        if (c >= u'0' && c <= u'9') {
            n.digits.append(c);
            ++real;
        } else if (const QChar d = confusedDigit(c); !d.isNull()) {
            n.digits.append(d);
            ++n.guessed;
        } else {
            return std::nullopt;
        }
    }
    if (real == 0 || real * 2 < length)
        return std::nullopt;
    return n;
}

// Splits a word at colons ("NIK:3302…") and trims punctuation around each part.
QStringList tokensOf(const QString &word)
{
    QStringList tokens;
    for (QString part : word.split(u':', Qt::SkipEmptyParts)) {
        while (!part.isEmpty() && QStringLiteral(".,;-_'\"()[]").contains(part.front()))
            part.remove(0, 1);
        while (!part.isEmpty() && QStringLiteral(".,;-_'\"()[]").contains(part.back()))
            part.chop(1);
        if (!part.isEmpty())
            tokens << part;
    }
    return tokens;
}

bool isNikLabel(QString token)
{
    token = token.toUpper();
    for (QChar &c : token)
        if (c == u'1' || c == u'L' || c == u'|')
            c = u'I';
    return token == QLatin1String("NIK");
}

// "KK" or "Keluarga": the number that follows is a family card number, which passes the NIK rules
// too but is not one.
bool isKkLabel(const QString &token)
{
    const QString t = token.toUpper();
    return t == QLatin1String("KK") || t == QLatin1String("KELUARGA");
}

struct Token
{
    QString text;
    const Word *word = nullptr;
};

struct Candidate
{
    QString nik;
    double confidence = 0;
    QRect box;
    bool labelled = false;
};

std::optional<Candidate> candidateFrom(const std::vector<Token> &run, bool labelled)
{
    Candidate c;
    c.labelled = labelled;
    int guessed = 0;
    double confidence = 0;
    for (const Token &t : run) {
        const std::optional<Number> n = asNumber(t.text);
        c.nik += n->digits;
        guessed += n->guessed;
        confidence += t.word->confidence;
        c.box |= t.word->box;
    }
    if (c.nik.size() != kNikDigits || guessed > kMaxGuessedDigits)
        return std::nullopt;
    if (!IdentityNumber::checkNik(c.nik).valid)
        return std::nullopt;
    c.confidence = confidence / double(run.size()) * std::pow(kGuessPenalty, guessed);
    return c;
}

// Valid NIKs in a line: whole runs of number tokens and single 16-digit tokens within them; none
// after a KK label.
void collectCandidates(const Line &line, std::vector<Candidate> *out)
{
    std::vector<Token> tokens;
    for (const Word &w : line)
        for (const QString &t : tokensOf(w.text))
            tokens.push_back({t, &w});
    bool labelSeen = false, kkSeen = false;
    for (size_t i = 0; i < tokens.size();) {
        if (!asNumber(tokens[i].text)) {
            if (isNikLabel(tokens[i].text)) {
                labelSeen = true;
                kkSeen = false;
            } else if (isKkLabel(tokens[i].text)) {
                kkSeen = true;
                labelSeen = false;
            }
            ++i;
            continue;
        }
        std::vector<Token> run;
        while (i < tokens.size() && asNumber(tokens[i].text))
            run.push_back(tokens[i++]);
        if (kkSeen)
            continue;
        if (auto c = candidateFrom(run, labelSeen))
            out->push_back(*c);
        if (run.size() > 1)
            for (const Token &t : run)
                if (auto c = candidateFrom({t}, labelSeen))
                    out->push_back(*c);
    }
}

// The labelled NIK when all labelled candidates agree, else the only unlabelled one.
std::optional<Candidate> choose(const std::vector<Candidate> &candidates)
{
    for (bool labelled : {true, false}) {
        QSet<QString> distinct;
        const Candidate *best = nullptr;
        for (const Candidate &c : candidates) {
            if (c.labelled != labelled)
                continue;
            distinct.insert(c.nik);
            if (!best || c.confidence > best->confidence)
                best = &c;
        }
        if (distinct.size() > 1)
            return std::nullopt;   // two different numbers: better none than the wrong one
        if (best) {
            Candidate c = *best;
            if (!labelled)
                c.confidence *= kUnlabelledPenalty;
            return c;
        }
    }
    return std::nullopt;
}

// ---- preparing the image -------------------------------------------------------------------

// Input image coordinates → coordinates on the image turned clockwise by quarter turns.
QTransform quarterTurnTransform(const QSize &size, int turns)
{
    const double w = size.width();
    const double h = size.height();
    switch (((turns % 4) + 4) % 4) {
    case 1:
        return QTransform(0, 1, -1, 0, h, 0);    // (x, y) → (h - y, x)
    case 2:
        return QTransform(-1, 0, 0, -1, w, h);   // (x, y) → (w - x, h - y)
    case 3:
        return QTransform(0, -1, 1, 0, 0, w);    // (x, y) → (y, w - x)
    default:
        return {};
    }
}

struct Prepared
{
    QImage grey;
    QTransform fromInput;   // input image coordinates → prepared image coordinates
};

Prepared prepare(const QImage &image)
{
    Prepared p;
    QImage grey = toGrey8(image);
    const int longSide = std::max(grey.width(), grey.height());
    double scale = 1;
    if (longSide < kMinLongSide)
        scale = std::min(kMaxUpscale, double(kMinLongSide) / longSide);
    else if (longSide > kMaxLongSide)
        scale = double(kMaxLongSide) / longSide;
    if (scale != 1) {
        const QSize size(std::max(1, int(std::lround(grey.width() * scale))),
                         std::max(1, int(std::lround(grey.height() * scale))));
        grey = grey.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
        p.fromInput.scale(double(size.width()) / image.width(), double(size.height()) / image.height());
    }
    const double skew = estimateSkewDegrees(grey);
    if (std::abs(skew) >= 0.2) {
        grey = deskew(grey, skew, QColor(Qt::white));
        p.fromInput = p.fromInput * deskewTransform(grey.size(), skew);
    }
    p.grey = grey;
    return p;
}

// Reads one prepared image: the chosen candidate, confirmed by a digits-only re-read.
std::optional<Candidate> readPass(Engine &engine, const QImage &grey)
{
    std::vector<Candidate> candidates;
    for (const Line &line : readLines(engine, grey))
        collectCandidates(line, &candidates);
    std::optional<Candidate> chosen = choose(candidates);
    if (!chosen)
        return std::nullopt;
    double rereadConfidence = 0;
    const QString reread = rereadDigits(engine, grey, chosen->box, &rereadConfidence);
    if (reread == chosen->nik)
        chosen->confidence = (chosen->confidence + rereadConfidence) / 2;
    else if (reread.size() == kNikDigits && IdentityNumber::checkNik(reread).valid)
        return std::nullopt;   // two readings, two valid numbers: doubtful
    else
        chosen->confidence *= kUnconfirmedPenalty;
    return chosen;
}

} // namespace

QString NikOcr::tessdataDirectory()
{
    const QString file = QString::fromLatin1(kLanguage) + QStringLiteral(".traineddata");
    QStringList places;
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        places << prefix << prefix + QStringLiteral("/tessdata");
    else
        places << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata") << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata")
               << QStringLiteral("/usr/share/tessdata");
    for (const QString &place : places)
        if (QFileInfo(QDir(place).filePath(file)).isFile())
            return QDir::cleanPath(place);
    throw Error::storage(tr("Data bahasa Indonesia untuk OCR (%1) tidak ditemukan di %2. Pasang paket "
                            "tesseract-ocr-ind, atau arahkan TESSDATA_PREFIX ke folder tessdata.")
                             .arg(file, places.join(QStringLiteral(", "))));
}

std::optional<NikReading> NikOcr::read(const QImage &image)
{
    if (image.isNull() || std::min(image.width(), image.height()) < 16)
        return std::nullopt;
    const QString tessdata = tessdataDirectory();
    Engine engine(tessdata);
    // A card photographed with the phone turned: upright first, then a quarter turn either way,
    // then upside down. The upright reading comes first because turned digits can pass for others
    // (6 and 9 swap upside down); a candidate must still pass the NIK rules and the re-read.
    for (const int turns : {0, 1, 3, 2}) {
        const QImage turned = turns == 0 ? image : rotate90(image, turns);
        const Prepared prepared = prepare(turned);
        std::optional<Candidate> found = readPass(engine, prepared.grey);
        if (!found) {
            const QImage bilevel = toBilevel(prepared.grey).convertToFormat(QImage::Format_Grayscale8);
            found = readPass(engine, bilevel);
        }
        if (!found)
            continue;
        NikReading reading;
        reading.nik = found->nik;
        reading.confidence = std::clamp(found->confidence, 0.0, 1.0);
        reading.labelled = found->labelled;
        const QTransform toPrepared = quarterTurnTransform(image.size(), turns) * prepared.fromInput;
        reading.where = toPrepared.inverted().mapRect(found->box).intersected(image.rect());
        return reading;
    }
    return std::nullopt;
}

} // namespace loket
