// The few C and C++ runtime functions a freestanding image needs, and nothing else: no C library
// is linked, so a heap call, an exception or RTTI leaves an undefined symbol and fails the link.
// Used by the meter image and by the portable libraries' no-runtime link check.
#include <cstddef>
#include <cstdint>

extern "C" {

void *memcpy(void *destination, const void *source, std::size_t size)
{
    auto *to = static_cast<unsigned char *>(destination);
    const auto *from = static_cast<const unsigned char *>(source);
    while (size-- != 0)
        *to++ = *from++;
    return destination;
}

void *memmove(void *destination, const void *source, std::size_t size)
{
    auto *to = static_cast<unsigned char *>(destination);
    const auto *from = static_cast<const unsigned char *>(source);
    if (to < from) {
        while (size-- != 0)
            *to++ = *from++;
    } else {
        while (size != 0) {
            --size;
            to[size] = from[size];
        }
    }
    return destination;
}

void *memset(void *destination, int value, std::size_t size)
{
    auto *to = static_cast<unsigned char *>(destination);
    while (size-- != 0)
        *to++ = static_cast<unsigned char>(value);
    return destination;
}

int memcmp(const void *left, const void *right, std::size_t size)
{
    const auto *a = static_cast<const unsigned char *>(left);
    const auto *b = static_cast<const unsigned char *>(right);
    for (; size != 0; --size, ++a, ++b) {
        if (*a != *b)
            return *a < *b ? -1 : 1;
    }
    return 0;
}

std::size_t strlen(const char *text)
{
    std::size_t n = 0;
    while (text[n] != '\0')
        ++n;
    return n;
}

void *memchr(const void *memory, int value, std::size_t size)
{
    const auto *bytes = static_cast<const unsigned char *>(memory);
    for (std::size_t i = 0; i < size; ++i) {
        if (bytes[i] == static_cast<unsigned char>(value))
            return const_cast<unsigned char *>(bytes + i);
    }
    return nullptr;
}

// Static objects are never destroyed: the meter never returns from main.
void *__dso_handle = nullptr;
int __aeabi_atexit(void *, void (*)(void *), void *)
{
    return 0;
}

void __cxa_pure_virtual()
{
    for (;;) {
    }
}

} // extern "C"
