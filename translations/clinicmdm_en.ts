<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountService</name>
    <message>
        <source>An admin already exists; sign in as that admin to add others.</source>
        <translation>An admin already exists; sign in as that admin to add others.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>The password could not be hashed.</translation>
    </message>
    <message>
        <source>There is no admin named %1.</source>
        <translation>There is no admin named %1.</translation>
    </message>
    <message>
        <source>%1 is the last active Administrator; add another one first.</source>
        <translation>%1 is the last active Administrator; add another one first.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already on; an Administrator must reset it first.</source>
        <translation>Two-factor authentication is already on; an Administrator must reset it first.</translation>
    </message>
    <message>
        <source>The field encryption key is missing or invalid.</source>
        <translation>The field encryption key is missing or invalid.</translation>
    </message>
    <message>
        <source>There is no two-factor set-up waiting for a code.</source>
        <translation>There is no two-factor set-up waiting for a code.</translation>
    </message>
    <message>
        <source>The stored secret cannot be read with this field key.</source>
        <translation>The stored secret cannot be read with this field key.</translation>
    </message>
    <message>
        <source>That code does not match; check the time on the phone and try the next code.</source>
        <translation>That code does not match; check the time on the phone and try the next code.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, dots, dashes, underscores or @, and starts with a letter or digit.</source>
        <translation>A user name has 2 to 64 letters, digits, dots, dashes, underscores or @, and starts with a letter or digit.</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Reset &amp;MFA</source>
        <translation>Reset &amp;MFA</translation>
    </message>
    <message>
        <source>The admin sets up the authenticator app again at the next sign-in</source>
        <translation>The admin sets up the authenticator app again at the next sign-in</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>add the admin %1</source>
        <translation>add the admin %1</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 was added as %2.</translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation>disable %1</translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation>enable %1</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 is enabled.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>New role for %1:</translation>
    </message>
    <message>
        <source>make %1 a %2</source>
        <translation>make %1 a %2</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 is now a %2.</translation>
    </message>
    <message>
        <source>reset the two-factor sign-in of %1</source>
        <translation>reset the two-factor sign-in of %1</translation>
    </message>
    <message>
        <source>%1 sets up the authenticator app again at the next sign-in.</source>
        <translation>%1 sets up the authenticator app again at the next sign-in.</translation>
    </message>
</context>
<context>
    <name>AddAdminDialog</name>
    <message>
        <source>Add an admin</source>
        <translation>Add an admin</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>First password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
<context>
    <name>AdminRepository</name>
    <message>
        <source>No such admin.</source>
        <translation>No such admin.</translation>
    </message>
    <message>
        <source>An admin named %1 already exists.</source>
        <translation>An admin named %1 already exists.</translation>
    </message>
    <message>
        <source>The new admin could not be read back.</source>
        <translation>The new admin could not be read back.</translation>
    </message>
    <message>
        <source>An admin already exists; sign in as that admin to add others.</source>
        <translation>An admin already exists; sign in as that admin to add others.</translation>
    </message>
</context>
<context>
    <name>AdminSession</name>
    <message>
        <source>Confirm your password and code to %1.</source>
        <translation>Confirm your password and code to %1.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Sign in to %1.</translation>
    </message>
    <message>
        <source>Set up two-factor authentication before you %1.</source>
        <translation>Set up two-factor authentication before you %1.</translation>
    </message>
    <message>
        <source>A %1 may not %2.</source>
        <translation>A %1 may not %2.</translation>
    </message>
