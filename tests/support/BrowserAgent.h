#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace vt::test {

// What a user does in the system browser during the OAuth sign-in, done over real HTTP: load
// the platform's authorization page, fill in the form it shows (its hidden fields as given),
// submit it, and follow the redirect back to the app's loopback address.
class BrowserAgent final {
public:
    struct Visit {
        int pageStatus = 0;    // GET of the authorization page
        QByteArray page;       // its HTML
        int submitStatus = 0;  // POST of the form (302 when signed in)
        QByteArray location;   // where the platform sent the browser
        QByteArray submitPage; // the HTML the POST answered with (errors)
        int returnStatus = 0;  // GET of `location` (the app's loopback listener)
        QByteArray returnPage; // the app's answer
    };

    // Runs the whole visit (nested event loops); `location` is not followed when empty.
    Visit signIn(const QUrl& authorizePage, const QString& email, const QString& password);
    // Only loads `url` (e.g. a forged return to the app's listener); status and body.
    std::pair<int, QByteArray> get(const QUrl& url);

private:
    QNetworkAccessManager m_network;
};

} // namespace vt::test
