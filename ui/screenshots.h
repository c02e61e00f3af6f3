#pragma once

#include <QString>

// Renders the set-up wizard, the sign-in and every main page (a demo ledger made through the
// services in a temporary folder) in English and Chinese as PNG files in `dir`: docs/screenshots.
// 0 on success.
int renderScreenshots(const QString &dir);
