#include "ampcard/cardio/opensslcrypto.h"

#include <string>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace ampcard::cardio {

namespace {

const EVP_CIPHER *ecbCipher(std::size_t keySize)
{
    return keySize == 16 ? EVP_aes_128_ecb() : keySize == 32 ? EVP_aes_256_ecb() : nullptr;
}

const EVP_CIPHER *ccmCipher(std::size_t keySize)
{
    return keySize == 16 ? EVP_aes_128_ccm() : keySize == 32 ? EVP_aes_256_ccm() : nullptr;
}

const char *cbcName(std::size_t keySize)
{
    return keySize == 16 ? "AES-128-CBC" : "AES-256-CBC";
}

struct CipherContext {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
};

int asInt(std::size_t size)
{
    return static_cast<int>(size);
}

// The CCM dance of EVP: lengths first, then data; a null output pointer is not allowed for an
// empty message, so a dummy byte stands in.
Status ccm(bool encrypt, ConstBytes key, ConstBytes nonce, ConstBytes associatedData, ConstBytes in,
           Bytes out, Bytes tag)
{
    const EVP_CIPHER *cipher = ccmCipher(key.size());
    if (cipher == nullptr)
        return Errc::kKeyLength;
    if (nonce.size() < 7 || nonce.size() > 13 || tag.size() < 4 || tag.size() > 16 ||
        tag.size() % 2 != 0)
        return Errc::kBadParameter;
    if (out.size() != in.size())
        return Errc::kBufferSize;
    CipherContext context;
    int length = 0;
    std::uint8_t dummy = 0;
    if (context.ctx == nullptr ||
        EVP_CipherInit_ex(context.ctx, cipher, nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.ctx, EVP_CTRL_AEAD_SET_IVLEN, asInt(nonce.size()), nullptr) !=
            1 ||
        EVP_CIPHER_CTX_ctrl(context.ctx, EVP_CTRL_AEAD_SET_TAG, asInt(tag.size()),
                            encrypt ? nullptr : tag.data()) != 1 ||
        EVP_CipherInit_ex(context.ctx, nullptr, nullptr, key.data(), nonce.data(),
                          encrypt ? 1 : 0) != 1 ||
        EVP_CipherUpdate(context.ctx, nullptr, &length, nullptr, asInt(in.size())) != 1)
        return Errc::kBadParameter;
    if (!associatedData.empty() &&
        EVP_CipherUpdate(context.ctx, nullptr, &length, associatedData.data(),
                         asInt(associatedData.size())) != 1)
        return Errc::kBadParameter;
    const int updated = EVP_CipherUpdate(context.ctx, out.empty() ? &dummy : out.data(), &length,
                                         in.empty() ? &dummy : in.data(), asInt(in.size()));
    if (!encrypt) {
        if (updated != 1) {
            card::secureZero(out);
            return Errc::kAuthFailed;
        }
        return kOk;
    }
    if (updated != 1 ||
        EVP_CIPHER_CTX_ctrl(context.ctx, EVP_CTRL_AEAD_GET_TAG, asInt(tag.size()), tag.data()) != 1)
        return Errc::kBadParameter;
    return kOk;
}

} // namespace

namespace openssl {

Status aesEncryptBlock(ConstBytes key, const Block &in, Block &out)
{
    const EVP_CIPHER *cipher = ecbCipher(key.size());
    if (cipher == nullptr)
        return Errc::kKeyLength;
    CipherContext context;
    int length = 0;
    if (context.ctx == nullptr ||
        EVP_EncryptInit_ex(context.ctx, cipher, nullptr, key.data(), nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(context.ctx, 0) != 1 ||
        EVP_EncryptUpdate(context.ctx, out.data(), &length, in.data(), asInt(in.size())) != 1)
        return Errc::kBadParameter;
    return kOk;
}

Status cmac(ConstBytes key, ConstBytes message, Block &tag)
{
    if (key.size() != 16 && key.size() != 32)
        return Errc::kKeyLength;
    EVP_MAC *mac = EVP_MAC_fetch(nullptr, "CMAC", nullptr);
    EVP_MAC_CTX *context = mac != nullptr ? EVP_MAC_CTX_new(mac) : nullptr;
    std::string cipherName = cbcName(key.size());
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, cipherName.data(), 0),
        OSSL_PARAM_construct_end()};
    std::size_t length = 0;
    const bool ok =
        context != nullptr && EVP_MAC_init(context, key.data(), key.size(), parameters) == 1 &&
        EVP_MAC_update(context, message.data(), message.size()) == 1 &&
        EVP_MAC_final(context, tag.data(), &length, tag.size()) == 1 && length == tag.size();
    EVP_MAC_CTX_free(context);
    EVP_MAC_free(mac);
    return ok ? kOk : Status(Errc::kBadParameter);
}

