// Reading the NIK off a KTP scan or photo with Tesseract (Indonesian language data). The result is
// a suggestion with its confidence for the officer to confirm, never entered silently; so a
// number is offered only when it is 16 digits that pass the NIK rules (IdentityNumber::checkNik),
// and nothing is offered rather than a doubtful one.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QString>
#include <optional>

namespace loket {

struct NikReading
{
    QString nik;              // 16 digits
    double confidence = 0;    // 0..1: Tesseract's confidence, lowered for guessed characters,
                              // a missing "NIK" label or a re-read that did not confirm it
    QRect where;              // the number on the input image (pixels)
    bool labelled = false;    // found next to a "NIK" label
};

class NikOcr
{
    Q_DECLARE_TR_FUNCTIONS(NikOcr)

public:
    // The folder holding ind.traineddata: $TESSDATA_PREFIX when set (the folder itself or its
    // tessdata/ subfolder), otherwise the Debian/Ubuntu locations of tesseract-ocr-ind. Throws
    // Error::storage naming where it looked when the language data is not there.
    static QString tessdataDirectory();

    // The NIK on the image, or nothing. Steps: grey, scaled so text is large enough (small photos
    // up to 3×, huge scans down), straightened by estimateSkewDegrees, read by Tesseract as is and
    // then, when that finds nothing, thresholded by toBilevel. A candidate is a run of 16 digits
    // (digit groups may be split by spaces, dots or dashes; inside a run that is mostly digits,
    // O/o→0, I/l/|→1, S→5 and B→8, at most two of them) that passes checkNik; one next to a "NIK"
    // label wins, an unlabelled one counts only when it is the only valid number on the image, and
    // one after a "KK"/"Keluarga" label (a family card number) never counts.
    // The winner is re-read alone with a digits-only whitelist, and dropped when that re-read
    // gives a different valid NIK. A card turned by a quarter or upside down (a phone photo) is
    // read too: when nothing is found upright, the image is turned and read again. Throws Error::storage when the language data is missing or
    // Tesseract cannot start. Creates its own Tesseract instance: safe to call from any thread.
    static std::optional<NikReading> read(const QImage &image);
};

// Shorthand for NikOcr::read.
inline std::optional<NikReading> readNik(const QImage &image)
{
    return NikOcr::read(image);
}

} // namespace loket