</context>
<context>
    <name>AdminVerb</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>Usage: clinicmdm [--user NAME [--otp CODE]] admin &lt;command&gt;</source>
        <translation>Usage: clinicmdm [--user NAME [--otp CODE]] admin &lt;command&gt;</translation>
    </message>
    <message>
        <source>create the first Administrator</source>
        <translation>create the first Administrator</translation>
    </message>
    <message>
        <source>add an admin (password from %1 or a prompt)</source>
        <translation>add an admin (password from %1 or a prompt)</translation>
    </message>
    <message>
        <source>list the admins</source>
        <translation>list the admins</translation>
    </message>
    <message>
        <source>refuse or allow an admin&apos;s sign-in</source>
        <translation>refuse or allow an admin&apos;s sign-in</translation>
    </message>
    <message>
        <source>Administrator, Technician or Auditor</source>
        <translation>Administrator, Technician or Auditor</translation>
    </message>
    <message>
        <source>turn off an admin&apos;s two-factor authentication</source>
        <translation>turn off an admin&apos;s two-factor authentication</translation>
    </message>
    <message>
        <source>set up your own two-factor authentication</source>
        <translation>set up your own two-factor authentication</translation>
    </message>
    <message>
        <source>switch it on with a first code</source>
        <translation>switch it on with a first code</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (or enter the key by hand):</source>
        <translation>Scan this code with an authenticator app (or enter the key by hand):</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <source>Recovery codes for %1. Each works once instead of a code; keep them somewhere safe. They are not shown again:</source>
        <translation>Recovery codes for %1. Each works once instead of a code; keep them somewhere safe. They are not shown again:</translation>
    </message>
    <message>
        <source>Code shown by the app: </source>
        <translation>Code shown by the app: </translation>
    </message>
    <message>
        <source>Two-factor authentication is on for %1.</source>
        <translation>Two-factor authentication is on for %1.</translation>
    </message>
    <message>
        <source>Two-factor authentication is not on yet. Finish with: clinicmdm --user %1 admin mfa-confirm CODE</source>
        <translation>Two-factor authentication is not on yet. Finish with: clinicmdm --user %1 admin mfa-confirm CODE</translation>
    </message>
    <message>
        <source>admin init needs --user NAME</source>
        <translation>admin init needs --user NAME</translation>
    </message>
    <message>
        <source>An admin already exists; sign in as that admin to add others.</source>
        <translation>An admin already exists; sign in as that admin to add others.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrator %1 created.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation>LAST SIGN-IN</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>unknown admin command %1</source>
        <translation>unknown admin command %1</translation>
    </message>
    <message>
        <source>--role must be Administrator, Technician or Auditor</source>
        <translation>--role must be Administrator, Technician or Auditor</translation>
    </message>
    <message>
        <source>Password for the new admin %1: </source>
        <translation>Password for the new admin %1: </translation>
    </message>
    <message>
        <source>Admin %1 added as %2.</source>
        <translation>Admin %1 added as %2.</translation>
    </message>
    <message>
        <source>Admin %1 disabled.</source>
        <translation>Admin %1 disabled.</translation>
    </message>
    <message>
        <source>Admin %1 enabled.</source>
        <translation>Admin %1 enabled.</translation>
    </message>
    <message>
        <source>ROLE must be Administrator, Technician or Auditor</source>
        <translation>ROLE must be Administrator, Technician or Auditor</translation>
    </message>
    <message>
        <source>Admin %1 is now %2.</source>
        <translation>Admin %1 is now %2.</translation>
    </message>
    <message>
        <source>Two-factor authentication of %1 is off; they set it up again at their next sign-in.</source>
        <translation>Two-factor authentication of %1 is off; they set it up again at their next sign-in.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointer</name>
    <message>
        <source>checkpoint %1 (entry %2), the newest this console signed, is missing from the database or was changed: checkpoints were deleted or altered</source>
        <translation>checkpoint %1 (entry %2), the newest this console signed, is missing from the database or was changed: checkpoints were deleted or altered</translation>
    </message>
    <message>
        <source>There is no audit entry %1 to sign.</source>
        <translation>There is no audit entry %1 to sign.</translation>
    </message>
    <message>
        <source>Signing the audit checkpoint failed.</source>
        <translation>Signing the audit checkpoint failed.</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>entries %1-%2 (%3) to %4</source>
        <translation>entries %1-%2 (%3) to %4</translation>
    </message>
    <message>
        <source>%1 is not empty; export into a new folder.</source>
        <translation>%1 is not empty; export into a new folder.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Recompute the hash chain from the first entry and check the signed checkpoints</source>
        <translation>Recompute the hash chain from the first entry and check the signed checkpoints</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export needs the console&apos;s audit key from the keychain, which is not available</source>
        <translation>Export needs the console&apos;s audit key from the keychain, which is not available</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Action; a name ending in &apos;.&apos; matches every action that starts with it</source>
        <translation>Action; a name ending in &apos;.&apos; matches every action that starts with it</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Device id</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Admin:</source>
        <translation>Admin:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verifying the audit trail…</translation>
    </message>
    <message>
        <source>The verification could not run: %1</source>
        <translation>The verification could not run: %1</translation>
    </message>
    <message>
        <source>Chain broken at entry %1: %2</source>
        <translation>Chain broken at entry %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries.</source>
        <translation>
            <numerusform>Chain intact: %n entry.</numerusform>
            <numerusform>Chain intact: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checkpoint: entry %1, key %2.</source>
        <translation>Last checkpoint: entry %1, key %2.</translation>
    </message>
    <message>
        <source>Export the audit trail into folder</source>
        <translation>Export the audit trail into folder</translation>
    </message>
    <message>
        <source>There are no audit entries in that period.</source>
        <translation>There are no audit entries in that period.</translation>
    </message>
    <message>
        <source>Signing and exporting…</source>
        <translation>Signing and exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (key %2).</source>
        <translation>
            <numerusform>Exported %n entry to %1 (key %2).</numerusform>
            <numerusform>Exported %n entries to %1 (key %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>Creating the audit signing key failed.</source>
        <translation>Creating the audit signing key failed.</translation>
    </message>
    <message>
        <source>The stored audit signing key is not a valid EC private key.</source>
        <translation>The stored audit signing key is not a valid EC private key.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditVerb</name>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>chain intact: %1 entries, %2 to %3 (%4 to %5)</source>
        <translation>chain intact: %1 entries, %2 to %3 (%4 to %5)</translation>
    </message>
    <message>
        <source>last checkpoint: entry %1, signed %2, key fingerprint %3</source>
        <translation>last checkpoint: entry %1, signed %2, key fingerprint %3</translation>
    </message>
    <message>
        <source>no signed checkpoint yet</source>
        <translation>no signed checkpoint yet</translation>
    </message>
    <message>
        <source>note: earlier checkpoints were signed by key %1, not this console&apos;s current key; compare it with your records</source>
        <translation>note: earlier checkpoints were signed by key %1, not this console&apos;s current key; compare it with your records</translation>
    </message>
    <message>
        <source>only check; do not sign a new checkpoint (no keychain needed)</source>
        <translation>only check; do not sign a new checkpoint (no keychain needed)</translation>
    </message>
    <message>
        <source>chain broken at entry %1: %2</source>
        <translation>chain broken at entry %1: %2</translation>
    </message>
    <message>
        <source>chain broken at entry %1: a signed checkpoint does not match</source>
        <translation>chain broken at entry %1: a signed checkpoint does not match</translation>
    </message>
    <message>
        <source>audit trail tampered: the signed checkpoints do not hold</source>
        <translation>audit trail tampered: the signed checkpoints do not hold</translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation>the audit trail is empty</translation>
    </message>
    <message>
        <source>warning: no new checkpoint signed: %1</source>
        <translation>warning: no new checkpoint signed: %1</translation>
    </message>
    <message>
        <source>audit trail tampered: %1</source>
        <translation>audit trail tampered: %1</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD, UTC) or ISO time</source>
        <translation>first day (YYYY-MM-DD, UTC) or ISO time</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD, UTC) or ISO time</source>
        <translation>last day (YYYY-MM-DD, UTC) or ISO time</translation>
    </message>
    <message>
        <source>csv or jsonl</source>
        <translation>csv or jsonl</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>new folder to write the export to</source>
        <translation>new folder to write the export to</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl</source>
        <translation>--format must be csv or jsonl</translation>
    </message>
    <message>
        <source>--out PATH is required</source>
        <translation>--out PATH is required</translation>
    </message>
    <message>
        <source>dates are YYYY-MM-DD or ISO 8601 times</source>
        <translation>dates are YYYY-MM-DD or ISO 8601 times</translation>
    </message>
    <message>
        <source>no audit entries in that period</source>
        <translation>no audit entries in that period</translation>
    </message>
    <message>
        <source>export refused: %1</source>
        <translation>export refused: %1</translation>
    </message>
    <message>
        <source>exported %1 entries (%2 to %3) and %4 checkpoints to %5</source>
        <translation>exported %1 entries (%2 to %3) and %4 checkpoints to %5</translation>
    </message>
    <message>
        <source>signed by key fingerprint %1</source>
        <translation>signed by key fingerprint %1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>at most N entries (default 50)</source>
        <translation>at most N entries (default 50)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>only this action (or prefix ending in &apos;.&apos;)</source>
        <translation>only this action (or prefix ending in &apos;.&apos;)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>only this device id</source>
        <translation>only this device id</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>only this admin</source>
        <translation>only this admin</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>from this day or time</source>
        <translation>from this day or time</translation>
    </message>
    <message>
        <source>to this day or time</source>
        <translation>to this day or time</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit needs a positive number</translation>
    </message>
    <message>
        <source>--device needs a device id</source>
        <translation>--device needs a device id</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>device %1</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>entry %1 is missing: it was deleted</source>
        <translation>entry %1 is missing: it was deleted</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing: they were deleted</source>
        <translation>entries %1 to %2 are missing: they were deleted</translation>
    </message>
    <message>
        <source>entry %1 was edited and its hash recomputed: entry %2 no longer chains to it</source>
        <translation>entry %1 was edited and its hash recomputed: entry %2 no longer chains to it</translation>
    </message>
    <message>
        <source>checkpoint %1 is missing: it was deleted</source>
        <translation>checkpoint %1 is missing: it was deleted</translation>
    </message>
    <message>
        <source>checkpoints %1 to %2 are missing: they were deleted</source>
        <translation>checkpoints %1 to %2 are missing: they were deleted</translation>
    </message>
    <message>
        <source>checkpoint %1: %2</source>
        <translation>checkpoint %1: %2</translation>
    </message>
    <message>
        <source>signed by an unknown key %1</source>
        <translation>signed by an unknown key %1</translation>
    </message>
    <message>
        <source>the signature does not verify (the checkpoint was altered or forged)</source>
        <translation>the signature does not verify (the checkpoint was altered or forged)</translation>
    </message>
    <message>
        <source>it signed entry %1, which no longer exists: entries %2 to %1 were deleted from the end</source>
        <translation>it signed entry %1, which no longer exists: entries %2 to %1 were deleted from the end</translation>
    </message>
    <message>
        <source>it signed entry %1, which no longer exists</source>
        <translation>it signed entry %1, which no longer exists</translation>
    </message>
    <message>
        <source>entry %1 is not what was signed: the chain was rewritten between entries %2 and %1</source>
        <translation>entry %1 is not what was signed: the chain was rewritten between entries %2 and %1</translation>
    </message>
    <message>
        <source>entries %1 and %2 were swapped (reordered): entry %1 holds what was written as entry %2</source>
        <translation>entries %1 and %2 were swapped (reordered): entry %1 holds what was written as entry %2</translation>
    </message>
    <message>
        <source>entry %1 was deleted and the entries after it renumbered (entry %1 holds what was written as entry %2)</source>
        <translation>entry %1 was deleted and the entries after it renumbered (entry %1 holds what was written as entry %2)</translation>
    </message>
    <message>
        <source>entry %1 was inserted: entry %2 holds what was written as entry %1</source>
        <translation>entry %1 was inserted: entry %2 holds what was written as entry %1</translation>
    </message>
    <message>
        <source>entry %1 does not match its hash: it was edited</source>
        <translation>entry %1 does not match its hash: it was edited</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Too many failed attempts: the account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts: the account is locked for %n minute.</numerusform>
            <numerusform>Too many failed attempts: the account is locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts.</source>
        <translation>This account is locked after too many failed attempts.</translation>
    </message>
    <message>
        <source>Too many attempts.</source>
        <translation>Too many attempts.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account needs the code from its authenticator app (or a recovery code).</source>
        <translation>This account needs the code from its authenticator app (or a recovery code).</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>Wrong user name, password or code.</source>
        <translation>Wrong user name, password or code.</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>The certificate authority needs a name.</source>
        <translation>The certificate authority needs a name.</translation>
    </message>
    <message>
        <source>The certificate authority needs an RSA key: iOS enrolls through SCEP only with an RSA certificate authority.</source>
        <translation>The certificate authority needs an RSA key: iOS enrolls through SCEP only with an RSA certificate authority.</translation>
    </message>
    <message>
        <source>Could not generate the certificate authority&apos;s key.</source>
        <translation>Could not generate the certificate authority&apos;s key.</translation>
    </message>
    <message>
        <source>Could not create the certificate authority&apos;s certificate.</source>
        <translation>Could not create the certificate authority&apos;s certificate.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s certificate is unreadable.</source>
        <translation>The certificate authority&apos;s certificate is unreadable.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s private key is unreadable.</source>
        <translation>The certificate authority&apos;s private key is unreadable.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate authority&apos;s certificate.</source>
        <translation>The private key does not belong to the certificate authority&apos;s certificate.</translation>
    </message>
    <message>
        <source>The certificate is not a certificate authority.</source>
        <translation>The certificate is not a certificate authority.</translation>
    </message>
    <message>
        <source>No certificate authority is loaded.</source>
        <translation>No certificate authority is loaded.</translation>
    </message>
    <message>
        <source>The TLS certificate needs a host name or an IP address.</source>
        <translation>The TLS certificate needs a host name or an IP address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>&quot;%1&quot; is not a valid host name.</translation>
    </message>
    <message>
        <source>An IP address of the TLS certificate is empty.</source>
        <translation>An IP address of the TLS certificate is empty.</translation>
    </message>
    <message>
        <source>Could not generate the TLS key.</source>
        <translation>Could not generate the TLS key.</translation>
    </message>
    <message>
        <source>Could not issue the TLS certificate.</source>
        <translation>Could not issue the TLS certificate.</translation>
    </message>
    <message>
        <source>The certificate request is unreadable.</source>
        <translation>The certificate request is unreadable.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s signature does not verify.</source>
        <translation>The certificate request&apos;s signature does not verify.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s key is too weak (RSA 2048 or EC P-256 at least).</source>
        <translation>The certificate request&apos;s key is too weak (RSA 2048 or EC P-256 at least).</translation>
    </message>
    <message>
        <source>The certificate request has no subject.</source>
        <translation>The certificate request has no subject.</translation>
    </message>
    <message>
        <source>Could not issue the client certificate.</source>
        <translation>Could not issue the client certificate.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and %1 days.</source>
        <translation>The validity must be between 1 and %1 days.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The certificate is unreadable.</source>
        <translation>The certificate is unreadable.</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>The data key from the secret store is missing.</source>
        <translation>The data key from the secret store is missing.</translation>
    </message>
    <message>
        <source>No password: set %1 or run the command in a terminal.</source>
        <translation>No password: set %1 or run the command in a terminal.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>This command needs a signed-in admin: add --user NAME.</source>
        <translation>This command needs a signed-in admin: add --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Code from the authenticator app (or a recovery code): </source>
        <translation>Code from the authenticator app (or a recovery code): </translation>
    </message>
    <message>
        <source>Finish with `clinicmdm --user %1 admin mfa-confirm CODE` (or start again with `admin mfa-enroll`).</source>
        <translation>Finish with `clinicmdm --user %1 admin mfa-confirm CODE` (or start again with `admin mfa-enroll`).</translation>
    </message>
