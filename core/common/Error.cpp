#include "Error.h"

namespace loket {

Error::Error(ErrorKind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

} // namespace loket
