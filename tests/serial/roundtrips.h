#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QTest>

#include "ampcard/card/meterkey.h"
#include "ampcard/protocol/dlt645.h"

// Every DL/T645 control code of docs/dlt645.md as a round trip, for the simulator over a pty and
// the QEMU image over TCP serial. `transact` sends a frame and returns the reply, or nothing when
// none came; `press` presses the meter's button (the programming window for address and baud
// writes); `line` holds the meter's passwords as commissioned.
namespace testing {

using Transact =
    std::function<std::optional<ampcard::dlt645::Frame>(const ampcard::dlt645::Frame &)>;

inline void everyControlCode(const Transact &transact, const std::function<void()> &press,
                             const std::vector<std::uint8_t> &remoteToken,
                             const ampcard::card::LineSecrets &line)
{
    using namespace ampcard;
    const dlt645::Address own = {0x01, 0x00, 0x00, 0x00, 0x01, 0x31};
    const std::vector<std::uint8_t> password = {0x02, line.password02[0], line.password02[1],
                                                line.password02[2]};
    const std::vector<std::uint8_t> password4 = {0x04, line.password04[0], line.password04[1],
                                                 line.password04[2]};
    const std::vector<std::uint8_t> operatorCode = {0x01, 0x02, 0x03, 0x04};
    auto join = [](std::initializer_list<std::vector<std::uint8_t>> parts) {
        std::vector<std::uint8_t> out;
        for (const auto &part : parts)
            out.insert(out.end(), part.begin(), part.end());
        return out;
    };
    auto ask = [&](const dlt645::Address &address, std::uint8_t control,
                   const std::vector<std::uint8_t> &data) {
        dlt645::Frame frame;
        frame.address = address;
        frame.control = control;
        frame.length = static_cast<std::uint8_t>(data.size());
        std::copy(data.begin(), data.end(), frame.data.begin());
        return transact(frame);
    };
    struct Case {
        const char *name;
        dlt645::Address address;
        std::uint8_t control;
        std::vector<std::uint8_t> data;
        int reply; // -1: none
        bool press;
    };
    const std::vector<Case> cases = {
        {"0x13 read address", dlt645::kWildcard, 0x13, {}, 0x93, false},
        {"0x11 read", own, 0x11, {0x00, 0x00, 0x01, 0x00}, 0x91, false},
        {"0x14 write alarm 1", own, 0x14,
         join({{0x01, 0x10, 0x00, 0x04}, password, operatorCode, {0x00, 0x50, 0x00, 0x00}}), 0x94,
         false},
        {"0x16 freeze now", own, 0x16, {0x99, 0x99, 0x99, 0x99}, 0x96, false},
        {"0x16 freeze every day at 23:30", own, 0x16, {0x30, 0x23, 0x99, 0x99}, 0x96, false},
        {"0x17 baud 2400", own, 0x17, {0x08}, 0x97, true},
        {"0x18 password level 4", own, 0x18,
         join({{0x05, 0x0C, 0x00, 0x04}, password4, {0x04, 0x44, 0x55, 0x66}}), 0x98, false},
        {"0x1B event clear", own, 0x1B, join({password, operatorCode, {0xFF, 0xFF, 0xFF, 0xFF}}),
         0x9B, false},
        {"0x1C trip", own, 0x1C, join({password, operatorCode, {0x1A, 0x00, 0, 0, 0, 0, 0, 0}}),
         0x9C, false},
        {"0x1C close", own, 0x1C, join({password, operatorCode, {0x1C, 0x00, 0, 0, 0, 0, 0, 0}}),
         0x9C, false},
        {"0x15 write address", own, 0x15, {0x01, 0x00, 0x00, 0x00, 0x01, 0x31}, 0x95, true},
        {"0x03 remote token", own, 0x03, join({{0xFF, 0x02, 0x01, 0x07, 0x00, 0x01}, remoteToken}),
         0x83, false},
        {"0x1A meter clear", own, 0x1A, join({password, operatorCode}), 0x9A, false},
        {"0x08 broadcast time",
         dlt645::kBroadcast,
         0x08,
         {0x00, 0x00, 0x12, 0x01, 0x06, 0x24},
         -1,
         false},
        {"1997 0x01 read 9010", own, 0x01, {0x10, 0x90}, 0x81, false},
        {"1997 0x04 write time", own, 0x04, join({{0x11, 0xC0}, password, {0x00, 0x30, 0x12}}),
         0x84, false},
        {"1997 0x0A write address", own, 0x0A, {0x01, 0x00, 0x00, 0x00, 0x01, 0x31}, 0x8A, true},
        {"1997 0x0C baud", own, 0x0C, {0x08}, 0x8C, true},
    };
    for (const Case &test : cases) {
        if (test.press)
            press();
        const std::optional<dlt645::Frame> reply = ask(test.address, test.control, test.data);
        if (test.reply < 0) {
            QVERIFY2(!reply.has_value(), test.name);
            continue;
        }
        QVERIFY2(reply.has_value(), test.name);
        QVERIFY2(reply->control == test.reply, qPrintable(QStringLiteral("%1: reply %2")
                                                              .arg(QLatin1String(test.name))
                                                              .arg(reply->control, 2, 16)));
        QVERIFY2(reply->address == own, test.name);
        if (test.control == 0x03)
            QVERIFY2(reply->data[4] == 0, "the remote token loads");
    }
    // The long read and its follow-up frames.
    std::optional<dlt645::Frame> reply = ask(own, 0x11, {0xFF, 0xFF, 0xFF, 0x00});
    QVERIFY(reply.has_value() && reply->control == 0xB1);
    int follow = 0;
    while (reply && (reply->control & dlt645::kFollowBit) != 0 && follow < 8) {
        reply = ask(own, 0x12, {0xFF, 0xFF, 0xFF, 0x00, static_cast<std::uint8_t>(follow++)});
        QVERIFY(reply.has_value());
    }
    QVERIFY(reply.has_value() && reply->control == 0x92);
    QCOMPARE(follow, 3);
}

} // namespace testing
