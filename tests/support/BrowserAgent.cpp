#include "BrowserAgent.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace vt::test {
namespace {

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

struct Answer {
    int status = 0;
    QByteArray body;
    QByteArray location;
};

Answer run(QNetworkAccessManager& network, QNetworkReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->rawHeader("Location")};
    reply->deleteLater();
    Q_UNUSED(network)
    return a;
}

} // namespace

std::pair<int, QByteArray> BrowserAgent::get(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const Answer a = run(m_network, m_network.get(request));
    return {a.status, a.body};
}

BrowserAgent::Visit BrowserAgent::signIn(
    const QUrl& authorizePage, const QString& email, const QString& password)
{
    Visit visit;
    std::tie(visit.pageStatus, visit.page) = get(authorizePage);
    if (visit.pageStatus != 200)
        return visit;
    // The form's hidden fields, as the page gives them.
    QByteArray form;
    static const QRegularExpression hidden(
        QStringLiteral(R"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"));
    auto it = hidden.globalMatch(QString::fromUtf8(visit.page));
    const auto add = [&form](const QString& name, const QString& value) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        add(m.captured(1), htmlUnescape(m.captured(2)));
    }
    add(QStringLiteral("email"), email);
    add(QStringLiteral("password"), password);
    QUrl action = authorizePage;
    action.setQuery(QString());
    QNetworkRequest post(action);
    post.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    post.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const Answer submitted = run(m_network, m_network.post(post, form));
    visit.submitStatus = submitted.status;
    visit.submitPage = submitted.body;
    visit.location = submitted.location;
    if (visit.location.isEmpty())
        return visit;
    std::tie(visit.returnStatus, visit.returnPage) = get(QUrl::fromEncoded(visit.location));
    return visit;
}

} // namespace vt::test
