<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ClinicMDM</source>
        <translation>About ClinicMDM</translation>
    </message>
    <message>
        <source>ClinicMDM %1
Device management and HIPAA compliance for a small clinic.
Database: %2</source>
        <translation>ClinicMDM %1
Device management and HIPAA compliance for a small clinic.
Database: %2</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Built with these libraries, under their own licences:</source>
        <translation>Built with these libraries, under their own licences:</translation>
    </message>
</context>
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
    <name>AdbDeviceTracker</name>
    <message>
        <source>The adb server closed the device list.</source>
        <translation>The adb server closed the device list.</translation>
    </message>
    <message>
        <source>The adb server does not answer on 127.0.0.1:%1 (%2).</source>
        <translation>The adb server does not answer on 127.0.0.1:%1 (%2).</translation>
    </message>
    <message>
        <source>The adb server answered something unexpected.</source>
        <translation>The adb server answered something unexpected.</translation>
    </message>
</context>
<context>
    <name>AdbInstallJob</name>
    <message>
        <source>The APK %1 cannot be read.</source>
        <translation>The APK %1 cannot be read.</translation>
    </message>
    <message>
        <source>The device refused the APK: %1</source>
        <translation>The device refused the APK: %1</translation>
    </message>
</context>
<context>
    <name>AdbJob</name>
    <message numerus="yes">
        <source>No answer from the device within %n second(s).</source>
        <translation>
            <numerusform>No answer from the device within %n second.</numerusform>
            <numerusform>No answer from the device within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The adb server does not answer on 127.0.0.1:%1 (%2).</source>
        <translation>The adb server does not answer on 127.0.0.1:%1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (was it unplugged?).</source>
        <translation>The connection to %1 was lost (was it unplugged?).</translation>
    </message>
    <message>
        <source>The adb server closed the connection.</source>
        <translation>The adb server closed the connection.</translation>
    </message>
    <message>
        <source>adb refused the request.</source>
        <translation>adb refused the request.</translation>
    </message>
    <message>
        <source>The adb server answered something unexpected.</source>
        <translation>The adb server answered something unexpected.</translation>
    </message>
    <message>
        <source>The answer from adb is too large.</source>
        <translation>The answer from adb is too large.</translation>
    </message>
</context>
<context>
    <name>AdbServerStarter</name>
    <message>
        <source>The adb program is not installed, so USB devices cannot be reached. Install the Debian package &quot;adb&quot; (sudo apt install adb) and try again.</source>
        <translation>The adb program is not installed, so USB devices cannot be reached. Install the Debian package &quot;adb&quot; (sudo apt install adb) and try again.</translation>
    </message>
    <message>
        <source>`adb start-server` failed: %1</source>
        <translation>`adb start-server` failed: %1</translation>
    </message>
</context>
<context>
    <name>AdbServiceJob</name>
    <message>
        <source>Reading the file to send failed: %1</source>
        <translation>Reading the file to send failed: %1</translation>
    </message>
</context>
<context>
    <name>AdbSyncPushJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>The device refused the file: %1</source>
        <translation>The device refused the file: %1</translation>
    </message>
    <message>
        <source>The device answered the file transfer with something unexpected.</source>
        <translation>The device answered the file transfer with something unexpected.</translation>
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
    <name>AddAppDialog</name>
    <message>
        <source>Add an app to the catalog</source>
        <translation>Add an app to the catalog</translation>
    </message>
    <message>
        <source>None (no managed configuration)</source>
        <translation>None (no managed configuration)</translation>
    </message>
    <message>
        <source>Apple (iPhone, iPad)</source>
        <translation>Apple (iPhone, iPad)</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>App Store / Play id</source>
        <translation>App Store / Play id</translation>
    </message>
    <message>
        <source>In-house manifest URL (Apple)</source>
        <translation>In-house manifest URL (Apple)</translation>
    </message>
    <message>
        <source>APK SHA-256 (Android)</source>
        <translation>APK SHA-256 (Android)</translation>
    </message>
    <message>
        <source>Kind of app:</source>
        <translation>Kind of app:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Bundle id or package:</source>
        <translation>Bundle id or package:</translation>
    </message>
    <message>
        <source>Comes from:</source>
        <translation>Comes from:</translation>
    </message>
    <message>
        <source>Store id, URL or SHA-256:</source>
        <translation>Store id, URL or SHA-256:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Add app</source>
        <translation>Add app</translation>
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
    <name>AndroidProvisioningPayload</name>
    <message>
        <source>The admin component must look like package/.Receiver.</source>
        <translation>The admin component must look like package/.Receiver.</translation>
    </message>
    <message>
        <source>The agent&apos;s download location must be an https:// URL.</source>
        <translation>The agent&apos;s download location must be an https:// URL.</translation>
    </message>
    <message>
        <source>Give the signature checksum of the agent (SHA-256, base64url) or its APK file to checksum.</source>
        <translation>Give the signature checksum of the agent (SHA-256, base64url) or its APK file to checksum.</translation>
    </message>
    <message>
        <source>A checksum must be a SHA-256 written in base64url (43 characters).</source>
        <translation>A checksum must be a SHA-256 written in base64url (43 characters).</translation>
    </message>
    <message>
        <source>The console address must be an https:// URL.</source>
        <translation>The console address must be an https:// URL.</translation>
    </message>
    <message>
        <source>The console CA fingerprint is missing.</source>
        <translation>The console CA fingerprint is missing.</translation>
    </message>
    <message>
        <source>No enrollment token was made.</source>
        <translation>No enrollment token was made.</translation>
    </message>
    <message>
        <source>The Wi-Fi network needs its password.</source>
        <translation>The Wi-Fi network needs its password.</translation>
    </message>
    <message>
        <source>The APK cannot be read: %1</source>
        <translation>The APK cannot be read: %1</translation>
    </message>
    <message>
        <source>The console CA fingerprint must be its SHA-256 as 64 lowercase hex digits, without colons.</source>
        <translation>The console CA fingerprint must be its SHA-256 as 64 lowercase hex digits, without colons.</translation>
    </message>
</context>
<context>
    <name>ApnsTokenSigner</name>
    <message>
        <source>The key id and team id are 10 letters or digits each (as shown in Apple&apos;s developer account).</source>
        <translation>The key id and team id are 10 letters or digits each (as shown in Apple&apos;s developer account).</translation>
    </message>
</context>
<context>
    <name>AppCatalogService</name>
    <message>
        <source>The app needs a name.</source>
        <translation>The app needs a name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle id or package name (e.g. org.example.ehr).</source>
        <translation>&quot;%1&quot; is not a bundle id or package name (e.g. org.example.ehr).</translation>
    </message>
    <message>
        <source>An App Store app needs its numeric App Store id.</source>
        <translation>An App Store app needs its numeric App Store id.</translation>
    </message>
    <message>
        <source>An in-house Apple app needs the https URL of its manifest.</source>
        <translation>An in-house Apple app needs the https URL of its manifest.</translation>
    </message>
    <message>
        <source>An APK needs its SHA-256 (64 hex digits).</source>
        <translation>An APK needs its SHA-256 (64 hex digits).</translation>
    </message>
    <message>
        <source>No app with id %1 in the catalog.</source>
        <translation>No app with id %1 in the catalog.</translation>
    </message>
    <message>
        <source>No device group named %1.</source>
        <translation>No device group named %1.</translation>
    </message>
    <message>
        <source>Name the devices, or assign the app to a group first.</source>
        <translation>Name the devices, or assign the app to a group first.</translation>
    </message>
    <message>
        <source>%1: no such device</source>
        <translation>%1: no such device</translation>
    </message>
    <message>
        <source>%1: the app is for another platform</source>
        <translation>%1: the app is for another platform</translation>
    </message>
    <message>
        <source>%1: assign the app to one of the device&apos;s groups (Android apps come with the device&apos;s policy)</source>
        <translation>%1: assign the app to one of the device&apos;s groups (Android apps come with the device&apos;s policy)</translation>
    </message>
    <message>
        <source>%1: the APK needs an https address devices can download it from</source>
        <translation>%1: the APK needs an https address devices can download it from</translation>
    </message>
</context>
<context>
    <name>AppInstallStateModel</name>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installing</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Removing</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Not installed</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Device&apos;s answer</source>
        <translation>Device&apos;s answer</translation>
    </message>
</context>
<context>
    <name>AppInstallStateRules</name>
    <message>
        <source>The device reported an error without a reason.</source>
        <translation>The device reported an error without a reason.</translation>
    </message>
    <message>
        <source>Comes with the device&apos;s policy at its next check-in.</source>
        <translation>Comes with the device&apos;s policy at its next check-in.</translation>
    </message>
    <message>
        <source>Removal failed: %1</source>
        <translation>Removal failed: %1</translation>
    </message>
    <message>
        <source>Update failed: %1</source>
        <translation>Update failed: %1</translation>
    </message>
</context>
<context>
    <name>AppleCommandBuilder</name>
    <message>
        <source>DeviceInformation needs at least one query.</source>
        <translation>DeviceInformation needs at least one query.</translation>
    </message>
    <message>
        <source>ManagedAppsOnly must be true or false.</source>
        <translation>ManagedAppsOnly must be true or false.</translation>
    </message>
    <message>
        <source>InstallProfile needs the profile (Payload).</source>
        <translation>InstallProfile needs the profile (Payload).</translation>
    </message>
    <message>
        <source>A personal (BYOD) device can never be erased; remove the clinic&apos;s data with a selective wipe.</source>
        <translation>A personal (BYOD) device can never be erased; remove the clinic&apos;s data with a selective wipe.</translation>
    </message>
    <message>
        <source>PreserveDataPlan must be true or false.</source>
        <translation>PreserveDataPlan must be true or false.</translation>
    </message>
    <message>
        <source>NotifyUser must be true or false.</source>
        <translation>NotifyUser must be true or false.</translation>
    </message>
    <message>
        <source>Settings needs DeviceName.</source>
        <translation>Settings needs DeviceName.</translation>
    </message>
    <message>
        <source>InstallApplication needs exactly one of iTunesStoreID and ManifestURL.</source>
        <translation>InstallApplication needs exactly one of iTunesStoreID and ManifestURL.</translation>
    </message>
    <message>
        <source>iTunesStoreID must be a positive number.</source>
        <translation>iTunesStoreID must be a positive number.</translation>
    </message>
    <message>
        <source>ManifestURL must be an https:// address.</source>
        <translation>ManifestURL must be an https:// address.</translation>
    </message>
    <message>
        <source>ManagementFlags must be 1, 4 or 5.</source>
        <translation>ManagementFlags must be 1, 4 or 5.</translation>
    </message>
    <message>
        <source>LogOutUser signs the current user out of a Shared iPad; this device is not shared.</source>
        <translation>LogOutUser signs the current user out of a Shared iPad; this device is not shared.</translation>
    </message>
    <message>
        <source>Unknown Apple command %1 (known: %2).</source>
        <translation>Unknown Apple command %1 (known: %2).</translation>
    </message>
</context>
<context>
    <name>AppleCommandService</name>
    <message>
        <source>%1 is a personal (BYOD) device: it can never be erased.</source>
        <translation>%1 is a personal (BYOD) device: it can never be erased.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>%1 is an Android device; Apple commands do not apply.</source>
        <translation>%1 is an Android device; Apple commands do not apply.</translation>
    </message>
    <message>
        <source>%1 has not sent an UnlockToken; its passcode cannot be cleared remotely.</source>
        <translation>%1 has not sent an UnlockToken; its passcode cannot be cleared remotely.</translation>
    </message>
</context>
<context>
    <name>AppleEnrollmentRepository</name>
    <message>
        <source>The challenge is unknown, used or expired.</source>
        <translation>The challenge is unknown, used or expired.</translation>
    </message>
</context>
<context>
    <name>AppleEnrollmentTab</name>
    <message>
        <source>Does the device store patient data (ePHI) itself? Then it is corporate (COPE). A clinician&apos;s own phone that only views it through managed apps can be BYOD: selective wipe only, no personal inventory.</source>
        <translation>Does the device store patient data (ePHI) itself? Then it is corporate (COPE). A clinician&apos;s own phone that only views it through managed apps can be BYOD: selective wipe only, no personal inventory.</translation>
    </message>
    <message>
        <source>e.g. Radiology</source>
        <translation>e.g. Radiology</translation>
    </message>
    <message>
        <source>Create enrollment links</source>
        <translation>Create enrollment links</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Ownership:</source>
        <translation>Ownership:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Devices:</translation>
    </message>
    <message>
        <source>New links (shown once; open one on each device, or scan its QR code):</source>
        <translation>New links (shown once; open one on each device, or scan its QR code):</translation>
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
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Apple enrollments</source>
        <translation>Apple enrollments</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) created, valid until %1. Each works for one device.</source>
        <translation>
            <numerusform>%n link created, valid until %1. Each works for one device.</numerusform>
            <numerusform>%n links created, valid until %1. Each works for one device.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the device</source>
        <translation>Waiting for the device</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>No Apple push certificate is installed, so iPhones and iPads cannot enroll: the console could never wake them. Create the certificate request and import Apple&apos;s certificate first (Settings &gt; Push).</source>
        <translation>No Apple push certificate is installed, so iPhones and iPads cannot enroll: the console could never wake them. Create the certificate request and import Apple&apos;s certificate first (Settings &gt; Push).</translation>
    </message>
    <message>
        <source>Set up push…</source>
        <translation>Set up push…</translation>
    </message>
</context>
<context>
    <name>AppleMdmRuntime</name>
    <message>
        <source>No certificate authority is loaded.</source>
        <translation>No certificate authority is loaded.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s public address must be an https:// URL with a host and no trailing slash.</source>
        <translation>The endpoint&apos;s public address must be an https:// URL with a host and no trailing slash.</translation>
    </message>
    <message>
        <source>No APNs topic is configured: import the MDM push certificate first.</source>
        <translation>No APNs topic is configured: import the MDM push certificate first.</translation>
    </message>
    <message>
        <source>The data key for device secrets is missing.</source>
        <translation>The data key for device secrets is missing.</translation>
    </message>
</context>
<context>
    <name>AppleProfileCompiler</name>
    <message>
        <source>Passcode</source>
        <translation>Passcode</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <source>Always-on VPN</source>
        <translation>Always-on VPN</translation>
    </message>
    <message>
        <source>Clinic VPN (always on)</source>
        <translation>Clinic VPN (always on)</translation>
    </message>
    <message>
        <source>Per-app VPN for clinical apps</source>
        <translation>Per-app VPN for clinical apps</translation>
    </message>
    <message>
        <source>Allowed web sites</source>
        <translation>Allowed web sites</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
    <message>
        <source>Kiosk lock screen</source>
        <translation>Kiosk lock screen</translation>
    </message>
    <message>
        <source>ClinicMDM policy %1, version %2</source>
        <translation>ClinicMDM policy %1, version %2</translation>
    </message>
    <message>
        <source>Single app (kiosk)</source>
        <translation>Single app (kiosk)</translation>
    </message>
    <message>
        <source>%1 (kiosk)</source>
        <translation>%1 (kiosk)</translation>
    </message>
    <message>
        <source>ClinicMDM kiosk of policy %1, version %2</source>
        <translation>ClinicMDM kiosk of policy %1, version %2</translation>
    </message>
    <message>
        <source>Apple devices cannot take a shared-device policy: Shared iPad needs Automated Device Enrollment (supervision), which this console does not offer. Assign it to Android tablets, and a COPE policy to iPads.</source>
        <translation>Apple devices cannot take a shared-device policy: Shared iPad needs Automated Device Enrollment (supervision), which this console does not offer. Assign it to Android tablets, and a COPE policy to iPads.</translation>
    </message>
    <message>
        <source>single-app kiosk (App Lock)</source>
        <translation>single-app kiosk (App Lock)</translation>
    </message>
    <message>
        <source>erase blocked (allowEraseContentAndSettings)</source>
        <translation>erase blocked (allowEraseContentAndSettings)</translation>
    </message>
    <message>
        <source>always-on VPN</source>
        <translation>always-on VPN</translation>
    </message>
    <message>
        <source>Shared iPad</source>
        <translation>Shared iPad</translation>
    </message>
    <message>
        <source>Clinic VPN (clinical apps)</source>
        <translation>Clinic VPN (clinical apps)</translation>
    </message>
    <message>
        <source>Restrictions (supervised)</source>
        <translation>Restrictions (supervised)</translation>
    </message>
    <message>
        <source>%1 (supervised devices)</source>
        <translation>%1 (supervised devices)</translation>
    </message>
    <message>
        <source>ClinicMDM policy %1, version %2: settings only supervised devices apply</source>
        <translation>ClinicMDM policy %1, version %2: settings only supervised devices apply</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Save configuration</source>
        <translation>Save configuration</translation>
    </message>
    <message>
        <source>Install on assigned groups</source>
        <translation>Install on assigned groups</translation>
    </message>
    <message>
        <source>Add app…</source>
        <translation>Add app…</translation>
    </message>
    <message>
        <source>Managed configuration</source>
        <translation>Managed configuration</translation>
    </message>
    <message>
        <source>On devices</source>
        <translation>On devices</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>No apps yet. Add the clinic&apos;s EHR client, messaging or telehealth app with &quot;Add app…&quot;.</source>
        <translation>No apps yet. Add the clinic&apos;s EHR client, messaging or telehealth app with &quot;Add app…&quot;.</translation>
    </message>
    <message>
        <source>In-house app, manifest %1</source>
        <translation>In-house app, manifest %1</translation>
    </message>
    <message>
        <source>APK, SHA-256 %1</source>
        <translation>APK, SHA-256 %1</translation>
    </message>
    <message>
        <source>Store id %1</source>
        <translation>Store id %1</translation>
    </message>
    <message>
        <source>Traffic through per-app VPN %1</source>
        <translation>Traffic through per-app VPN %1</translation>
    </message>
    <message>
        <source>%1 added. Fill in its configuration, then install it.</source>
        <translation>%1 added. Fill in its configuration, then install it.</translation>
    </message>
    <message>
        <source>Configuration saved; devices get it with the next install.</source>
        <translation>Configuration saved; devices get it with the next install.</translation>
    </message>
    <message>
        <source>Install queued for %1 device(s).</source>
        <translation>Install queued for %1 device(s).</translation>
    </message>
    <message>
        <source>%1 Android device(s) get it with their policy.</source>
        <translation>%1 Android device(s) get it with their policy.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
