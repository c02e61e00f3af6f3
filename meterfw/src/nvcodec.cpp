#include "ampcard/meter/nvcodec.h"

#include "nvfields.h"

namespace ampcard::meter {

namespace {

using nv::Decoder;
using nv::Encoder;

template <class T> void encode(const T &value, RecordSink &sink)
{
    Encoder encoder(sink);
    visit(encoder, const_cast<T &>(value)); // the Encoder only reads
}

template <class T> Status decode(const StoredRecord &record, T &value)
{
    Decoder decoder(record);
    visit(decoder, value);
    return decoder.finish();
}

template <class T>
Status parseAny(const StoredRecord &record, T &value, std::size_t size,
                Status (*migrate)(const StoredRecord &, T &))
{
    switch (record.version()) {
    case 1:
        AMPCARD_TRY(migrate(record, value));
        return nv::check(value); // the same ranges as a layout-2 record
    case kNvLayoutVersion:
        if (record.size() != size)
            return Errc::kInvalidState;
        return decode(record, value);
    default: return Errc::kInvalidState; // a layout this firmware does not know
    }
}

} // namespace

void StateWriter::write(RecordSink &sink) const
{
    encode(m_state, sink);
}

void LineWriter::write(RecordSink &sink) const
{
    encode(m_line, sink);
}

void SettlementWriter::write(RecordSink &sink) const
{
    encode(m_frozen, sink);
}

Status StateParser::parse(const StoredRecord &record)
{
    return parseAny(record, m_state, kStateRecordSize, &nv::migrateState);
}

Status LineParser::parse(const StoredRecord &record)
{
    return parseAny(record, m_line, kLineRecordSize, &nv::migrateLine);
}

Status SettlementParser::parse(const StoredRecord &record)
{
    return parseAny(record, m_frozen, kSettlementRecordSize, &nv::migrateSettlement);
}

} // namespace ampcard::meter