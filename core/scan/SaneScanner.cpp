#include "SaneScanner.h"

#include "SaneFrames.h"

#include "common/Error.h"

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <mutex>

namespace loket {

namespace {

// Every libsane call except sane_cancel goes through this lock: backends are not required to be
// re-entrant, and discovery must not run while another thread reads a page.
std::recursive_mutex &saneLock()
{
    static std::recursive_mutex mutex;
    return mutex;
}

// sane_init once per process, sane_exit when it ends.
class SaneLibrary
{
public:
    static void ensure()
    {
        static SaneLibrary library;
        if (library.m_status != SANE_STATUS_GOOD)
            throw Error::device(SaneScanner::statusMessage(library.m_status));
    }

private:
    SaneLibrary()
    {
        SANE_Int version = 0;
        m_status = sane_init(&version, nullptr);
        spdlog::info("libsane {}.{}.{} initialised", SANE_VERSION_MAJOR(version), SANE_VERSION_MINOR(version),
                     SANE_VERSION_BUILD(version));
    }
    ~SaneLibrary()
    {
        if (m_status == SANE_STATUS_GOOD)
            sane_exit();
    }
    SANE_Status m_status = SANE_STATUS_GOOD;
};

QString fromSane(SANE_String_Const text)
{
    return text ? QString::fromUtf8(text) : QString();
}

constexpr qint64 kMaxPageBytes = qint64(700) * 1024 * 1024;   // ~A3 at 1200 dpi in colour; beyond is a runaway device

bool contains(const QString &value, std::initializer_list<const char *> needles)
{
    const QString lower = value.toLower();
    for (const char *n : needles)
        if (lower.contains(QLatin1String(n)))
            return true;
    return false;
}

} // namespace

struct SaneScanner::Impl
{
    SANE_Handle handle = nullptr;

