// Letters: drawing a letter with its seal to PDF (median of single letters), issuing a batch of
// N letters in one signing (number, seal, PDF, blob, events: each its own durable transaction),
// and verifying a token and a 200-dpi grey image of the page. Usage: bench_letters [N]
#include "TestSupport.h"

#include "documents/PdfDocument.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "setup/AppServices.h"
#include "setup/Initializer.h"
#include "storage/Sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace loket;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 500;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    AppServices s(DatabaseOptions{dir.filePath(QStringLiteral("loket.db"))});
    Initializer::initializeDemo(s.store());
    const auto login = [&](const char *user) {
        return s.users().login(QString::fromLatin1(user), Initializer::demoPassword(QString::fromLatin1(user)));
    };
    const Session officer = login("petugas"), verifier = login("verifikator"), kasi = login("kasi"), camat = login("camat");
    const QString passphrase = QStringLiteral("frasa-sandi-bench");
    s.letters().generateKey(camat, passphrase);

    QStringList trackings;
    for (int i = 0; i < n; ++i)
        trackings << test::sktmAwaitingSignature(s, officer, verifier, kasi);

    QElapsedTimer batch;
    batch.start();
    const QList<IssuedLetter> issued = s.letters().issue(camat, trackings, passphrase);
    const double batchMs = batch.nsecsElapsed() / 1e6;
    std::printf("issue %d letters in one signing (passphrase opened once): %.1f s, %.1f ms a letter, %.1f letters/s\n", n,
                batchMs / 1000, batchMs / n, n / (batchMs / 1000));

    // One letter drawn again with its seal, as issuing does (no database work).
    const QString content = sql::scalar(s.store().db(), QStringLiteral("SELECT content FROM letter WHERE id = ?"),
                                        {issued.first().id}).toString();
    const LetterContent c = LetterContent::fromJson(QJsonDocument::fromJson(content.toUtf8()).object());
    const Office office = s.office().office();
    QList<double> render;
    QByteArray pdf;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        pdf = LetterRenderer::pdf(c, issued.first().url, office, s.office().logo(), LetterMark::None);
        render << t.nsecsElapsed() / 1e6;
    }
    std::printf("render one letter with its QR seal to PDF: median %.1f ms, %lld bytes\n", median(render), qint64(pdf.size()));

    QList<double> token;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        const LetterVerdict v = s.letters().verifyToken(issued.at(i % issued.size()).url);
        token << t.nsecsElapsed() / 1e6;
        if (!v.genuine())
            std::printf("unexpected verdict %s\n", qPrintable(LetterVerdict::code(v.kind)));
    }
    std::printf("verify a token (signature, revocation, stored content): median %.2f ms\n", median(token));

    const QImage page = PdfDocument(pdf).render(0, 200).convertToFormat(QImage::Format_Grayscale8);
    QList<double> image;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        const LetterVerdict v = s.letters().verifyImage(page);
        image << t.nsecsElapsed() / 1e6;
        if (!v.genuine())
            std::printf("unexpected verdict %s\n", qPrintable(LetterVerdict::code(v.kind)));
    }
    std::printf("verify from a 200-dpi grey image of the page (%dx%d, QR found by zxing-cpp): median %.0f ms\n", page.width(),
                page.height(), median(image));
    return 0;
}
