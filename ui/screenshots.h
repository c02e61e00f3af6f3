#pragma once

#include <QString>

// Renders the set-up wizard, the sign-in, the demo meter and every main page at 1366×768 (a demo
// ledger made through the services in a temporary folder) in every language the station offers
// as PNG files `<page>-<language>.png` in `dir`: docs/screenshots. 0 on success.
int renderScreenshots(const QString &dir);
