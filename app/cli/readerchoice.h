#pragma once

#include <QString>

#include "ampcard/cardio/pcscreader.h"

// Connects `reader` to the PC/SC reader named `requested`, or, when none is named, to the first
// reader holding a card. Empty on success, else why not (translated).
QString connectReader(ampcard::cardio::PcscReader &reader, const QString &requested,
                      QString *chosen);
