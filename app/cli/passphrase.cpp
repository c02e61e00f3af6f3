#include "passphrase.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>

QByteArray readPassphrase(const char *variable, const QString &prompt)
{
    const QByteArray fromEnvironment = qgetenv(variable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (isatty(STDIN_FILENO) == 0)
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char line[1024];
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputc('\n', stderr);
    if (!read)
        return {};
    QByteArray passphrase(line);
    while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
        passphrase.chop(1);
    for (char &c : line)
        c = 0;
    return passphrase;
}