</context>
<context>
    <name>CmsSigner</name>
    <message>
        <source>The signing certificate or key is unreadable.</source>
        <translation>The signing certificate or key is unreadable.</translation>
    </message>
    <message>
        <source>The signing key does not belong to the certificate.</source>
        <translation>The signing key does not belong to the certificate.</translation>
    </message>
    <message>
        <source>No signing certificate is loaded.</source>
        <translation>No signing certificate is loaded.</translation>
    </message>
    <message>
        <source>The profile could not be signed: %1</source>
        <translation>The profile could not be signed: %1</translation>
    </message>
</context>
<context>
    <name>CmsVerifier</name>
    <message>
        <source>No trusted certificate authority was given.</source>
        <translation>No trusted certificate authority was given.</translation>
    </message>
    <message>
        <source>No trusted certificate authority is loaded.</source>
        <translation>No trusted certificate authority is loaded.</translation>
    </message>
    <message>
        <source>The message has no signature.</source>
        <translation>The message has no signature.</translation>
    </message>
    <message>
        <source>The signature is too large.</source>
        <translation>The signature is too large.</translation>
    </message>
    <message>
        <source>The signature is not valid base64.</source>
        <translation>The signature is not valid base64.</translation>
    </message>
    <message>
        <source>The signature is not a CMS SignedData structure.</source>
        <translation>The signature is not a CMS SignedData structure.</translation>
    </message>
    <message>
        <source>The signature must be detached from the message body.</source>
        <translation>The signature must be detached from the message body.</translation>
    </message>
    <message>
        <source>The signature must have exactly one signer.</source>
        <translation>The signature must have exactly one signer.</translation>
    </message>
    <message>
        <source>The signature uses a digest that is not accepted.</source>
        <translation>The signature uses a digest that is not accepted.</translation>
    </message>
    <message>
        <source>The message body is too large.</source>
        <translation>The message body is too large.</translation>
    </message>
    <message>
        <source>The signing certificate is not trusted.</source>
        <translation>The signing certificate is not trusted.</translation>
    </message>
    <message>
        <source>The signature does not carry its signing certificate.</source>
        <translation>The signature does not carry its signing certificate.</translation>
    </message>
    <message>
        <source>The signature does not match the message.</source>
        <translation>The signature does not match the message.</translation>
    </message>
    <message>
        <source>The signing certificate could not be read.</source>
        <translation>The signing certificate could not be read.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;%1&apos; is not available yet</source>
        <translation>&apos;%1&apos; is not available yet</translation>
    </message>
    <message>
        <source>fill the database with demo devices</source>
        <translation>fill the database with demo devices</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>check the database</translation>
    </message>
    <message>
        <source>manage admin accounts</source>
        <translation>manage admin accounts</translation>
    </message>
    <message>
        <source>verify or export the audit trail</source>
        <translation>verify or export the audit trail</translation>
    </message>
    <message>
        <source>run the device endpoint without a window</source>
        <translation>run the device endpoint without a window</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db needs a path</translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation>--user needs a name</translation>
    </message>
    <message>
        <source>--otp needs a code</source>
        <translation>--otp needs a code</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unknown command %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Usage: clinicmdm [--db PATH] [--user NAME [--otp CODE]] &lt;command&gt; [arguments]</source>
        <translation>Usage: clinicmdm [--db PATH] [--user NAME [--otp CODE]] &lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>Without a command, clinicmdm opens the console window.</source>
        <translation>Without a command, clinicmdm opens the console window.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>fleet database (default: %1)</source>
        <translation>fleet database (default: %1)</translation>
    </message>
    <message>
        <source>sign in as this admin; password from CLINICMDM_PASSWORD or a prompt</source>
        <translation>sign in as this admin; password from CLINICMDM_PASSWORD or a prompt</translation>
    </message>
    <message>
        <source>the admin&apos;s current TOTP code, where MFA is on</source>
        <translation>the admin&apos;s current TOTP code, where MFA is on</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>print this help; `clinicmdm &lt;command&gt; --help` for a command</source>
        <translation>print this help; `clinicmdm &lt;command&gt; --help` for a command</translation>
    </message>
    <message>
        <source>Usage: clinicmdm [--db PATH] db check</source>
        <translation>Usage: clinicmdm [--db PATH] db check</translation>
    </message>
    <message>
        <source>Checks the fleet database: SQLite integrity and foreign keys. Prints the file, the schema version and the number of devices. Exit 0 when sound, 3 when there are problems (listed on stderr). A damaged or newer database is refused before the check and left untouched (exit 3).</source>
        <translation>Checks the fleet database: SQLite integrity and foreign keys. Prints the file, the schema version and the number of devices. Exit 0 when sound, 3 when there are problems (listed on stderr). A damaged or newer database is refused before the check and left untouched (exit 3).</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Database:       %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schema version: %1 (this program: %2)</translation>
    </message>
    <message>
        <source>Devices:        %1</source>
        <translation>Devices:        %1</translation>
    </message>
    <message>
        <source>Integrity:      %1</source>
        <translation>Integrity:      %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 problem(s)</source>
        <translation>%1 problem(s)</translation>
    </message>
    <message>
        <source>db needs a command: check</source>
        <translation>db needs a command: check</translation>
    </message>
    <message>
        <source>unknown db command %1</source>
        <translation>unknown db command %1</translation>
    </message>
    <message>
        <source>Adds N made-up but realistic devices (iPhones, iPads, Android phones and tablets; BYOD, COPE, COSU and Shared; clinic departments and clinicians) for trying the console or measuring it.</source>
        <translation>Adds N made-up but realistic devices (iPhones, iPads, Android phones and tablets; BYOD, COPE, COSU and Shared; clinic departments and clinicians) for trying the console or measuring it.</translation>
    </message>
    <message>
        <source>how many devices (1 to %1)</source>
        <translation>how many devices (1 to %1)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same devices (default 1)</source>
        <translation>random seed; the same seed gives the same devices (default 1)</translation>
    </message>
    <message>
        <source>add them even though the database already has devices</source>
        <translation>add them even though the database already has devices</translation>
    </message>
    <message>
        <source>demo needs a command: seed</source>
        <translation>demo needs a command: seed</translation>
    </message>
    <message>
        <source>unknown demo command %1</source>
        <translation>unknown demo command %1</translation>
    </message>
    <message>
        <source>--devices needs a number from 1 to %1</source>
        <translation>--devices needs a number from 1 to %1</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation>--seed needs a whole number from 0 to 4294967295</translation>
    </message>
    <message>
        <source>Adding demo devices</source>
        <translation>Adding demo devices</translation>
    </message>
    <message>
        <source>Use --force to add them anyway.</source>
        <translation>Use --force to add them anyway.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo device(s) (seed %1) to %2.</source>
        <translation>
            <numerusform>Added %n demo device (seed %1) to %2.</numerusform>
            <numerusform>Added %n demo devices (seed %1) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>List devices as an aligned table, or as a JSON array with --json.</source>
        <translation>List devices as an aligned table, or as a JSON array with --json.</translation>
    </message>
    <message>
        <source>name, serial, model, IMEI, UDID, department or clinician contains TEXT</source>
        <translation>name, serial, model, IMEI, UDID, department or clinician contains TEXT</translation>
    </message>
    <message>
        <source>ios, ipados or android</source>
        <translation>ios, ipados or android</translation>
    </message>
    <message>
        <source>BYOD, COPE, COSU or Shared</source>
        <translation>BYOD, COPE, COSU or Shared</translation>
    </message>
    <message>
        <source>exactly this department</source>
        <translation>exactly this department</translation>
    </message>
    <message>
        <source>pending, enrolled, unenrolled, unreachable or wiped</source>
        <translation>pending, enrolled, unenrolled, unreachable or wiped</translation>
    </message>
    <message>
        <source>name (default), platform, model, os, ownership, department, assigned_to, state, last_seen or serial</source>
        <translation>name (default), platform, model, os, ownership, department, assigned_to, state, last_seen or serial</translation>
    </message>
    <message>
        <source>sort in descending order</source>
        <translation>sort in descending order</translation>
    </message>
    <message>
        <source>at most N devices (default: all)</source>
        <translation>at most N devices (default: all)</translation>
    </message>
    <message>
        <source>One device, by database id or serial number.</source>
        <translation>One device, by database id or serial number.</translation>
    </message>
    <message>
        <source>Add the devices of an inventory CSV. Header columns (any order, any case): %1; optional: %2.</source>
        <translation>Add the devices of an inventory CSV. Header columns (any order, any case): %1; optional: %2.</translation>
    </message>
    <message>
        <source>If any row is wrong, every problem is printed as FILE:LINE: reason and nothing is imported (exit 5). A file with no device rows is refused.</source>
        <translation>If any row is wrong, every problem is printed as FILE:LINE: reason and nothing is imported (exit 5). A file with no device rows is refused.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown platform %1 (use ios, ipados or android)</source>
        <translation>unknown platform %1 (use ios, ipados or android)</translation>
    </message>
    <message>
        <source>unknown ownership %1 (use BYOD, COPE, COSU or Shared)</source>
        <translation>unknown ownership %1 (use BYOD, COPE, COSU or Shared)</translation>
    </message>
    <message>
        <source>unknown state %1 (use %2)</source>
        <translation>unknown state %1 (use %2)</translation>
    </message>
    <message>
        <source>cannot sort by %1</source>
        <translation>cannot sort by %1</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit needs a positive number</translation>
    </message>
    <message>
        <source>No devices match.</source>
        <translation>No devices match.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>SERIAL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATFORM</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>OWNERSHIP</source>
        <translation>OWNERSHIP</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>DEPARTMENT</translation>
    </message>
    <message>
        <source>ASSIGNED TO</source>
        <translation>ASSIGNED TO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>LAST SEEN</translation>
    </message>
    <message>
        <source>(%1 of %2 devices shown)</source>
        <translation>(%1 of %2 devices shown)</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no device with id or serial %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OS version</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>UDID</source>
        <translation>UDID</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device(s) from %1.</source>
        <translation>
            <numerusform>Imported %n device from %1.</numerusform>
            <numerusform>Imported %n devices from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>list, show, import, lock or wipe devices</source>
        <translation>list, show, import, lock or wipe devices</translation>
    </message>
    <message>
        <source>list or cancel queued device commands</source>
        <translation>list or cancel queued device commands</translation>
    </message>
    <message>
        <source>show or change console settings</source>
        <translation>show or change console settings</translation>
    </message>
    <message>
        <source>Usage: clinicmdm [--db PATH] --user NAME [--otp CODE] devices &lt;list|show|import|lock|wipe&gt; ...</source>
        <translation>Usage: clinicmdm [--db PATH] --user NAME [--otp CODE] devices &lt;list|show|import|lock|wipe&gt; ...</translation>
    </message>
    <message>
        <source>Lock the device, showing the message and phone number (Technician or Administrator).</source>
        <translation>Lock the device, showing the message and phone number (Technician or Administrator).</translation>
    </message>
    <message>
        <source>Remove the clinic&apos;s apps and data only (Technician or Administrator).</source>
        <translation>Remove the clinic&apos;s apps and data only (Technician or Administrator).</translation>
    </message>
    <message>
        <source>Erase the whole device (Administrator only; NAME must be the device&apos;s name; never for a BYOD device). This run&apos;s sign-in is the re-authentication.</source>
        <translation>Erase the whole device (Administrator only; NAME must be the device&apos;s name; never for a BYOD device). This run&apos;s sign-in is the re-authentication.</translation>
    </message>
    <message>
        <source>Queued commands are listed and cancelled with `clinicmdm commands`.</source>
        <translation>Queued commands are listed and cancelled with `clinicmdm commands`.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2</source>
        <translation>%1 needs a command: %2</translation>
    </message>
    <message>
        <source>unknown %1 command %2</source>
        <translation>unknown %1 command %2</translation>
    </message>
