// scoring/ is shared with the platform and links no Qt: Qt's headers are out of its reach.
#include <QString>
