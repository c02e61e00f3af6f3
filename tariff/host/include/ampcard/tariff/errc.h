#pragma once

#include <QString>

#include "ampcard/base/status.h"

namespace ampcard {

// What a Status code means, in the user's language (host only: the firmware shows codes).
QString describe(Errc code);

} // namespace ampcard
