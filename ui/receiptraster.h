#pragma once

#include <Qt>

#include "ampcard/station/escpos.h"

// A receipt drawn for a thermal printer that has no font for its script (Arabic, Chinese): the
// lines rendered with Qt's fonts on an image exactly the paper's dot width (384 dots on 58 mm,
// 576 on 80 mm), right to left where the language is, numbers kept left to right.
ampcard::station::MonoImage renderReceipt(const ampcard::station::ReceiptDocument &receipt,
                                          int dotWidth, Qt::LayoutDirection direction);
