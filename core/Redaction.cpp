#include "Redaction.h"

#include <QRegularExpression>

#include <array>

namespace vt::app {
namespace {

struct Rule {
    QRegularExpression pattern;
    QString replacement;
};

// Names of fields that hold secrets, in JSON, query strings and form bodies.
constexpr char secretNames[] = "access_token|refresh_token|id_token|token|password|passwd|"
                               "client_secret|secret|api_key|apikey|code_verifier|"
                               "authorization";

const std::array<Rule, 6>& rules()
{
    constexpr auto ci = QRegularExpression::CaseInsensitiveOption;
    static const std::array<Rule, 6> table{{
        // Authorization: Bearer x / Basic x (header or logged header pair)
        {QRegularExpression(
             QStringLiteral(R"re((authorization["']?\s*[:=]\s*["']?)[^"'\s,;]+(\s+[^"'\s,;]+)?)re"),
             ci),
            QStringLiteral("\\1<redacted>")},
        {QRegularExpression(QStringLiteral(R"re(\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+)re"), ci),
            QStringLiteral("\\1 <redacted>")},
        // JSON fields: "password": "..."
        {QRegularExpression(QStringLiteral(R"re(("(?:%1)"\s*:\s*)"(?:[^"\\]|\\.)*")re")
                                .arg(QLatin1String(secretNames)),
             ci),
            QStringLiteral("\\1\"<redacted>\"")},
        // query and form fields: password=...
        {QRegularExpression(
             QStringLiteral(R"re(\b((?:%1)=)[^&\s"']+)re").arg(QLatin1String(secretNames)), ci),
            QStringLiteral("\\1<redacted>")},
        // credentials in URLs: scheme://user:password@host
        {QRegularExpression(QStringLiteral(R"re(([a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]*@)re"), ci),
            QStringLiteral("\\1<redacted>@")},
        // any JWT, wherever it appears
        {QRegularExpression(
             QStringLiteral(R"re(\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)re")),
            QStringLiteral("<redacted-jwt>")},
    }};
    return table;
}

} // namespace

QString redactSecrets(const QString& text)
{
    QString result = text;
    for (const Rule& rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

} // namespace vt::app