</context>
<context>
    <name>AppsVerb</name>
    <message>
        <source>%1 queued for %2 device(s).</source>
        <translation>%1 queued for %2 device(s).</translation>
    </message>
    <message>
        <source>%1 Android device(s) get it with their policy at the next check-in.</source>
        <translation>%1 Android device(s) get it with their policy at the next check-in.</translation>
    </message>
    <message>
        <source>  skipped %1</source>
        <translation>  skipped %1</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, required</translation>
    </message>
    <message>
        <source>The catalog is empty: `clinicmdm apps add` adds an app.</source>
        <translation>The catalog is empty: `clinicmdm apps add` adds an app.</translation>
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
        <source>IDENTIFIER</source>
        <translation>IDENTIFIER</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>no template %1; `clinicmdm apps templates` lists them</source>
        <translation>no template %1; `clinicmdm apps templates` lists them</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>Added %1 (%2) to the catalog as app %3.</source>
        <translation>Added %1 (%2) to the catalog as app %3.</translation>
    </message>
    <message>
        <source>no app %1 in the catalog</source>
        <translation>no app %1 in the catalog</translation>
    </message>
    <message>
        <source>Configuration of %1 saved; devices get it with the next install.</source>
        <translation>Configuration of %1 saved; devices get it with the next install.</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 is assigned to %2.</translation>
    </message>
    <message>
        <source>--device needs a device id</source>
        <translation>--device needs a device id</translation>
    </message>
    <message>
        <source>Install of %1</source>
        <translation>Install of %1</translation>
    </message>
    <message>
        <source>Removal of %1</source>
        <translation>Removal of %1</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>REPORTED AT</source>
        <translation>REPORTED AT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>APP is the catalog id or the bundle id / package name. Without --device, install goes to every device of the groups the app is assigned to.</source>
        <translation>APP is the catalog id or the bundle id / package name. Without --device, install goes to every device of the groups the app is assigned to.</translation>
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
    <message>
        <source>Signed checkpoint of entry %1.</source>
        <translation>Signed checkpoint of entry %1.</translation>
    </message>
    <message>
        <source>Chain intact, but no checkpoint was signed: %1</source>
        <translation>Chain intact, but no checkpoint was signed: %1</translation>
    </message>
    <message>
        <source>Audit key: none yet (created when the first checkpoint is signed)</source>
        <translation>Audit key: none yet (created when the first checkpoint is signed)</translation>
    </message>
    <message>
        <source>Audit key fingerprint (SHA-256): %1</source>
        <translation>Audit key fingerprint (SHA-256): %1</translation>
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
    <name>BaselineCatalog</name>
    <message>
        <source>A baseline needs an id, a name and an ownership model.</source>
        <translation>A baseline needs an id, a name and an ownership model.</translation>
    </message>
    <message>
        <source>HIPAA baseline: BYOD (clinician&apos;s own phone)</source>
        <translation>HIPAA baseline: BYOD (clinician&apos;s own phone)</translation>
    </message>
    <message>
        <source>HIPAA baseline: COPE (clinic phone or tablet, personal use allowed)</source>
        <translation>HIPAA baseline: COPE (clinic phone or tablet, personal use allowed)</translation>
    </message>
    <message>
        <source>HIPAA baseline: COSU patient check-in kiosk</source>
        <translation>HIPAA baseline: COSU patient check-in kiosk</translation>
    </message>
    <message>
        <source>HIPAA baseline: Shared clinical tablet</source>
        <translation>HIPAA baseline: Shared clinical tablet</translation>
    </message>
</context>
<context>
    <name>BulkActionCommand</name>
    <message numerus="yes">
        <source>Lock %n device(s)</source>
        <translation>
            <numerusform>Lock %n device</numerusform>
            <numerusform>Lock %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selective wipe of %n device(s)</source>
        <translation>
            <numerusform>Selective wipe of %n device</numerusform>
            <numerusform>Selective wipe of %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n device(s) for the next patient</source>
        <translation>
            <numerusform>Reset %n device for the next patient</numerusform>
            <numerusform>Reset %n devices for the next patient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n device(s) to a group</source>
        <translation>
            <numerusform>Add %n device to a group</numerusform>
            <numerusform>Add %n devices to a group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign a policy to %n device(s)</source>
        <translation>
            <numerusform>Assign a policy to %n device</numerusform>
            <numerusform>Assign a policy to %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install an app on %n device(s)</source>
        <translation>
            <numerusform>Install an app on %n device</numerusform>
            <numerusform>Install an app on %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wake %n device(s) now</source>
        <translation>
            <numerusform>Wake %n device now</numerusform>
            <numerusform>Wake %n devices now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the clinic&apos;s apps, accounts and data from %n device(s)? Personal data stays untouched; the devices leave management. A personal (BYOD) device in the selection is left alone: wipe it on its own.</source>
        <translation>
            <numerusform>Remove the clinic&apos;s apps, accounts and data from %n device? Personal data stays untouched; the devices leave management. A personal (BYOD) device in the selection is left alone: wipe it on its own.</numerusform>
            <numerusform>Remove the clinic&apos;s apps, accounts and data from %n devices? Personal data stays untouched; the devices leave management. A personal (BYOD) device in the selection is left alone: wipe it on its own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove clinic data</source>
        <translation>Remove clinic data</translation>
    </message>
    <message numerus="yes">
        <source>Sign the clinicians out of %n shared tablet(s) and clear the patient apps&apos; data, so the next patients start fresh? Devices that are not shared tablets are left alone.</source>
        <translation>
            <numerusform>Sign the clinicians out of %n shared tablet and clear the patient apps&apos; data, so the next patients start fresh? Devices that are not shared tablets are left alone.</numerusform>
            <numerusform>Sign the clinicians out of %n shared tablets and clear the patient apps&apos; data, so the next patients start fresh? Devices that are not shared tablets are left alone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset for next patient</source>
        <translation>Reset for next patient</translation>
    </message>
    <message numerus="yes">
        <source>Send a push to %n device(s) now, so each checks in and fetches what waits for it?</source>
        <translation>
            <numerusform>Send a push to %n device now, so each checks in and fetches what waits for it?</numerusform>
            <numerusform>Send a push to %n devices now, so each checks in and fetches what waits for it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Push now</source>
        <translation>Push now</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected device(s) to:</source>
        <translation>
            <numerusform>Add the selected device to:</numerusform>
            <numerusform>Add the %n selected devices to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Add to group</translation>
    </message>
    <message>
        <source>There is no device group yet: create one on the Groups page first.</source>
        <translation>There is no device group yet: create one on the Groups page first.</translation>
    </message>
    <message numerus="yes">
        <source>Assign to the %n selected device(s) the policy:</source>
        <translation>
            <numerusform>Assign to the selected device the policy:</numerusform>
            <numerusform>Assign to the %n selected devices the policy:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign policy</source>
        <translation>Assign policy</translation>
    </message>
    <message>
        <source>There is no policy yet: create one from a baseline on the Policies page first.</source>
        <translation>There is no policy yet: create one from a baseline on the Policies page first.</translation>
    </message>
    <message numerus="yes">
        <source>Install on the %n selected device(s) the app:</source>
        <translation>
            <numerusform>Install on the selected device the app:</numerusform>
            <numerusform>Install on the %n selected devices the app:</numerusform>
        </translation>
    </message>
    <message>
        <source>Install app</source>
        <translation>Install app</translation>
    </message>
    <message>
        <source>The app catalog is empty: add an app on the Apps page first.</source>
        <translation>The app catalog is empty: add an app on the Apps page first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n device)</numerusform>
            <numerusform>%1 (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <source>No device got the action: see the list of outcomes.</source>
        <translation>No device got the action: see the list of outcomes.</translation>
    </message>
</context>
<context>
    <name>BulkDeviceActionJob</name>
    <message>
        <source>Canceled: nothing done.</source>
        <translation>Canceled: nothing done.</translation>
    </message>
</context>
<context>
    <name>BulkDeviceActionService</name>
    <message>
        <source>%1 is not an action for several devices.</source>
        <translation>%1 is not an action for several devices.</translation>
    </message>
    <message>
        <source>Choose an existing group.</source>
        <translation>Choose an existing group.</translation>
    </message>
    <message>
        <source>Choose an existing policy.</source>
        <translation>Choose an existing policy.</translation>
    </message>
    <message>
        <source>Choose an app of the catalog.</source>
        <translation>Choose an app of the catalog.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>Not queued.</source>
        <translation>Not queued.</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>%1 of %2 devices done…</source>
        <translation>%1 of %2 devices done…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Not done (canceled)</source>
        <translation>Not done (canceled)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>%1 queued, %2 refused or not done.</source>
        <translation>%1 queued, %2 refused or not done.</translation>
    </message>
    <message>
        <source>Canceled. %1</source>
        <translation>Canceled. %1</translation>
    </message>
</context>
<context>
    <name>CancelQueuedCommand</name>
    <message>
        <source>Cancel command</source>
        <translation>Cancel command</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;? The device will not receive it.</source>
        <translation>Cancel &quot;%1&quot;? The device will not receive it.</translation>
    </message>
    <message>
        <source>Cancel the command</source>
        <translation>Cancel the command</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>CatalogAppJson</name>
    <message>
        <source>A configuration key needs a name and a type (string, url, integer or boolean).</source>
        <translation>A configuration key needs a name and a type (string, url, integer or boolean).</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>%1 is already in the catalog.</source>
        <translation>%1 is already in the catalog.</translation>
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
    <name>CertificateInventory</name>
    <message>
        <source>Console CA</source>
        <translation>Console CA</translation>
    </message>
    <message>
        <source>Endpoint TLS</source>
        <translation>Endpoint TLS</translation>
    </message>
    <message>
        <source>APNs push</source>
        <translation>APNs push</translation>
    </message>
    <message>
        <source>FCM service account</source>
        <translation>FCM service account</translation>
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
    <name>CliVerbs</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>--message, --phone and --footnote belong to `enable`.</source>
        <translation>--message, --phone and --footnote belong to `enable`.</translation>
    </message>
    <message>
        <source>`enable` needs --message or --phone (what whoever finds the device sees).</source>
        <translation>`enable` needs --message or --phone (what whoever finds the device sees).</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no device with id or serial %1</translation>
    </message>
    <message>
        <source>Queued %1 for %2 as command %3. A push wakes the device, which answers when it checks in; `clinicmdm devices lost %4 show` shows the result.</source>
        <translation>Queued %1 for %2 as command %3. A push wakes the device, which answers when it checks in; `clinicmdm devices lost %4 show` shows the result.</translation>
    </message>
    <message>
        <source>LogOutUser queued for %1 (command %2): the session ends when the iPad confirms it.</source>
        <translation>LogOutUser queued for %1 (command %2): the session ends when the iPad confirms it.</translation>
    </message>
    <message>
        <source>no policy %1</source>
        <translation>no policy %1</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 was not changed: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; it is not a policy&apos;s settings.</source>
        <translation>%1 is larger than 4 MiB; it is not a policy&apos;s settings.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 is not a JSON object (%2 at byte %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::1]:8443</source>
        <translation>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::1]:8443</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Listening on https://%1:%2</source>
        <translation>Listening on https://%1:%2</translation>
    </message>
    <message>
        <source>Public URL: %1</source>
        <translation>Public URL: %1</translation>
    </message>
    <message>
        <source>Worker threads: %1</source>
        <translation>Worker threads: %1</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Connections: at most %1</source>
        <translation>Connections: at most %1</translation>
    </message>
    <message>
        <source>Connections: at most %1 (open files limit %2, raised from %3)</source>
        <translation>Connections: at most %1 (open files limit %2, raised from %3)</translation>
    </message>
    <message>
        <source>Connections: at most %1 (open files limit %2)</source>
        <translation>Connections: at most %1 (open files limit %2)</translation>
    </message>
    <message>
        <source>CA SHA-256: %1</source>
        <translation>CA SHA-256: %1</translation>
    </message>
    <message>
        <source>TLS SHA-256: %1 (%2, expires %3)</source>
        <translation>TLS SHA-256: %1 (%2, expires %3)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>issued by the console CA</source>
        <translation>issued by the console CA</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Audit checkpoint not signed: %1</source>
        <translation>Audit checkpoint not signed: %1</translation>
    </message>
</context>
<context>
    <name>ClinicalAppTemplates</name>
    <message>
        <source>EHR client</source>
        <translation>EHR client</translation>
    </message>
    <message>
        <source>An electronic health record client that reads and writes through a FHIR R4 endpoint, signing clinicians in with the clinic&apos;s SSO.</source>
        <translation>An electronic health record client that reads and writes through a FHIR R4 endpoint, signing clinicians in with the clinic&apos;s SSO.</translation>
    </message>
    <message>
        <source>Secure clinical messaging</source>
        <translation>Secure clinical messaging</translation>
    </message>
    <message>
        <source>HIPAA-compliant messaging between care teams.</source>
        <translation>HIPAA-compliant messaging between care teams.</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telehealth</translation>
    </message>
    <message>
        <source>Video visits with patients.</source>
        <translation>Video visits with patients.</translation>
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
    <message>
        <source>--url must be an https:// address</source>
        <translation>--url must be an https:// address</translation>
    </message>
    <message>
        <source>%1 is not a readable certificate</source>
        <translation>%1 is not a readable certificate</translation>
    </message>
    <message>
        <source>give the console CA with --ca FILE or --ca-sha256 HEX</source>
        <translation>give the console CA with --ca FILE or --ca-sha256 HEX</translation>
    </message>
    <message>
        <source>queue, list or cancel device commands (same as commands)</source>
        <translation>queue, list or cancel device commands (same as commands)</translation>
    </message>
    <message>
        <source>enrollment links for Apple devices, QR sheets for Android</source>
        <translation>enrollment links for Apple devices, QR sheets for Android</translation>
    </message>
    <message>
        <source>the clinical app catalog: add, configure, install</source>
        <translation>the clinical app catalog: add, configure, install</translation>
    </message>
    <message>
        <source>wake devices; manage the push certificate and FCM account</source>
        <translation>wake devices; manage the push certificate and FCM account</translation>
    </message>
    <message>
        <source>HIPAA baselines and policies: create, show, assign, roll back</source>
        <translation>HIPAA baselines and policies: create, show, assign, roll back</translation>
    </message>
    <message>
        <source>create device groups and add devices</source>
        <translation>create device groups and add devices</translation>
    </message>
    <message>
        <source>export the compliance report (PDF or CSV)</source>
        <translation>export the compliance report (PDF or CSV)</translation>
    </message>
    <message>
        <source>list or enroll Android devices on USB</source>
        <translation>list or enroll Android devices on USB</translation>
    </message>
    <message>
        <source>a PostgreSQL fleet database: postgresql://USER@HOST:PORT/DBNAME (password: `db password`, PGPASSWORD or ~/.pgpass)</source>
        <translation>a PostgreSQL fleet database: postgresql://USER@HOST:PORT/DBNAME (password: `db password`, PGPASSWORD or ~/.pgpass)</translation>
    </message>
    <message>
        <source>No password for this database was found in the keychain, PGPASSWORD or ~/.pgpass. Store it once with: clinicmdm --db %1 db password</source>
        <translation>No password for this database was found in the keychain, PGPASSWORD or ~/.pgpass. Store it once with: clinicmdm --db %1 db password</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>The password is empty; nothing was stored.</source>
        <translation>The password is empty; nothing was stored.</translation>
    </message>
    <message>
        <source>The password of %1 is stored in the %2.</source>
        <translation>The password of %1 is stored in the %2.</translation>
    </message>
    <message>
        <source>Usage: clinicmdm --db postgresql://USER@HOST:PORT/DBNAME db password</source>
        <translation>Usage: clinicmdm --db postgresql://USER@HOST:PORT/DBNAME db password</translation>
    </message>
    <message>
        <source>Stores the password of a PostgreSQL fleet database in the OS keychain (read from %1 or a prompt without echo). Every later command with the same --db uses it; PGPASSWORD and ~/.pgpass, when set, come first.</source>
        <translation>Stores the password of a PostgreSQL fleet database in the OS keychain (read from %1 or a prompt without echo). Every later command with the same --db uses it; PGPASSWORD and ~/.pgpass, when set, come first.</translation>
    </message>
    <message>
        <source>db password is for a PostgreSQL database: --db postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>db password is for a PostgreSQL database: --db postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>Usage: clinicmdm [--db PATH] --user NAME [--otp CODE] devices &lt;list|show|import|lock|wipe|sessions|reset|reset-schedule|signout|lost|privacy|kiosk|expect-reenroll&gt; ...</source>
        <translation>Usage: clinicmdm [--db PATH] --user NAME [--otp CODE] devices &lt;list|show|import|lock|wipe|sessions|reset|reset-schedule|signout|lost|privacy|kiosk|expect-reenroll&gt; ...</translation>
    </message>
    <message>
        <source>Who signed in on a shared tablet and when; with --at (ISO 8601), who held it at that moment.</source>
        <translation>Who signed in on a shared tablet and when; with --at (ISO 8601), who held it at that moment.</translation>
    </message>
    <message>
        <source>Reset a shared tablet for the next patient: end the session, clear the patient apps&apos; data.</source>
        <translation>Reset a shared tablet for the next patient: end the session, clear the patient apps&apos; data.</translation>
    </message>
    <message>
        <source>Lost Mode and location of a supervised corporate iPhone or iPad (Administrator only; never a BYOD device).</source>
        <translation>Lost Mode and location of a supervised corporate iPhone or iPad (Administrator only; never a BYOD device).</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT can and cannot see and do on the device, from its policy; --pdf writes the hand-out for the clinician.</source>
        <translation>What the clinic&apos;s IT can and cannot see and do on the device, from its policy; --pdf writes the hand-out for the clinician.</translation>
    </message>
    <message>
        <source>Reset shared tablets for the next patient on their own, at a local time on chosen days (Administrator).</source>
        <translation>Reset shared tablets for the next patient on their own, at a local time on chosen days (Administrator).</translation>
    </message>
    <message>
        <source>Sign the clinician out of a Shared iPad (LogOutUser).</source>
        <translation>Sign the clinician out of a Shared iPad (LogOutUser).</translation>
    </message>
    <message>
        <source>Take a patient kiosk out of single-app mode for maintenance (audited; it goes back on its own), or back now.</source>
        <translation>Take a patient kiosk out of single-app mode for maintenance (audited; it goes back on its own), or back now.</translation>
    </message>
    <message>
        <source>QR provisioning sets up a company-owned device; a personal (BYOD) phone enrolls from the agent&apos;s work-profile setup instead.</source>
        <translation>QR provisioning sets up a company-owned device; a personal (BYOD) phone enrolls from the agent&apos;s work-profile setup instead.</translation>
    </message>
    <message>
        <source>Wrote %1: enrolls one %2 device until %3.</source>
        <translation>Wrote %1: enrolls one %2 device until %3.</translation>
    </message>
    <message>
        <source>Let a wiped or factory-reset device enroll again as the same record, for N hours (default 24, at most 168; Administrator only, audited). Without it a device claiming an enrolled device&apos;s serial number or UDID is refused.</source>
        <translation>Let a wiped or factory-reset device enroll again as the same record, for N hours (default 24, at most 168; Administrator only, audited). Without it a device claiming an enrolled device&apos;s serial number or UDID is refused.</translation>
    </message>
    <message>
        <source>language of the output (en, es); default: the system&apos;s</source>
        <translation>language of the output (en, es); default: the system&apos;s</translation>
    </message>
    <message>
        <source>--lang needs a language, e.g. es</source>
        <translation>--lang needs a language, e.g. es</translation>
    </message>
</context>
<context>
    <name>CommandNames</name>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Full wipe</source>
        <translation>Full wipe</translation>
    </message>
    <message>
        <source>Remove profile (selective wipe)</source>
        <translation>Remove profile (selective wipe)</translation>
    </message>
    <message>
        <source>Remove work profile (selective wipe)</source>
        <translation>Remove work profile (selective wipe)</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Device information</translation>
    </message>
    <message>
        <source>Security information</source>
        <translation>Security information</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>Installed apps</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Profile list</translation>
    </message>
    <message>
        <source>Install profile</source>
        <translation>Install profile</translation>
    </message>
    <message>
        <source>Clear passcode</source>
        <translation>Clear passcode</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Install app</source>
        <translation>Install app</translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation>Remove app</translation>
    </message>
    <message>
        <source>Reset passcode</source>
        <translation>Reset passcode</translation>
    </message>
    <message>
        <source>Clear app data</source>
        <translation>Clear app data</translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>Start kiosk mode</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Waiting for the device</source>
        <translation>Waiting for the device</translation>
    </message>
    <message>
        <source>Sent to the device</source>
        <translation>Sent to the device</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed on the device</source>
        <translation>Failed on the device</translation>
    </message>
    <message>
        <source>Device busy, will retry</source>
        <translation>Device busy, will retry</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>Apply policy</translation>
    </message>
    <message>
        <source>Sign out user</source>
        <translation>Sign out user</translation>
    </message>
    <message>
        <source>Enable lost mode</source>
        <translation>Enable lost mode</translation>
    </message>
    <message>
        <source>Disable lost mode</source>
        <translation>Disable lost mode</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Play sound</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Locate</translation>
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
    <name>CommandTableModel</name>
    <message>
        <source>%1 (command %2)</source>
        <translation>%1 (command %2)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>Queued by</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Device&apos;s answer</source>
        <translation>Device&apos;s answer</translation>
    </message>
