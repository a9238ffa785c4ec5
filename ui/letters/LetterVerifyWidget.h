// "Periksa keaslian surat": a seal pasted or typed (the token or the whole URL), or a PDF, scan or
// photo of the letter chosen from disk, checked offline against the office's keys; the verdict in
// large plain words with what the paper must say. Needs no log-in.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace loket {
class AppServices;
struct LetterVerdict;
}

namespace loket::ui {

class LetterVerifyWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit LetterVerifyWidget(AppServices &services, QWidget *parent = nullptr);
    // Checks a token, URL or file path as `letter verify` does and shows the verdict.
    void check(const QString &input);

private:
    void show(const LetterVerdict &verdict);
    void chooseFile();

    AppServices &m_services;
    QLineEdit *m_input = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace loket::ui
