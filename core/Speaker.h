#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace vt::app {

// Who said a transcript line. The platform's JSON and the voice protocol name it "rep" or
// "prospect": speakerName() and speakerFromName() are the only places the app writes or reads
// those words; everything else compares the enum. (The enum lives in the core, the lowest
// layer the widgets can see; the protocol layer below keeps the wire's words.)
enum class Speaker { Rep, Prospect };

QString speakerName(Speaker speaker);
// Anything other than "rep" or "prospect" is no speaker (nullopt).
std::optional<Speaker> speakerFromName(QStringView name);

} // namespace vt::app

Q_DECLARE_METATYPE(vt::app::Speaker)
