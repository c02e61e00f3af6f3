#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// What the station commands of the `ampcard` tool share (one file per noun: salecommand.cpp,
// accountcommand.cpp, ...).
inline QString jsonText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}
