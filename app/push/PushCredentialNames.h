#pragma once

// Names of the push credentials: rows of push_credentials (public part) and, with the "push/"
// prefix, entries of the secret store (private key).
namespace PushCredentialNames {
constexpr const char *ApnsCertificate = "apns-certificate";     // {certificate_pem, topic, not_after, apple_id, environment, alarm}
constexpr const char *ApnsPendingRequest = "apns-csr";          // {csr_pem, created_at}
constexpr const char *ApnsAuthKey = "apns-auth-key";            // {key_id, team_id, topic}
constexpr const char *FcmServiceAccount = "fcm-service-account"; // {project_id, client_email, token_uri, private_key_id}

constexpr const char *ApnsCertificateSecret = "push/apns-certificate-key";
constexpr const char *ApnsPendingRequestSecret = "push/apns-csr-key";
constexpr const char *ApnsAuthKeySecret = "push/apns-auth-key";
constexpr const char *FcmServiceAccountSecret = "push/fcm-service-account-key";
}
