#pragma once

// Internal to app/pki: reads and writes the SCEP authenticated attributes of a CMS SignerInfo.

#include <QByteArray>

#include <openssl/cms.h>

namespace ScepAttributes {
QByteArray printable(CMS_SignerInfo *signerInfo, const char *oid); // PrintableString value, or empty
QByteArray octets(CMS_SignerInfo *signerInfo, const char *oid);    // OCTET STRING value, or empty
bool addPrintable(CMS_SignerInfo *signerInfo, const char *oid, const QByteArray &value);
bool addOctets(CMS_SignerInfo *signerInfo, const char *oid, const QByteArray &value);
} // namespace ScepAttributes