</context>
<context>
    <name>CommandRepository</name>
    <message>
        <source>Cannot queue the command: %1</source>
        <translation>Cannot queue the command: %1</translation>
    </message>
    <message>
        <source>Cannot cancel the command: %1</source>
        <translation>Cannot cancel the command: %1</translation>
    </message>
    <message>
        <source>No command %1.</source>
        <translation>No command %1.</translation>
    </message>
    <message>
        <source>Command %1 is %2 and can no longer be cancelled: only a queued command that the device has not received can be.</source>
        <translation>Command %1 is %2 and can no longer be cancelled: only a queued command that the device has not received can be.</translation>
    </message>
    <message>
        <source>Cannot update the command: %1</source>
        <translation>Cannot update the command: %1</translation>
    </message>
</context>
<context>
    <name>CommandsVerb</name>
    <message>
        <source>Queued %1 for %2 as command %3. It is sent when the device next checks in (delivery comes with a later release); until then `clinicmdm commands cancel %3` withdraws it.</source>
        <translation>Queued %1 for %2 as command %3. It is sent when the device next checks in (delivery comes with a later release); until then `clinicmdm commands cancel %3` withdraws it.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no device with id or serial %1</translation>
    </message>
    <message>
        <source>a full wipe needs --confirm with the device&apos;s name</source>
        <translation>a full wipe needs --confirm with the device&apos;s name</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--device needs a device id</source>
        <translation>--device needs a device id</translation>
    </message>
    <message>
        <source>No commands.</source>
        <translation>No commands.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>QUEUED BY</source>
        <translation>QUEUED BY</translation>
    </message>
    <message>
        <source>QUEUED AT</source>
        <translation>QUEUED AT</translation>
    </message>
    <message>
        <source>Cancelled command %1.</source>
        <translation>Cancelled command %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>A command can be cancelled while it is queued, until the device receives it.</source>
        <translation>A command can be cancelled while it is queued, until the device receives it.</translation>
    </message>
