#pragma once

// Key types the console generates. The console CA is RSA: iOS's SCEP client encrypts its request
// to the CA certificate by RSA key transport and generates an RSA identity key itself, so an EC CA
// could not take part in SCEP. RSA 2048 is the default (accepted by iOS for TLS and SCEP, NIST-
// acceptable through 2030, and the cheapest RSA to verify on every signed check-in); 3072 for
// clinics whose policy asks for it. The endpoint TLS key is EC P-256: iOS trusts ECDSA server
// certificates and handshakes are several times cheaper than RSA.
enum class KeyAlgorithm {
    Rsa2048,
    Rsa3072,
    EcP256,
};
