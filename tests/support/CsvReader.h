#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::test {

// A strict RFC 4180 reader for checking exports: CRLF line ends only, every record as wide
// as the header, quotes only around whole fields (doubled inside), valid UTF-8; an optional
// leading byte order mark. nullopt with `error` on anything else.
std::optional<QList<QStringList>> readCsv(const QByteArray& data, QString* error);

} // namespace vt::test
