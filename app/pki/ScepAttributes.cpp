#include "pki/ScepAttributes.h"

#include <openssl/objects.h>
#include <openssl/x509.h>

#include <memory>

namespace {

struct ObjectFree {
    void operator()(ASN1_OBJECT *object) const { ASN1_OBJECT_free(object); }
};
using ObjectPtr = std::unique_ptr<ASN1_OBJECT, ObjectFree>;

ObjectPtr object(const char *oid)
{
    return ObjectPtr(OBJ_txt2obj(oid, 1));
}

QByteArray value(CMS_SignerInfo *signerInfo, const char *oid, int type)
{
    ObjectPtr obj = object(oid);
    if (!obj)
        return {};
    const int index = CMS_signed_get_attr_by_OBJ(signerInfo, obj.get(), -1);
    X509_ATTRIBUTE *attribute = index >= 0 ? CMS_signed_get_attr(signerInfo, index) : nullptr;
    ASN1_TYPE *any = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (!any || any->type != type)
        return {};
    const ASN1_STRING *text = any->value.asn1_string;
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(text)), ASN1_STRING_length(text));
}

bool add(CMS_SignerInfo *signerInfo, const char *oid, int type, const QByteArray &bytes)
{
    ObjectPtr obj = object(oid);
    return obj
           && CMS_signed_add1_attr_by_OBJ(signerInfo, obj.get(), type, bytes.constData(), static_cast<int>(bytes.size()))
                  == 1;
}

} // namespace

namespace ScepAttributes {

QByteArray printable(CMS_SignerInfo *signerInfo, const char *oid)
{
    return value(signerInfo, oid, V_ASN1_PRINTABLESTRING);
}

QByteArray octets(CMS_SignerInfo *signerInfo, const char *oid)
{
    return value(signerInfo, oid, V_ASN1_OCTET_STRING);
}

bool addPrintable(CMS_SignerInfo *signerInfo, const char *oid, const QByteArray &bytes)
{
    return add(signerInfo, oid, V_ASN1_PRINTABLESTRING, bytes);
}

bool addOctets(CMS_SignerInfo *signerInfo, const char *oid, const QByteArray &bytes)
{
    return add(signerInfo, oid, V_ASN1_OCTET_STRING, bytes);
}

} // namespace ScepAttributes
