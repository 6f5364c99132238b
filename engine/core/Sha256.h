#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <cstdint>

namespace wb {

// SHA-256 with the x86 SHA extensions when the processor has them (about ten times the speed of
// QCryptographicHash's portable code), and a portable implementation otherwise. App package block
// maps hash every 64 KiB block with SHA-256, so this sets the speed of package verification.
// Not thread-safe per object; any thread. See docs/DECISIONS.md ("Hashing") for why not libcrypto.
class Sha256
{
public:
    Sha256();
    static Sha256 portable(); // always the portable code (tests compare the two)
    void addData(QByteArrayView data);
    QByteArray result(); // 32 bytes; the object must be reset() before further use
    void reset();

    static QByteArray hash(QByteArrayView data);
    static bool hardwareAccelerated();

    // The hash of a block-map block: SHA-256 through this class, other algorithms through Qt.
    static QByteArray hashBlock(QByteArrayView data, QCryptographicHash::Algorithm algorithm);

private:
    void compress(const std::uint8_t *blocks, std::size_t count);

    void (*m_compress)(std::uint32_t *, const std::uint8_t *, std::size_t);

    std::array<std::uint32_t, 8> m_state{};
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

} // namespace wb