Status ccmEncrypt(ConstBytes key, ConstBytes nonce, ConstBytes associatedData, ConstBytes plaintext,
                  Bytes ciphertext, Bytes tag)
{
    return ccm(true, key, nonce, associatedData, plaintext, ciphertext, tag);
}

Status ccmDecrypt(ConstBytes key, ConstBytes nonce, ConstBytes associatedData,
                  ConstBytes ciphertext, ConstBytes tag, Bytes plaintext)
{
    std::array<std::uint8_t, 16> tagCopy{};
    if (tag.size() > tagCopy.size())
        return Errc::kBadParameter;
    for (std::size_t i = 0; i < tag.size(); ++i)
        tagCopy[i] = tag[i];
    return ccm(false, key, nonce, associatedData, ciphertext, plaintext,
               Bytes(tagCopy).first(tag.size()));
}

Status deriveKey(ConstBytes key, ConstBytes label, ConstBytes context, Bytes out)
{
    if (key.size() != 16 && key.size() != 32)
        return Errc::kKeyLength;
    if (out.empty())
        return Errc::kBufferSize;
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "KBKDF", nullptr);
    EVP_KDF_CTX *kdfContext = kdf != nullptr ? EVP_KDF_CTX_new(kdf) : nullptr;
    char mode[] = "counter";
    char macName[] = "CMAC";
    std::string cipherName = cbcName(key.size());
    // OpenSSL takes non-const pointers in OSSL_PARAM; it does not write through them.
    auto *keyData = const_cast<std::uint8_t *>(key.data());
    auto *labelData = const_cast<std::uint8_t *>(label.data());
    auto *contextData = const_cast<std::uint8_t *>(context.data());
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_MODE, mode, 0),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_MAC, macName, 0),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_CIPHER, cipherName.data(), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, keyData, key.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, labelData, label.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, contextData, context.size()),
        OSSL_PARAM_construct_end()};
    const bool ok = kdfContext != nullptr &&
                    EVP_KDF_derive(kdfContext, out.data(), out.size(), parameters) == 1;
    EVP_KDF_CTX_free(kdfContext);
    EVP_KDF_free(kdf);
    return ok ? kOk : Status(Errc::kBadParameter);
}

Status randomBytes(Bytes out)
{
    return RAND_bytes(out.data(), static_cast<int>(out.size())) == 1 ? kOk
                                                                     : Status(Errc::kBadParameter);
}

} // namespace openssl

OpensslAead::~OpensslAead()
{
    card::secureZero(m_key);
}

Status OpensslAead::setKey(ConstBytes key)
{
    if (key.size() != 16 && key.size() != 32)
        return Errc::kKeyLength;
    card::secureZero(m_key);
    for (std::size_t i = 0; i < key.size(); ++i)
        m_key[i] = key[i];
    m_keySize = key.size();
    return kOk;
}

Status OpensslAead::seal(ConstBytes nonce, ConstBytes associatedData, ConstBytes plaintext,
                         Bytes ciphertext, Bytes tag) const
{
    return openssl::ccmEncrypt(ConstBytes(m_key).first(m_keySize), nonce, associatedData, plaintext,
                               ciphertext, tag);
}

Status OpensslAead::open(ConstBytes nonce, ConstBytes associatedData, ConstBytes ciphertext,
                         ConstBytes tag, Bytes plaintext) const
{
    return openssl::ccmDecrypt(ConstBytes(m_key).first(m_keySize), nonce, associatedData,
                               ciphertext, tag, plaintext);
}

} // namespace ampcard::cardio