</context>
<context>
    <name>CommandsPage</name>
    <message>
        <source>Cancel command…</source>
        <translation>Cancel command…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Search command, device or admin</source>
        <translation>Search command, device or admin</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>%1 waiting for devices · %2 failed</source>
        <translation>%1 waiting for devices · %2 failed</translation>
    </message>
    <message>
        <source>The device has not fetched this command yet; it can still be cancelled.</source>
        <translation>The device has not fetched this command yet; it can still be cancelled.</translation>
    </message>
    <message>
        <source>Only a command still waiting for its device can be cancelled.</source>
        <translation>Only a command still waiting for its device can be cancelled.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>CommandsVerb</name>
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
    <message>
        <source>Queued %1 for %2 as command %3. A push wakes the device, which fetches it when it checks in; until then `clinicmdm commands cancel %3` withdraws it.</source>
        <translation>Queued %1 for %2 as command %3. A push wakes the device, which fetches it when it checks in; until then `clinicmdm commands cancel %3` withdraws it.</translation>
    </message>
    <message>
        <source>Usage: %1
Types: %2</source>
        <translation>Usage: %1
Types: %2</translation>
    </message>
    <message>
        <source>--arg needs KEY=VALUE, not %1</source>
        <translation>--arg needs KEY=VALUE, not %1</translation>
    </message>
    <message>
        <source>cannot read the profile %1 (at most 4 MB)</source>
        <translation>cannot read the profile %1 (at most 4 MB)</translation>
    </message>
    <message>
        <source>Queued %1 for %2 as command %3; the device receives it at its next check-in.</source>
        <translation>Queued %1 for %2 as command %3; the device receives it at its next check-in.</translation>
    </message>
</context>
<context>
    <name>ComplianceEvaluator</name>
    <message>
        <source>never checked in</source>
        <translation>never checked in</translation>
    </message>
    <message>
        <source>no check-in for %1 days (last %2)</source>
        <translation>no check-in for %1 days (last %2)</translation>
    </message>
    <message>
        <source>no passcode required by the policy (single-app kiosk)</source>
        <translation>no passcode required by the policy (single-app kiosk)</translation>
    </message>
    <message>
        <source>no device passcode: %1</source>
        <translation>no device passcode: %1</translation>
    </message>
    <message>
        <source>passcode weaker than the policy requires: %1</source>
        <translation>passcode weaker than the policy requires: %1</translation>
    </message>
    <message>
        <source>passcode set and meets the policy (%1)</source>
        <translation>passcode set and meets the policy (%1)</translation>
    </message>
    <message>
        <source>session timeout of %1 minutes on the shared device</source>
        <translation>session timeout of %1 minutes on the shared device</translation>
    </message>
    <message>
        <source>no auto-lock required by the policy (alternative measure documented)</source>
        <translation>no auto-lock required by the policy (alternative measure documented)</translation>
    </message>
    <message>
        <source>auto-lock is off: %1</source>
        <translation>auto-lock is off: %1</translation>
    </message>
    <message>
        <source>auto-lock after %1 s exceeds the policy&apos;s %2 s: %3</source>
        <translation>auto-lock after %1 s exceeds the policy&apos;s %2 s: %3</translation>
    </message>
    <message>
        <source>auto-lock within %1 s (%2)</source>
        <translation>auto-lock within %1 s (%2)</translation>
    </message>
    <message>
        <source>encryption not required by the policy (decision documented)</source>
        <translation>encryption not required by the policy (decision documented)</translation>
    </message>
    <message>
        <source>storage not encrypted: %1</source>
        <translation>storage not encrypted: %1</translation>
    </message>
    <message>
        <source>no policy assigned: data-sharing limits and managed app configuration are not enforced</source>
        <translation>no policy assigned: data-sharing limits and managed app configuration are not enforced</translation>
    </message>
    <message>
        <source>%1 is queued but the device has not applied it yet</source>
        <translation>%1 is queued but the device has not applied it yet</translation>
    </message>
    <message>
        <source>device runs policy version %1, current is %2 (%3)</source>
        <translation>device runs policy version %1, current is %2 (%3)</translation>
    </message>
    <message>
        <source>%1 applied (%2)</source>
        <translation>%1 applied (%2)</translation>
    </message>
    <message>
        <source>always-on VPN not active: %1</source>
        <translation>always-on VPN not active: %1</translation>
    </message>
    <message>
        <source>always-on VPN active (%1)</source>
        <translation>always-on VPN active (%1)</translation>
    </message>
    <message>
        <source>no policy assigned: the per-app VPN is not installed</source>
        <translation>no policy assigned: the per-app VPN is not installed</translation>
    </message>
    <message>
        <source>per-app VPN of policy version %1 not yet applied</source>
        <translation>per-app VPN of policy version %1 not yet applied</translation>
    </message>
    <message>
        <source>per-app VPN for clinical apps (%1)</source>
        <translation>per-app VPN for clinical apps (%1)</translation>
    </message>
    <message>
        <source>no VPN required by the policy; managed apps and the endpoint use TLS</source>
        <translation>no VPN required by the policy; managed apps and the endpoint use TLS</translation>
    </message>
    <message>
        <source>device unreachable since %1: a wipe cannot be delivered</source>
        <translation>device unreachable since %1: a wipe cannot be delivered</translation>
    </message>
    <message>
        <source>selective wipe of work data available (%1)</source>
        <translation>selective wipe of work data available (%1)</translation>
    </message>
    <message>
        <source>personal device fully managed instead of a work profile: %1</source>
        <translation>personal device fully managed instead of a work profile: %1</translation>
    </message>
    <message>
        <source>remote wipe available (%1)</source>
        <translation>remote wipe available (%1)</translation>
    </message>
    <message>
        <source>os_version=%1, from the inventory</source>
        <translation>os_version=%1, from the inventory</translation>
    </message>
    <message>
        <source>OS %1 is below the minimum %2 (%3)</source>
        <translation>OS %1 is below the minimum %2 (%3)</translation>
    </message>
    <message>
        <source>security patch %1 is %2 days old, more than %3 allowed (%4)</source>
        <translation>security patch %1 is %2 days old, more than %3 allowed (%4)</translation>
    </message>
    <message>
        <source>no minimum OS set by the policy</source>
        <translation>no minimum OS set by the policy</translation>
    </message>
    <message>
        <source>OS %1 meets the minimum %2 (%3)</source>
        <translation>OS %1 meets the minimum %2 (%3)</translation>
    </message>
    <message>
        <source>%1=%2, reported %3</source>
        <translation>%1=%2, reported %3</translation>
    </message>
    <message>
        <source>%1 not reported by the device</source>
        <translation>%1 not reported by the device</translation>
    </message>
    <message>
        <source>the device could not apply %1 (%2)</source>
        <translation>the device could not apply %1 (%2)</translation>
    </message>
    <message>
        <source>%1 needs a supervised device for: %2; this one is not (%3)</source>
        <translation>%1 needs a supervised device for: %2; this one is not (%3)</translation>
    </message>
    <message>
        <source>the policy asks for a VPN but names no VPN server, so none is sent to devices</source>
        <translation>the policy asks for a VPN but names no VPN server, so none is sent to devices</translation>
    </message>
    <message>
        <source>an always-on VPN needs a supervised device; this one is not (%1)</source>
        <translation>an always-on VPN needs a supervised device; this one is not (%1)</translation>
    </message>
    <message>
        <source>whether the VPN is up is not reported by this device type</source>
        <translation>whether the VPN is up is not reported by this device type</translation>
    </message>
    <message>
        <source>the policy names no Android VPN app, so work apps&apos; traffic is not tunnelled</source>
        <translation>the policy names no Android VPN app, so work apps&apos; traffic is not tunnelled</translation>
    </message>
    <message>
        <source>work profile VPN not connected: %1</source>
        <translation>work profile VPN not connected: %1</translation>
    </message>
    <message>
        <source>work profile VPN connected (%1)</source>
        <translation>work profile VPN connected (%1)</translation>
    </message>
    <message>
        <source>per-app VPN for clinical apps installed (%1)</source>
        <translation>per-app VPN for clinical apps installed (%1)</translation>
    </message>
    <message>
        <source>OS %1 is behind %2, which devices of this fleet run since %3: more than the policy&apos;s %4 days to update (%5)</source>
        <translation>OS %1 is behind %2, which devices of this fleet run since %3: more than the policy&apos;s %4 days to update (%5)</translation>
    </message>
</context>
<context>
    <name>ComplianceService</name>
    <message>
        <source>policy &quot;%1&quot; v%2</source>
        <translation>policy &quot;%1&quot; v%2</translation>
    </message>
    <message>
        <source>baseline &quot;%1&quot; (no policy assigned)</source>
        <translation>baseline &quot;%1&quot; (no policy assigned)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ComplianceState</name>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non-compliant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
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
    <name>ConsolePki</name>
    <message>
        <source>Could not create the console&apos;s certificate authority: %1</source>
        <translation>Could not create the console&apos;s certificate authority: %1</translation>
    </message>
    <message>
        <source>Could not keep the certificate authority&apos;s key in the secret store: %1</source>
        <translation>Could not keep the certificate authority&apos;s key in the secret store: %1</translation>
    </message>
    <message>
        <source>The console CA&apos;s private key is missing from the secret store (%1). Restore the keychain or secret file of this database; a new CA would force every device to re-enroll.</source>
        <translation>The console CA&apos;s private key is missing from the secret store (%1). Restore the keychain or secret file of this database; a new CA would force every device to re-enroll.</translation>
    </message>
    <message>
        <source>The console CA cannot be loaded: %1</source>
        <translation>The console CA cannot be loaded: %1</translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS key cannot be read: %1</source>
        <translation>The endpoint&apos;s TLS key cannot be read: %1</translation>
    </message>
    <message>
        <source>The imported TLS certificate can no longer be used (%1). Import a new one.</source>
        <translation>The imported TLS certificate can no longer be used (%1). Import a new one.</translation>
    </message>
    <message>
        <source>Could not issue the endpoint&apos;s TLS certificate: %1</source>
        <translation>Could not issue the endpoint&apos;s TLS certificate: %1</translation>
    </message>
    <message>
        <source>Could not keep the TLS key in the secret store: %1</source>
        <translation>Could not keep the TLS key in the secret store: %1</translation>
    </message>
    <message>
        <source>The console&apos;s certificates are not loaded yet.</source>
        <translation>The console&apos;s certificates are not loaded yet.</translation>
    </message>
    <message>
        <source>The console&apos;s certificates are not loaded yet; try again.</source>
        <translation>The console&apos;s certificates are not loaded yet; try again.</translation>
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
    <name>CsvReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Click a bar to list its devices.</source>
        <translation>Click a bar to list its devices.</translation>
    </message>
    <message>
        <source>%1 managed devices: %2 compliant with every safeguard, %3 non-compliant, %4 unknown (no check-in for %5 days). %6 without an assigned policy.</source>
        <translation>%1 managed devices: %2 compliant with every safeguard, %3 non-compliant, %4 unknown (no check-in for %5 days). %6 without an assigned policy.</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>OS versions</source>
        <translation>OS versions</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Last check-in</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non-compliant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Compliance by safeguard (devices)</source>
        <translation>Compliance by safeguard (devices)</translation>
    </message>
    <message>
        <source>Compliant devices by safeguard, last 30 days (%)</source>
        <translation>Compliant devices by safeguard, last 30 days (%)</translation>
    </message>
    <message>
        <source>Days until expiry</source>
        <translation>Days until expiry</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (not configured)</translation>
    </message>
    <message>
        <source>Certificate expiry (days left)</source>
        <translation>Certificate expiry (days left)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)</source>
        <translation>
            <numerusform>%1: %n device</numerusform>
            <numerusform>%1: %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (§%2)</source>
        <translation>%1 (§%2)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
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
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed: install libqt6sql6-psql.</source>
        <translation>The PostgreSQL driver of Qt (QPSQL) is not installed: install libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Cannot connect to the PostgreSQL database %1: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1 for the schema check: %2</source>
        <translation>Cannot lock %1 for the schema check: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a ClinicMDM database. It was left untouched.</source>
        <translation>%1 cannot be read as a ClinicMDM database. It was left untouched.</translation>
    </message>
</context>
<context>
    <name>DemoFactSeeder</name>
    <message>
        <source>Wakes Apple devices (no ePHI in pushes)</source>
        <translation>Wakes Apple devices (no ePHI in pushes)</translation>
    </message>
    <message>
        <source>Push payload is only the PushMagic token; no BAA needed</source>
        <translation>Push payload is only the PushMagic token; no BAA needed</translation>
    </message>
    <message>
        <source>Wakes the Android agent (no ePHI in messages)</source>
        <translation>Wakes the Android agent (no ePHI in messages)</translation>
    </message>
    <message>
        <source>Data messages carry no patient data; no BAA needed</source>
        <translation>Data messages carry no patient data; no BAA needed</translation>
    </message>
    <message>
        <source>EHR client and FHIR server</source>
        <translation>EHR client and FHIR server</translation>
    </message>
    <message>
        <source>BAA on file with the practice manager</source>
        <translation>BAA on file with the practice manager</translation>
    </message>
    <message>
        <source>Clinical messaging</source>
        <translation>Clinical messaging</translation>
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
    <name>DeviceActionController</name>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Lock…</translation>
    </message>
    <message>
        <source>&amp;Selective wipe…</source>
        <translation>&amp;Selective wipe…</translation>
    </message>
    <message>
        <source>&amp;Erase device…</source>
        <translation>&amp;Erase device…</translation>
    </message>
    <message>
        <source>&amp;Reset for next patient…</source>
        <translation>&amp;Reset for next patient…</translation>
    </message>
    <message>
        <source>Lost &amp;Mode…</source>
        <translation>Lost &amp;Mode…</translation>
    </message>
    <message>
        <source>L&amp;ocate</source>
        <translation>L&amp;ocate</translation>
    </message>
    <message>
        <source>&amp;Play sound</source>
        <translation>&amp;Play sound</translation>
    </message>
    <message>
        <source>E&amp;nd Lost Mode</source>
        <translation>E&amp;nd Lost Mode</translation>
    </message>
    <message>
        <source>&amp;Privacy manifest…</source>
        <translation>&amp;Privacy manifest…</translation>
    </message>
    <message>
        <source>Reset &amp;schedule…</source>
        <translation>Reset &amp;schedule…</translation>
    </message>
    <message>
        <source>Sign &amp;out user…</source>
        <translation>Sign &amp;out user…</translation>
    </message>
    <message>
        <source>Leave &amp;kiosk mode for maintenance…</source>
        <translation>Leave &amp;kiosk mode for maintenance…</translation>
    </message>
    <message>
        <source>Resume kiosk &amp;mode</source>
        <translation>Resume kiosk &amp;mode</translation>
    </message>
    <message>
        <source>A personal (BYOD) device is never erased: use a selective wipe, which removes only the clinic&apos;s apps and data.</source>
        <translation>A personal (BYOD) device is never erased: use a selective wipe, which removes only the clinic&apos;s apps and data.</translation>
    </message>
    <message>
        <source>Erase everything on the device and return it to factory state</source>
        <translation>Erase everything on the device and return it to factory state</translation>
    </message>
    <message>
        <source>End the clinician&apos;s session and clear the patient apps (shared tablets)</source>
        <translation>End the clinician&apos;s session and clear the patient apps (shared tablets)</translation>
    </message>
    <message>
        <source>When this shared tablet is reset for the next patient on its own</source>
        <translation>When this shared tablet is reset for the next patient on its own</translation>
    </message>
    <message>
        <source>Sign the clinician out of this Shared iPad (Android tablets sign out on the tablet)</source>
        <translation>Sign the clinician out of this Shared iPad (Android tablets sign out on the tablet)</translation>
    </message>
    <message>
        <source>Lock the device&apos;s screen with a message and a phone number</source>
        <translation>Lock the device&apos;s screen with a message and a phone number</translation>
    </message>
    <message>
        <source>Remove the clinic&apos;s apps, accounts and data; personal data stays</source>
        <translation>Remove the clinic&apos;s apps, accounts and data; personal data stays</translation>
    </message>
    <message>
        <source>Save a PDF for the clinician: what the clinic&apos;s IT can and cannot see and do on this device</source>
        <translation>Save a PDF for the clinician: what the clinic&apos;s IT can and cannot see and do on this device</translation>
    </message>
    <message>
        <source>Take the kiosk out of single-app mode for a while, with a reason (audited)</source>
        <translation>Take the kiosk out of single-app mode for a while, with a reason (audited)</translation>
    </message>
    <message>
        <source>Put the kiosk back in single-app mode now</source>
        <translation>Put the kiosk back in single-app mode now</translation>
    </message>
    <message>
        <source>Select one device</source>
        <translation>Select one device</translation>
    </message>
    <message>
        <source>The device has not reported being in Lost Mode: put it in Lost Mode first</source>
        <translation>The device has not reported being in Lost Mode: put it in Lost Mode first</translation>
    </message>
    <message>
        <source>Lock the device in Lost Mode with a message and a phone number, so it can be located</source>
        <translation>Lock the device in Lost Mode with a message and a phone number, so it can be located</translation>
    </message>
    <message>
        <source>Ask the device in Lost Mode where it is</source>
        <translation>Ask the device in Lost Mode where it is</translation>
    </message>
    <message>
        <source>Make the device in Lost Mode play a sound until someone finds it</source>
        <translation>Make the device in Lost Mode play a sound until someone finds it</translation>
    </message>
    <message>
        <source>Take the device out of Lost Mode</source>
        <translation>Take the device out of Lost Mode</translation>
    </message>
    <message>
        <source>&amp;Expect re-enrollment…</source>
        <translation>&amp;Expect re-enrollment…</translation>
    </message>
    <message>
        <source>Let this device enroll again as the same record after a wipe or reset (24 hours by default, at most a week; audited)</source>
        <translation>Let this device enroll again as the same record after a wipe or reset (24 hours by default, at most a week; audited)</translation>
    </message>
    <message>
        <source>%1 may enroll again as the same record until %2 UTC.</source>
        <translation>%1 may enroll again as the same record until %2 UTC.</translation>
    </message>
    <message>
        <source>Re-enrollment expected until %1 UTC (set by %2); choosing this again replaces it</source>
        <translation>Re-enrollment expected until %1 UTC (set by %2); choosing this again replaces it</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>Add to &amp;group…</translation>
    </message>
    <message>
        <source>Assign &amp;policy…</source>
        <translation>Assign &amp;policy…</translation>
    </message>
    <message>
        <source>&amp;Install app…</source>
        <translation>&amp;Install app…</translation>
    </message>
    <message>
        <source>Push &amp;now</source>
        <translation>Push &amp;now</translation>
    </message>
    <message>
        <source>Add the selected devices to a device group</source>
        <translation>Add the selected devices to a device group</translation>
    </message>
    <message>
        <source>Assign a policy to the selected devices; it is queued for each</source>
        <translation>Assign a policy to the selected devices; it is queued for each</translation>
    </message>
    <message>
        <source>Install an app of the catalog on the selected devices</source>
        <translation>Install an app of the catalog on the selected devices</translation>
    </message>
    <message>
        <source>Wake the selected devices now, so they check in and fetch what waits for them</source>
        <translation>Wake the selected devices now, so they check in and fetch what waits for them</translation>
    </message>
    <message>
        <source>Done: %1 queued.</source>
        <translation>Done: %1 queued.</translation>
    </message>
    <message>
        <source>Done: %1 queued, %2 refused (the list of outcomes says why).</source>
        <translation>Done: %1 queued, %2 refused (the list of outcomes says why).</translation>
    </message>