</context>
<context>
    <name>ConsoleLauncher</name>
    <message>
        <source>ClinicMDM console</source>
        <translation>ClinicMDM console</translation>
    </message>
    <message>
        <source>Fleet database file.</source>
        <translation>Fleet database file.</translation>
    </message>
    <message>
        <source>User interface language (en, es).</source>
        <translation>User interface language (en, es).</translation>
    </message>
    <message>
        <source>ClinicMDM</source>
        <translation>ClinicMDM</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unexpected text after a closing quote</translation>
    </message>
    <message>
        <source>a quoted field is never closed (missing &quot;)</source>
        <translation>a quoted field is never closed (missing &quot;)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>Cannot read the database file %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ClinicMDM database (not a SQLite file, or damaged). It was left untouched.</source>
        <translation>%1 is not a ClinicMDM database (not a SQLite file, or damaged). It was left untouched.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It was left untouched.</source>
        <translation>%1 cannot be read as a database (%2). It was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClinicMDM (schema %2; this program knows up to %3). It was left untouched; update ClinicMDM to open it.</source>
        <translation>%1 was written by a newer ClinicMDM (schema %2; this program knows up to %3). It was left untouched; update ClinicMDM to open it.</translation>
    </message>
    <message>
        <source>%1 is damaged (invalid schema version). It was left untouched.</source>
        <translation>%1 is damaged (invalid schema version). It was left untouched.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left untouched.</source>
        <translation>%1 is damaged (%2). It was left untouched.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>Cannot configure %1: %2</translation>
    </message>
    <message>
        <source>Foreign key violation in table %1, row %2</source>
        <translation>Foreign key violation in table %1, row %2</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The number of demo devices must be between 1 and %1.</source>
        <translation>The number of demo devices must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The database already holds %1 device(s); demo devices are only added to an empty fleet unless forced.</source>
        <translation>The database already holds %1 device(s); demo devices are only added to an empty fleet unless forced.</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%1&apos;s %2</translation>
    </message>
    <message>
        <source>%1 shared %2 %3</source>
        <translation>%1 shared %2 %3</translation>
    </message>
    <message>
        <source>%1 check-in kiosk %2</source>
        <translation>%1 check-in kiosk %2</translation>
    </message>
</context>
<context>
    <name>DeviceCommandService</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>%1 is a personal (BYOD) device: it can never be fully wiped. Use a selective wipe, which removes only the clinic&apos;s apps and data.</source>
        <translation>%1 is a personal (BYOD) device: it can never be fully wiped. Use a selective wipe, which removes only the clinic&apos;s apps and data.</translation>
    </message>
    <message>
        <source>Confirm your password and code again to wipe a whole device.</source>
        <translation>Confirm your password and code again to wipe a whole device.</translation>
    </message>
    <message>
        <source>The typed name does not match the device&apos;s name &quot;%1&quot;; nothing was wiped.</source>
        <translation>The typed name does not match the device&apos;s name &quot;%1&quot;; nothing was wiped.</translation>
    </message>
    <message>
        <source>No command %1.</source>
        <translation>No command %1.</translation>
    </message>
