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
    test::writeFile(inbox + QStringLiteral("/files/kk.pdf"), pdfBytes());
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
    test::writeFile(inbox + QStringLiteral("/a.json"),
          QJsonDocument(QJsonObject{{QStringLiteral("requests"),
                                     QJsonArray{onlineRequest(QStringLiteral("PU-2026-0001"), QStringLiteral("3302275505900003")), withPath,
                                                badNik, traversal, html}}}).toJson());
    test::writeFile(inbox + QStringLiteral("/b.json"), QByteArrayLiteral("{ this is not json"));

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

    CHECK(test::countRows(db, QStringLiteral("request")) == 2);
    CHECK(test::countRows(db, QStringLiteral("resident")) == 2);   // nothing of the rejected applicants
    CHECK(test::countRows(db, QStringLiteral("document")) == 2);
    CHECK(test::countRows(db, QStringLiteral("blob")) == 2);

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
    CHECK(test::countRows(db, QStringLiteral("request")) == 2);

    r = runCli({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("petugas"), QStringLiteral("import-online"),
                dir.filePath(QStringLiteral("missing.json"))}, env);
    CHECK(r.exitCode == 1);
}

namespace {

struct Inbox
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("loket.db"));
    QStringList login{QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("petugas"), QStringLiteral("--json")};
    QStringList env{QStringLiteral("LOKET_PASSWORD=demo-petugas")};

    Inbox()
    {
        REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--office-code"), QStringLiteral("33.02.27"),
                        QStringLiteral("--node-code"), QStringLiteral("L1"), QStringLiteral("--admin-user"), QStringLiteral("kepala"),
                        QStringLiteral("--demo")},
                       {QStringLiteral("LOKET_NEW_PASSWORD=kepala-sandi-1")})
                    .exitCode == 0);
    }
    // Imports `requests` as one file; returns the command's JSON with its exit code in "exit".
    QJsonObject import(const QJsonArray &requests, const QString &name = QStringLiteral("batch.json"))
    {
        const QString file = dir.filePath(name);
        test::writeFile(file, QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson());
        const auto r = runCli(login + QStringList{QStringLiteral("import-online"), file}, env);
        INFO(r.out.toStdString() + r.err.toStdString());
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        REQUIRE_FALSE(o.isEmpty());
        o.insert(QStringLiteral("exit"), r.exitCode);
        return o;
    }
};

QJsonObject with(QJsonObject request, const QString &key, const QJsonValue &value)
{
    request[key] = value;
    return request;
}

QJsonObject withApplicant(QJsonObject request, const QString &key, const QJsonValue &value)
{
    QJsonObject a = request.value(QStringLiteral("applicant")).toObject();
    a[key] = value;
    request[QStringLiteral("applicant")] = a;
    return request;
}

} // namespace