    int optionCount() const
    {
        SANE_Int count = 0;
        if (sane_control_option(handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
            return 0;
        return count;
    }

    int find(const char *name) const
    {
        const int count = optionCount();
        for (int i = 1; i < count; ++i) {
            const SANE_Option_Descriptor *d = sane_get_option_descriptor(handle, i);
            if (d && d->name && std::strcmp(d->name, name) == 0)
                return i;
        }
        return -1;
    }

    const SANE_Option_Descriptor *descriptor(int index) const { return sane_get_option_descriptor(handle, index); }

    bool usable(int index) const
    {
        const SANE_Option_Descriptor *d = index > 0 ? descriptor(index) : nullptr;
        return d && SANE_OPTION_IS_ACTIVE(d->cap) && SANE_OPTION_IS_SETTABLE(d->cap);
    }

    QStringList stringList(const char *name) const
    {
        QStringList out;
        const int index = find(name);
        const SANE_Option_Descriptor *d = index > 0 ? descriptor(index) : nullptr;
        if (d && d->type == SANE_TYPE_STRING && d->constraint_type == SANE_CONSTRAINT_STRING_LIST)
            for (const SANE_String_Const *s = d->constraint.string_list; s && *s; ++s)
                out << fromSane(*s);
        return out;
    }

    void control(int index, void *value, const QString &what)
    {
        SANE_Int info = 0;
        const SANE_Status status = sane_control_option(handle, index, SANE_ACTION_SET_VALUE, value, &info);
        if (status != SANE_STATUS_GOOD)
            throw Error::invalid(SaneScanner::tr("Pemindai menolak pengaturan %1: %2")
                                     .arg(what, SaneScanner::statusMessage(status)));
    }

    void setString(int index, const QString &value, const QString &what)
    {
        const SANE_Option_Descriptor *d = descriptor(index);
        QByteArray buffer = value.toUtf8();
        if (buffer.size() >= d->size)
            throw Error::invalid(SaneScanner::tr("Nilai \"%1\" terlalu panjang untuk %2.").arg(value.left(40), what));
        buffer.resize(d->size, '\0');
        control(index, buffer.data(), what);
    }

    // Sets an int or fixed option to the nearest value its constraint allows; returns the value set.
    double setNumber(int index, double wanted, const QString &what)
    {
        const SANE_Option_Descriptor *d = descriptor(index);
        const bool fixed = d->type == SANE_TYPE_FIXED;
        auto toDouble = [fixed](SANE_Word w) { return fixed ? SANE_UNFIX(w) : double(w); };
        double value = wanted;
        if (d->constraint_type == SANE_CONSTRAINT_RANGE && d->constraint.range) {
            const SANE_Range *r = d->constraint.range;
            value = std::clamp(value, toDouble(r->min), toDouble(r->max));
            const double quant = toDouble(r->quant);
            if (quant > 0)
                value = toDouble(r->min) + std::round((value - toDouble(r->min)) / quant) * quant;
        } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST && d->constraint.word_list) {
            const SANE_Word *list = d->constraint.word_list;
            double best = value;
            double bestDistance = -1;
            for (int i = 1; i <= list[0]; ++i) {
                const double candidate = toDouble(list[i]);
                const double distance = std::abs(candidate - wanted);
                if (bestDistance < 0 || distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            value = best;
        }
        if (d->size > SANE_Int(sizeof(SANE_Word))) {
            // A vector option (e.g. a gamma table): fill every element with the value.
            std::vector<SANE_Word> words(size_t(d->size) / sizeof(SANE_Word),
                                         fixed ? SANE_FIX(value) : SANE_Word(std::lround(value)));
            control(index, words.data(), what);
        } else {
            SANE_Word word = fixed ? SANE_FIX(value) : SANE_Word(std::lround(value));
            control(index, &word, what);
        }
        return getNumber(index, value);
    }

    double getNumber(int index, double fallback) const
    {
        const SANE_Option_Descriptor *d = descriptor(index);
        if (!d || d->size != SANE_Int(sizeof(SANE_Word)))
            return fallback;
        SANE_Word word = 0;
        if (sane_control_option(handle, index, SANE_ACTION_GET_VALUE, &word, nullptr) != SANE_STATUS_GOOD)
            return fallback;
        return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(word) : double(word);
    }

    // The resolutions worth offering (the listed ones, or the standard ones within a range) and
    // the device's bounds.
    QList<int> resolutions(int *lo, int *hi, bool *range) const
    {
        QList<int> out;
        const int index = find(SANE_NAME_SCAN_RESOLUTION);
        const SANE_Option_Descriptor *desc = index > 0 ? descriptor(index) : nullptr;
        if (!desc)
            return out;
        const bool fixed = desc->type == SANE_TYPE_FIXED;
        auto toInt = [fixed](SANE_Word w) { return fixed ? int(std::lround(SANE_UNFIX(w))) : int(w); };
        int min = 0;
        int max = 0;
        if (desc->constraint_type == SANE_CONSTRAINT_WORD_LIST && desc->constraint.word_list) {
            for (int i = 1; i <= desc->constraint.word_list[0]; ++i)
                out << toInt(desc->constraint.word_list[i]);
            std::sort(out.begin(), out.end());
            if (!out.isEmpty()) {
                min = out.constFirst();
                max = out.constLast();
            }
        } else if (desc->constraint_type == SANE_CONSTRAINT_RANGE && desc->constraint.range) {
            min = toInt(desc->constraint.range->min);
            max = toInt(desc->constraint.range->max);
            for (int dpi : ScanCapabilities::standardResolutions())
                if (dpi >= min && dpi <= max)
                    out << dpi;
        }
        if (lo)
            *lo = min;
        if (hi)
            *hi = max;
        if (range)
            *range = desc->constraint_type == SANE_CONSTRAINT_RANGE;
        return out;
    }

    // Whether a usable int option accepts value (as scan() sets the bit depth).
    bool allows(int index, int value) const
    {
        if (!usable(index))
            return false;
        const SANE_Option_Descriptor *d = descriptor(index);
        if (d->type != SANE_TYPE_INT)
            return false;
        if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST && d->constraint.word_list) {
            for (int i = 1; i <= d->constraint.word_list[0]; ++i)
                if (d->constraint.word_list[i] == value)
                    return true;
            return false;
        }
        if (d->constraint_type == SANE_CONSTRAINT_RANGE && d->constraint.range)
            return value >= d->constraint.range->min && value <= d->constraint.range->max;
        return true;
    }

    // The largest value of a geometry option in millimetres; 0 when unknown or counted in pixels.
    double rangeMaxMm(const char *name) const
    {
        const int index = find(name);
        const SANE_Option_Descriptor *d = index > 0 ? descriptor(index) : nullptr;
        if (!d || !SANE_OPTION_IS_ACTIVE(d->cap) || d->unit != SANE_UNIT_MM
            || d->constraint_type != SANE_CONSTRAINT_RANGE || !d->constraint.range)
            return 0;
        const SANE_Word max = d->constraint.range->max;
        return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(max) : double(max);
    }

    // Sets an option from text, as named by the user: bool, int, fixed or string.
    void setFromText(const QString &name, const QString &text)
    {
        const QByteArray key = name.toUtf8();
        const int index = find(key.constData());
        if (index < 0)
            throw Error::invalid(SaneScanner::tr("Pemindai tidak mengenal pilihan \"%1\".").arg(name.left(40)));
        if (!usable(index))
            throw Error::invalid(SaneScanner::tr("Pilihan \"%1\" tidak dapat diatur sekarang.").arg(name.left(40)));
        const SANE_Option_Descriptor *d = descriptor(index);
        const QString what = QStringLiteral("\"%1\"").arg(name.left(40));
        switch (d->type) {
        case SANE_TYPE_BOOL: {
            const QString t = text.trimmed().toLower();
            SANE_Word word = SANE_FALSE;
            if (t == QStringLiteral("yes") || t == QStringLiteral("true") || t == QStringLiteral("1"))
                word = SANE_TRUE;
            else if (!(t == QStringLiteral("no") || t == QStringLiteral("false") || t == QStringLiteral("0")))
                throw Error::invalid(SaneScanner::tr("Pilihan %1 hanya menerima yes atau no.").arg(what));
            control(index, &word, what);
            break;
        }
        case SANE_TYPE_INT:
        case SANE_TYPE_FIXED: {
            bool ok = false;
            const double value = text.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(value))
                throw Error::invalid(SaneScanner::tr("Pilihan %1 memerlukan angka.").arg(what));
            setNumber(index, value, what);
            break;
        }
        case SANE_TYPE_STRING:
            setString(index, text, what);
            break;
        case SANE_TYPE_BUTTON: {
            control(index, nullptr, what);
            break;
        }
        default:
            throw Error::invalid(SaneScanner::tr("Pilihan %1 tidak dapat diatur dari sini.").arg(what));
        }
    }
};

QString SaneScanner::statusMessage(int saneStatus)
{
    switch (SANE_Status(saneStatus)) {
    case SANE_STATUS_GOOD: return tr("Berhasil.");
    case SANE_STATUS_UNSUPPORTED: return tr("Pemindai tidak mendukung permintaan ini.");
    case SANE_STATUS_CANCELLED: return tr("Pemindaian dibatalkan.");
    case SANE_STATUS_DEVICE_BUSY: return tr("Pemindai sedang dipakai. Tunggu sebentar, lalu coba lagi.");
    case SANE_STATUS_INVAL: return tr("Pengaturan ini tidak dapat dipakai oleh pemindai.");
    case SANE_STATUS_EOF: return tr("Tidak ada data lagi dari pemindai.");
    case SANE_STATUS_JAMMED: return tr("Kertas macet di pengumpan. Keluarkan kertasnya, lalu pindai ulang.");
    case SANE_STATUS_NO_DOCS: return tr("Tidak ada kertas di pemindai. Masukkan kertas, lalu coba lagi.");
    case SANE_STATUS_COVER_OPEN: return tr("Penutup pemindai terbuka. Tutup, lalu coba lagi.");
    case SANE_STATUS_IO_ERROR:
        return tr("Pemindai tidak menjawab (kesalahan masukan/keluaran). Periksa kabel dan dayanya, lalu coba lagi.");
    case SANE_STATUS_NO_MEM: return tr("Memori tidak cukup untuk pemindaian ini.");
    case SANE_STATUS_ACCESS_DENIED: return tr("Akses ke pemindai ditolak.");
    }
    return tr("Pemindai melaporkan kesalahan: %1").arg(fromSane(sane_strstatus(SANE_Status(saneStatus))));
}

QList<ScanDevice> SaneScanner::devices()
{
    std::lock_guard lock(saneLock());
    SaneLibrary::ensure();
    const SANE_Device **list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD)
        throw Error::device(statusMessage(status));
    QList<ScanDevice> out;
    for (const SANE_Device **d = list; d && *d; ++d)
        out.append({fromSane((*d)->name), fromSane((*d)->vendor), fromSane((*d)->model), fromSane((*d)->type)});
    return out;
}

SaneScanner::SaneScanner(const QString &deviceName)
    : d(std::make_unique<Impl>())
    , m_name(deviceName)
{
    if (deviceName.trimmed().isEmpty() || deviceName.size() > 256)
        throw Error::invalid(tr("Nama pemindai kosong atau tidak sah."));
    std::lock_guard lock(saneLock());
    SaneLibrary::ensure();
    const SANE_Status status = sane_open(deviceName.toUtf8().constData(), &d->handle);
    if (status == SANE_STATUS_INVAL)
        throw Error::notFound(tr("Pemindai \"%1\" tidak ditemukan: dicabut, mati, atau namanya salah.").arg(deviceName.left(80)));
    if (status != SANE_STATUS_GOOD)
        throw Error::device(tr("Pemindai \"%1\" tidak dapat dibuka: %2").arg(deviceName.left(80), statusMessage(status)));
}

SaneScanner::~SaneScanner()
{
    std::lock_guard lock(saneLock());
    if (d->handle)
        sane_close(d->handle);
}

QStringList SaneScanner::sources() const
{
    std::lock_guard lock(saneLock());
    return d->stringList(SANE_NAME_SCAN_SOURCE);
}

QStringList SaneScanner::modes() const
{
    std::lock_guard lock(saneLock());
    return d->stringList(SANE_NAME_SCAN_MODE);
}

QList<int> SaneScanner::resolutions() const
{
    std::lock_guard lock(saneLock());
    return d->resolutions(nullptr, nullptr, nullptr);
}

ScanCapabilities SaneScanner::capabilities() const
{
    std::lock_guard lock(saneLock());
    ScanCapabilities caps;

    // Sources, as scan() picks them: a feeder is "ADF"/"…Feeder…" (not only its back side).
    const int sourceIndex = d->find(SANE_NAME_SCAN_SOURCE);
    const QStringList sourceList = d->stringList(SANE_NAME_SCAN_SOURCE);
    if (!sourceList.isEmpty() && d->usable(sourceIndex)) {
        bool flatbed = false;
        bool feeder = false;
        for (const QString &s : sourceList) {
            const bool isFeeder = contains(s, {"adf", "feeder"});
            flatbed |= !isFeeder;
            feeder |= isFeeder && !contains(s, {"duplex", "back"});
        }
        if (flatbed)
            caps.sources << QStringLiteral("flatbed");
        if (feeder)
            caps.sources << QStringLiteral("adf");
    } else {
        caps.sources << QStringLiteral("flatbed");   // no source option: scan() refuses "adf"
    }

    // Modes, as scan() picks them: line art is a mode of its own or grey at 1 bit.
    const int modeIndex = d->find(SANE_NAME_SCAN_MODE);
    const QStringList modeList = d->stringList(SANE_NAME_SCAN_MODE);
    const bool oneBit = d->allows(d->find(SANE_NAME_BIT_DEPTH), 1);
    if (!modeList.isEmpty() && d->usable(modeIndex)) {
        const bool color = std::any_of(modeList.cbegin(), modeList.cend(),
                                       [](const QString &m) { return contains(m, {"color", "colour"}); });
        const bool gray = std::any_of(modeList.cbegin(), modeList.cend(),
                                      [](const QString &m) { return contains(m, {"gray", "grey"}); });
        const bool lineart = std::any_of(modeList.cbegin(), modeList.cend(),
                                         [](const QString &m) { return contains(m, {"lineart", "binary", "black"}); });
        if (color)
            caps.modes << QStringLiteral("color");
        if (gray)
            caps.modes << QStringLiteral("gray");
        if (lineart || (gray && oneBit))
            caps.modes << QStringLiteral("lineart");
    } else {
        // No mode to choose: the device scans the one way its parameters say.
        SANE_Parameters p{};
        if (sane_get_parameters(d->handle, &p) == SANE_STATUS_GOOD && p.format != SANE_FRAME_GRAY)
            caps.modes << QStringLiteral("color");
        else if (p.depth == 1)
            caps.modes << QStringLiteral("lineart");
        else
            caps.modes << QStringLiteral("gray");
    }

    caps.resolutions = d->resolutions(&caps.minResolution, &caps.maxResolution, &caps.resolutionRange);
    caps.resolutions.removeIf([](int dpi) { return dpi < 50 || dpi > 1200; });   // what ScanSettings accepts
    if (d->find(SANE_NAME_SCAN_RESOLUTION) < 0) {
        caps.resolutions = ScanCapabilities::standardResolutions();   // a fixed resolution: scan() takes any
        caps.resolutionRange = true;
    }

    // The scan area: the largest bottom-right corner, when the device counts in millimetres.
    const double width = d->rangeMaxMm(SANE_NAME_SCAN_BR_X);
    const double height = d->rangeMaxMm(SANE_NAME_SCAN_BR_Y);
    if (width > 0 && height > 0)
        caps.maxAreaMm = QSizeF(width, height);
    caps.pageSizes = ScanCapabilities::pageSizesFitting(caps.maxAreaMm);
    return caps;
}

void SaneScanner::cancel()
{
    m_cancelled = true;
    if (d->handle)
        sane_cancel(d->handle);   // async-signal safe by the SANE standard: no lock
}

ScanOutcome SaneScanner::scan(const ScanSettings &settings, const ScanCallbacks &callbacks)
{
    settings.validate();
    std::lock_guard lock(saneLock());
    m_cancelled = false;
    const bool feeder = settings.source == QStringLiteral("adf");

    // Source: the device's own words differ ("ADF", "Automatic Document Feeder", "ADF Front").
    const QStringList sourceList = d->stringList(SANE_NAME_SCAN_SOURCE);
    const int sourceIndex = d->find(SANE_NAME_SCAN_SOURCE);
    if (!sourceList.isEmpty() && d->usable(sourceIndex)) {
        QString chosen;
        for (const QString &s : sourceList) {
            const bool isFeeder = contains(s, {"adf", "feeder"});
            if (feeder && isFeeder && !contains(s, {"duplex", "back"}) && chosen.isEmpty())
                chosen = s;
            if (!feeder && !isFeeder && chosen.isEmpty())
                chosen = s;
        }
        if (chosen.isEmpty())
            throw Error::invalid(feeder ? tr("Pemindai ini tidak mempunyai pengumpan dokumen (ADF).")
                                        : tr("Pemindai ini tidak mempunyai kaca pemindai (flatbed)."));
        d->setString(sourceIndex, chosen, tr("sumber"));
    } else if (feeder) {
        throw Error::invalid(tr("Pemindai ini tidak mempunyai pengumpan dokumen (ADF)."));
    }

    // Mode and bit depth: line art is "Lineart"/"Binary" or, failing that, grey at 1 bit.
    const QStringList modeList = d->stringList(SANE_NAME_SCAN_MODE);
    const int modeIndex = d->find(SANE_NAME_SCAN_MODE);
    bool oneBitGray = false;
    if (!modeList.isEmpty() && d->usable(modeIndex)) {
        QString chosen;
        for (const QString &m : modeList) {
            if (!chosen.isEmpty())
                break;
            if (settings.mode == QStringLiteral("color") && contains(m, {"color", "colour"}))
                chosen = m;
            else if (settings.mode == QStringLiteral("gray") && contains(m, {"gray", "grey"}))
                chosen = m;
            else if (settings.mode == QStringLiteral("lineart") && contains(m, {"lineart", "binary", "black"}))
                chosen = m;
        }
        if (chosen.isEmpty() && settings.mode == QStringLiteral("lineart")) {
            for (const QString &m : modeList)
                if (chosen.isEmpty() && contains(m, {"gray", "grey"}))
                    chosen = m;
            oneBitGray = true;
        }
        if (chosen.isEmpty())
            throw Error::invalid(tr("Pemindai ini tidak mendukung mode %1 (yang ada: %2).")
                                     .arg(settings.mode, modeList.join(QStringLiteral(", "))));
        d->setString(modeIndex, chosen, tr("mode"));
    }
    const int depthIndex = d->find(SANE_NAME_BIT_DEPTH);
    if (d->usable(depthIndex))
        d->setNumber(depthIndex, oneBitGray ? 1 : 8, tr("kedalaman bit"));
    else if (oneBitGray)
        throw Error::invalid(tr("Pemindai ini tidak dapat memindai hitam-putih."));

    int dpi = settings.resolution;
    const int resolutionIndex = d->find(SANE_NAME_SCAN_RESOLUTION);
    if (d->usable(resolutionIndex))
        dpi = int(std::lround(d->setNumber(resolutionIndex, settings.resolution, tr("resolusi"))));

    // Paper geometry, in millimetres or pixels as the device counts.
    const QSizeF paper = ScanSettings::pageSizeMm(settings.pageSize);
    for (const auto &[name, value] : {std::pair{SANE_NAME_SCAN_TL_X, 0.0}, std::pair{SANE_NAME_SCAN_TL_Y, 0.0},
                                      std::pair{SANE_NAME_SCAN_BR_X, paper.width()},
                                      std::pair{SANE_NAME_SCAN_BR_Y, paper.height()},
                                      std::pair{"page-width", paper.width()}, std::pair{"page-height", paper.height()}}) {
        const int index = d->find(name);
        if (!d->usable(index))
            continue;
        const SANE_Option_Descriptor *desc = d->descriptor(index);
        const double v = desc->unit == SANE_UNIT_PIXEL ? value * dpi / 25.4 : value;
        d->setNumber(index, v, QString::fromLatin1(name));
    }
    for (auto it = settings.extraOptions.cbegin(); it != settings.extraOptions.cend(); ++it)
        d->setFromText(it.key(), it.value());

    ScanOutcome outcome;
    for (int index = 0;; ++index) {
        if (m_cancelled) {
            outcome.cancelled = true;
            break;
        }
        QList<SaneFrame> frames;
        SANE_Status status = SANE_STATUS_GOOD;
        for (int frameNo = 0; status == SANE_STATUS_GOOD; ++frameNo) {
            status = sane_start(d->handle);
            if (status != SANE_STATUS_GOOD)
                break;
            SaneFrame frame;
            status = sane_get_parameters(d->handle, &frame.params);
            if (status != SANE_STATUS_GOOD)
                break;
            if (!validFrameParameters(frame.params)) {
                sane_cancel(d->handle);
                throw Error::device(tr("Pemindai mengirim format gambar yang tidak dikenal (kedalaman %1 bit).")
                                        .arg(frame.params.depth));
            }
            const bool threePass = frame.params.format == SANE_FRAME_RED || frame.params.format == SANE_FRAME_GREEN
                || frame.params.format == SANE_FRAME_BLUE;
            const qint64 expected = frame.params.lines > 0 ? qint64(frame.params.lines) * frame.params.bytes_per_line : -1;
            QByteArray buffer(64 * 1024, Qt::Uninitialized);
            for (;;) {
                SANE_Int length = 0;
                status = sane_read(d->handle, reinterpret_cast<SANE_Byte *>(buffer.data()), SANE_Int(buffer.size()), &length);
                if (status != SANE_STATUS_GOOD)
                    break;
                frame.data.append(buffer.constData(), length);
                if (frame.data.size() > kMaxPageBytes) {
                    sane_cancel(d->handle);
                    throw Error::device(tr("Pemindai mengirim halaman yang terlalu besar (lebih dari %1 MB).")
                                            .arg(kMaxPageBytes / (1024 * 1024)));
                }
                if (callbacks.progress) {
                    double fraction = expected > 0 ? double(frame.data.size()) / double(expected) : -1;
                    if (fraction >= 0 && threePass)
                        fraction = (frameNo + fraction) / 3.0;
                    callbacks.progress(index, std::min(fraction, 1.0));
                }
            }
            if (status == SANE_STATUS_EOF) {
                status = SANE_STATUS_GOOD;
                const bool last = frame.params.last_frame || frameNo >= 2;
                frames.append(std::move(frame));
                if (last)
                    break;
            }
        }

        if (status == SANE_STATUS_CANCELLED || m_cancelled) {
            outcome.cancelled = true;
            break;
        }
        if (status == SANE_STATUS_NO_DOCS && feeder && index > 0)
            break;   // the feeder is empty: the batch is done
        if (status != SANE_STATUS_GOOD) {
            const QString message = status == SANE_STATUS_NO_DOCS && feeder
                ? tr("Pengumpan dokumen kosong. Masukkan kertas, lalu coba lagi.")
                : index > 0 ? tr("Halaman %1: %2").arg(index + 1).arg(statusMessage(status))
                            : statusMessage(status);
            if (callbacks.failing)
                callbacks.failing(message);
            sane_cancel(d->handle);
            throw Error::device(message);
        }
        ScannedPage page{assembleFrames(frames, dpi), dpi};
        if (page.image.isNull()) {
            sane_cancel(d->handle);
            throw Error::device(tr("Pemindai tidak mengirim gambar untuk halaman %1.").arg(index + 1));
        }
        outcome.pages.append(page);
        if (callbacks.pageDone)
            callbacks.pageDone(page, index);
        if (!feeder)
            break;
    }
    sane_cancel(d->handle);   // ends the batch (and the feeder's transport) in every case
    return outcome;
}

} // namespace loket