</context>
<context>
    <name>DeviceActionRules</name>
    <message>
        <source>A personal (BYOD) device is never erased: use a selective wipe, which removes only the clinic&apos;s apps and data.</source>
        <translation>A personal (BYOD) device is never erased: use a selective wipe, which removes only the clinic&apos;s apps and data.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>%1 has been wiped.</source>
        <translation>%1 has been wiped.</translation>
    </message>
    <message>
        <source>%1 is a personal (BYOD) device.</source>
        <translation>%1 is a personal (BYOD) device.</translation>
    </message>
    <message>
        <source>%1 is a personal (BYOD) device: select it on its own for this, never in a bulk action.</source>
        <translation>%1 is a personal (BYOD) device: select it on its own for this, never in a bulk action.</translation>
    </message>
    <message>
        <source>%1 is not a shared clinical tablet.</source>
        <translation>%1 is not a shared clinical tablet.</translation>
    </message>
    <message>
        <source>Not for %1 devices.</source>
        <translation>Not for %1 devices.</translation>
    </message>
    <message>
        <source>%1 is not a kiosk.</source>
        <translation>%1 is not a kiosk.</translation>
    </message>
    <message>
        <source>No fleet database is open.</source>
        <translation>No fleet database is open.</translation>
    </message>
    <message>
        <source>%1 is already out of kiosk mode for maintenance.</source>
        <translation>%1 is already out of kiosk mode for maintenance.</translation>
    </message>
    <message>
        <source>%1 is in kiosk mode.</source>
        <translation>%1 is in kiosk mode.</translation>
    </message>
    <message>
        <source>The device has not reported being in Lost Mode: put it in Lost Mode first</source>
        <translation>The device has not reported being in Lost Mode: put it in Lost Mode first</translation>
    </message>
    <message>
        <source>Select one or more devices</source>
        <translation>Select one or more devices</translation>
    </message>
    <message>
        <source>Select one device</source>
        <translation>Select one device</translation>
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
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
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
    <message>
        <source>Recent commands</source>
        <translation>Recent commands</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Push channel</source>
        <translation>Push channel</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>Last push</translation>
    </message>
    <message>
        <source>Lost Mode</source>
        <translation>Lost Mode</translation>
    </message>
    <message>
        <source>Last location</source>
        <translation>Last location</translation>
    </message>
    <message>
        <source>In Lost Mode</source>
        <translation>In Lost Mode</translation>
    </message>
    <message>
        <source>Not in Lost Mode</source>
        <translation>Not in Lost Mode</translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation>Reported %1</translation>
    </message>
    <message>
        <source>None received</source>
        <translation>None received</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>accuracy unknown</translation>
    </message>
    <message>
        <source>within %1 m</source>
        <translation>within %1 m</translation>
    </message>
    <message>
        <source>%1, %2 (%3)
%4</source>
        <translation>%1, %2 (%3)
%4</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>Open map</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Compliance: not evaluated (the device is not managed)</source>
        <translation>Compliance: not evaluated (the device is not managed)</translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation>Compliance: %1</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>None assigned; judged against the %1 baseline</source>
        <translation>None assigned; judged against the %1 baseline</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>Compliance filter</source>
        <translation>Compliance filter</translation>
    </message>
</context>
<context>
    <name>DeviceGroupRepository</name>
    <message>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <source>A group named %1 already exists.</source>
        <translation>A group named %1 already exists.</translation>
    </message>
</context>
<context>
    <name>DeviceGroupService</name>
    <message>
        <source>No device group with id %1.</source>
        <translation>No device group with id %1.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
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
    <name>DeviceSessionModel</name>
    <message>
        <source>Android agent</source>
        <translation>Android agent</translation>
    </message>
    <message>
        <source>Shared iPad</source>
        <translation>Shared iPad</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Next sign-in</source>
        <translation>Next sign-in</translation>
    </message>
    <message>
        <source>Reset for next patient</source>
        <translation>Reset for next patient</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
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
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Ended by</translation>
    </message>
</context>
<context>
    <name>DeviceSessionsPanel</name>
    <message>
        <source>No clinician has signed in on this tablet yet.</source>
        <translation>No clinician has signed in on this tablet yet.</translation>
    </message>
    <message>
        <source>Who held it?</source>
        <translation>Who held it?</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions of this shared device</source>
        <translation>Sessions of this shared device</translation>
    </message>
    <message>
        <source>Moment to look up</source>
        <translation>Moment to look up</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>At:</translation>
    </message>
    <message>
        <source>Nobody was signed in at %1.</source>
        <translation>Nobody was signed in at %1.</translation>
    </message>
    <message>
        <source>%1 held it at %2 (signed in %3, until %4; %5).</source>
        <translation>%1 held it at %2 (signed in %3, until %4; %5).</translation>
    </message>
    <message>
        <source>%1 held it at %2 (signed in %3, still signed in).</source>
        <translation>%1 held it at %2 (signed in %3, still signed in).</translation>
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
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No policy assigned: judged against its ownership model&apos;s baseline.</source>
        <translation>No policy assigned: judged against its ownership model&apos;s baseline.</translation>
    </message>
    <message>
        <source>Unknown: not managed, silent for too long, or a safeguard not reported yet. The details list each safeguard.</source>
        <translation>Unknown: not managed, silent for too long, or a safeguard not reported yet. The details list each safeguard.</translation>
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
    <name>DeviceWakeService</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>%1 has no working push channel yet: it is woken once it checks in.</source>
        <translation>%1 has no working push channel yet: it is woken once it checks in.</translation>
    </message>
</context>
<context>
    <name>DevicesLostVerb</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Actions on %n selected device(s)</source>
        <translation>
            <numerusform>Actions on %n selected device</numerusform>
            <numerusform>Actions on %n selected devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPrivacyVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no device with id or serial %1</translation>
    </message>
    <message>
        <source>Wrote the privacy manifest of %1 to %2.</source>
        <translation>Wrote the privacy manifest of %1 to %2.</translation>
    </message>
</context>
<context>
    <name>DevicesReenrollVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>--hours needs a whole number of hours, 1 to %1</source>
        <translation>--hours needs a whole number of hours, 1 to %1</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no device with id or serial %1</translation>
    </message>
    <message>
        <source>%1 may enroll again until %2 (UTC): the first %3 device enrolling with its serial number or UDID through a %4 link becomes this record; its previous identity then stops working and commands queued for it are cancelled.</source>
        <translation>%1 may enroll again until %2 (UTC): the first %3 device enrolling with its serial number or UDID through a %4 link becomes this record; its previous identity then stops working and commands queued for it are cancelled.</translation>
    </message>
</context>
<context>
    <name>DisableLostModeCommand</name>
    <message>
        <source>end Lost Mode on %1</source>
        <translation>end Lost Mode on %1</translation>
    </message>
</context>
<context>
    <name>EditResetScheduleCommand</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
</context>
<context>
    <name>EnableLostModeCommand</name>
    <message>
        <source>put %1 in Lost Mode</source>
        <translation>put %1 in Lost Mode</translation>
    </message>
</context>
<context>
    <name>EndpointAddress</name>
    <message>
        <source>The port of the public URL must be from 1 to 65535.</source>
        <translation>The port of the public URL must be from 1 to 65535.</translation>
    </message>
    <message>
        <source>The public URL is not a valid address; write it as https://mdm.clinic.example:8443.</source>
        <translation>The public URL is not a valid address; write it as https://mdm.clinic.example:8443.</translation>
    </message>
    <message>
        <source>The public URL must start with https:// (devices only talk to the console over TLS).</source>
        <translation>The public URL must start with https:// (devices only talk to the console over TLS).</translation>
    </message>
    <message>
        <source>The public URL needs a host name or IP address, e.g. https://mdm.clinic.example:8443.</source>
        <translation>The public URL needs a host name or IP address, e.g. https://mdm.clinic.example:8443.</translation>
    </message>
    <message>
        <source>The public URL is only https://host:port, with no path, user name or query.</source>
        <translation>The public URL is only https://host:port, with no path, user name or query.</translation>
    </message>
</context>
<context>
    <name>EndpointAddressForm</name>
    <message>
        <source>Save and check</source>
        <translation>Save and check</translation>
    </message>
    <message>
        <source>e.g. https://mdm.clinic.example:8443 (empty: the check-in host and port)</source>
        <translation>e.g. https://mdm.clinic.example:8443 (empty: the check-in host and port)</translation>
    </message>
    <message>
        <source>The address phones and tablets use to reach this console: a name your network&apos;s DNS resolves to this computer (or the router that forwards the port to it), and the port.</source>
        <translation>The address phones and tablets use to reach this console: a name your network&apos;s DNS resolves to this computer (or the router that forwards the port to it), and the port.</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Public URL:</translation>
    </message>
    <message>
        <source>Devices are told:</source>
        <translation>Devices are told:</translation>
    </message>
    <message>
        <source>The endpoint did not start: %1</source>
        <translation>The endpoint did not start: %1</translation>
    </message>
    <message>
        <source>Saved. Waiting for the endpoint to listen with a certificate for the new name…</source>
        <translation>Saved. Waiting for the endpoint to listen with a certificate for the new name…</translation>
    </message>
</context>
<context>
    <name>EndpointImportDialog</name>
    <message>
        <source>Import a TLS certificate</source>
        <translation>Import a TLS certificate</translation>
    </message>
    <message>
        <source>Use a certificate from a public (or your enterprise) certificate authority instead of the console&apos;s own. Devices must trust it.</source>
        <translation>Use a certificate from a public (or your enterprise) certificate authority instead of the console&apos;s own. Devices must trust it.</translation>
    </message>
    <message>
        <source>PEM files (certificate chain and private key)</source>
        <translation>PEM files (certificate chain and private key)</translation>
    </message>
    <message>
        <source>PKCS#12 bundle (.p12 / .pfx)</source>
        <translation>PKCS#12 bundle (.p12 / .pfx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt *.cer)</source>
        <translation>PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>PEM (*.pem *.key)</source>
        <translation>PEM (*.pem *.key)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>EndpointPanel</name>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Devices connect to:</source>
        <translation>Devices connect to:</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS certificate:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Names:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expires:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Console CA SHA-256:</source>
        <translation>Console CA SHA-256:</translation>
    </message>
    <message>
        <source>Console CA expires:</source>
        <translation>Console CA expires:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Requests:</translation>
    </message>
    <message>
        <source>&amp;Start endpoint</source>
        <translation>&amp;Start endpoint</translation>
    </message>
    <message>
        <source>S&amp;top endpoint</source>
        <translation>S&amp;top endpoint</translation>
    </message>
    <message>
        <source>&amp;Import TLS certificate…</source>
        <translation>&amp;Import TLS certificate…</translation>
    </message>
    <message>
        <source>Use the console&apos;s own &amp;certificate</source>
        <translation>Use the console&apos;s own &amp;certificate</translation>
    </message>
    <message>
        <source>The endpoint now uses the new TLS certificate.</source>
        <translation>The endpoint now uses the new TLS certificate.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Issued by the console CA</source>
        <translation>Issued by the console CA</translation>
    </message>
    <message>
        <source>%1 served (%2 refused as bad requests), %3 open connections</source>
        <translation>%1 served (%2 refused as bad requests), %3 open connections</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Public address</translation>
    </message>
</context>
<context>
    <name>EndpointSelfCheck</name>
    <message>
        <source>the address is not an https:// URL</source>
        <translation>the address is not an https:// URL</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Reachable: the console answered at %1/health with a certificate devices will trust.</source>
        <translation>Reachable: the console answered at %1/health with a certificate devices will trust.</translation>
    </message>
    <message>
        <source>The name %1 is not found (DNS). Add it to your DNS server or router, or use the console&apos;s IP address in the public URL.</source>
        <translation>The name %1 is not found (DNS). Add it to your DNS server or router, or use the console&apos;s IP address in the public URL.</translation>
    </message>
    <message>
        <source>%1 answered, but nothing accepts connections on port %2. Check that the endpoint is running (Settings &gt; Endpoint), that the port is right and that a firewall or port forward lets it through.</source>
        <translation>%1 answered, but nothing accepts connections on port %2. Check that the endpoint is running (Settings &gt; Endpoint), that the port is right and that a firewall or port forward lets it through.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS certificate does not name %1, so devices will refuse it. Add the name to the endpoint&apos;s host names, or import a certificate for it (Settings &gt; Endpoint).</source>
        <translation>The endpoint&apos;s TLS certificate does not name %1, so devices will refuse it. Add the name to the endpoint&apos;s host names, or import a certificate for it (Settings &gt; Endpoint).</translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS certificate is not trusted: %1. Another server may be answering on this address.</source>
        <translation>The endpoint&apos;s TLS certificate is not trusted: %1. Another server may be answering on this address.</translation>
    </message>
    <message>
        <source>Something answered at %1, but not this console&apos;s endpoint (HTTP status %2). Check the port forward.</source>
        <translation>Something answered at %1, but not this console&apos;s endpoint (HTTP status %2). Check the port forward.</translation>
    </message>
    <message>
        <source>The check failed: %1.</source>
        <translation>The check failed: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s): a firewall may drop the connection, or the address points to another machine.</source>
        <translation>
            <numerusform>No answer from %1 within %n second: a firewall may drop the connection, or the address points to another machine.</numerusform>
            <numerusform>No answer from %1 within %n seconds: a firewall may drop the connection, or the address points to another machine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointServer</name>
    <message>
        <source>The endpoint&apos;s TLS certificate is unreadable.</source>
        <translation>The endpoint&apos;s TLS certificate is unreadable.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS private key is unreadable.</source>
        <translation>The endpoint&apos;s TLS private key is unreadable.</translation>
    </message>
    <message>
        <source>The endpoint has no TLS certificate.</source>
        <translation>The endpoint has no TLS certificate.</translation>
    </message>
    <message>
        <source>A worker thread could not open the fleet database: %1</source>
        <translation>A worker thread could not open the fleet database: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>EndpointService</name>
    <message>
        <source>The listen address &quot;%1&quot; is not an IP address.</source>
        <translation>The listen address &quot;%1&quot; is not an IP address.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Loading certificates…</source>
        <translation>Loading certificates…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Listening on %1 port %2</source>
        <translation>Listening on %1 port %2</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>The console&apos;s certificates are not loaded yet; try again.</source>
        <translation>The console&apos;s certificates are not loaded yet; try again.</translation>
    </message>
</context>
<context>
    <name>EnrollAdviseVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Recommended: %1; baseline: %2</source>
        <translation>Recommended: %1; baseline: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>EnrollVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>--count needs a positive number and --days 1 to 90</source>
        <translation>--count needs a positive number and --days 1 to 90</translation>
    </message>
    <message>
        <source>--out needs the console&apos;s certificate authority, which this command cannot load yet; give the device the link instead.</source>
        <translation>--out needs the console&apos;s certificate authority, which this command cannot load yet; give the device the link instead.</translation>
    </message>
    <message numerus="yes">
        <source>%n one-time %1 enrollment link(s), valid until %2. Open a link on the device to install the enrollment profile.</source>
        <translation>
            <numerusform>%n one-time %1 enrollment link, valid until %2. Open a link on the device to install the enrollment profile.</numerusform>
            <numerusform>%n one-time %1 enrollment links, valid until %2. Open a link on the device to install the enrollment profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Prints one one-time enrollment link per device (Apple devices).</source>
        <translation>Prints one one-time enrollment link per device (Apple devices).</translation>
    </message>
    <message>
        <source>Android QR provisioning sheet; `clinicmdm enroll qr --help`.</source>
        <translation>Android QR provisioning sheet; `clinicmdm enroll qr --help`.</translation>
    </message>
    <message>
        <source>Recommends BYOD, COPE, Shared or kiosk (COSU) and the baseline to use.</source>
        <translation>Recommends BYOD, COPE, Shared or kiosk (COSU) and the baseline to use.</translation>
    </message>
</context>
<context>
    <name>EnrollmentPage</name>
    <message>
        <source>USB (Android)</source>
        <translation>USB (Android)</translation>
    </message>
    <message>
        <source>QR code (Android)</source>
        <translation>QR code (Android)</translation>
    </message>
</context>
<context>
    <name>EnrollmentProfileBuilder</name>
    <message>
        <source>%1 certificate authority</source>
        <translation>%1 certificate authority</translation>
    </message>
    <message>
        <source>Device identity</source>
        <translation>Device identity</translation>
    </message>
    <message>
        <source>Device management</source>
        <translation>Device management</translation>
    </message>
    <message>
        <source>%1 device management</source>
        <translation>%1 device management</translation>
    </message>
    <message>
        <source>Lets the clinic manage its apps and data on this personal device. The clinic cannot erase the device or see personal apps.</source>
        <translation>Lets the clinic manage its apps and data on this personal device. The clinic cannot erase the device or see personal apps.</translation>
    </message>
    <message>
        <source>Enrolls this clinic-owned device in device management.</source>
        <translation>Enrolls this clinic-owned device in device management.</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>A batch has between 1 and %1 enrollment links.</source>
        <translation>A batch has between 1 and %1 enrollment links.</translation>
    </message>
    <message>
        <source>The link must be valid for at least a minute.</source>
        <translation>The link must be valid for at least a minute.</translation>
    </message>
    <message>
        <source>This enrollment link is unknown, used or expired.</source>
        <translation>This enrollment link is unknown, used or expired.</translation>
    </message>
</context>
<context>
    <name>ExpectReenrollmentCommand</name>
    <message>
        <source>expect the re-enrollment of %1</source>
        <translation>expect the re-enrollment of %1</translation>
    </message>
</context>
<context>
    <name>ExpectReenrollmentDialog</name>
    <message>
        <source>Expect re-enrollment: %1</source>
        <translation>Expect re-enrollment: %1</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Use this when %1 was wiped or reset and will enroll again. Until the time is up, the first device of the same kind and ownership that enrolls with its serial number becomes %1: its current identity stops working, the commands queued for it are cancelled and the secrets and locations the console kept for it are deleted. An earlier expectation for it is replaced. This is recorded in the audit trail.</source>
        <translation>Use this when %1 was wiped or reset and will enroll again. Until the time is up, the first device of the same kind and ownership that enrolls with its serial number becomes %1: its current identity stops working, the commands queued for it are cancelled and the secrets and locations the console kept for it are deleted. An earlier expectation for it is replaced. This is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Expect re-enrollment</source>
        <translation>Expect re-enrollment</translation>
    </message>
</context>
<context>
    <name>FcmClient</name>
    <message>
        <source>no FCM service account imported</source>
        <translation>no FCM service account imported</translation>
    </message>
