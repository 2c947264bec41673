#pragma once

#include <QString>

namespace vt::server {

// A word a scenario needs that the recogniser's general dictionary lacks ("nmls"), with its
// phones in the model's phone set ("EH N EH M EH L EH S").
struct VocabularyWord {
    QString word;
    QString phones;
};

} // namespace vt::server
