// Online requests imported with loket-cli import-online (docs/online-requests.md).
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace loket;
using test::onlineRequest;
using test::runCli;

namespace {

QByteArray pdfBytes()
{
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    QPdfWriter writer(&b);
    QPainter painter(&writer);
    painter.drawText(100, 100, QStringLiteral("Kartu Keluarga"));
    painter.end();
    return bytes;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

qint64 count(const QString &db, const QString &table)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT COUNT(*) FROM ") + table});
    REQUIRE(p.waitForFinished());
    return p.readAllStandardOutput().trimmed().toLongLong();
}

} // namespace

TEST_CASE("Online requests enter the queue - twice is once - and a bad one leaves nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("loket.db"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                    QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"), QStringLiteral("kepala"),
                    QStringLiteral("--demo")},
                   {QStringLiteral("LOKET_NEW_PASSWORD=kepala-sandi-1")}).exitCode == 0);
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    QDir().mkpath(inbox + QStringLiteral("/files"));

    QJsonObject withPath = onlineRequest(QStringLiteral("PU-2026-0002"), QStringLiteral("3302275505900004"));
    write(inbox + QStringLiteral("/files/kk.pdf"), pdfBytes());
    withPath[QStringLiteral("attachments")] = QJsonArray{QJsonObject{{QStringLiteral("requirement"), QStringLiteral("kk")},
                                                                     {QStringLiteral("file_name"), QStringLiteral("kk.pdf")},
                                                                     {QStringLiteral("path"), QStringLiteral("files/kk.pdf")}}};
    QJsonObject badNik = onlineRequest(QStringLiteral("PU-2026-0003"), QStringLiteral("3302273205900001"));
    QJsonObject traversal = onlineRequest(QStringLiteral("PU-2026-0004"), QStringLiteral("3302275505900005"));
    traversal[QStringLiteral("attachments")] = QJsonArray{QJsonObject{{QStringLiteral("requirement"), QStringLiteral("kk")},
                                                                      {QStringLiteral("file_name"), QStringLiteral("x")},
                                                                      {QStringLiteral("path"), QStringLiteral("../loket.db")}}};
    QJsonObject html = onlineRequest(QStringLiteral("PU-2026-0005"), QStringLiteral("3302275505900006"));
    html[QStringLiteral("attachments")] = QJsonArray{QJsonObject{
        {QStringLiteral("requirement"), QStringLiteral("kk")}, {QStringLiteral("file_name"), QStringLiteral("kk.pdf")},
        {QStringLiteral("content_base64"), QString::fromLatin1(QByteArrayLiteral("<html>not a pdf</html>").toBase64())}}};
    write(inbox + QStringLiteral("/a.json"),
          QJsonDocument(QJsonObject{{QStringLiteral("requests"),
                                     QJsonArray{onlineRequest(QStringLiteral("PU-2026-0001"), QStringLiteral("3302275505900003")), withPath,
                                                badNik, traversal, html}}}).toJson());
    write(inbox + QStringLiteral("/b.json"), QByteArrayLiteral("{ this is not json"));

    const QStringList login{QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("petugas"), QStringLiteral("--json")};
    const QStringList env{QStringLiteral("LOKET_PASSWORD=demo-petugas")};
    auto r = runCli(login + QStringList{QStringLiteral("import-online"), inbox}, env);
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 1);   // some were rejected
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 4);
    const QJsonArray results = o.value(QStringLiteral("requests")).toArray();
    REQUIRE(results.size() == 6);
    CHECK(results[2].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("32")));
    CHECK(results[3].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("../loket.db")));
    CHECK(results[4].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("PDF")));
    CHECK(results[5].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("JSON")));

    CHECK(count(db, QStringLiteral("request")) == 2);
    CHECK(count(db, QStringLiteral("resident")) == 2);   // nothing of the rejected applicants
    CHECK(count(db, QStringLiteral("document")) == 2);
    CHECK(count(db, QStringLiteral("blob")) == 2);

    r = runCli(login + QStringList{QStringLiteral("queue"), QStringLiteral("--channel"), QStringLiteral("online")}, env);
    REQUIRE(r.exitCode == 0);
    const QJsonArray queue = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("requests")).toArray();
    REQUIRE(queue.size() == 2);
    CHECK(queue[0].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("submitted"));

    // The same portal requests again: nothing new.
    r = runCli(login + QStringList{QStringLiteral("import-online"), inbox + QStringLiteral("/a.json")}, env);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("already_present")).toInt() == 2);
    CHECK(o.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(count(db, QStringLiteral("request")) == 2);

    r = runCli({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("petugas"), QStringLiteral("import-online"),
                dir.filePath(QStringLiteral("missing.json"))}, env);
    CHECK(r.exitCode == 1);
}