</context>
<context>
    <name>FcmServiceAccount</name>
    <message>
        <source>The service-account file is not JSON: %1</source>
        <translation>The service-account file is not JSON: %1</translation>
    </message>
    <message>
        <source>This JSON file is not a Google service-account key (type must be &quot;service_account&quot;).</source>
        <translation>This JSON file is not a Google service-account key (type must be &quot;service_account&quot;).</translation>
    </message>
    <message>
        <source>The service-account file lacks project_id, client_email or private_key.</source>
        <translation>The service-account file lacks project_id, client_email or private_key.</translation>
    </message>
    <message>
        <source>The service account&apos;s token_uri must be an https URL.</source>
        <translation>The service account&apos;s token_uri must be an https URL.</translation>
    </message>
    <message>
        <source>The service account&apos;s private_key is not an RSA key.</source>
        <translation>The service account&apos;s private_key is not an RSA key.</translation>
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
    <message>
        <source>Any compliance</source>
        <translation>Any compliance</translation>
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
    <name>FleetStatistics</name>
    <message>
        <source>Within 1 hour</source>
        <translation>Within 1 hour</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Within 24 hours</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation>Over 30 days</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>FullWipeCommand</name>
    <message>
        <source>erase %1</source>
        <translation>erase %1</translation>
    </message>
</context>
<context>
    <name>FullWipeDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything on &quot;%1&quot; will be erased&lt;/b&gt;: apps, data, accounts and settings. The device returns to factory state and must be enrolled again. This cannot be undone once the device receives it; until then you can cancel it on the Commands page.</source>
        <translation>&lt;b&gt;Everything on &quot;%1&quot; will be erased&lt;/b&gt;: apps, data, accounts and settings. The device returns to factory state and must be enrolled again. This cannot be undone once the device receives it; until then you can cancel it on the Commands page.</translation>
    </message>
    <message>
        <source>Type the device&apos;s name to confirm:</source>
        <translation>Type the device&apos;s name to confirm:</translation>
    </message>
    <message>
        <source>Erase device…</source>
        <translation>Erase device…</translation>
    </message>
</context>
<context>
    <name>GettingStartedWidget</name>
    <message>
        <source>Hide this list</source>
        <translation>Hide this list</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Devices can reach the console (self-check passed)</source>
        <translation>Devices can reach the console (self-check passed)</translation>
    </message>
    <message>
        <source>A valid Apple push certificate is installed</source>
        <translation>A valid Apple push certificate is installed</translation>
    </message>
    <message>
        <source>The first device is enrolled</source>
        <translation>The first device is enrolled</translation>
    </message>
    <message>
        <source>A baseline policy is assigned</source>
        <translation>A baseline policy is assigned</translation>
    </message>
    <message>
        <source>The first compliance report is exported</source>
        <translation>The first compliance report is exported</translation>
    </message>
    <message>
        <source>Check the address…</source>
        <translation>Check the address…</translation>
    </message>
    <message>
        <source>Set up push…</source>
        <translation>Set up push…</translation>
    </message>
    <message>
        <source>Enroll a device…</source>
        <translation>Enroll a device…</translation>
    </message>
    <message>
        <source>Assign a policy…</source>
        <translation>Assign a policy…</translation>
    </message>
    <message>
        <source>Export a report…</source>
        <translation>Export a report…</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Setup assistant…</source>
        <translation>&amp;Setup assistant…</translation>
    </message>
    <message>
        <source>&amp;README</source>
        <translation>&amp;README</translation>
    </message>
    <message>
        <source>&amp;About ClinicMDM</source>
        <translation>&amp;About ClinicMDM</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>This computer has no program to open %1. Open it from a file manager or a browser.</source>
        <translation>This computer has no program to open %1. Open it from a file manager or a browser.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Create group</source>
        <translation>Create group</translation>
    </message>
    <message>
        <source>Add matching devices</source>
        <translation>Add matching devices</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Remove from group</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>New group&apos;s name, e.g. Ward 3 tablets</source>
        <translation>New group&apos;s name, e.g. Ward 3 tablets</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
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
        <source>Add devices by rule</source>
        <translation>Add devices by rule</translation>
    </message>
    <message>
        <source>Ownership:</source>
        <translation>Ownership:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Every device matching all three joins the group. To add chosen devices, select them on the Devices page and use &quot;Add to group…&quot;.</source>
        <translation>Every device matching all three joins the group. To add chosen devices, select them on the Devices page and use &quot;Add to group…&quot;.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Create a group on the left, then add devices to it.</source>
        <translation>Create a group on the left, then add devices to it.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)</source>
        <translation>
            <numerusform>%1: %n device</numerusform>
            <numerusform>%1: %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Created group %1.</source>
        <translation>Created group %1.</translation>
    </message>
    <message>
        <source>Choose an ownership, a department or a platform: &quot;Any&quot; for all three would add the whole fleet.</source>
        <translation>Choose an ownership, a department or a platform: &quot;Any&quot; for all three would add the whole fleet.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n device(s) to %1.</source>
        <translation>
            <numerusform>Added %n device to %1.</numerusform>
            <numerusform>Added %n devices to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the devices to remove from the group.</source>
        <translation>Select the devices to remove from the group.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n device(s) from %1.</source>
        <translation>
            <numerusform>Removed %n device from %1.</numerusform>
            <numerusform>Removed %n devices from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http2Client</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>no answer within %1 ms</translation>
    </message>
</context>
<context>
    <name>Http2Connection</name>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>%1 does not speak HTTP/2 (ALPN h2)</source>
        <translation>%1 does not speak HTTP/2 (ALPN h2)</translation>
    </message>
    <message>
        <source>the server ended the session (GOAWAY)</source>
        <translation>the server ended the session (GOAWAY)</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>connection to %1 lost</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The signing key cannot be read: %1</source>
        <translation>The signing key cannot be read: %1</translation>
    </message>
    <message>
        <source>The key does not fit the %1 algorithm.</source>
        <translation>The key does not fit the %1 algorithm.</translation>
    </message>
    <message>
        <source>The ES256 signature has an unexpected form.</source>
        <translation>The ES256 signature has an unexpected form.</translation>
    </message>
</context>
<context>
    <name>KioskMaintenanceDialog</name>
    <message>
        <source>Leave kiosk mode: %1</source>
        <translation>Leave kiosk mode: %1</translation>
    </message>
    <message>
        <source>e.g. replace the card reader, update the check-in app</source>
        <translation>e.g. replace the card reader, update the check-in app</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 leaves single-app mode so that it can be serviced. It returns to kiosk mode by itself when the time is up, or when you resume it. The reason is recorded in the audit trail.</source>
        <translation>%1 leaves single-app mode so that it can be serviced. It returns to kiosk mode by itself when the time is up, or when you resume it. The reason is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
</context>
<context>
    <name>KioskMaintenanceService</name>
    <message>
        <source>%1 has no policy, so it is not a kiosk.</source>
        <translation>%1 has no policy, so it is not a kiosk.</translation>
    </message>
    <message>
        <source>%1 is not a kiosk: its policy %2 does not lock it to a single app.</source>
        <translation>%1 is not a kiosk: its policy %2 does not lock it to a single app.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>Say why %1 leaves kiosk mode: the reason goes into the audit trail.</source>
        <translation>Say why %1 leaves kiosk mode: the reason goes into the audit trail.</translation>
    </message>
    <message>
        <source>A maintenance window lasts 1 to %1 minutes, not %2.</source>
        <translation>A maintenance window lasts 1 to %1 minutes, not %2.</translation>
    </message>
    <message>
        <source>%1 is already out of kiosk mode until %2 (UTC).</source>
        <translation>%1 is already out of kiosk mode until %2 (UTC).</translation>
    </message>
    <message>
        <source>%1 is not out of kiosk mode for maintenance.</source>
        <translation>%1 is not out of kiosk mode for maintenance.</translation>
    </message>
</context>
<context>
    <name>KioskSettingsForm</name>
    <message>
        <source>Kiosk mode: lock the device to a single app</source>
        <translation>Kiosk mode: lock the device to a single app</translation>
    </message>
    <message>
        <source>Apple bundle id, e.g. com.example.checkin</source>
        <translation>Apple bundle id, e.g. com.example.checkin</translation>
    </message>
    <message>
        <source>Android package, e.g. com.example.checkin</source>
        <translation>Android package, e.g. com.example.checkin</translation>
    </message>
    <message>
        <source>Factory-reset protection (nobody can reset the kiosk from its settings)</source>
        <translation>Factory-reset protection (nobody can reset the kiosk from its settings)</translation>
    </message>
    <message>
        <source>One per line: https://checkin.clinic.example or *.clinic.example</source>
        <translation>One per line: https://checkin.clinic.example or *.clinic.example</translation>
    </message>
    <message>
        <source>https://clinic.example/logo.png or a file</source>
        <translation>https://clinic.example/logo.png or a file</translation>
    </message>
    <message>
        <source>e.g. Emergency department, front desk</source>
        <translation>e.g. Emergency department, front desk</translation>
    </message>
    <message>
        <source>e.g. IT help desk, ext. 4357</source>
        <translation>e.g. IT help desk, ext. 4357</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Single app (iPhone, iPad)</source>
        <translation>Single app (iPhone, iPad)</translation>
    </message>
    <message>
        <source>Single app (Android)</source>
        <translation>Single app (Android)</translation>
    </message>
    <message>
        <source>Allowed web sites (everything else is blocked)</source>
        <translation>Allowed web sites (everything else is blocked)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Support contact</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A kiosk needs its single app: choose it for iPhone/iPad, Android or both.</source>
        <translation>A kiosk needs its single app: choose it for iPhone/iPad, Android or both.</translation>
    </message>
    <message>
        <source>%1 is not a bundle id or package name.</source>
        <translation>%1 is not a bundle id or package name.</translation>
    </message>
    <message>
        <source>%1 is neither an http(s) address nor a host pattern such as *.clinic.example.</source>
        <translation>%1 is neither an http(s) address nor a host pattern such as *.clinic.example.</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Clinic logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>LocateDeviceCommand</name>
    <message>
        <source>ask %1 for its location</source>
        <translation>ask %1 for its location</translation>
    </message>
</context>
<context>
    <name>LockDeviceDialog</name>
    <message>
        <source>Lock %1</source>
        <translation>Lock %1</translation>
    </message>
    <message>
        <source>This device belongs to the clinic. Please return it to the front desk.</source>
        <translation>This device belongs to the clinic. Please return it to the front desk.</translation>
    </message>
    <message>
        <source>e.g. +1 555 0100</source>
        <translation>e.g. +1 555 0100</translation>
    </message>
    <message>
        <source>The device locks its screen as soon as it receives the command. Whoever finds it sees the message and the number below.</source>
        <translation>The device locks its screen as soon as it receives the command. Whoever finds it sees the message and the number below.</translation>
    </message>
    <message>
        <source>Message on the lock screen:</source>
        <translation>Message on the lock screen:</translation>
    </message>
    <message>
        <source>Phone number to call:</source>
        <translation>Phone number to call:</translation>
    </message>
    <message>
        <source>Lock device</source>
        <translation>Lock device</translation>
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
    <name>LostModeDialog</name>
    <message>
        <source>Lost Mode for %1</source>
        <translation>Lost Mode for %1</translation>
    </message>
    <message>
        <source>This device belongs to the clinic. Please return it to the front desk.</source>
        <translation>This device belongs to the clinic. Please return it to the front desk.</translation>
    </message>
    <message>
        <source>e.g. +1 555 0100</source>
        <translation>e.g. +1 555 0100</translation>
    </message>
    <message>
        <source>e.g. Reward offered</source>
        <translation>e.g. Reward offered</translation>
    </message>
    <message>
        <source>The device locks and shows the message and phone number until Lost Mode ends. While it is in Lost Mode you can ask for its location and make it play a sound; the device tells its user that it was located. Give a message, a phone number, or both.</source>
        <translation>The device locks and shows the message and phone number until Lost Mode ends. While it is in Lost Mode you can ask for its location and make it play a sound; the device tells its user that it was located. Give a message, a phone number, or both.</translation>
    </message>
    <message>
        <source>Message on the lock screen:</source>
        <translation>Message on the lock screen:</translation>
    </message>
    <message>
        <source>Phone number to call:</source>
        <translation>Phone number to call:</translation>
    </message>
    <message>
        <source>Footnote (optional):</source>
        <translation>Footnote (optional):</translation>
    </message>
    <message>
        <source>Enable Lost Mode</source>
        <translation>Enable Lost Mode</translation>
    </message>
</context>
<context>
    <name>LostModeEligibility</name>
    <message>
        <source>%1 is a personal (BYOD) device: the clinic never puts it in Lost Mode nor asks where it is. Lock it, or remove the clinic&apos;s data with a selective wipe.</source>
        <translation>%1 is a personal (BYOD) device: the clinic never puts it in Lost Mode nor asks where it is. Lock it, or remove the clinic&apos;s data with a selective wipe.</translation>
    </message>
    <message>
        <source>%1 is an Android device: Lost Mode and location are for supervised iPhones and iPads only.</source>
        <translation>%1 is an Android device: Lost Mode and location are for supervised iPhones and iPads only.</translation>
    </message>
    <message>
        <source>%1 is %2: only an enrolled device receives Lost Mode commands.</source>
        <translation>%1 is %2: only an enrolled device receives Lost Mode commands.</translation>
    </message>
    <message>
        <source>%1 has not reported being supervised: Apple allows Lost Mode only on supervised devices.</source>
        <translation>%1 has not reported being supervised: Apple allows Lost Mode only on supervised devices.</translation>
    </message>
</context>
<context>
    <name>LostModeService</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>%1 has not reported being in Lost Mode: put it in Lost Mode first (a device answers location and sound requests only in Lost Mode).</source>
        <translation>%1 has not reported being in Lost Mode: put it in Lost Mode first (a device answers location and sound requests only in Lost Mode).</translation>
    </message>
    <message>
        <source>Lost Mode needs a message or a phone number for whoever finds the device.</source>
        <translation>Lost Mode needs a message or a phone number for whoever finds the device.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (digits, spaces, + ( ) - . / only).</source>
        <translation>&quot;%1&quot; is not a phone number (digits, spaces, + ( ) - . / only).</translation>
    </message>
    <message>
        <source>The message may have at most %1 characters and the footnote %2.</source>
        <translation>The message may have at most %1 characters and the footnote %2.</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Groups of devices, filled by rule or by selection, to assign policies and apps to.</source>
        <translation>Groups of devices, filled by rule or by selection, to assign policies and apps to.</translation>
    </message>
</context>
<context>
    <name>ManagedConfigForm</name>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
</context>
<context>
    <name>ManagedConfigValidator</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>%1 must be a full URL such as https://fhir.example.org/r4.</source>
        <translation>%1 must be a full URL such as https://fhir.example.org/r4.</translation>
    </message>
    <message>
        <source>%1 must use https: clinical data never travels unencrypted.</source>
        <translation>%1 must use https: clinical data never travels unencrypted.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1 is not a configuration key of this app.</source>
        <translation>%1 is not a configuration key of this app.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE.</source>
        <translation>&quot;%1&quot; is not KEY=VALUE.</translation>
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
    <name>OwnershipAdvisor</name>
    <message>
        <source>Patients use it for one purpose, so it is locked to a single app as a kiosk (COSU).</source>
        <translation>Patients use it for one purpose, so it is locked to a single app as a kiosk (COSU).</translation>
    </message>
    <message>
        <source>A kiosk has no clinician sessions to isolate: the single-app lock already keeps each user to that app.</source>
        <translation>A kiosk has no clinician sessions to isolate: the single-app lock already keeps each user to that app.</translation>
    </message>
    <message>
        <source>What patients enter is ePHI: the kiosk baseline requires encryption and allows a full wipe.</source>
        <translation>What patients enter is ePHI: the kiosk baseline requires encryption and allows a full wipe.</translation>
    </message>
    <message>
        <source>A personal phone cannot be a patient kiosk: issue a clinic-owned device for this.</source>
        <translation>A personal phone cannot be a patient kiosk: issue a clinic-owned device for this.</translation>
    </message>
    <message>
        <source>Several clinicians use it across shifts, so each one gets an isolated session that is cleared at sign-out.</source>
        <translation>Several clinicians use it across shifts, so each one gets an isolated session that is cleared at sign-out.</translation>
    </message>
    <message>
        <source>It keeps ePHI on the device: the shared baseline requires encryption and allows a full wipe.</source>
        <translation>It keeps ePHI on the device: the shared baseline requires encryption and allows a full wipe.</translation>
    </message>
    <message>
        <source>A personal phone should not be shared between clinicians: use a clinic-owned tablet.</source>
        <translation>A personal phone should not be shared between clinicians: use a clinic-owned tablet.</translation>
    </message>
    <message>
        <source>The clinic owns the device: it is fully managed and can be erased if it is lost (COPE).</source>
        <translation>The clinic owns the device: it is fully managed and can be erased if it is lost (COPE).</translation>
    </message>
    <message>
        <source>It stores ePHI locally, which needs device-level encryption and a full wipe: COPE provides both.</source>
        <translation>It stores ePHI locally, which needs device-level encryption and a full wipe: COPE provides both.</translation>
    </message>
    <message>
        <source>The device must store ePHI locally (offline charts, clinical photos), which needs full device management.</source>
        <translation>The device must store ePHI locally (offline charts, clinical photos), which needs full device management.</translation>
    </message>
    <message>
        <source>Do not enroll this personal phone as BYOD: a BYOD device can only be selectively wiped, so ePHI stored outside the clinic&apos;s apps could not be removed. Issue a clinic-owned COPE device instead.</source>
        <translation>Do not enroll this personal phone as BYOD: a BYOD device can only be selectively wiped, so ePHI stored outside the clinic&apos;s apps could not be removed. Issue a clinic-owned COPE device instead.</translation>
    </message>
    <message>
        <source>It is the clinician&apos;s own phone and only views ePHI through the clinic&apos;s managed apps, which keep no copy.</source>
        <translation>It is the clinician&apos;s own phone and only views ePHI through the clinic&apos;s managed apps, which keep no copy.</translation>
    </message>
    <message>
        <source>The clinic manages only its own apps and their data (work profile or managed apps) and can remove only those (selective wipe); IT cannot see personal apps, photos, messages or location.</source>
        <translation>The clinic manages only its own apps and their data (work profile or managed apps) and can remove only those (selective wipe); IT cannot see personal apps, photos, messages or location.</translation>
    </message>
