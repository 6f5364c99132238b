#include "ImageSelector.h"

namespace wb {

QString ImageSelector::describe() const
{
    if (index)
        return QStringLiteral("index %1").arg(*index);
    if (!name.isEmpty())
        return QStringLiteral("name \"%1\"").arg(name);
    return QStringLiteral("the only image");
}

} // namespace wb
