#pragma once

class SecretJob;
class SecretStore;

// The 32-byte key that encrypts sensitive database fields (device UnlockTokens, enrollment
// challenges). It lives only in the SecretStore; the first request creates it from the OS random
// generator. Losing it makes those fields unreadable, which is why it is never regenerated when a
// stored key is present but unreadable — only when the store says it does not exist.
class DataKey
{
public:
    static constexpr const char *SecretName = "data-key";
    static constexpr int Size = 32;

    // A job that finishes with the key in data(), creating and storing it first when absent.
    static SecretJob *obtain(SecretStore &store);
};
