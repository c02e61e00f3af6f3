#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QStringList>

// The built-in virtual card reader for a station with no reader attached: ampcard-vcard serving
// demo card images (in the user's data folder) on vpcd's first reader through the machine's pcscd.
// "Inserting" a demo card restarts ampcard-vcard on that image; the images keep what was written.
class VirtualReader {
    Q_DECLARE_TR_FUNCTIONS(VirtualReader)

public:
    static constexpr int kDemoCards = 3;
    static const QString kReaderName; // "Virtual PCD 00 00"

    explicit VirtualReader(QString folder);
    ~VirtualReader();

    // True when the only readers pcscd lists are vpcd's (or none): no real reader attached.
    static bool noRealReader();
    // ampcard-vcard beside this program, or the one the build made.
    static QString vcardProgram();

    // Makes the demo card images that do not exist yet (blank user cards D001, D002, D003).
    bool prepare();
    // Serves demo card `index`; waits until pcscd sees it.
    bool insert(int index);
    void pull();
    [[nodiscard]] int cardCount() const { return kDemoCards; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString imagePath(int index) const;

private:
    QString m_folder;
    QProcess m_process;
    QString m_error;
};