</context>
<context>
    <name>DeviceCsvImporter</name>
    <message>
        <source>the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row naming the columns %1</source>
        <translation>the file is empty; expected a header row naming the columns %1</translation>
    </message>
    <message>
        <source>serial %1 is already on line %2</source>
        <translation>serial %1 is already on line %2</translation>
    </message>
    <message>
        <source>the file has a header but no device rows</source>
        <translation>the file has a header but no device rows</translation>
    </message>
    <message>
        <source>serial %1 is already in the fleet database</source>
        <translation>serial %1 is already in the fleet database</translation>
    </message>
    <message>
        <source>%1: %2 problem(s); nothing was imported</source>
        <translation>%1: %2 problem(s); nothing was imported</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; split it</source>
        <translation>the file is larger than %1 MB; split it</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>column %1 of the header has no name</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>column &quot;%1&quot; appears twice in the header</translation>
    </message>
    <message>
        <source>unknown column(s): %1 (known columns: %2)</source>
        <translation>unknown column(s): %1 (known columns: %2)</translation>
    </message>
    <message>
        <source>missing required column(s): %1</source>
        <translation>missing required column(s): %1</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>the row has %1 fields but the header has %2</translation>
    </message>
    <message>
        <source>%1 contains a line break or control character</source>
        <translation>%1 contains a line break or control character</translation>
    </message>
    <message>
        <source>%1 is %2 characters long (at most %3)</source>
        <translation>%1 is %2 characters long (at most %3)</translation>
    </message>
    <message>
        <source>serial is empty</source>
        <translation>serial is empty</translation>
    </message>
    <message>
        <source>serial &quot;%1&quot; contains a space</source>
        <translation>serial &quot;%1&quot; contains a space</translation>
    </message>
    <message>
        <source>platform is empty (expected ios, ipados or android)</source>
        <translation>platform is empty (expected ios, ipados or android)</translation>
    </message>
    <message>
        <source>platform &quot;%1&quot; is not ios, ipados or android (iPhone and iPad are accepted too)</source>
        <translation>platform &quot;%1&quot; is not ios, ipados or android (iPhone and iPad are accepted too)</translation>
    </message>
    <message>
        <source>ownership is empty (expected BYOD, COPE, COSU or Shared)</source>
        <translation>ownership is empty (expected BYOD, COPE, COSU or Shared)</translation>
    </message>
    <message>
        <source>ownership &quot;%1&quot; is not BYOD, COPE, COSU or Shared</source>
        <translation>ownership &quot;%1&quot; is not BYOD, COPE, COSU or Shared</translation>
    </message>
    <message>
        <source>IMEI &quot;%1&quot; is not 15 digits</source>
        <translation>IMEI &quot;%1&quot; is not 15 digits</translation>
    </message>
</context>
<context>
    <name>DeviceDetailPane</name>
    <message>
        <source>Device details</source>
        <translation>Device details</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OS version</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>UDID</source>
        <translation>UDID</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation>Enrollment state</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Enrolled since</source>
        <translation>Enrolled since</translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation>Select a device to see its details.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) selected.</source>
        <translation>
            <numerusform>%n device selected.</numerusform>
            <numerusform>%n devices selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Unnamed device</translation>
    </message>
    <message>
        <source>Never checked in</source>
        <translation>Never checked in</translation>
    </message>
    <message>
        <source>Enrolled since:</source>
        <translation>Enrolled since:</translation>
    </message>
    <message>
        <source>Added to the fleet:</source>
        <translation>Added to the fleet:</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>DeviceFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Search name, serial, model, IMEI, department or clinician</source>
        <translation>Search name, serial, model, IMEI, department or clinician</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Search devices</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Platform filter</translation>
    </message>
    <message>
        <source>Ownership filter</source>
        <translation>Ownership filter</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Department filter</translation>
    </message>
    <message>
        <source>Enrollment state filter</source>
        <translation>Enrollment state filter</translation>
    </message>
</context>
<context>
    <name>DeviceRepository</name>
    <message>
        <source>Cannot save device %1: %2</source>
        <translation>Cannot save device %1: %2</translation>
    </message>
    <message>
        <source>No device with id %1</source>
        <translation>No device with id %1</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OS version</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>This device has never checked in.</source>
        <translation>This device has never checked in.</translation>
    </message>
    <message>
        <source>%1
Serial number: %2</source>
        <translation>%1
Serial number: %2</translation>
    </message>