TEST_CASE("The online door is as strict as the counter: text, types and dates", "[cli][online]")
{
    Inbox inbox;
    const QJsonObject base = onlineRequest(QStringLiteral("PU-KETAT-0"));
    const struct
    {
        const char *what;
        QJsonObject request;
        const char *reason;
    } bad[] = {
        {"right-to-left override in a field", with(base, QStringLiteral("fields"), QJsonObject{{QStringLiteral("keperluan"), QString::fromUtf8("Beasiswa \u202Egpj.exe")}}), "kendali"},
        {"bell in a field", with(base, QStringLiteral("fields"), QJsonObject{{QStringLiteral("keperluan"), QStringLiteral("a\u0007b")}}), "kendali"},
        {"control character in the name", withApplicant(base, QStringLiteral("full_name"), QStringLiteral("Dewi\u0001Lestari")), "kendali"},
        {"field not text", with(base, QStringLiteral("fields"), QJsonObject{{QStringLiteral("keperluan"), 42}}), "fields.keperluan"},
        {"fields not an object", with(base, QStringLiteral("fields"), QJsonArray{QStringLiteral("Beasiswa")}), "fields"},
        {"attachments not a list", with(base, QStringLiteral("attachments"), QStringLiteral("ktp.png")), "attachments"},
        {"attachment not an object", with(base, QStringLiteral("attachments"), QJsonArray{QStringLiteral("ktp.png")}), "attachments[0]"},
        {"phone not text", withApplicant(base, QStringLiteral("phone"), 81228001234.0), "applicant.phone"},
        {"submitted in 1900", with(base, QStringLiteral("submitted_at"), QStringLiteral("1900-01-01T08:00:00+07:00")), "submitted_at"},
        {"submitted in 2999", with(base, QStringLiteral("submitted_at"), QStringLiteral("2999-01-01T08:00:00+07:00")), "submitted_at"},
        {"submitted without offset", with(base, QStringLiteral("submitted_at"), QStringLiteral("2026-11-30T08:15:00")), "zona waktu"},
        {"submitted_at not text", with(base, QStringLiteral("submitted_at"), 1764465300), "submitted_at"},
        {"31 attachments", with(base, QStringLiteral("attachments"), [&] {
             QJsonArray many;
             for (int i = 0; i < 31; ++i)
                 many.append(base.value(QStringLiteral("attachments")).toArray().at(0));
             return many;
         }()), "terlalu banyak lampiran"},
    };
    QJsonArray requests;
    for (const auto &b : bad)
        requests.append(b.request);
    // And the traversal in a file name: reduced to its base name, the request imported.
    QJsonObject evil = onlineRequest(QStringLiteral("PU-KETAT-1"));
    QJsonObject attachment = evil.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    attachment[QStringLiteral("file_name")] = QStringLiteral("../../../../tmp/\u202Eevil.png");
    evil[QStringLiteral("attachments")] = QJsonArray{attachment};
    requests.append(evil);

    const QJsonObject o = inbox.import(requests);
    CHECK(o.value(QStringLiteral("exit")).toInt() == 1);
    const QJsonArray results = o.value(QStringLiteral("requests")).toArray();
    REQUIRE(results.size() == qsizetype(std::size(bad)) + 1);
    for (size_t i = 0; i < std::size(bad); ++i) {
        const QJsonObject r = results.at(qsizetype(i)).toObject();
        INFO(bad[i].what << ": " << r.value(QStringLiteral("reason")).toString().toStdString());
        CHECK(r.value(QStringLiteral("result")).toString() == QStringLiteral("rejected"));
        CHECK(r.value(QStringLiteral("reason")).toString().contains(QString::fromUtf8(bad[i].reason)));
    }
    const QJsonObject imported = results.last().toObject();
    REQUIRE(imported.value(QStringLiteral("result")).toString() == QStringLiteral("imported"));
    CHECK(test::countRows(inbox.db, QStringLiteral("request")) == 1);
    CHECK(test::countRows(inbox.db, QStringLiteral("resident")) == 1);
    const auto docs = runCli(inbox.login + QStringList{QStringLiteral("document"), QStringLiteral("list"),
                                                       imported.value(QStringLiteral("tracking")).toString()},
                             inbox.env);
    const QJsonArray list = QJsonDocument::fromJson(docs.out.toUtf8()).object().value(QStringLiteral("documents")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("file_name")).toString() == QStringLiteral("evil.png"));
}

TEST_CASE("A portal id sent again is already present with the same content and a conflict with other content", "[cli][online]")
{
    Inbox inbox;
    const QJsonObject first = onlineRequest(QStringLiteral("PU-ULANG-1"), QStringLiteral("3302275505900004"));
    QJsonObject o = inbox.import({first});
    REQUIRE(o.value(QStringLiteral("imported")).toInt() == 1);
    const QString tracking = o.value(QStringLiteral("requests")).toArray().at(0).toObject().value(QStringLiteral("tracking")).toString();

    // The same content again, with its keys in another order: nothing new, exit 0.
    QJsonObject same;
    const QStringList keys = first.keys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it)
        same.insert(*it, first.value(*it));
    o = inbox.import({same}, QStringLiteral("again.json"));
    CHECK(o.value(QStringLiteral("exit")).toInt() == 0);
    CHECK(o.value(QStringLiteral("already_present")).toInt() == 1);
    CHECK(o.value(QStringLiteral("requests")).toArray().at(0).toObject().value(QStringLiteral("tracking")).toString() == tracking);

    // The same portal id with another NIK, or with other content: a conflict, nothing imported, exit 1.
    const QJsonObject otherNik = onlineRequest(QStringLiteral("PU-ULANG-1"), QStringLiteral("3302275505900005"));
    const QJsonObject otherContent = with(first, QStringLiteral("fields"), QJsonObject{{QStringLiteral("keperluan"), QStringLiteral("Lain")}});
    o = inbox.import({otherNik, otherContent}, QStringLiteral("conflict.json"));
    CHECK(o.value(QStringLiteral("exit")).toInt() == 1);
    CHECK(o.value(QStringLiteral("conflict")).toInt() == 2);
    CHECK(o.value(QStringLiteral("imported")).toInt() == 0);
    const QJsonArray results = o.value(QStringLiteral("requests")).toArray();
    REQUIRE(results.size() == 2);
    CHECK(results.at(0).toObject().value(QStringLiteral("result")).toString() == QStringLiteral("conflict"));
    CHECK(results.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("NIK lain")));
    CHECK(results.at(0).toObject().value(QStringLiteral("reason")).toString().contains(tracking));
    CHECK(results.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("isi yang berbeda")));
    CHECK(test::countRows(inbox.db, QStringLiteral("request")) == 1);
    CHECK(test::countRows(inbox.db, QStringLiteral("resident")) == 1);
}
