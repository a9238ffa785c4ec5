// The office identity printed on every letter and receipt: names, address, contacts, the
// letterhead lines and the logo.
#pragma once

#include "auth/Session.h"
#include "office/OfficeService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace loket {
class AppServices;
}

namespace loket::ui {

class MessageBanner;

class OfficeSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeSettingsWidget)

public:
    OfficeSettingsWidget(AppServices &services, const Session &session, QWidget *parent = nullptr);

    // Reads the image file and stores it as the office logo (what "Pilih logo…" does once the
    // user picked a file).
    void setLogoFromFile(const QString &fileName);

signals:
    void statusMessage(const QString &text);
    void officeChanged();

private:
    void load();
    Office formOffice() const;
    void save();
    void fillDefaultLetterhead();
    void chooseLogo();
    void removeLogo();
    void showLogo();

    AppServices &m_services;
    Session m_session;
    Office m_loaded;

    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_regency = nullptr;
    QLineEdit *m_unitCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_statusUrl = nullptr;
    QLineEdit *m_onlineUrl = nullptr;
    QPlainTextEdit *m_letterhead = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_removeLogo = nullptr;
    MessageBanner *m_error = nullptr;
};

} // namespace loket::ui