</context>
<context>
    <name>DeviceTableView</name>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Click a column to sort by it; right-click to choose the columns.</source>
        <translation>Click a column to sort by it; right-click to choose the columns.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>DeviceTypes</name>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>iPadOS</source>
        <translation>iPadOS</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>Personal (BYOD)</source>
        <translation>Personal (BYOD)</translation>
    </message>
    <message>
        <source>Corporate (COPE)</source>
        <translation>Corporate (COPE)</translation>
    </message>
    <message>
        <source>Kiosk (COSU)</source>
        <translation>Kiosk (COSU)</translation>
    </message>
    <message>
        <source>Shared clinical</source>
        <translation>Shared clinical</translation>
    </message>
    <message>
        <source>A clinician&apos;s own phone: work profile only, selective wipe only, no personal data collected.</source>
        <translation>A clinician&apos;s own phone: work profile only, selective wipe only, no personal data collected.</translation>
    </message>
    <message>
        <source>Owned by the clinic, personal use allowed: full management and full wipe.</source>
        <translation>Owned by the clinic, personal use allowed: full management and full wipe.</translation>
    </message>
    <message>
        <source>Patient-facing kiosk locked to a single app.</source>
        <translation>Patient-facing kiosk locked to a single app.</translation>
    </message>
    <message>
        <source>A tablet shared across shifts, with isolated sessions.</source>
        <translation>A tablet shared across shifts, with isolated sessions.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Unenrolled</source>
        <translation>Unenrolled</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Wiped</source>
        <translation>Wiped</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>No devices yet — enroll devices or import an inventory CSV</source>
        <translation>No devices yet — enroll devices or import an inventory CSV</translation>
    </message>
    <message>
        <source>Phones and tablets appear here as soon as they are enrolled or imported. Start on the Enrollment page.</source>
        <translation>Phones and tablets appear here as soon as they are enrolled or imported. Start on the Enrollment page.</translation>
    </message>
    <message>
        <source>No devices match</source>
        <translation>No devices match</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln device(s) in the fleet matches the search and filters.</source>
        <translation>
            <numerusform>The only device in the fleet does not match the search and filters.</numerusform>
            <numerusform>None of the %Ln devices in the fleet matches the search and filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device(s)</source>
        <translation>
            <numerusform>%1 of %Ln device</numerusform>
            <numerusform>%1 of %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>0 of %Ln device(s)</source>
        <translation>
            <numerusform>0 of %Ln device</numerusform>
            <numerusform>0 of %Ln devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>FilterOptionsModel</name>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>All ownership types</source>
        <translation>All ownership types</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome to ClinicMDM</source>
        <translation>Welcome to ClinicMDM</translation>
    </message>
    <message>
        <source>Create the first Administrator. Every person who uses the console gets an account of their own, so the audit trail can tell who did what.</source>
        <translation>Create the first Administrator. Every person who uses the console gets an account of their own, so the audit trail can tell who did what.</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Create Administrator</source>
        <translation>Create Administrator</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>The console is locked. %1, enter your password to continue.</source>
        <translation>The console is locked. %1, enter your password to continue.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to ClinicMDM</source>
        <translation>Sign in to ClinicMDM</translation>
    </message>
    <message>
        <source>6-digit code, or a recovery code</source>
        <translation>6-digit code, or a recovery code</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Authenticator code:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Try again in %n minute.</numerusform>
            <numerusform>Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Checking your password…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ClinicMDM</source>
        <translation>ClinicMDM</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Your fleet at a glance will be here: HIPAA compliance, devices that stopped checking in, and certificates that expire soon.</source>
        <translation>Your fleet at a glance will be here: HIPAA compliance, devices that stopped checking in, and certificates that expire soon.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Enroll new phones and tablets here: many at once over USB with progress for each device, or with a QR code or an enrollment profile.</source>
        <translation>Enroll new phones and tablets here: many at once over USB with progress for each device, or with a QR code or an enrollment profile.</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>HIPAA baseline policies will be set here — passcode, encryption, automatic lock, VPN — and assigned to groups of devices.</source>
        <translation>HIPAA baseline policies will be set here — passcode, encryption, automatic lock, VPN — and assigned to groups of devices.</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Clinical apps and their managed configuration, and the single app of each patient kiosk, will be managed here.</source>
        <translation>Clinical apps and their managed configuration, and the single app of each patient kiosk, will be managed here.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>Lock, wipe and the other commands sent to devices will be listed here, with whether each device has carried them out.</source>
        <translation>Lock, wipe and the other commands sent to devices will be listed here, with whether each device has carried them out.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>The tamper-evident audit trail will be here: who did what, when, to which device — and a check that nobody has edited it.</source>
        <translation>The tamper-evident audit trail will be here: who did what, when, to which device — and a check that nobody has edited it.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Compliance reports in PDF for your auditor and CSV exports of the fleet will be made here.</source>
        <translation>Compliance reports in PDF for your auditor and CSV exports of the fleet will be made here.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Admin accounts and sign-in codes, push certificates, the check-in address and automatic logoff will be configured here.</source>
        <translation>Admin accounts and sign-in codes, push certificates, the check-in address and automatic logoff will be configured here.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) in the fleet</source>
        <translation>
            <numerusform>%Ln device in the fleet</numerusform>
            <numerusform>%Ln devices in the fleet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MfaSetupWidget</name>
    <message>
        <source>Scan the code with an authenticator app (for example on your phone), then enter the six-digit code it shows. Administrators sign in with such a code from now on.</source>
        <translation>Scan the code with an authenticator app (for example on your phone), then enter the six-digit code it shows. Administrators sign in with such a code from now on.</translation>
    </message>
    <message>
        <source>Key (to type by hand):</source>
        <translation>Key (to type by hand):</translation>
    </message>
    <message>
        <source>Recovery codes: each works once instead of a code if the phone is lost. Print or write them down now; they are not shown again.</source>
        <translation>Recovery codes: each works once instead of a code if the phone is lost. Print or write them down now; they are not shown again.</translation>
    </message>
    <message>
        <source>Code shown by the app:</source>
        <translation>Code shown by the app:</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication</source>
        <translation>Turn on two-factor authentication</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR code for the authenticator app</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Upgrading the database to schema %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>The password must not be blank.</source>
        <translation>The password must not be blank.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view the fleet</source>
        <translation>view the fleet</translation>
    </message>
    <message>
        <source>enroll devices</source>
        <translation>enroll devices</translation>
    </message>
    <message>
        <source>edit the inventory</source>
        <translation>edit the inventory</translation>
    </message>
    <message>
        <source>lock a device</source>
        <translation>lock a device</translation>
    </message>
    <message>
        <source>wipe work data from a device</source>
        <translation>wipe work data from a device</translation>
    </message>
    <message>
        <source>wipe a whole device</source>
        <translation>wipe a whole device</translation>
    </message>
    <message>
        <source>change policies</source>
        <translation>change policies</translation>
    </message>
    <message>
        <source>change console settings</source>
        <translation>change console settings</translation>
    </message>
    <message>
        <source>manage admin accounts</source>
        <translation>manage admin accounts</translation>
    </message>
    <message>
        <source>view admin accounts</source>
        <translation>view admin accounts</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>verify the audit trail</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>export the audit trail</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>export reports</translation>
    </message>
    <message>
        <source>manage certificates</source>
        <translation>manage certificates</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not here yet</source>
        <translation>Not here yet</translation>
    </message>
</context>
<context>
    <name>Plist</name>
    <message>
        <source>The property list is empty.</source>
        <translation>The property list is empty.</translation>
    </message>
    <message>
        <source>The property list is larger than %1 bytes.</source>
        <translation>The property list is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>The binary property list is malformed.</source>
        <translation>The binary property list is malformed.</translation>
    </message>
    <message>
        <source>The XML property list is malformed.</source>
        <translation>The XML property list is malformed.</translation>
    </message>
    <message>
        <source>The property list contains an unsupported or too deeply nested value.</source>
        <translation>The property list contains an unsupported or too deeply nested value.</translation>
    </message>
    <message>
        <source>The value is nested too deeply for a property list.</source>
        <translation>The value is nested too deeply for a property list.</translation>
    </message>
    <message>
        <source>A text contains a control character that a property list cannot hold.</source>
        <translation>A text contains a control character that a property list cannot hold.</translation>
    </message>
    <message>
        <source>A key contains a control character that a property list cannot hold.</source>
        <translation>A key contains a control character that a property list cannot hold.</translation>
    </message>
    <message>
        <source>A value of type %1 has no property list form.</source>
        <translation>A value of type %1 has no property list form.</translation>
    </message>
    <message>
        <source>The property list could not be written.</source>
        <translation>The property list could not be written.</translation>
    </message>