</context>
<context>
    <name>OwnershipAdvisorDialog</name>
    <message>
        <source>It will store patient data (ePHI) on the device: offline charts, clinical photos</source>
        <translation>It will store patient data (ePHI) on the device: offline charts, clinical photos</translation>
    </message>
    <message>
        <source>Several clinicians share it across shifts</source>
        <translation>Several clinicians share it across shifts</translation>
    </message>
    <message>
        <source>Patients use it for one purpose (check-in, consent forms)</source>
        <translation>Patients use it for one purpose (check-in, consent forms)</translation>
    </message>
    <message>
        <source>Choose how to enroll the device</source>
        <translation>Choose how to enroll the device</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <source>The clinician (a personal phone)</source>
        <translation>The clinician (a personal phone)</translation>
    </message>
    <message>
        <source>Who owns the device?</source>
        <translation>Who owns the device?</translation>
    </message>
    <message>
        <source>Use this ownership</source>
        <translation>Use this ownership</translation>
    </message>
    <message>
        <source>Recommended: %1; baseline: %2</source>
        <translation>Recommended: %1; baseline: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Help me choose…</source>
        <translation>Help me choose…</translation>
    </message>
    <message>
        <source>Answer four questions about the device to choose between BYOD, COPE, Shared and kiosk</source>
        <translation>Answer four questions about the device to choose between BYOD, COPE, Shared and kiosk</translation>
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
    <name>PdfReportWriter</name>
    <message>
        <source>%1 — HIPAA compliance report, %2 to %3</source>
        <translation>%1 — HIPAA compliance report, %2 to %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>Cannot start the PDF %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message>
        <source>HIPAA compliance report — %1</source>
        <translation>HIPAA compliance report — %1</translation>
    </message>
    <message>
        <source>HIPAA Security Rule compliance report</source>
        <translation>HIPAA Security Rule compliance report</translation>
    </message>
    <message>
        <source>(clinic name not set)</source>
        <translation>(clinic name not set)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 to %2 (UTC)</translation>
    </message>
    <message>
        <source>Compliance state as of</source>
        <translation>Compliance state as of</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>ClinicMDM %1</source>
        <translation>ClinicMDM %1</translation>
    </message>
    <message>
        <source>This report shows, for each HIPAA Security Rule safeguard the console enforces on the clinic&apos;s phones and tablets, what is enforced, how many devices prove it, and every device that does not, with the value it reported and when. Device states come from the devices&apos; own reports at check-in. The audit section states whether the console&apos;s tamper-evident audit trail verified when this report was produced.</source>
        <translation>This report shows, for each HIPAA Security Rule safeguard the console enforces on the clinic&apos;s phones and tablets, what is enforced, how many devices prove it, and every device that does not, with the value it reported and when. Device states come from the devices&apos; own reports at check-in. The audit section states whether the console&apos;s tamper-evident audit trail verified when this report was produced.</translation>
    </message>
    <message>
        <source>Fleet at a glance</source>
        <translation>Fleet at a glance</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>OS versions</source>
        <translation>OS versions</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Last check-in</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Safeguards</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Whole fleet</translation>
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
    <message>
        <source>take a kiosk out of kiosk mode</source>
        <translation>take a kiosk out of kiosk mode</translation>
    </message>
    <message>
        <source>put a device in Lost Mode and locate it</source>
        <translation>put a device in Lost Mode and locate it</translation>
    </message>
    <message>
        <source>expect a device&apos;s re-enrollment</source>
        <translation>expect a device&apos;s re-enrollment</translation>
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
    <name>PlayLostSoundCommand</name>
    <message>
        <source>make %1 play a sound</source>
        <translation>make %1 play a sound</translation>
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
    <name>PoliciesData</name>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>This policy</source>
        <translation>This policy</translation>
    </message>
    <message>
        <source>HIPAA reference</source>
        <translation>HIPAA reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Choose a policy first.</source>
        <translation>Choose a policy first.</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Passcode required</source>
        <translation>Passcode required</translation>
    </message>
    <message>
        <source>Storage encryption required</source>
        <translation>Storage encryption required</translation>
    </message>
    <message>
        <source>Always-on VPN</source>
        <translation>Always-on VPN</translation>
    </message>
    <message>
        <source>Per-app VPN for clinical apps</source>
        <translation>Per-app VPN for clinical apps</translation>
    </message>
    <message>
        <source>Managed open-in (documents stay in managed apps)</source>
        <translation>Managed open-in (documents stay in managed apps)</translation>
    </message>
    <message>
        <source>Managed pasteboard</source>
        <translation>Managed pasteboard</translation>
    </message>
    <message>
        <source>Block work-to-personal copy and paste</source>
        <translation>Block work-to-personal copy and paste</translation>
    </message>
    <message>
        <source>Block screenshots</source>
        <translation>Block screenshots</translation>
    </message>
    <message>
        <source>Camera allowed</source>
        <translation>Camera allowed</translation>
    </message>
    <message>
        <source>Clear data at sign-out (shared devices)</source>
        <translation>Clear data at sign-out (shared devices)</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Name of the new policy</source>
        <translation>Name of the new policy</translation>
    </message>
    <message>
        <source>Create from baseline</source>
        <translation>Create from baseline</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numeric</translation>
    </message>
    <message>
        <source>alphanumeric</source>
        <translation>alphanumeric</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>complex</translation>
    </message>
    <message>
        <source>Minimum passcode length</source>
        <translation>Minimum passcode length</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <source>Wipe after failed attempts (0 = never)</source>
        <translation>Wipe after failed attempts (0 = never)</translation>
    </message>
    <message>
        <source>Passcode history</source>
        <translation>Passcode history</translation>
    </message>
    <message>
        <source>Auto-lock after (0 = not enforced)</source>
        <translation>Auto-lock after (0 = not enforced)</translation>
    </message>
    <message>
        <source>Shared-device session timeout (0 = none)</source>
        <translation>Shared-device session timeout (0 = none)</translation>
    </message>
    <message>
        <source>Save as new version and deliver</source>
        <translation>Save as new version and deliver</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Differences from baseline</source>
        <translation>Differences from baseline</translation>
    </message>
    <message>
        <source>Roll back to the selected version</source>
        <translation>Roll back to the selected version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n device)</numerusform>
            <numerusform>%1 (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to group</source>
        <translation>Assign to group</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Created %1 from the baseline. Edit it, then assign it to a group.</source>
        <translation>Created %1 from the baseline. Edit it, then assign it to a group.</translation>
    </message>
    <message>
        <source>Kiosk: %1</source>
        <translation>Kiosk: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved version %1; %n command(s) queued for its devices.</source>
        <translation>
            <numerusform>Saved version %1; %n command queued for its devices.</numerusform>
            <numerusform>Saved version %1; %n commands queued for its devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1; %n command(s) queued.</source>
        <translation>
            <numerusform>Assigned to %1; %n command queued.</numerusform>
            <numerusform>Assigned to %1; %n commands queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the version to roll back to.</source>
        <translation>Choose the version to roll back to.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back to the settings of version %1; %n command(s) queued.</source>
        <translation>
            <numerusform>Rolled back to the settings of version %1; %n command queued.</numerusform>
            <numerusform>Rolled back to the settings of version %1; %n commands queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet: create one on the Groups page</source>
        <translation>No groups yet: create one on the Groups page</translation>
    </message>
    <message>
        <source>Create a group on the Groups page first, then assign the policy to it.</source>
        <translation>Create a group on the Groups page first, then assign the policy to it.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1: the policy is queued for %n device(s).</source>
        <translation>
            <numerusform>Assigned to %1: the policy is queued for %n device.</numerusform>
            <numerusform>Assigned to %1: the policy is queued for %n devices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPathEditor</name>
    <message>
        <source>%1: is not a setting path such as kiosk.branding.department</source>
        <translation>%1: is not a setting path such as kiosk.branding.department</translation>
    </message>
    <message>
        <source>%1: expected PATH=VALUE, e.g. kiosk.enabled=true</source>
        <translation>%1: expected PATH=VALUE, e.g. kiosk.enabled=true</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>A policy named %1 already exists.</source>
        <translation>A policy named %1 already exists.</translation>
    </message>
    <message>
        <source>Policy %1 was changed meanwhile; reload it.</source>
        <translation>Policy %1 was changed meanwhile; reload it.</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>No baseline %1 (there are byod, cope, cosu and shared).</source>
        <translation>No baseline %1 (there are byod, cope, cosu and shared).</translation>
    </message>
    <message>
        <source>Policy %1 has no version %2.</source>
        <translation>Policy %1 has no version %2.</translation>
    </message>
    <message>
        <source>Version %1 is already the current version of %2.</source>
        <translation>Version %1 is already the current version of %2.</translation>
    </message>
    <message>
        <source>No device group with id %1.</source>
        <translation>No device group with id %1.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
</context>
<context>
    <name>PostgresTarget</name>
    <message>
        <source>%1 is not a valid postgresql:// address</source>
        <translation>%1 is not a valid postgresql:// address</translation>
    </message>
    <message>
        <source>%1 is not a key=value connection setting</source>
        <translation>%1 is not a key=value connection setting</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database (postgresql://user@host:port/DBNAME)</source>
        <translation>the PostgreSQL address names no database (postgresql://user@host:port/DBNAME)</translation>
    </message>
</context>
<context>
    <name>PrivacyBoundary</name>
    <message>
        <source>IT cannot see personal apps, photos, messages, browsing, personal email or location, and can never erase this phone: a selective wipe removes only the clinic&apos;s apps and data.</source>
        <translation>IT cannot see personal apps, photos, messages, browsing, personal email or location, and can never erase this phone: a selective wipe removes only the clinic&apos;s apps and data.</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestBuilder</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; cannot be read: %2</source>
        <translation>The policy &quot;%1&quot; cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestCommand</name>
    <message>
        <source>privacy-manifest-%1.pdf</source>
        <translation>privacy-manifest-%1.pdf</translation>
    </message>
    <message>
        <source>Save the privacy manifest</source>
        <translation>Save the privacy manifest</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestPdfWriter</name>
    <message>
        <source>%1 — privacy manifest for %2, generated %3</source>
        <translation>%1 — privacy manifest for %2, generated %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>Cannot start the PDF %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestRules</name>
    <message>
        <source>No device policy is assigned yet: the clinic sets no passcode, camera, VPN or sharing rules on this device.</source>
        <translation>No device policy is assigned yet: the clinic sets no passcode, camera, VPN or sharing rules on this device.</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT can see</source>
        <translation>What the clinic&apos;s IT can see</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT cannot see</source>
        <translation>What the clinic&apos;s IT cannot see</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT can do</source>
        <translation>What the clinic&apos;s IT can do</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT cannot do</source>
        <translation>What the clinic&apos;s IT cannot do</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestText</name>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>none assigned</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>This phone is yours. The clinic manages only its own apps and their data on it, kept apart from your personal apps and data by the phone&apos;s operating system. This manifest is made from the settings in force for this phone when it was generated; if they change, ask IT for a new one.</source>
        <translation>This phone is yours. The clinic manages only its own apps and their data on it, kept apart from your personal apps and data by the phone&apos;s operating system. This manifest is made from the settings in force for this phone when it was generated; if they change, ask IT for a new one.</translation>
    </message>
    <message>
        <source>This device belongs to the clinic. This manifest is made from the settings in force for this device when it was generated; if they change, ask IT for a new one.</source>
        <translation>This device belongs to the clinic. This manifest is made from the settings in force for this device when it was generated; if they change, ask IT for a new one.</translation>
    </message>
    <message>
        <source>Privacy manifest</source>
        <translation>Privacy manifest</translation>
    </message>
</context>
<context>
    <name>ProvisioningSheet</name>
    <message>
        <source>%1 — Android enrollment</source>
        <translation>%1 — Android enrollment</translation>
    </message>
    <message>
        <source>Ownership: %1
Valid once, until %2.

1. Factory-reset the device (or take it out of the box).
2. On the welcome screen, tap the same spot six times.
3. Scan this code; the device downloads the ClinicMDM agent, encrypts itself and enrolls with %3.

This sheet carries a one-time enrollment token%4: keep it like a key and shred it after use.</source>
        <translation>Ownership: %1
Valid once, until %2.

1. Factory-reset the device (or take it out of the box).
2. On the welcome screen, tap the same spot six times.
3. Scan this code; the device downloads the ClinicMDM agent, encrypts itself and enrolls with %3.

This sheet carries a one-time enrollment token%4: keep it like a key and shred it after use.</translation>
    </message>
    <message>
        <source> and the Wi-Fi password</source>
        <translation> and the Wi-Fi password</translation>
    </message>
    <message>
        <source>Android enrollment</source>
        <translation>Android enrollment</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>PushCertificate</name>
    <message>
        <source>The file is not a PKCS#12 (.p12) bundle.</source>
        <translation>The file is not a PKCS#12 (.p12) bundle.</translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation>The PKCS#12 password is wrong.</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle could not be read or lacks the certificate and its key (%1).</source>
        <translation>The PKCS#12 bundle could not be read or lacks the certificate and its key (%1).</translation>
    </message>
    <message>
        <source>The push certificate file is neither PEM nor DER.</source>
        <translation>The push certificate file is neither PEM nor DER.</translation>
    </message>
    <message>
        <source>The private key cannot be read (wrong password or not a PEM key).</source>
        <translation>The private key cannot be read (wrong password or not a PEM key).</translation>
    </message>
</context>
<context>
    <name>PushCertificateBanner</name>
    <message>
        <source>Apple refused the push certificate (%1): Apple devices cannot be woken until it is renewed or replaced.</source>
        <translation>Apple refused the push certificate (%1): Apple devices cannot be woken until it is renewed or replaced.</translation>
    </message>
</context>
<context>
    <name>PushCertificateExpiry</name>
    <message>
        <source>The Apple push certificate expired on %1: Apple devices can no longer be woken. Renew it with the same Apple ID at identity.apple.com.</source>
        <translation>The Apple push certificate expired on %1: Apple devices can no longer be woken. Renew it with the same Apple ID at identity.apple.com.</translation>
    </message>
    <message numerus="yes">
        <source>The Apple push certificate expires on %1 (within %n day(s)). Renew it with the same Apple ID at identity.apple.com; a new certificate instead of a renewal means every Apple device must enroll again.</source>
        <translation>
            <numerusform>The Apple push certificate expires on %1 (within %n day). Renew it with the same Apple ID at identity.apple.com; a new certificate instead of a renewal means every Apple device must enroll again.</numerusform>
            <numerusform>The Apple push certificate expires on %1 (within %n days). Renew it with the same Apple ID at identity.apple.com; a new certificate instead of a renewal means every Apple device must enroll again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushCertificateImport</name>
    <message>
        <source>This certificate has no private key with it and there is no pending certificate request: import the key too, or a PKCS#12 bundle (%1).</source>
        <translation>This certificate has no private key with it and there is no pending certificate request: import the key too, or a PKCS#12 bundle (%1).</translation>
    </message>
</context>
<context>
    <name>PushCertificateService</name>
    <message>
        <source>This certificate has another topic (%1) than the current one (%2): it is a NEW certificate, not a renewal. Every Apple device would have to enroll again. Renew the current certificate with the same Apple ID instead, or explicitly accept re-enrolling every Apple device.</source>
        <translation>This certificate has another topic (%1) than the current one (%2): it is a NEW certificate, not a renewal. Every Apple device would have to enroll again. Renew the current certificate with the same Apple ID instead, or explicitly accept re-enrolling every Apple device.</translation>
    </message>
    <message>
        <source>Confirm your password and code again to replace the push certificate by one with another topic.</source>
        <translation>Confirm your password and code again to replace the push certificate by one with another topic.</translation>
    </message>
    <message>
        <source>No push certificate has been imported.</source>
        <translation>No push certificate has been imported.</translation>
    </message>
</context>
<context>
    <name>PushCredentialLoader</name>
    <message>
        <source>The key %1 cannot be read from the secret store: %2</source>
        <translation>The key %1 cannot be read from the secret store: %2</translation>
    </message>
</context>
<context>
    <name>PushCredentialsPanel</name>
    <message>
        <source>Create certificate request…</source>
        <translation>Create certificate request…</translation>
    </message>
    <message>
        <source>Import certificate…</source>
        <translation>Import certificate…</translation>
    </message>
    <message>
        <source>Import service account…</source>
        <translation>Import service account…</translation>
    </message>
    <message>
        <source>The Apple ID that created the certificate (renewals need the same one)</source>
        <translation>The Apple ID that created the certificate (renewals need the same one)</translation>
    </message>
    <message>
        <source>Apple push certificate (APNs)</source>
        <translation>Apple push certificate (APNs)</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Apple ID:</source>
        <translation>Apple ID:</translation>
    </message>
    <message>
        <source>Firebase Cloud Messaging (Android)</source>
        <translation>Firebase Cloud Messaging (Android)</translation>
    </message>
    <message>
        <source>Service account:</source>
        <translation>Service account:</translation>
    </message>
    <message>
        <source>create a push certificate request</source>
        <translation>create a push certificate request</translation>
    </message>
    <message>
        <source>import the push certificate</source>
        <translation>import the push certificate</translation>
    </message>
    <message>
        <source>import the FCM service account</source>
        <translation>import the FCM service account</translation>
    </message>
    <message>
        <source>record the push certificate&apos;s Apple ID</source>
        <translation>record the push certificate&apos;s Apple ID</translation>
    </message>
    <message>
        <source>APNs refused this certificate: %1</source>
        <translation>APNs refused this certificate: %1</translation>
    </message>
    <message>
        <source>No push certificate yet: Apple devices cannot be woken or enrolled.</source>
        <translation>No push certificate yet: Apple devices cannot be woken or enrolled.</translation>
    </message>
    <message>
        <source>A certificate request is waiting for Apple&apos;s signed certificate: import the certificate that identity.apple.com returns.</source>
        <translation>A certificate request is waiting for Apple&apos;s signed certificate: import the certificate that identity.apple.com returns.</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (project %2)</translation>
    </message>
    <message>
        <source>None: Android devices are woken only at their regular check-in.</source>
        <translation>None: Android devices are woken only at their regular check-in.</translation>
    </message>
    <message>
        <source>Service account (*.json)</source>
        <translation>Service account (*.json)</translation>
    </message>
    <message>
        <source>Certificate request (*.csr *.pem)</source>
        <translation>Certificate request (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Push certificate (*.pem *.cer *.crt *.p12 *.pfx)</source>
        <translation>Push certificate (*.pem *.cer *.crt *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation>Save the certificate request</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saved the request as %1. Have it signed by your MDM vendor, upload it at identity.apple.com, then import the certificate Apple returns.</source>
        <translation>Saved the request as %1. Have it signed by your MDM vendor, upload it at identity.apple.com, then import the certificate Apple returns.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Imported the FCM service account %1.</source>
        <translation>Imported the FCM service account %1.</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Password of %1:</translation>
    </message>
    <message>
        <source>Imported the push certificate for %1, valid until %2.</source>
        <translation>Imported the push certificate for %1, valid until %2.</translation>
    </message>
    <message>
        <source>A new push certificate</source>
        <translation>A new push certificate</translation>
    </message>
    <message>
        <source>Replace it; every Apple device enrolls again</source>
        <translation>Replace it; every Apple device enrolls again</translation>
    </message>
    <message>
        <source>The current push certificate stays.</source>
        <translation>The current push certificate stays.</translation>
    </message>
    <message>
        <source>Saved the Apple ID.</source>
        <translation>Saved the Apple ID.</translation>
    </message>
</context>
<context>
    <name>PushDeviceSummary</name>
    <message>
        <source>none reported yet</source>
        <translation>none reported yet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Push channel</source>
        <translation>Push channel</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>Last push</translation>
    </message>
    <message>
        <source>Wakes waiting</source>
        <translation>Wakes waiting</translation>
    </message>
</context>
<context>
    <name>PushDispatcher</name>
    <message>
        <source>The push trusted roots file %1 holds no certificate.</source>
        <translation>The push trusted roots file %1 holds no certificate.</translation>
    </message>
    <message>
        <source>The APNs push certificate or its key cannot be read.</source>
        <translation>The APNs push certificate or its key cannot be read.</translation>
    </message>
</context>
<context>
    <name>PushExpiryNotifier</name>
    <message>
        <source>Apple push certificate</source>
        <translation>Apple push certificate</translation>
    </message>
    <message>
        <source>Apple refused the push certificate</source>
        <translation>Apple refused the push certificate</translation>
    </message>
</context>
<context>
    <name>QrProvisioningTab</name>
    <message>
        <source>Save printable sheet…</source>
        <translation>Save printable sheet…</translation>
    </message>
    <message>
        <source>%1 is recommended: a personal phone is never provisioned by QR code, which makes the whole device managed.</source>
        <translation>%1 is recommended: a personal phone is never provisioned by QR code, which makes the whole device managed.</translation>
    </message>
    <message>
        <source>Ownership:</source>
        <translation>Ownership:</translation>
    </message>
    <message>
        <source>Agent download (https):</source>
        <translation>Agent download (https):</translation>
    </message>
    <message>
        <source>signing certificate SHA-256, base64url</source>
        <translation>signing certificate SHA-256, base64url</translation>
    </message>
    <message>
        <source>Signature checksum:</source>
        <translation>Signature checksum:</translation>
    </message>
    <message>
        <source>Wi-Fi network (optional):</source>
        <translation>Wi-Fi network (optional):</translation>
    </message>
    <message>
        <source>Wi-Fi password:</source>
        <translation>Wi-Fi password:</translation>
    </message>
    <message>
        <source>Make QR code</source>
        <translation>Make QR code</translation>
    </message>
    <message>
        <source>Save the enrollment sheet</source>
        <translation>Save the enrollment sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG image (*.png)</translation>
    </message>
    <message>
        <source>Scan this code on the welcome screen (tap six times). It enrolls one device, until %1.</source>
        <translation>Scan this code on the welcome screen (tap six times). It enrolls one device, until %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>%1: unknown setting</source>
        <translation>%1: unknown setting</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: must be true or false</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: must be a whole number</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3..%4</source>
        <translation>%1: %2 is outside %3..%4</translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation>%1: must be text</translation>
    </message>
    <message>
        <source>%1: must be a list of text</source>
        <translation>%1: must be a list of text</translation>
    </message>
    <message>
        <source>%1: every entry must be non-empty text</source>
        <translation>%1: every entry must be non-empty text</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1: must be a list</translation>
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
    <name>ReenrollmentService</name>
    <message>
        <source>This console never issued %1 a device identity (it was imported or is demo data): the first device of its platform and ownership that enrolls with its serial number becomes it without an expectation.</source>
        <translation>This console never issued %1 a device identity (it was imported or is demo data): the first device of its platform and ownership that enrolls with its serial number becomes it without an expectation.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>A re-enrollment is expected for 1 to %1 hours, not %2.</source>
        <translation>A re-enrollment is expected for 1 to %1 hours, not %2.</translation>
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
    <name>ReportChartPainter</name>
    <message>
        <source>Compliance by safeguard</source>
        <translation>Compliance by safeguard</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>compliant</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>non-compliant</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Compliant devices per safeguard, by day (%)</source>
        <translation>Compliant devices per safeguard, by day (%)</translation>
    </message>
    <message>
        <source>No daily snapshots in this period yet.</source>
        <translation>No daily snapshots in this period yet.</translation>
    </message>
</context>
<context>
    <name>ReportPageLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The period starts after it ends.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>ResetForNextPatientCommand</name>
    <message>
        <source>Reset %1</source>
        <translation>Reset %1</translation>
    </message>
    <message>
        <source>Sign the current clinician out of &quot;%1&quot; and clear the patient apps&apos; data, so the next patient starts fresh?</source>
        <translation>Sign the current clinician out of &quot;%1&quot; and clear the patient apps&apos; data, so the next patient starts fresh?</translation>
    </message>
    <message>
        <source>Reset for next patient</source>
        <translation>Reset for next patient</translation>
    </message>
</context>
<context>
    <name>ResetScheduleDialog</name>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Save schedule</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Reset schedule of %1</source>
        <translation>Reset schedule of %1</translation>
    </message>
    <message>
        <source>At these times the console resets the tablet for the next patient on its own: the signed-in clinician&apos;s session ends and the patient apps&apos; data is cleared. Times are this computer&apos;s local time.</source>
        <translation>At these times the console resets the tablet for the next patient on its own: the signed-in clinician&apos;s session ends and the patient apps&apos; data is cleared. Times are this computer&apos;s local time.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Only an Administrator can change reset schedules.</source>
        <translation>Only an Administrator can change reset schedules.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choose at least one day.</translation>
    </message>
    <message>
        <source>Select one of this tablet&apos;s own schedules to remove it (a group&apos;s schedule is changed for the group).</source>
        <translation>Select one of this tablet&apos;s own schedules to remove it (a group&apos;s schedule is changed for the group).</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>This tablet</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>No schedule yet: the tablet is reset only when someone asks for it.</source>
        <translation>No schedule yet: the tablet is reset only when someone asks for it.</translation>
    </message>
</context>
<context>
    <name>ResetScheduleRepository</name>
    <message>
        <source>No reset schedule %1.</source>
        <translation>No reset schedule %1.</translation>
    </message>
</context>
<context>
    <name>ResetScheduleService</name>
    <message>
        <source>A reset schedule is for one device or one group.</source>
        <translation>A reset schedule is for one device or one group.</translation>
    </message>
    <message>
        <source>The time must be HH:MM (00:00 to 23:59), not %1.</source>
        <translation>The time must be HH:MM (00:00 to 23:59), not %1.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>%1 is not a shared device; only shared tablets are reset for the next patient.</source>
        <translation>%1 is not a shared device; only shared tablets are reset for the next patient.</translation>
    </message>
    <message>
        <source>No device group with id %1.</source>
        <translation>No device group with id %1.</translation>
    </message>
    <message>
        <source>No reset schedule %1.</source>
        <translation>No reset schedule %1.</translation>
    </message>
</context>
<context>
    <name>ResetScheduler</name>
    <message>
        <source>Scheduled reset of %1 failed: %2</source>
        <translation>Scheduled reset of %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot record the run of reset schedule %1.</source>
        <translation>Cannot record the run of reset schedule %1.</translation>
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
    <name>Safeguard</name>
    <message>
        <source>Access control</source>
        <translation>Access control</translation>
    </message>
    <message>
        <source>Device passcode policy (length, complexity, wipe after failed attempts); admin accounts with roles and TOTP</source>
        <translation>Device passcode policy (length, complexity, wipe after failed attempts); admin accounts with roles and TOTP</translation>
    </message>
    <message>
        <source>Automatic logoff</source>
        <translation>Automatic logoff</translation>
    </message>
    <message>
        <source>Device auto-lock and shared-device session timeout; the console locks itself after inactivity</source>
        <translation>Device auto-lock and shared-device session timeout; the console locks itself after inactivity</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Encryption at rest</translation>
    </message>
    <message>
        <source>Storage encryption required and reported by every device; console secrets in the OS keychain</source>
        <translation>Storage encryption required and reported by every device; console secrets in the OS keychain</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Managed open-in, managed pasteboard, cross-profile limits and managed app configuration, applied by the assigned policy</source>
        <translation>Managed open-in, managed pasteboard, cross-profile limits and managed app configuration, applied by the assigned policy</translation>
    </message>
    <message>
        <source>Transmission security</source>
        <translation>Transmission security</translation>
    </message>
    <message>
        <source>Always-on or per-app VPN profiles; TLS-only device endpoint</source>
        <translation>Always-on or per-app VPN profiles; TLS-only device endpoint</translation>
    </message>
    <message>
        <source>Device and media controls</source>
        <translation>Device and media controls</translation>
    </message>
    <message>
        <source>Remote wipe: full for corporate devices, selective (work data only) for BYOD, never a full wipe of a personal device</source>
        <translation>Remote wipe: full for corporate devices, selective (work data only) for BYOD, never a full wipe of a personal device</translation>
    </message>
    <message>
        <source>Protection from malicious software</source>
        <translation>Protection from malicious software</translation>
    </message>
    <message>
        <source>Minimum OS versions and Android security patch age; Android system updates installed automatically (kiosks at night); Apple updates are not scheduled</source>
        <translation>Minimum OS versions and Android security patch age; Android system updates installed automatically (kiosks at night); Apple updates are not scheduled</translation>
    </message>
    <message>
        <source>Audit controls</source>
        <translation>Audit controls</translation>
    </message>
    <message>
        <source>Every admin action and device event recorded (who, when, which device, what) in a hash chain with signed checkpoints</source>
        <translation>Every admin action and device event recorded (who, when, which device, what) in a hash chain with signed checkpoints</translation>
    </message>
    <message>
        <source>Person or entity authentication</source>
        <translation>Person or entity authentication</translation>
    </message>
    <message>
        <source>Device identity certificates bound at enrollment; admin passwords with TOTP</source>
        <translation>Device identity certificates bound at enrollment; admin passwords with TOTP</translation>
    </message>
</context>
<context>
    <name>ScepRequest</name>
    <message>
        <source>No certificate authority is loaded.</source>
        <translation>No certificate authority is loaded.</translation>
    </message>
    <message>
        <source>The SCEP message is empty or too large.</source>
        <translation>The SCEP message is empty or too large.</translation>
    </message>
    <message>
        <source>The SCEP message is not a CMS SignedData structure.</source>
        <translation>The SCEP message is not a CMS SignedData structure.</translation>
    </message>
    <message>
        <source>The SCEP message must have exactly one signer.</source>
        <translation>The SCEP message must have exactly one signer.</translation>
    </message>
    <message>
        <source>The SCEP message&apos;s signature does not verify.</source>
        <translation>The SCEP message&apos;s signature does not verify.</translation>
    </message>
    <message>
        <source>The SCEP message does not carry its signer&apos;s certificate.</source>
        <translation>The SCEP message does not carry its signer&apos;s certificate.</translation>
    </message>
    <message>
        <source>Only PKCSReq and RenewalReq SCEP messages are supported.</source>
        <translation>Only PKCSReq and RenewalReq SCEP messages are supported.</translation>
    </message>
    <message>
        <source>The SCEP message lacks a transaction id or a 16-byte sender nonce.</source>
        <translation>The SCEP message lacks a transaction id or a 16-byte sender nonce.</translation>
    </message>
    <message>
        <source>The SCEP message does not contain an EnvelopedData structure.</source>
        <translation>The SCEP message does not contain an EnvelopedData structure.</translation>
    </message>
    <message>
        <source>The SCEP envelope cannot be decrypted with the certificate authority&apos;s key.</source>
        <translation>The SCEP envelope cannot be decrypted with the certificate authority&apos;s key.</translation>
    </message>
    <message>
        <source>The SCEP envelope does not hold a PKCS#10 certificate request.</source>
        <translation>The SCEP envelope does not hold a PKCS#10 certificate request.</translation>
    </message>
    <message>
        <source>The SCEP message is not signed with the requested key.</source>
        <translation>The SCEP message is not signed with the requested key.</translation>
    </message>
    <message>
        <source>No pending request or certificate matches this SCEP query.</source>
        <translation>No pending request or certificate matches this SCEP query.</translation>
    </message>
    <message>
        <source>The SCEP envelope uses a content-encryption algorithm this console does not accept (%1).</source>
        <translation>The SCEP envelope uses a content-encryption algorithm this console does not accept (%1).</translation>
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
    <message>
        <source>Apple (link / QR)</source>
        <translation>Apple (link / QR)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Command queued: the device carries it out when it next checks in.</source>
        <translation>Command queued: the device carries it out when it next checks in.</translation>
    </message>
    <message>
        <source>Privacy manifest saved to %1.</source>
        <translation>Privacy manifest saved to %1.</translation>
    </message>
    <message>
        <source>Command cancelled.</source>
        <translation>Command cancelled.</translation>
    </message>
</context>
<context>
    <name>SelectiveWipeCommand</name>
    <message>
        <source>Selective wipe of %1</source>
        <translation>Selective wipe of %1</translation>
    </message>
    <message>
        <source>Remove the clinic&apos;s apps, accounts and data from &quot;%1&quot;? Personal apps, photos and data stay untouched. The device leaves management and must be enrolled again to reach clinic data.</source>
        <translation>Remove the clinic&apos;s apps, accounts and data from &quot;%1&quot;? Personal apps, photos and data stay untouched. The device leaves management and must be enrolled again to reach clinic data.</translation>
    </message>
    <message>
        <source>Remove clinic data</source>
        <translation>Remove clinic data</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>%1 is not signed in on this device.</source>
        <translation>%1 is not signed in on this device.</translation>
    </message>
    <message>
        <source>Nobody is signed in on this device.</source>
        <translation>Nobody is signed in on this device.</translation>
    </message>
</context>
<context>
    <name>SessionsVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time such as 2026-11-24T14:05:00Z</source>
        <translation>--at needs an ISO 8601 time such as 2026-11-24T14:05:00Z</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no device with id or serial %1</translation>
    </message>
    <message>
        <source>Nobody was signed in on %1 at %2.</source>
        <translation>Nobody was signed in on %1 at %2.</translation>
    </message>
    <message>
        <source>No sessions on %1.</source>
        <translation>No sessions on %1.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>SIGNED IN</source>
        <translation>SIGNED IN</translation>
    </message>
    <message>
        <source>SIGNED OUT</source>
        <translation>SIGNED OUT</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOW</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>(signed in)</source>
        <translation>(signed in)</translation>
    </message>
    <message>
        <source>%1 is reset for the next patient: %2 command(s) queued to clear the patient apps.</source>
        <translation>%1 is reset for the next patient: %2 command(s) queued to clear the patient apps.</translation>
    </message>
    <message>
        <source>%1&apos;s session was ended.</source>
        <translation>%1&apos;s session was ended.</translation>
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
    <message>
        <source>The listen address must be an IP address (0.0.0.0 for all).</source>
        <translation>The listen address must be an IP address (0.0.0.0 for all).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>&quot;%1&quot; is not a host name or IP address.</translation>
    </message>
    <message>
        <source>The public URL must be an https:// address (or empty).</source>
        <translation>The public URL must be an https:// address (or empty).</translation>
    </message>
    <message>
        <source>The APNs environment is production or sandbox.</source>
        <translation>The APNs environment is production or sandbox.</translation>
    </message>
    <message>
        <source>%1 cannot contain spaces.</source>
        <translation>%1 cannot contain spaces.</translation>
    </message>
    <message>
        <source>%1 must be a host name or IP address (or empty for Apple&apos;s).</source>
        <translation>%1 must be a host name or IP address (or empty for Apple&apos;s).</translation>
    </message>
    <message>
        <source>%1 must be an https:// address (or empty for Google&apos;s).</source>
        <translation>%1 must be an https:// address (or empty for Google&apos;s).</translation>
    </message>
    <message>
        <source>%1 must be the absolute path of a PEM file of certificates (or empty for the system&apos;s).</source>
        <translation>%1 must be the absolute path of a PEM file of certificates (or empty for the system&apos;s).</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>The database is busy; try again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; is not an email address.</translation>
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
    <name>SetupAssistant</name>
    <message>
        <source>ClinicMDM setup assistant</source>
        <translation>ClinicMDM setup assistant</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>The name appears in the compliance reports and on the policies sent to devices.</source>
        <translation>The name appears in the compliance reports and on the policies sent to devices.</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>Every page of this assistant can be skipped, and everything it sets can be changed later in Settings.</source>
        <translation>Every page of this assistant can be skipped, and everything it sets can be changed later in Settings.</translation>
    </message>
    <message>
        <source>How devices reach the console</source>
        <translation>How devices reach the console</translation>
    </message>
    <message>
        <source>Phones and tablets check in to this console over HTTPS. Give the address they can reach from the clinic&apos;s Wi-Fi, then let the console try it itself.</source>
        <translation>Phones and tablets check in to this console over HTTPS. Give the address they can reach from the clinic&apos;s Wi-Fi, then let the console try it itself.</translation>
    </message>
    <message>
        <source>This console runs without a secret store, so it has no device endpoint.</source>
        <translation>This console runs without a secret store, so it has no device endpoint.</translation>
    </message>
    <message>
        <source>Use a name your DNS server or router resolves to this computer, e.g. &lt;i&gt;https://mdm.clinic.example:8443&lt;/i&gt;. The console fetches its own /health page through it, checking the name, the port and the TLS certificate as a phone would.</source>
        <translation>Use a name your DNS server or router resolves to this computer, e.g. &lt;i&gt;https://mdm.clinic.example:8443&lt;/i&gt;. The console fetches its own /health page through it, checking the name, the port and the TLS certificate as a phone would.</translation>
    </message>
    <message>
        <source>Apple push certificate</source>
        <translation>Apple push certificate</translation>
    </message>
    <message>
        <source>Android push (optional)</source>
        <translation>Android push (optional)</translation>
    </message>
    <message>
        <source>Without it, iPhones and iPads cannot enroll: Apple wakes them only for the holder of an MDM push certificate.</source>
        <translation>Without it, iPhones and iPads cannot enroll: Apple wakes them only for the holder of an MDM push certificate.</translation>
    </message>
    <message>
        <source>A Firebase service account lets the console wake Android devices at once. Without it they pick up commands at their regular check-in. You can skip this page.</source>
        <translation>A Firebase service account lets the console wake Android devices at once. Without it they pick up commands at their regular check-in. You can skip this page.</translation>
    </message>
    <message>
        <source>1. &lt;b&gt;Create certificate request…&lt;/b&gt; saves a CSR file.&lt;br&gt;2. Send it to your MDM vendor to sign, then upload the signed request at &lt;a href=&quot;https://identity.apple.com&quot;&gt;identity.apple.com&lt;/a&gt; with the clinic&apos;s Apple ID.&lt;br&gt;3. &lt;b&gt;Import certificate…&lt;/b&gt; the file Apple returns, and record the Apple ID: renewing the certificate needs the same one.</source>
        <translation>1. &lt;b&gt;Create certificate request…&lt;/b&gt; saves a CSR file.&lt;br&gt;2. Send it to your MDM vendor to sign, then upload the signed request at &lt;a href=&quot;https://identity.apple.com&quot;&gt;identity.apple.com&lt;/a&gt; with the clinic&apos;s Apple ID.&lt;br&gt;3. &lt;b&gt;Import certificate…&lt;/b&gt; the file Apple returns, and record the Apple ID: renewing the certificate needs the same one.</translation>
    </message>
    <message>
        <source>This console runs without a secret store, so it cannot keep push keys.</source>
        <translation>This console runs without a secret store, so it cannot keep push keys.</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Two-factor sign-in</translation>
    </message>
    <message>
        <source>✔ Done: %1 signs in with a password and a code from the authenticator app.</source>
        <translation>✔ Done: %1 signs in with a password and a code from the authenticator app.</translation>
    </message>
    <message>
        <source>%1 signs in with a password only. Set up two-factor sign-in in Settings &gt; Accounts.</source>
        <translation>%1 signs in with a password only. Set up two-factor sign-in in Settings &gt; Accounts.</translation>
    </message>
    <message>
        <source>Other administrators set up theirs when they first sign in. Settings &gt; Accounts adds admins and resets a lost authenticator.</source>
        <translation>Other administrators set up theirs when they first sign in. Settings &gt; Accounts adds admins and resets a lost authenticator.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>The dashboard&apos;s &lt;b&gt;Getting started&lt;/b&gt; list shows what is left: enroll the first device, assign a baseline policy and export the first compliance report. Help &gt; Setup assistant opens this assistant again.</source>
        <translation>The dashboard&apos;s &lt;b&gt;Getting started&lt;/b&gt; list shows what is left: enroll the first device, assign a baseline policy and export the first compliance report. Help &gt; Setup assistant opens this assistant again.</translation>
    </message>
</context>
<context>
    <name>SharedSessionService</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No device with id %1.</translation>
    </message>
    <message>
        <source>%1 is not a shared device; sessions are kept for shared clinical tablets only.</source>
        <translation>%1 is not a shared device; sessions are kept for shared clinical tablets only.</translation>
    </message>
    <message>
        <source>A sign-in has no reason.</source>
        <translation>A sign-in has no reason.</translation>
    </message>
    <message>
        <source>The events are not in the order they happened.</source>
        <translation>The events are not in the order they happened.</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Event %1: %2</translation>
    </message>
    <message>
        <source>%1 is an Android tablet: its clinician signs out on the tablet (or its session times out); use Reset for next patient to end the session from the console.</source>
        <translation>%1 is an Android tablet: its clinician signs out on the tablet (or its session times out); use Reset for next patient to end the session from the console.</translation>
    </message>
    <message>
        <source>Nobody is signed in on %1.</source>
        <translation>Nobody is signed in on %1.</translation>
    </message>
    <message>
        <source>%1 is signed in on %2, not %3; nothing was sent.</source>
        <translation>%1 is signed in on %2, not %3; nothing was sent.</translation>
    </message>
</context>
<context>
    <name>SignOutUserCommand</name>
    <message>
        <source>Nobody is signed in on %1.</source>
        <translation>Nobody is signed in on %1.</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>Sign out %1</translation>
    </message>
    <message>
        <source>Sign %1 out of &quot;%2&quot;? The iPad returns to its sign-in screen when it next checks in.</source>
        <translation>Sign %1 out of &quot;%2&quot;? The iPad returns to its sign-in screen when it next checks in.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
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
<context>
    <name>UsbDeviceEnrollment</name>
    <message>
        <source>Waiting for the agent&apos;s first check-in</source>
        <translation>Waiting for the agent&apos;s first check-in</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Reading the device&apos;s properties</source>
        <translation>Reading the device&apos;s properties</translation>
    </message>
    <message>
        <source>The device has not authorized this computer: accept the RSA prompt on the tablet&apos;s screen, then retry.</source>
        <translation>The device has not authorized this computer: accept the RSA prompt on the tablet&apos;s screen, then retry.</translation>
    </message>
    <message>
        <source>Android %1</source>
        <translation>Android %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are signed in on the device. A device owner can only be set on a factory-fresh device: remove the accounts (or factory-reset) and retry.</source>
        <translation>
            <numerusform>%n account are signed in on the device. A device owner can only be set on a factory-fresh device: remove the accounts (or factory-reset) and retry.</numerusform>
            <numerusform>%n accounts are signed in on the device. A device owner can only be set on a factory-fresh device: remove the accounts (or factory-reset) and retry.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device&apos;s accounts could not be read (dumpsys account).</source>
        <translation>The device&apos;s accounts could not be read (dumpsys account).</translation>
    </message>
    <message>
        <source>No accounts on the device</source>
        <translation>No accounts on the device</translation>
    </message>
    <message>
        <source>Installing %1 (SHA-256 %2)</source>
        <translation>Installing %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Installing the agent failed: %1</source>
        <translation>Installing the agent failed: %1</translation>
    </message>
    <message>
        <source>Making the agent device owner</source>
        <translation>Making the agent device owner</translation>
    </message>
    <message>
        <source>The device refused to make the agent device owner: %1</source>
        <translation>The device refused to make the agent device owner: %1</translation>
    </message>
    <message>
        <source>No enrollment token could be made: %1</source>
        <translation>No enrollment token could be made: %1</translation>
    </message>
    <message>
        <source>Handing the console address and token to the agent</source>
        <translation>Handing the console address and token to the agent</translation>
    </message>
    <message>
        <source>The agent did not take the hand-over: %1</source>
        <translation>The agent did not take the hand-over: %1</translation>
    </message>
    <message numerus="yes">
        <source>The agent did not check in within %n minute(s): can the tablet reach %1 on the network?</source>
        <translation>
            <numerusform>The agent did not check in within %n minute: can the tablet reach %1 on the network?</numerusform>
            <numerusform>The agent did not check in within %n minutes: can the tablet reach %1 on the network?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsbDeviceTableModel</name>
    <message>
        <source>Unplugged</source>
        <translation>Unplugged</translation>
    </message>
    <message>
        <source>Unauthorized: accept the RSA prompt on the tablet&apos;s screen</source>
        <translation>Unauthorized: accept the RSA prompt on the tablet&apos;s screen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) attached, %1 ready.</source>
        <translation>
            <numerusform>%n device attached, %1 ready.</numerusform>
            <numerusform>%n devices attached, %1 ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 enrolled, %2 failed, %3 in progress.</source>
        <translation>%1 enrolled, %2 failed, %3 in progress.</translation>
    </message>
</context>
<context>
    <name>UsbEnrollment</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Installing the agent</source>
        <translation>Installing the agent</translation>
    </message>
    <message>
        <source>Setting device owner</source>
        <translation>Setting device owner</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Handing over</translation>
    </message>
    <message>
        <source>Waiting for check-in</source>
        <translation>Waiting for check-in</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>UsbEnrollmentEngine</name>
    <message>
        <source>The agent APK %1 cannot be read: %2</source>
        <translation>The agent APK %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The agent APK %1 cannot be read.</source>
        <translation>The agent APK %1 cannot be read.</translation>
    </message>
    <message>
        <source>An enrollment is already running.</source>
        <translation>An enrollment is already running.</translation>
    </message>
    <message>
        <source>The console address must be an https:// URL.</source>
        <translation>The console address must be an https:// URL.</translation>
    </message>
    <message>
        <source>The console CA fingerprint is missing.</source>
        <translation>The console CA fingerprint is missing.</translation>
    </message>
    <message>
        <source>Choose the agent APK to install (%1 is not a file).</source>
        <translation>Choose the agent APK to install (%1 is not a file).</translation>
    </message>
    <message>
        <source>No device is attached.</source>
        <translation>No device is attached.</translation>
    </message>
    <message>
        <source>The device has not authorized this computer: accept the RSA prompt on the tablet&apos;s screen, then retry.</source>
        <translation>The device has not authorized this computer: accept the RSA prompt on the tablet&apos;s screen, then retry.</translation>
    </message>
    <message>
        <source>The device is %1, not ready for adb.</source>
        <translation>The device is %1, not ready for adb.</translation>
    </message>
    <message>
        <source>%1 has no failed enrollment to retry.</source>
        <translation>%1 has no failed enrollment to retry.</translation>
    </message>
    <message>
        <source>%1 is already enrolling.</source>
        <translation>%1 is already enrolling.</translation>
    </message>
    <message>
        <source>The device was unplugged during &quot;%1&quot;; plug it in again and retry.</source>
        <translation>The device was unplugged during &quot;%1&quot;; plug it in again and retry.</translation>
    </message>
    <message>
        <source>The console CA fingerprint must be its SHA-256 as 64 lowercase hex digits, without colons.</source>
        <translation>The console CA fingerprint must be its SHA-256 as 64 lowercase hex digits, without colons.</translation>
    </message>
</context>
<context>
    <name>UsbEnrollmentTab</name>
    <message>
        <source>Waiting to contact the adb server…</source>
        <translation>Waiting to contact the adb server…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>Enroll all</source>
        <translation>Enroll all</translation>
    </message>
    <message>
        <source>Connected to the adb server on port %1. Plug the tablets in and allow USB debugging.</source>
        <translation>Connected to the adb server on port %1. Plug the tablets in and allow USB debugging.</translation>
    </message>
    <message numerus="yes">
        <source>All %n device(s) enrolled.</source>
        <translation>
            <numerusform>All %n device enrolled.</numerusform>
            <numerusform>All %n devices enrolled.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 enrolled, %2 failed: see the reasons in the list, fix them and retry.</source>
        <translation>%1 enrolled, %2 failed: see the reasons in the list, fix them and retry.</translation>
    </message>
    <message>
        <source>Ownership:</source>
        <translation>Ownership:</translation>
    </message>
    <message>
        <source>HIPAA baseline for the ownership model</source>
        <translation>HIPAA baseline for the ownership model</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Policy:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>The ClinicMDM agent APK</source>
        <translation>The ClinicMDM agent APK</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Agent APK:</source>
        <translation>Agent APK:</translation>
    </message>
    <message>
        <source>APK SHA-256:</source>
        <translation>APK SHA-256:</translation>
    </message>
    <message>
        <source>Console:</source>
        <translation>Console:</translation>
    </message>
    <message>
        <source>Choose the agent APK</source>
        <translation>Choose the agent APK</translation>
    </message>
    <message>
        <source>Android packages (*.apk)</source>
        <translation>Android packages (*.apk)</translation>
    </message>
    <message>
        <source>The console&apos;s address and CA are not set up yet: start the device endpoint first.</source>
        <translation>The console&apos;s address and CA are not set up yet: start the device endpoint first.</translation>
    </message>
    <message>
        <source>%1 (CA SHA-256 %2)</source>
        <translation>%1 (CA SHA-256 %2)</translation>
    </message>
    <message>
        <source>Contacting the adb server…</source>
        <translation>Contacting the adb server…</translation>
    </message>
    <message numerus="yes">
        <source>Resumed the enrollment of %n device(s) that was interrupted.</source>
        <translation>
            <numerusform>Resumed the enrollment of %n device that was interrupted.</numerusform>
            <numerusform>Resumed the enrollment of %n devices that was interrupted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolling %n device(s)…</source>
        <translation>
            <numerusform>Enrolling %n device…</numerusform>
            <numerusform>Enrolling %n devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n device(s)…</source>
        <translation>
            <numerusform>Retrying %n device…</numerusform>
            <numerusform>Retrying %n devices…</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed device to retry.</source>
        <translation>No failed device to retry.</translation>
    </message>
</context>
<context>
    <name>VendorRepository</name>
    <message>
        <source>A vendor needs a name.</source>
        <translation>A vendor needs a name.</translation>
    </message>
    <message>
        <source>Vendor %1 is already registered.</source>
        <translation>Vendor %1 is already registered.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Cannot start a database transaction: %1</translation>
    </message>
    <message>
        <source>Cannot commit to the database: %1</source>
        <translation>Cannot commit to the database: %1</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>failure</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>MMM d</source>
        <extracomment>Day and month on a chart&apos;s time axis (Qt date format); Spanish puts the day first.</extracomment>
        <translation>MMM d</translation>
    </message>
</context>
<context>
    <name>DeviceQuery</name>
    <message>
        <source>The search text is %1 characters long; searches are at most %2.</source>
        <translation>The search text is %1 characters long; searches are at most %2.</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestBatch</name>
    <message>
        <source>Cancelled after %1 of %2 manifests.</source>
        <translation>Cancelled after %1 of %2 manifests.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <source>Whole fleet</source>
        <translation>Whole fleet</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Group “%1”</translation>
    </message>
    <message>
        <source>Department “%1”</source>
        <translation>Department “%1”</translation>
    </message>
    <message>
        <source>Ownership %1</source>
        <translation>Ownership %1</translation>
    </message>
</context>
<context>
    <name>ReportScopeFilter</name>
    <message>
        <source>There is no group named “%1”.</source>
        <translation>There is no group named “%1”.</translation>
    </message>
    <message>
        <source>“%1” is no ownership model (one of %2).</source>
        <translation>“%1” is no ownership model (one of %2).</translation>
    </message>
    <message>
        <source>The report&apos;s scope names nothing.</source>
        <translation>The report&apos;s scope names nothing.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Save the compliance report</source>
        <translation>Save the compliance report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Folder for the privacy manifests</source>
        <translation>Folder for the privacy manifests</translation>
    </message>
    <message>
        <source>Past exports</source>
        <translation>Past exports</translation>
    </message>
    <message>
        <source>The first pages of the report appear here once it is written.</source>
        <translation>The first pages of the report appear here once it is written.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>BYOD privacy manifests</source>
        <translation>BYOD privacy manifests</translation>
    </message>
    <message>
        <source>HIPAA compliance report</source>
        <translation>HIPAA compliance report</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The last day of the reporting period: device states are judged at the end of that day, and the period covers the 30 days up to it.</source>
        <translation>The last day of the reporting period: device states are judged at the end of that day, and the period covers the 30 days up to it.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the format, the devices and the day, then Export…</source>
        <translation>Choose the format, the devices and the day, then Export…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Devices:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>One PDF per personally owned device, saying what the clinic can and cannot see or do on it.</source>
        <translation>One PDF per personally owned device, saying what the clinic can and cannot see or do on it.</translation>
    </message>
    <message>
        <source>Write all manifests…</source>
        <translation>Write all manifests…</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Wrote %1: %2 devices, SHA-256 %3.</source>
        <translation>Wrote %1: %2 devices, SHA-256 %3.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Cannot open %1 on this system.</source>
        <translation>Cannot open %1 on this system.</translation>
    </message>
    <message>
        <source>%1 manifests written.</source>
        <translation>%1 manifests written.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Writing into %1…</source>
        <translation>Writing into %1…</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Compliance state as of %1, evaluated from what each device last reported. A device is compliant only when every safeguard below is met; it is unknown when it has not checked in for %2 days.</source>
        <translation>Compliance state as of %1, evaluated from what each device last reported. A device is compliant only when every safeguard below is met; it is unknown when it has not checked in for %2 days.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Whole fleet</translation>
    </message>
    <message>
        <source>Devices in the fleet</source>
        <translation>Devices in the fleet</translation>
    </message>
    <message>
        <source>Devices in the scope</source>
        <translation>Devices in the scope</translation>
    </message>
    <message>
        <source>Managed devices evaluated</source>
        <translation>Managed devices evaluated</translation>
    </message>
    <message>
        <source>Compliant with every safeguard</source>
        <translation>Compliant with every safeguard</translation>
    </message>
    <message>
        <source>Non-compliant (at least one safeguard)</source>
        <translation>Non-compliant (at least one safeguard)</translation>
    </message>
    <message>
        <source>Unknown (no recent check-in or value not reported)</source>
        <translation>Unknown (no recent check-in or value not reported)</translation>
    </message>
    <message>
        <source>Managed devices without an assigned policy</source>
        <translation>Managed devices without an assigned policy</translation>
    </message>
    <message>
        <source>Not managed (pending, unenrolled or wiped; not evaluated)</source>
        <translation>Not managed (pending, unenrolled or wiped; not evaluated)</translation>
    </message>
    <message>
        <source>Policies in use</source>
        <translation>Policies in use</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>verified intact (%1 entries)</source>
        <translation>verified intact (%1 entries)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED: see the audit section</source>
        <translation>VERIFICATION FAILED: see the audit section</translation>
    </message>
    <message>
        <source>Latest signed audit checkpoint</source>
        <translation>Latest signed audit checkpoint</translation>
    </message>
    <message>
        <source>entry %1, signed %2</source>
        <translation>entry %1, signed %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Audit key fingerprint (SHA-256)</source>
        <translation>Audit key fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>no audit key yet</source>
        <translation>no audit key yet</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source> (addressable)</source>
        <translation> (addressable)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source>Enforced by</source>
        <translation>Enforced by</translation>
    </message>
    <message>
        <source>Compliant devices</source>
        <translation>Compliant devices</translation>
    </message>
    <message>
        <source>Non-compliant devices</source>
        <translation>Non-compliant devices</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Compliant by ownership</source>
        <translation>Compliant by ownership</translation>
    </message>
    <message>
        <source>Trail verification</source>
        <translation>Trail verification</translation>
    </message>
    <message>
        <source>hash chain intact, every checkpoint signature valid</source>
        <translation>hash chain intact, every checkpoint signature valid</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Admin accounts with MFA</source>
        <translation>Admin accounts with MFA</translation>
    </message>
    <message>
        <source>%1 of %2 active accounts</source>
        <translation>%1 of %2 active accounts</translation>
    </message>
    <message>
        <source>Devices bound to an identity certificate</source>
        <translation>Devices bound to an identity certificate</translation>
    </message>
    <message>
        <source>Non-compliant devices and reasons</source>
        <translation>Non-compliant devices and reasons</translation>
    </message>
    <message>
        <source>Each row is one safeguard a device does not meet, with the value it reported and when.</source>
        <translation>Each row is one safeguard a device does not meet, with the value it reported and when.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Safeguard</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Devices whose state is unknown</source>
        <translation>Devices whose state is unknown</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Last check-in</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Settings changed from baseline</source>
        <translation>Settings changed from baseline</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Addressable specifications: decisions and rationale</source>
        <translation>Addressable specifications: decisions and rationale</translation>
    </message>
    <message>
        <source>HIPAA lets an addressable specification be implemented, met by an alternative, or documented as not reasonable; each policy in use records its decision.</source>
        <translation>HIPAA lets an addressable specification be implemented, met by an alternative, or documented as not reasonable; each policy in use records its decision.</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Audit trail verification (164.312(b))</source>
        <translation>Audit trail verification (164.312(b))</translation>
    </message>
    <message>
        <source>The trail was recomputed from its first entry when this report was made. Each entry&apos;s SHA-256 covers the one before, and checkpoints are signed with the console&apos;s audit key, so an edited, deleted or inserted entry is detected.</source>
        <translation>The trail was recomputed from its first entry when this report was made. Each entry&apos;s SHA-256 covers the one before, and checkpoints are signed with the console&apos;s audit key, so an edited, deleted or inserted entry is detected.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Hash chain</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>BROKEN at entry %1: %2</source>
        <translation>BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <source>Entries verified</source>
        <translation>Entries verified</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>entry %1 (%2) to entry %3 (%4)</source>
        <translation>entry %1 (%2) to entry %3 (%4)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Signed checkpoints checked</source>
        <translation>Signed checkpoints checked</translation>
    </message>
    <message>
        <source>Last good checkpoint</source>
        <translation>Last good checkpoint</translation>
    </message>
    <message>
        <source>covers entries up to %1, signed %2</source>
        <translation>covers entries up to %1, signed %2</translation>
    </message>
    <message>
        <source>Checkpoint key fingerprint (SHA-256)</source>
        <translation>Checkpoint key fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Checkpoint chain hash</source>
        <translation>Checkpoint chain hash</translation>
    </message>
    <message>
        <source>Console audit key fingerprint (SHA-256)</source>
        <translation>Console audit key fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Entries after the last checkpoint</source>
        <translation>Entries after the last checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint problem</source>
        <translation>Checkpoint problem</translation>
    </message>
    <message>
        <source>Verification error</source>
        <translation>Verification error</translation>
    </message>
    <message>
        <source>Newest entry hash</source>
        <translation>Newest entry hash</translation>
    </message>
    <message>
        <source>Recorded actions in the period</source>
        <translation>Recorded actions in the period</translation>
    </message>
    <message>
        <source>Vendor and Business Associate Agreement register</source>
        <translation>Vendor and Business Associate Agreement register</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Handles ePHI</source>
        <translation>Handles ePHI</translation>
    </message>
    <message>
        <source>BAA signed</source>
        <translation>BAA signed</translation>
    </message>
    <message>
        <source>BAA expires</source>
        <translation>BAA expires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>not configured on this console</source>
        <translation>not configured on this console</translation>
    </message>
    <message>
        <source>no expiry date (valid until revoked)</source>
        <translation>no expiry date (valid until revoked)</translation>
    </message>
    <message>
        <source>Appendix: every managed device</source>
        <translation>Appendix: every managed device</translation>
    </message>
    <message>
        <source>OK = compliant, FAIL = non-compliant (reason in the non-compliant section), ? = unknown. Columns: AC access control, AL automatic logoff, EN encryption, IN integrity, TX transmission security, DM device and media controls, UP updates.</source>
        <translation>OK = compliant, FAIL = non-compliant (reason in the non-compliant section), ? = unknown. Columns: AC access control, AL automatic logoff, EN encryption, IN integrity, TX transmission security, DM device and media controls, UP updates.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Last check-in (UTC)</source>
        <translation>Last check-in (UTC)</translation>
    </message>
</context>
</TS>
