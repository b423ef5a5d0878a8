#pragma once

// RFC 8894 vocabulary: message types, PKI statuses, failure reasons and the attribute OIDs of the
// authenticated attributes every SCEP message carries.
namespace Scep {

enum class MessageType { CertRep = 3, RenewalReq = 17, PKCSReq = 19, CertPoll = 20, GetCert = 21, GetCRL = 22 };
enum class PkiStatus { Success = 0, Failure = 2, Pending = 3 };
enum class FailInfo { BadAlg = 0, BadMessageCheck = 1, BadRequest = 2, BadTime = 3, BadCertId = 4 };

inline constexpr char OidMessageType[] = "2.16.840.1.113733.1.9.2";
inline constexpr char OidPkiStatus[] = "2.16.840.1.113733.1.9.3";
inline constexpr char OidFailInfo[] = "2.16.840.1.113733.1.9.4";
inline constexpr char OidSenderNonce[] = "2.16.840.1.113733.1.9.5";
inline constexpr char OidRecipientNonce[] = "2.16.840.1.113733.1.9.6";
inline constexpr char OidTransactionId[] = "2.16.840.1.113733.1.9.7";

inline constexpr char ContentTypePkiMessage[] = "application/x-pki-message";
inline constexpr char ContentTypeCaCert[] = "application/x-x509-ca-cert";

} // namespace Scep