</context>
<context>
    <name>PlistShapeGuard</name>
    <message>
        <source>The property list has too many elements.</source>
        <translation>The property list has too many elements.</translation>
    </message>
    <message>
        <source>The property list is nested too deeply.</source>
        <translation>The property list is nested too deeply.</translation>
    </message>
    <message>
        <source>The binary property list is malformed.</source>
        <translation>The binary property list is malformed.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirm it is you</translation>
    </message>
    <message>
        <source>To %1, enter your password and a code from your authenticator app again.</source>
        <translation>To %1, enter your password and a code from your authenticator app again.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Authenticator code:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The stored data key has the wrong length (%1 bytes).</source>
        <translation>The stored data key has the wrong length (%1 bytes).</translation>
    </message>
    <message>
        <source>The system random generator failed.</source>
        <translation>The system random generator failed.</translation>
    </message>
    <message>
        <source>The secret store did not answer within %1 s. %2</source>
        <translation>The secret store did not answer within %1 s. %2</translation>
    </message>
    <message>
        <source>%1 is set, so secrets are kept in the file %2, but %3 is empty: set the passphrase that encrypts that file.</source>
        <translation>%1 is set, so secrets are kept in the file %2, but %3 is empty: set the passphrase that encrypts that file.</translation>
    </message>
    <message>
        <source>The secret %1 is not in the OS keychain.</source>
        <translation>The secret %1 is not in the OS keychain.</translation>
    </message>
    <message>
        <source>The OS keychain refused access to the secret %1 (%2). Unlock the keychain and try again.</source>
        <translation>The OS keychain refused access to the secret %1 (%2). Unlock the keychain and try again.</translation>
    </message>
    <message>
        <source>The OS keychain could not delete the secret %1 (%2).</source>
        <translation>The OS keychain could not delete the secret %1 (%2).</translation>
    </message>
    <message>
        <source>The OS keychain is not reachable (%1). %2</source>
        <translation>The OS keychain is not reachable (%1). %2</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>OS keychain</translation>
    </message>
    <message>
        <source>ClinicMDM keeps its private keys in the OS keychain. On Linux, install a Secret Service provider (gnome-keyring or KWallet, plus dbus-user-session) and run ClinicMDM inside a desktop session with an unlocked keyring. On a headless server, opt in to a passphrase-encrypted secret file instead: set CLINICMDM_SECRET_FILE=/path/to/secrets.bin and CLINICMDM_SECRET_PASSPHRASE (see README, &quot;Secrets&quot;).</source>
        <translation>ClinicMDM keeps its private keys in the OS keychain. On Linux, install a Secret Service provider (gnome-keyring or KWallet, plus dbus-user-session) and run ClinicMDM inside a desktop session with an unlocked keyring. On a headless server, opt in to a passphrase-encrypted secret file instead: set CLINICMDM_SECRET_FILE=/path/to/secrets.bin and CLINICMDM_SECRET_PASSPHRASE (see README, &quot;Secrets&quot;).</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Cannot read the secret file %1: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is damaged.</source>
        <translation>The secret file %1 is damaged.</translation>
    </message>
    <message>
        <source>Cannot write the secret file %1: %2</source>
        <translation>Cannot write the secret file %1: %2</translation>
    </message>
    <message>
        <source>The secret %1 is not in the secret file %2.</source>
        <translation>The secret %1 is not in the secret file %2.</translation>
    </message>
    <message>
        <source>secret file %1</source>
        <translation>secret file %1</translation>
    </message>
    <message>
        <source>Check that %1 is readable and writable by this user.</source>
        <translation>Check that %1 is readable and writable by this user.</translation>
    </message>
    <message>
        <source>The secret file has invalid key-derivation parameters.</source>
        <translation>The secret file has invalid key-derivation parameters.</translation>
    </message>
    <message>
        <source>Deriving the secret file key failed: %1</source>
        <translation>Deriving the secret file key failed: %1</translation>
    </message>
    <message>
        <source>This is not a ClinicMDM secret file.</source>
        <translation>This is not a ClinicMDM secret file.</translation>
    </message>
    <message>
        <source>The secret file cannot be opened: wrong passphrase, or the file was altered.</source>
        <translation>The secret file cannot be opened: wrong passphrase, or the file was altered.</translation>
    </message>
    <message>
        <source>Encrypting the secret file failed.</source>
        <translation>Encrypting the secret file failed.</translation>
    </message>
</context>
<context>
    <name>SecureConsole</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Lock console</source>
        <translation>&amp;Lock console</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>export the audit trail</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>Never (not recommended)</translation>
    </message>
    <message>
        <source>HIPAA automatic logoff: the console locks after this long without input</source>
        <translation>HIPAA automatic logoff: the console locks after this long without input</translation>
    </message>
    <message>
        <source>Administrators must sign in with an authenticator code</source>
        <translation>Administrators must sign in with an authenticator code</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Clinic name:</translation>
    </message>
    <message>
        <source>Lock the console after:</source>
        <translation>Lock the console after:</translation>
    </message>
    <message>
        <source>Two-factor sign-in:</source>
        <translation>Two-factor sign-in:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>%1 is not a valid value for %2</source>
        <translation>%1 is not a valid value for %2</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>The clinic name cannot be empty.</source>
        <translation>The clinic name cannot be empty.</translation>
    </message>
    <message>
        <source>The clinic name is longer than %1 characters.</source>
        <translation>The clinic name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The idle lock (minutes)</source>
        <translation>The idle lock (minutes)</translation>
    </message>
    <message>
        <source>The port</source>
        <translation>The port</translation>
    </message>
    <message>
        <source>The days before a silent device counts as unknown</source>
        <translation>The days before a silent device counts as unknown</translation>
    </message>
    <message>
        <source>The checkpoint interval</source>
        <translation>The checkpoint interval</translation>
    </message>
    <message>
        <source>The check-in host name is not valid.</source>
        <translation>The check-in host name is not valid.</translation>
    </message>
    <message>
        <source>MFA required must be true or false.</source>
        <translation>MFA required must be true or false.</translation>
    </message>
    <message>
        <source>%1 is managed by the console itself and cannot be changed.</source>
        <translation>%1 is managed by the console itself and cannot be changed.</translation>
    </message>
</context>
<context>
    <name>SettingsVerb</name>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 takes true or false</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 1 to %2</source>
        <translation>%1 takes a whole number from 1 to %2</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 cannot be empty</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>(Administrators only)</source>
        <translation>(Administrators only)</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Keys:</translation>
    </message>
    <message>
        <source>Usage: clinicmdm settings list</source>
        <translation>Usage: clinicmdm settings list</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>DEFAULT</translation>
    </message>
    <message>
        <source>Usage: clinicmdm settings get KEY</source>
        <translation>Usage: clinicmdm settings get KEY</translation>
    </message>
    <message>
        <source>no setting %1 (see `clinicmdm settings list`)</source>
        <translation>no setting %1 (see `clinicmdm settings list`)</translation>
    </message>
    <message>
        <source>Usage: clinicmdm settings set KEY VALUE</source>
        <translation>Usage: clinicmdm settings set KEY VALUE</translation>
    </message>
    <message>
        <source>%1 = %2 (was %3)</source>
        <translation>%1 = %2 (was %3)</translation>
    </message>
</context>
<context>
    <name>TlsIdentityImporter</name>
    <message>
        <source>No certificate was found in the PEM file.</source>
        <translation>No certificate was found in the PEM file.</translation>
    </message>
    <message>
        <source>The private key&apos;s password is wrong.</source>
        <translation>The private key&apos;s password is wrong.</translation>
    </message>
    <message>
        <source>The private key is unreadable.</source>
        <translation>The private key is unreadable.</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 bundle.</source>
        <translation>The file is not a PKCS#12 bundle.</translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation>The PKCS#12 password is wrong.</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle could not be read (%1).</source>
        <translation>The PKCS#12 bundle could not be read (%1).</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle must hold a certificate and its private key.</source>
        <translation>The PKCS#12 bundle must hold a certificate and its private key.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>The private key does not belong to the certificate.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>The certificate expired on %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>The certificate is not valid yet.</translation>
    </message>
    <message>
        <source>The certificate does not chain to a trusted root: %1.</source>
        <translation>The certificate does not chain to a trusted root: %1.</translation>
    </message>
</context>
</TS>
