<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ClinicMDM</source>
        <translation>Acerca de ClinicMDM</translation>
    </message>
    <message>
        <source>ClinicMDM %1
Device management and HIPAA compliance for a small clinic.
Database: %2</source>
        <translation>ClinicMDM %1
Gestión de dispositivos y cumplimiento HIPAA para una clínica pequeña.
Base de datos: %2</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Built with these libraries, under their own licences:</source>
        <translation>Hecho con estas bibliotecas, bajo sus propias licencias:</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>An admin already exists; sign in as that admin to add others.</source>
        <translation>Ya existe un administrador; inicie sesión como ese administrador para añadir otros.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>No se pudo calcular el hash de la contraseña.</translation>
    </message>
    <message>
        <source>There is no admin named %1.</source>
        <translation>No hay ningún administrador llamado %1.</translation>
    </message>
    <message>
        <source>%1 is the last active Administrator; add another one first.</source>
        <translation>%1 es el último Administrador activo; añada otro primero.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already on; an Administrator must reset it first.</source>
        <translation>La autenticación multifactor (MFA) ya está activada; un Administrador debe restablecerla primero.</translation>
    </message>
    <message>
        <source>The field encryption key is missing or invalid.</source>
        <translation>La clave de cifrado de campos falta o no es válida.</translation>
    </message>
    <message>
        <source>There is no two-factor set-up waiting for a code.</source>
        <translation>No hay ninguna configuración de autenticación multifactor (MFA) pendiente de un código.</translation>
    </message>
    <message>
        <source>The stored secret cannot be read with this field key.</source>
        <translation>El secreto guardado no se puede leer con esta clave de campos.</translation>
    </message>
    <message>
        <source>That code does not match; check the time on the phone and try the next code.</source>
        <translation>Ese código no coincide; compruebe la hora del teléfono y pruebe con el siguiente código.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, dots, dashes, underscores or @, and starts with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 2 a 64 letras, dígitos, puntos, guiones, guiones bajos o @, y empieza por una letra o un dígito.</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <source>Reset &amp;MFA</source>
        <translation>Restablecer &amp;MFA</translation>
    </message>
    <message>
        <source>The admin sets up the authenticator app again at the next sign-in</source>
        <translation>El administrador vuelve a configurar la aplicación de autenticación en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>add the admin %1</source>
        <translation>añadir el administrador %1</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 se ha añadido como %2.</translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation>desactivar %1</translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation>activar %1</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 está activado.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Nuevo rol para %1:</translation>
    </message>
    <message>
        <source>make %1 a %2</source>
        <translation>asignar a %1 el rol %2</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 tiene ahora el rol %2.</translation>
    </message>
    <message>
        <source>reset the two-factor sign-in of %1</source>
        <translation>restablecer la autenticación multifactor (MFA) de %1</translation>
    </message>
    <message>
        <source>%1 sets up the authenticator app again at the next sign-in.</source>
        <translation>%1 volverá a configurar la aplicación de autenticación en el próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>AdbDeviceTracker</name>
    <message>
        <source>The adb server closed the device list.</source>
        <translation>El servidor adb cerró la lista de dispositivos.</translation>
    </message>
    <message>
        <source>The adb server does not answer on 127.0.0.1:%1 (%2).</source>
        <translation>El servidor adb no responde en 127.0.0.1:%1 (%2).</translation>
    </message>
    <message>
        <source>The adb server answered something unexpected.</source>
        <translation>El servidor adb respondió algo inesperado.</translation>
    </message>
</context>
<context>
    <name>AdbInstallJob</name>
    <message>
        <source>The APK %1 cannot be read.</source>
        <translation>No se puede leer el APK %1.</translation>
    </message>
    <message>
        <source>The device refused the APK: %1</source>
        <translation>El dispositivo rechazó el APK: %1</translation>
    </message>
</context>
<context>
    <name>AdbJob</name>
    <message numerus="yes">
        <source>No answer from the device within %n second(s).</source>
        <translation>
            <numerusform>Sin respuesta del dispositivo en %n segundo.</numerusform>
            <numerusform>Sin respuesta del dispositivo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The adb server does not answer on 127.0.0.1:%1 (%2).</source>
        <translation>El servidor adb no responde en 127.0.0.1:%1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (was it unplugged?).</source>
        <translation>Se perdió la conexión con %1 (¿se desconectó?).</translation>
    </message>
    <message>
        <source>The adb server closed the connection.</source>
        <translation>El servidor adb cerró la conexión.</translation>
    </message>
    <message>
        <source>adb refused the request.</source>
        <translation>adb rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The adb server answered something unexpected.</source>
        <translation>El servidor adb respondió algo inesperado.</translation>
    </message>
    <message>
        <source>The answer from adb is too large.</source>
        <translation>La respuesta de adb es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>AdbServerStarter</name>
    <message>
        <source>The adb program is not installed, so USB devices cannot be reached. Install the Debian package &quot;adb&quot; (sudo apt install adb) and try again.</source>
        <translation>El programa adb no está instalado, por lo que no se puede acceder a los dispositivos USB. Instale el paquete de Debian &quot;adb&quot; (sudo apt install adb) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>`adb start-server` failed: %1</source>
        <translation>`adb start-server` falló: %1</translation>
    </message>
</context>
<context>
    <name>AdbServiceJob</name>
    <message>
        <source>Reading the file to send failed: %1</source>
        <translation>No se pudo leer el archivo que se iba a enviar: %1</translation>
    </message>
</context>
<context>
    <name>AdbSyncPushJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The device refused the file: %1</source>
        <translation>El dispositivo rechazó el archivo: %1</translation>
    </message>
    <message>
        <source>The device answered the file transfer with something unexpected.</source>
        <translation>El dispositivo respondió a la transferencia del archivo con algo inesperado.</translation>
    </message>
</context>
<context>
    <name>AddAdminDialog</name>
    <message>
        <source>Add an admin</source>
        <translation>Añadir un administrador</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Contraseña inicial:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repita la contraseña:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>AddAppDialog</name>
    <message>
        <source>Add an app to the catalog</source>
        <translation>Añadir una aplicación al catálogo</translation>
    </message>
    <message>
        <source>None (no managed configuration)</source>
        <translation>Ninguna (sin configuración administrada)</translation>
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
        <translation>Id. de App Store / Play</translation>
    </message>
    <message>
        <source>In-house manifest URL (Apple)</source>
        <translation>URL del manifiesto interno (Apple)</translation>
    </message>
    <message>
        <source>APK SHA-256 (Android)</source>
        <translation>SHA-256 del APK (Android)</translation>
    </message>
    <message>
        <source>Kind of app:</source>
        <translation>Tipo de aplicación:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Bundle id or package:</source>
        <translation>Id. de paquete (bundle id) o paquete:</translation>
    </message>
    <message>
        <source>Comes from:</source>
        <translation>Procede de:</translation>
    </message>
    <message>
        <source>Store id, URL or SHA-256:</source>
        <translation>Id. de tienda, URL o SHA-256:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Add app</source>
        <translation>Añadir aplicación</translation>
    </message>
</context>
<context>
    <name>AdminRepository</name>
    <message>
        <source>No such admin.</source>
        <translation>No existe ese administrador.</translation>
    </message>
    <message>
        <source>An admin named %1 already exists.</source>
        <translation>Ya existe un administrador llamado %1.</translation>
    </message>
    <message>
        <source>The new admin could not be read back.</source>
        <translation>No se pudo volver a leer el nuevo administrador.</translation>
    </message>
    <message>
        <source>An admin already exists; sign in as that admin to add others.</source>
        <translation>Ya existe un administrador; inicie sesión como ese administrador para añadir otros.</translation>
    </message>
</context>
<context>
    <name>AdminSession</name>
    <message>
        <source>Confirm your password and code to %1.</source>
        <translation>Confirme su contraseña y su código para %1.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Inicie sesión para %1.</translation>
    </message>
    <message>
        <source>Set up two-factor authentication before you %1.</source>
        <translation>Configure la autenticación multifactor (MFA) antes de %1.</translation>
    </message>
    <message>
        <source>A %1 may not %2.</source>
        <translation>Un %1 no puede %2.</translation>
    </message>
</context>
<context>
    <name>AdminVerb</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>Usage: clinicmdm [--user NAME [--otp CODE]] admin &lt;command&gt;</source>
        <translation>Uso: clinicmdm [--user NOMBRE [--otp CÓDIGO]] admin &lt;comando&gt;</translation>
    </message>
    <message>
        <source>create the first Administrator</source>
        <translation>crear el primer Administrador</translation>
    </message>
    <message>
        <source>add an admin (password from %1 or a prompt)</source>
        <translation>añadir un administrador (contraseña desde %1 o solicitada)</translation>
    </message>
    <message>
        <source>list the admins</source>
        <translation>listar los administradores</translation>
    </message>
    <message>
        <source>refuse or allow an admin&apos;s sign-in</source>
        <translation>impedir o permitir el inicio de sesión de un administrador</translation>
    </message>
    <message>
        <source>Administrator, Technician or Auditor</source>
        <translation>Administrator, Technician o Auditor</translation>
    </message>
    <message>
        <source>turn off an admin&apos;s two-factor authentication</source>
        <translation>desactivar la autenticación multifactor (MFA) de un administrador</translation>
    </message>
    <message>
        <source>set up your own two-factor authentication</source>
        <translation>configurar su propia autenticación multifactor (MFA)</translation>
    </message>
    <message>
        <source>switch it on with a first code</source>
        <translation>activarla con un primer código</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (or enter the key by hand):</source>
        <translation>Escanee este código con una aplicación de autenticación (o introduzca la clave a mano):</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>Recovery codes for %1. Each works once instead of a code; keep them somewhere safe. They are not shown again:</source>
        <translation>Códigos de recuperación de %1. Cada uno sirve una sola vez en lugar de un código; guárdelos en un lugar seguro. No se volverán a mostrar:</translation>
    </message>
    <message>
        <source>Code shown by the app: </source>
        <translation>Código que muestra la aplicación: </translation>
    </message>
    <message>
        <source>Two-factor authentication is on for %1.</source>
        <translation>La autenticación multifactor (MFA) está activada para %1.</translation>
    </message>
    <message>
        <source>Two-factor authentication is not on yet. Finish with: clinicmdm --user %1 admin mfa-confirm CODE</source>
        <translation>La autenticación multifactor (MFA) aún no está activada. Termine con: clinicmdm --user %1 admin mfa-confirm CÓDIGO</translation>
    </message>
    <message>
        <source>admin init needs --user NAME</source>
        <translation>admin init necesita --user NOMBRE</translation>
    </message>
    <message>
        <source>An admin already exists; sign in as that admin to add others.</source>
        <translation>Ya existe un administrador; inicie sesión como ese administrador para añadir otros.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña de %1: </translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrador %1 creado.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation>ÚLTIMO INICIO DE SESIÓN</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>unknown admin command %1</source>
        <translation>comando de admin desconocido %1</translation>
    </message>
    <message>
        <source>--role must be Administrator, Technician or Auditor</source>
        <translation>--role debe ser Administrator, Technician o Auditor</translation>
    </message>
    <message>
        <source>Password for the new admin %1: </source>
        <translation>Contraseña del nuevo administrador %1: </translation>
    </message>
    <message>
        <source>Admin %1 added as %2.</source>
        <translation>Administrador %1 añadido como %2.</translation>
    </message>
    <message>
        <source>Admin %1 disabled.</source>
        <translation>Administrador %1 desactivado.</translation>
    </message>
    <message>
        <source>Admin %1 enabled.</source>
        <translation>Administrador %1 activado.</translation>
    </message>
    <message>
        <source>ROLE must be Administrator, Technician or Auditor</source>
        <translation>ROLE debe ser Administrator, Technician o Auditor</translation>
    </message>
    <message>
        <source>Admin %1 is now %2.</source>
        <translation>El administrador %1 ahora es %2.</translation>
    </message>
    <message>
        <source>Two-factor authentication of %1 is off; they set it up again at their next sign-in.</source>
        <translation>La autenticación multifactor (MFA) de %1 está desactivada; la configurará de nuevo en su próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>AndroidProvisioningPayload</name>
    <message>
        <source>The admin component must look like package/.Receiver.</source>
        <translation>El componente de administración debe tener la forma package/.Receiver.</translation>
    </message>
    <message>
        <source>The agent&apos;s download location must be an https:// URL.</source>
        <translation>La ubicación de descarga del agente debe ser una URL https://.</translation>
    </message>
    <message>
        <source>Give the signature checksum of the agent (SHA-256, base64url) or its APK file to checksum.</source>
        <translation>Indique la suma de comprobación de la firma del agente (SHA-256, base64url) o su archivo APK para calcularla.</translation>
    </message>
    <message>
        <source>A checksum must be a SHA-256 written in base64url (43 characters).</source>
        <translation>Una suma de comprobación debe ser un SHA-256 escrito en base64url (43 caracteres).</translation>
    </message>
    <message>
        <source>The console address must be an https:// URL.</source>
        <translation>La dirección de la consola debe ser una URL https://.</translation>
    </message>
    <message>
        <source>The console CA fingerprint is missing.</source>
        <translation>Falta la huella digital de la CA de la consola.</translation>
    </message>
    <message>
        <source>The console CA fingerprint must be its SHA-256 as 64 lowercase hex digits, without colons.</source>
        <translation>La huella digital de la CA de la consola debe ser su SHA-256 en 64 dígitos hexadecimales en minúsculas, sin dos puntos.</translation>
    </message>
    <message>
        <source>No enrollment token was made.</source>
        <translation>No se generó ningún token de inscripción.</translation>
    </message>
    <message>
        <source>The Wi-Fi network needs its password.</source>
        <translation>La red Wi-Fi necesita su contraseña.</translation>
    </message>
    <message>
        <source>The APK cannot be read: %1</source>
        <translation>No se puede leer el APK: %1</translation>
    </message>
</context>
<context>
    <name>ApnsTokenSigner</name>
    <message>
        <source>The key id and team id are 10 letters or digits each (as shown in Apple&apos;s developer account).</source>
        <translation>El id. de clave y el id. de equipo tienen 10 letras o dígitos cada uno (como se muestran en la cuenta de desarrollador de Apple).</translation>
    </message>
</context>
<context>
    <name>AppCatalogService</name>
    <message>
        <source>The app needs a name.</source>
        <translation>La aplicación necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle id or package name (e.g. org.example.ehr).</source>
        <translation>&quot;%1&quot; no es un id. de paquete (bundle id) ni un nombre de paquete (p. ej., org.example.ehr).</translation>
    </message>
    <message>
        <source>An App Store app needs its numeric App Store id.</source>
        <translation>Una aplicación de App Store necesita su id. numérico de App Store.</translation>
    </message>
    <message>
        <source>An in-house Apple app needs the https URL of its manifest.</source>
        <translation>Una aplicación interna de Apple necesita la URL https de su manifiesto.</translation>
    </message>
    <message>
        <source>An APK needs its SHA-256 (64 hex digits).</source>
        <translation>Un APK necesita su SHA-256 (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>No app with id %1 in the catalog.</source>
        <translation>No hay ninguna aplicación con id. %1 en el catálogo.</translation>
    </message>
    <message>
        <source>No device group named %1.</source>
        <translation>No hay ningún grupo de dispositivos llamado %1.</translation>
    </message>
    <message>
        <source>Name the devices, or assign the app to a group first.</source>
        <translation>Indique los dispositivos o asigne primero la aplicación a un grupo.</translation>
    </message>
    <message>
        <source>%1: no such device</source>
        <translation>%1: no existe ese dispositivo</translation>
    </message>
    <message>
        <source>%1: the app is for another platform</source>
        <translation>%1: la aplicación es para otra plataforma</translation>
    </message>
    <message>
        <source>%1: assign the app to one of the device&apos;s groups (Android apps come with the device&apos;s policy)</source>
        <translation>%1: asigne la aplicación a uno de los grupos del dispositivo (las aplicaciones Android llegan con la política del dispositivo)</translation>
    </message>
    <message>
        <source>%1: the APK needs an https address devices can download it from</source>
        <translation>%1: el APK necesita una dirección https desde la que los dispositivos puedan descargarlo</translation>
    </message>
</context>
<context>
    <name>AppInstallStateModel</name>
    <message>
        <source>Installed</source>
        <translation>Instalada</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>No instalada</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Device&apos;s answer</source>
        <translation>Respuesta del dispositivo</translation>
    </message>
</context>
<context>
    <name>AppInstallStateRules</name>
    <message>
        <source>The device reported an error without a reason.</source>
        <translation>El dispositivo notificó un error sin indicar el motivo.</translation>
    </message>
    <message>
        <source>Comes with the device&apos;s policy at its next check-in.</source>
        <translation>Llega con la política del dispositivo en su próxima comprobación (check-in).</translation>
    </message>
    <message>
        <source>Removal failed: %1</source>
        <translation>Error al eliminar: %1</translation>
    </message>
    <message>
        <source>Update failed: %1</source>
        <translation>Error al actualizar: %1</translation>
    </message>
</context>
<context>
    <name>AppleCommandBuilder</name>
    <message>
        <source>DeviceInformation needs at least one query.</source>
        <translation>DeviceInformation necesita al menos una consulta.</translation>
    </message>
    <message>
        <source>ManagedAppsOnly must be true or false.</source>
        <translation>ManagedAppsOnly debe ser true o false.</translation>
    </message>
    <message>
        <source>InstallProfile needs the profile (Payload).</source>
        <translation>InstallProfile necesita el perfil (Payload).</translation>
    </message>
    <message>
        <source>A personal (BYOD) device can never be erased; remove the clinic&apos;s data with a selective wipe.</source>
        <translation>Un dispositivo personal (BYOD) nunca se puede borrar; elimine los datos de la clínica con un borrado selectivo.</translation>
    </message>
    <message>
        <source>PreserveDataPlan must be true or false.</source>
        <translation>PreserveDataPlan debe ser true o false.</translation>
    </message>
    <message>
        <source>NotifyUser must be true or false.</source>
        <translation>NotifyUser debe ser true o false.</translation>
    </message>
    <message>
        <source>Settings needs DeviceName.</source>
        <translation>Settings necesita DeviceName.</translation>
    </message>
    <message>
        <source>InstallApplication needs exactly one of iTunesStoreID and ManifestURL.</source>
        <translation>InstallApplication necesita exactamente uno de iTunesStoreID y ManifestURL.</translation>
    </message>
    <message>
        <source>iTunesStoreID must be a positive number.</source>
        <translation>iTunesStoreID debe ser un número positivo.</translation>
    </message>
    <message>
        <source>ManifestURL must be an https:// address.</source>
        <translation>ManifestURL debe ser una dirección https://.</translation>
    </message>
    <message>
        <source>ManagementFlags must be 1, 4 or 5.</source>
        <translation>ManagementFlags debe ser 1, 4 o 5.</translation>
    </message>
    <message>
        <source>LogOutUser signs the current user out of a Shared iPad; this device is not shared.</source>
        <translation>LogOutUser cierra la sesión del usuario actual de un iPad compartido; este dispositivo no es compartido.</translation>
    </message>
    <message>
        <source>Unknown Apple command %1 (known: %2).</source>
        <translation>Comando de Apple desconocido %1 (conocidos: %2).</translation>
    </message>
</context>
<context>
    <name>AppleCommandService</name>
    <message>
        <source>%1 is a personal (BYOD) device: it can never be erased.</source>
        <translation>%1 es un dispositivo personal (BYOD): nunca se puede borrar.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con id. %1.</translation>
    </message>
    <message>
        <source>%1 is an Android device; Apple commands do not apply.</source>
        <translation>%1 es un dispositivo Android; los comandos de Apple no se aplican.</translation>
    </message>
    <message>
        <source>%1 has not sent an UnlockToken; its passcode cannot be cleared remotely.</source>
        <translation>%1 no ha enviado un UnlockToken; su código de acceso no se puede borrar de forma remota.</translation>
    </message>
</context>
<context>
    <name>AppleEnrollmentRepository</name>
    <message>
        <source>The challenge is unknown, used or expired.</source>
        <translation>El desafío es desconocido, ya se usó o ha caducado.</translation>
    </message>
</context>
<context>
    <name>AppleEnrollmentTab</name>
    <message>
        <source>Does the device store patient data (ePHI) itself? Then it is corporate (COPE). A clinician&apos;s own phone that only views it through managed apps can be BYOD: selective wipe only, no personal inventory.</source>
        <translation>¿El dispositivo almacena datos de pacientes (ePHI) por sí mismo? Entonces es corporativo (COPE). El teléfono propio de un profesional clínico que solo los consulta a través de aplicaciones administradas puede ser BYOD: solo borrado selectivo, sin inventario personal.</translation>
    </message>
    <message>
        <source>e.g. Radiology</source>
        <translation>p. ej., Radiología</translation>
    </message>
    <message>
        <source>Create enrollment links</source>
        <translation>Crear enlaces de inscripción</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ownership:</source>
        <translation>Propiedad:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Dispositivos:</translation>
    </message>
    <message>
        <source>New links (shown once; open one on each device, or scan its QR code):</source>
        <translation>Enlaces nuevos (se muestran una sola vez; abra uno en cada dispositivo o escanee su código QR):</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Apple enrollments</source>
        <translation>Inscripciones de Apple</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) created, valid until %1. Each works for one device.</source>
        <translation>
            <numerusform>%n enlace creado, válido hasta %1. Cada enlace sirve para un dispositivo.</numerusform>
            <numerusform>%n enlaces creados, válidos hasta %1. Cada enlace sirve para un dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the device</source>
        <translation>Esperando al dispositivo</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>No Apple push certificate is installed, so iPhones and iPads cannot enroll: the console could never wake them. Create the certificate request and import Apple&apos;s certificate first (Settings &gt; Push).</source>
        <translation>No hay ningún certificado push de Apple instalado, así que los iPhone y iPad no pueden inscribirse: la consola nunca podría despertarlos. Cree primero la solicitud de certificado e importe el certificado de Apple (Configuración &gt; Notificación push).</translation>
    </message>
    <message>
        <source>Set up push…</source>
        <translation>Configurar push…</translation>
    </message>
</context>
<context>
    <name>AppleMdmRuntime</name>
    <message>
        <source>No certificate authority is loaded.</source>
        <translation>No hay ninguna autoridad de certificación cargada.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s public address must be an https:// URL with a host and no trailing slash.</source>
        <translation>La dirección pública del punto de conexión debe ser una URL https:// con un host y sin barra final.</translation>
    </message>
    <message>
        <source>No APNs topic is configured: import the MDM push certificate first.</source>
        <translation>No hay ningún tema (topic) de APNs configurado: importe primero el certificado de notificaciones push de MDM.</translation>
    </message>
    <message>
        <source>The data key for device secrets is missing.</source>
        <translation>Falta la clave de datos para los secretos de los dispositivos.</translation>
    </message>
</context>
<context>
    <name>AppleProfileCompiler</name>
    <message>
        <source>Apple devices cannot take a shared-device policy: Shared iPad needs Automated Device Enrollment (supervision), which this console does not offer. Assign it to Android tablets, and a COPE policy to iPads.</source>
        <translation>Los dispositivos Apple no admiten una política de dispositivo compartido: el iPad compartido necesita la inscripción automatizada de dispositivos (supervisión), que esta consola no ofrece. Asígnela a tabletas Android y una política COPE a los iPad.</translation>
    </message>
    <message>
        <source>single-app kiosk (App Lock)</source>
        <translation>quiosco de una sola aplicación (App Lock)</translation>
    </message>
    <message>
        <source>erase blocked (allowEraseContentAndSettings)</source>
        <translation>borrado bloqueado (allowEraseContentAndSettings)</translation>
    </message>
    <message>
        <source>always-on VPN</source>
        <translation>VPN siempre activa</translation>
    </message>
    <message>
        <source>Shared iPad</source>
        <translation>iPad compartido</translation>
    </message>
    <message>
        <source>Clinic VPN (clinical apps)</source>
        <translation>VPN de la clínica (aplicaciones clínicas)</translation>
    </message>
    <message>
        <source>Restrictions (supervised)</source>
        <translation>Restricciones (supervisado)</translation>
    </message>
    <message>
        <source>%1 (supervised devices)</source>
        <translation>%1 (dispositivos supervisados)</translation>
    </message>
    <message>
        <source>ClinicMDM policy %1, version %2: settings only supervised devices apply</source>
        <translation>Política de ClinicMDM %1, versión %2: ajustes que solo aplican los dispositivos supervisados</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <source>Always-on VPN</source>
        <translation>VPN siempre activa</translation>
    </message>
    <message>
        <source>Clinic VPN (always on)</source>
        <translation>VPN de la clínica (siempre activa)</translation>
    </message>
    <message>
        <source>Per-app VPN for clinical apps</source>
        <translation>VPN por aplicación para aplicaciones clínicas</translation>
    </message>
    <message>
        <source>Allowed web sites</source>
        <translation>Sitios web permitidos</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
    <message>
        <source>Kiosk lock screen</source>
        <translation>Pantalla de bloqueo del quiosco</translation>
    </message>
    <message>
        <source>ClinicMDM policy %1, version %2</source>
        <translation>Política de ClinicMDM %1, versión %2</translation>
    </message>
    <message>
        <source>Single app (kiosk)</source>
        <translation>Aplicación única (quiosco)</translation>
    </message>
    <message>
        <source>%1 (kiosk)</source>
        <translation>%1 (quiosco)</translation>
    </message>
    <message>
        <source>ClinicMDM kiosk of policy %1, version %2</source>
        <translation>Quiosco de ClinicMDM de la política %1, versión %2</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Save configuration</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>Install on assigned groups</source>
        <translation>Instalar en los grupos asignados</translation>
    </message>
    <message>
        <source>Add app…</source>
        <translation>Añadir aplicación…</translation>
    </message>
    <message>
        <source>Managed configuration</source>
        <translation>Configuración administrada</translation>
    </message>
    <message>
        <source>On devices</source>
        <translation>En los dispositivos</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Aplicaciones</translation>
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
        <translation>Aún no hay aplicaciones. Añada el cliente de HCE de la clínica, la aplicación de mensajería o la de telesalud con &quot;Añadir aplicación…&quot;.</translation>
    </message>
    <message>
        <source>In-house app, manifest %1</source>
        <translation>Aplicación interna, manifiesto %1</translation>
    </message>
    <message>
        <source>APK, SHA-256 %1</source>
        <translation>APK, SHA-256 %1</translation>
    </message>
    <message>
        <source>Store id %1</source>
        <translation>Id. de tienda %1</translation>
    </message>
    <message>
        <source>Traffic through per-app VPN %1</source>
        <translation>Tráfico a través de la VPN por aplicación %1</translation>
    </message>
    <message>
        <source>%1 added. Fill in its configuration, then install it.</source>
        <translation>%1 añadida. Complete su configuración y, a continuación, instálela.</translation>
    </message>
    <message>
        <source>Configuration saved; devices get it with the next install.</source>
        <translation>Configuración guardada; los dispositivos la reciben con la próxima instalación.</translation>
    </message>
    <message>
        <source>Install queued for %1 device(s).</source>
        <translation>Instalación en cola para %1 dispositivo(s).</translation>
    </message>
    <message>
        <source>%1 Android device(s) get it with their policy.</source>
        <translation>%1 dispositivo(s) Android la reciben con su política.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
</context>
<context>
    <name>AppsVerb</name>
    <message>
        <source>%1 queued for %2 device(s).</source>
        <translation>%1 en cola para %2 dispositivo(s).</translation>
    </message>
    <message>
        <source>%1 Android device(s) get it with their policy at the next check-in.</source>
        <translation>%1 dispositivo(s) Android la reciben con su política en la próxima comprobación (check-in).</translation>
    </message>
    <message>
        <source>  skipped %1</source>
        <translation>  omitido %1</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, obligatoria</translation>
    </message>
    <message>
        <source>The catalog is empty: `clinicmdm apps add` adds an app.</source>
        <translation>El catálogo está vacío: `clinicmdm apps add` añade una aplicación.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>no template %1; `clinicmdm apps templates` lists them</source>
        <translation>no existe la plantilla %1; `clinicmdm apps templates` las muestra</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>Added %1 (%2) to the catalog as app %3.</source>
        <translation>Se añadió %1 (%2) al catálogo como aplicación %3.</translation>
    </message>
    <message>
        <source>no app %1 in the catalog</source>
        <translation>no existe la aplicación %1 en el catálogo</translation>
    </message>
    <message>
        <source>Configuration of %1 saved; devices get it with the next install.</source>
        <translation>Configuración de %1 guardada; los dispositivos la reciben con la próxima instalación.</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 está asignada a %2.</translation>
    </message>
    <message>
        <source>--device needs a device id</source>
        <translation>--device necesita un id. de dispositivo</translation>
    </message>
    <message>
        <source>Install of %1</source>
        <translation>Instalación de %1</translation>
    </message>
    <message>
        <source>Removal of %1</source>
        <translation>Eliminación de %1</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>REPORTED AT</source>
        <translation>NOTIFICADO EL</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETALLE</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>APP is the catalog id or the bundle id / package name. Without --device, install goes to every device of the groups the app is assigned to.</source>
        <translation>APP es el id. del catálogo o el id. de paquete (bundle id) / nombre de paquete. Sin --device, la instalación se dirige a todos los dispositivos de los grupos a los que está asignada la aplicación.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointer</name>
    <message>
        <source>checkpoint %1 (entry %2), the newest this console signed, is missing from the database or was changed: checkpoints were deleted or altered</source>
        <translation>el punto de control %1 (entrada %2), el más reciente firmado por esta consola, falta en la base de datos o fue modificado: se eliminaron o alteraron puntos de control</translation>
    </message>
    <message>
        <source>There is no audit entry %1 to sign.</source>
        <translation>No existe la entrada de auditoría %1 para firmar.</translation>
    </message>
    <message>
        <source>Signing the audit checkpoint failed.</source>
        <translation>No se pudo firmar el punto de control de auditoría.</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>entries %1-%2 (%3) to %4</source>
        <translation>entradas %1-%2 (%3) a %4</translation>
    </message>
    <message>
        <source>%1 is not empty; export into a new folder.</source>
        <translation>%1 no está vacía; exporte a una carpeta nueva.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Recompute the hash chain from the first entry and check the signed checkpoints</source>
        <translation>Recalcular la cadena de hashes desde la primera entrada y comprobar los puntos de control firmados</translation>
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
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export needs the console&apos;s audit key from the keychain, which is not available</source>
        <translation>La exportación necesita la clave de auditoría de la consola guardada en el llavero, que no está disponible</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Action; a name ending in &apos;.&apos; matches every action that starts with it</source>
        <translation>Acción; un nombre terminado en «.» coincide con todas las acciones que empiezan por él</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Id. de dispositivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Admin:</source>
        <translation>Administrador:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message>
        <source>The verification could not run: %1</source>
        <translation>No se pudo ejecutar la verificación: %1</translation>
    </message>
    <message>
        <source>Chain broken at entry %1: %2</source>
        <translation>Cadena rota en la entrada %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries.</source>
        <translation>
            <numerusform>Cadena íntegra: %n entrada.</numerusform>
            <numerusform>Cadena íntegra: %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checkpoint: entry %1, key %2.</source>
        <translation>Último punto de control: entrada %1, clave %2.</translation>
    </message>
    <message>
        <source>Export the audit trail into folder</source>
        <translation>Exportar el registro de auditoría a la carpeta</translation>
    </message>
    <message>
        <source>There are no audit entries in that period.</source>
        <translation>No hay entradas de auditoría en ese periodo.</translation>
    </message>
    <message>
        <source>Signing and exporting…</source>
        <translation>Firmando y exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (key %2).</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1 (clave %2).</numerusform>
            <numerusform>Se exportaron %n entradas a %1 (clave %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Signed checkpoint of entry %1.</source>
        <translation>Punto de control firmado de la entrada %1.</translation>
    </message>
    <message>
        <source>Chain intact, but no checkpoint was signed: %1</source>
        <translation>Cadena íntegra, pero no se firmó ningún punto de control: %1</translation>
    </message>
    <message>
        <source>Audit key: none yet (created when the first checkpoint is signed)</source>
        <translation>Clave de auditoría: ninguna todavía (se crea al firmar el primer punto de control)</translation>
    </message>
    <message>
        <source>Audit key fingerprint (SHA-256): %1</source>
        <translation>Huella de la clave de auditoría (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>Creating the audit signing key failed.</source>
        <translation>No se pudo crear la clave de firma de auditoría.</translation>
    </message>
    <message>
        <source>The stored audit signing key is not a valid EC private key.</source>
        <translation>La clave de firma de auditoría guardada no es una clave privada EC válida.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AuditVerb</name>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>chain intact: %1 entries, %2 to %3 (%4 to %5)</source>
        <translation>cadena íntegra: %1 entradas, de la %2 a la %3 (del %4 al %5)</translation>
    </message>
    <message>
        <source>last checkpoint: entry %1, signed %2, key fingerprint %3</source>
        <translation>último punto de control: entrada %1, firmado el %2, huella de la clave %3</translation>
    </message>
    <message>
        <source>no signed checkpoint yet</source>
        <translation>aún no hay ningún punto de control firmado</translation>
    </message>
    <message>
        <source>note: earlier checkpoints were signed by key %1, not this console&apos;s current key; compare it with your records</source>
        <translation>nota: los puntos de control anteriores se firmaron con la clave %1, no con la clave actual de esta consola; compárela con sus registros</translation>
    </message>
    <message>
        <source>only check; do not sign a new checkpoint (no keychain needed)</source>
        <translation>solo comprobar; no firmar un nuevo punto de control (no necesita el llavero)</translation>
    </message>
    <message>
        <source>chain broken at entry %1: %2</source>
        <translation>cadena rota en la entrada %1: %2</translation>
    </message>
    <message>
        <source>chain broken at entry %1: a signed checkpoint does not match</source>
        <translation>cadena rota en la entrada %1: un punto de control firmado no coincide</translation>
    </message>
    <message>
        <source>audit trail tampered: the signed checkpoints do not hold</source>
        <translation>registro de auditoría manipulado: los puntos de control firmados no se cumplen</translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation>el registro de auditoría está vacío</translation>
    </message>
    <message>
        <source>warning: no new checkpoint signed: %1</source>
        <translation>aviso: no se firmó ningún punto de control nuevo: %1</translation>
    </message>
    <message>
        <source>audit trail tampered: %1</source>
        <translation>registro de auditoría manipulado: %1</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD, UTC) or ISO time</source>
        <translation>primer día (AAAA-MM-DD, UTC) u hora ISO</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD, UTC) or ISO time</source>
        <translation>último día (AAAA-MM-DD, UTC) u hora ISO</translation>
    </message>
    <message>
        <source>csv or jsonl</source>
        <translation>csv o jsonl</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>new folder to write the export to</source>
        <translation>carpeta nueva donde escribir la exportación</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl</source>
        <translation>--format debe ser csv o jsonl</translation>
    </message>
    <message>
        <source>--out PATH is required</source>
        <translation>--out RUTA es obligatorio</translation>
    </message>
    <message>
        <source>dates are YYYY-MM-DD or ISO 8601 times</source>
        <translation>las fechas son AAAA-MM-DD u horas ISO 8601</translation>
    </message>
    <message>
        <source>no audit entries in that period</source>
        <translation>no hay entradas de auditoría en ese periodo</translation>
    </message>
    <message>
        <source>export refused: %1</source>
        <translation>exportación rechazada: %1</translation>
    </message>
    <message>
        <source>exported %1 entries (%2 to %3) and %4 checkpoints to %5</source>
        <translation>se exportaron %1 entradas (de la %2 a la %3) y %4 puntos de control a %5</translation>
    </message>
    <message>
        <source>signed by key fingerprint %1</source>
        <translation>firmado con la clave de huella %1</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprimir JSON</translation>
    </message>
    <message>
        <source>at most N entries (default 50)</source>
        <translation>como máximo N entradas (predeterminado: 50)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>only this action (or prefix ending in &apos;.&apos;)</source>
        <translation>solo esta acción (o un prefijo terminado en &apos;.&apos;)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>only this device id</source>
        <translation>solo este id. de dispositivo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>only this admin</source>
        <translation>solo este administrador</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>from this day or time</source>
        <translation>desde este día u hora</translation>
    </message>
    <message>
        <source>to this day or time</source>
        <translation>hasta este día u hora</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit necesita un número positivo</translation>
    </message>
    <message>
        <source>--device needs a device id</source>
        <translation>--device necesita un id. de dispositivo</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>dispositivo %1</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>entry %1 is missing: it was deleted</source>
        <translation>falta la entrada %1: se eliminó</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing: they were deleted</source>
        <translation>faltan las entradas %1 a %2: se eliminaron</translation>
    </message>
    <message>
        <source>entry %1 was edited and its hash recomputed: entry %2 no longer chains to it</source>
        <translation>la entrada %1 se editó y se recalculó su hash: la entrada %2 ya no encadena con ella</translation>
    </message>
    <message>
        <source>checkpoint %1 is missing: it was deleted</source>
        <translation>falta el punto de control %1: se eliminó</translation>
    </message>
    <message>
        <source>checkpoints %1 to %2 are missing: they were deleted</source>
        <translation>faltan los puntos de control %1 a %2: se eliminaron</translation>
    </message>
    <message>
        <source>checkpoint %1: %2</source>
        <translation>punto de control %1: %2</translation>
    </message>
    <message>
        <source>signed by an unknown key %1</source>
        <translation>firmado por una clave desconocida %1</translation>
    </message>
    <message>
        <source>the signature does not verify (the checkpoint was altered or forged)</source>
        <translation>la firma no es válida (el punto de control fue alterado o falsificado)</translation>
    </message>
    <message>
        <source>it signed entry %1, which no longer exists: entries %2 to %1 were deleted from the end</source>
        <translation>firmó la entrada %1, que ya no existe: se eliminaron del final las entradas %2 a %1</translation>
    </message>
    <message>
        <source>it signed entry %1, which no longer exists</source>
        <translation>firmó la entrada %1, que ya no existe</translation>
    </message>
    <message>
        <source>entry %1 is not what was signed: the chain was rewritten between entries %2 and %1</source>
        <translation>la entrada %1 no es la que se firmó: la cadena se reescribió entre las entradas %2 y %1</translation>
    </message>
    <message>
        <source>entries %1 and %2 were swapped (reordered): entry %1 holds what was written as entry %2</source>
        <translation>las entradas %1 y %2 se intercambiaron (reordenadas): la entrada %1 contiene lo que se escribió como entrada %2</translation>
    </message>
    <message>
        <source>entry %1 was deleted and the entries after it renumbered (entry %1 holds what was written as entry %2)</source>
        <translation>la entrada %1 se eliminó y las entradas posteriores se renumeraron (la entrada %1 contiene lo que se escribió como entrada %2)</translation>
    </message>
    <message>
        <source>entry %1 was inserted: entry %2 holds what was written as entry %1</source>
        <translation>la entrada %1 se insertó: la entrada %2 contiene lo que se escribió como entrada %1</translation>
    </message>
    <message>
        <source>entry %1 does not match its hash: it was edited</source>
        <translation>la entrada %1 no coincide con su hash: se editó</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Too many failed attempts: the account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: la cuenta queda bloqueada durante %n minuto.</numerusform>
            <numerusform>Demasiados intentos fallidos: la cuenta queda bloqueada durante %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts.</source>
        <translation>Esta cuenta está bloqueada tras demasiados intentos fallidos.</translation>
    </message>
    <message>
        <source>Too many attempts.</source>
        <translation>Demasiados intentos.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account needs the code from its authenticator app (or a recovery code).</source>
        <translation>Esta cuenta necesita el código de su aplicación de autenticación (o un código de recuperación).</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Esta cuenta está desactivada.</translation>
    </message>
    <message>
        <source>Wrong user name, password or code.</source>
        <translation>Nombre de usuario, contraseña o código incorrectos.</translation>
    </message>
</context>
<context>
    <name>BaselineCatalog</name>
    <message>
        <source>A baseline needs an id, a name and an ownership model.</source>
        <translation>Una línea base necesita un id., un nombre y un modelo de propiedad.</translation>
    </message>
    <message>
        <source>HIPAA baseline: BYOD (clinician&apos;s own phone)</source>
        <translation>Línea base HIPAA: BYOD (teléfono propio del profesional)</translation>
    </message>
    <message>
        <source>HIPAA baseline: COPE (clinic phone or tablet, personal use allowed)</source>
        <translation>Línea base HIPAA: COPE (teléfono o tableta de la clínica, uso personal permitido)</translation>
    </message>
    <message>
        <source>HIPAA baseline: COSU patient check-in kiosk</source>
        <translation>Línea base HIPAA: COSU, quiosco de registro de pacientes</translation>
    </message>
    <message>
        <source>HIPAA baseline: Shared clinical tablet</source>
        <translation>Línea base HIPAA: tableta clínica compartida</translation>
    </message>
</context>
<context>
    <name>BulkActionCommand</name>
    <message numerus="yes">
        <source>Lock %n device(s)</source>
        <translation>
            <numerusform>Bloquear %n dispositivo</numerusform>
            <numerusform>Bloquear %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selective wipe of %n device(s)</source>
        <translation>
            <numerusform>Borrado selectivo de %n dispositivo</numerusform>
            <numerusform>Borrado selectivo de %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n device(s) for the next patient</source>
        <translation>
            <numerusform>Restablecer %n dispositivo para el siguiente paciente</numerusform>
            <numerusform>Restablecer %n dispositivos para el siguiente paciente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n device(s) to a group</source>
        <translation>
            <numerusform>Añadir %n dispositivo a un grupo</numerusform>
            <numerusform>Añadir %n dispositivos a un grupo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign a policy to %n device(s)</source>
        <translation>
            <numerusform>Asignar una directiva a %n dispositivo</numerusform>
            <numerusform>Asignar una directiva a %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install an app on %n device(s)</source>
        <translation>
            <numerusform>Instalar una app en %n dispositivo</numerusform>
            <numerusform>Instalar una app en %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wake %n device(s) now</source>
        <translation>
            <numerusform>Despertar %n dispositivo ahora</numerusform>
            <numerusform>Despertar %n dispositivos ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the clinic&apos;s apps, accounts and data from %n device(s)? Personal data stays untouched; the devices leave management. A personal (BYOD) device in the selection is left alone: wipe it on its own.</source>
        <translation>
            <numerusform>¿Quitar las apps, cuentas y datos de la clínica de %n dispositivo? Los datos personales no se tocan; el dispositivo deja de estar gestionado. Un dispositivo personal (BYOD) de la selección no se toca: bórrelo por separado.</numerusform>
            <numerusform>¿Quitar las apps, cuentas y datos de la clínica de %n dispositivos? Los datos personales no se tocan; los dispositivos dejan de estar gestionados. Un dispositivo personal (BYOD) de la selección no se toca: bórrelo por separado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove clinic data</source>
        <translation>Quitar datos de la clínica</translation>
    </message>
    <message numerus="yes">
        <source>Sign the clinicians out of %n shared tablet(s) and clear the patient apps&apos; data, so the next patients start fresh? Devices that are not shared tablets are left alone.</source>
        <translation>
            <numerusform>¿Cerrar la sesión del personal clínico en %n tableta compartida y borrar los datos de las apps de pacientes, para que el siguiente paciente empiece de cero? Los dispositivos que no son tabletas compartidas no se tocan.</numerusform>
            <numerusform>¿Cerrar la sesión del personal clínico en %n tabletas compartidas y borrar los datos de las apps de pacientes, para que los siguientes pacientes empiecen de cero? Los dispositivos que no son tabletas compartidas no se tocan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset for next patient</source>
        <translation>Restablecer para el siguiente paciente</translation>
    </message>
    <message numerus="yes">
        <source>Send a push to %n device(s) now, so each checks in and fetches what waits for it?</source>
        <translation>
            <numerusform>¿Enviar ahora una notificación push a %n dispositivo, para que se conecte y recoja lo que tiene pendiente?</numerusform>
            <numerusform>¿Enviar ahora una notificación push a %n dispositivos, para que cada uno se conecte y recoja lo que tiene pendiente?</numerusform>
        </translation>
    </message>
    <message>
        <source>Push now</source>
        <translation>Enviar push ahora</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected device(s) to:</source>
        <translation>
            <numerusform>Añadir el dispositivo seleccionado a:</numerusform>
            <numerusform>Añadir los %n dispositivos seleccionados a:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Añadir al grupo</translation>
    </message>
    <message>
        <source>There is no device group yet: create one on the Groups page first.</source>
        <translation>Todavía no hay grupos de dispositivos: cree uno primero en la página Grupos.</translation>
    </message>
    <message numerus="yes">
        <source>Assign to the %n selected device(s) the policy:</source>
        <translation>
            <numerusform>Asignar al dispositivo seleccionado la directiva:</numerusform>
            <numerusform>Asignar a los %n dispositivos seleccionados la directiva:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign policy</source>
        <translation>Asignar directiva</translation>
    </message>
    <message>
        <source>There is no policy yet: create one from a baseline on the Policies page first.</source>
        <translation>Todavía no hay directivas: cree una primero a partir de una base en la página Directivas.</translation>
    </message>
    <message numerus="yes">
        <source>Install on the %n selected device(s) the app:</source>
        <translation>
            <numerusform>Instalar en el dispositivo seleccionado la app:</numerusform>
            <numerusform>Instalar en los %n dispositivos seleccionados la app:</numerusform>
        </translation>
    </message>
    <message>
        <source>Install app</source>
        <translation>Instalar app</translation>
    </message>
    <message>
        <source>The app catalog is empty: add an app on the Apps page first.</source>
        <translation>El catálogo de apps está vacío: añada primero una app en la página Apps.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n dispositivo)</numerusform>
            <numerusform>%1 (%n dispositivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No device got the action: see the list of outcomes.</source>
        <translation>Ningún dispositivo recibió la acción: vea la lista de resultados.</translation>
    </message>
</context>
<context>
    <name>BulkDeviceActionJob</name>
    <message>
        <source>Canceled: nothing done.</source>
        <translation>Cancelado: no se hizo nada.</translation>
    </message>
</context>
<context>
    <name>BulkDeviceActionService</name>
    <message>
        <source>%1 is not an action for several devices.</source>
        <translation>%1 no es una acción para varios dispositivos.</translation>
    </message>
    <message>
        <source>Choose an existing group.</source>
        <translation>Elija un grupo existente.</translation>
    </message>
    <message>
        <source>Choose an existing policy.</source>
        <translation>Elija una directiva existente.</translation>
    </message>
    <message>
        <source>Choose an app of the catalog.</source>
        <translation>Elija una app del catálogo.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con id %1.</translation>
    </message>
    <message>
        <source>Not queued.</source>
        <translation>No se puso en cola.</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 of %2 devices done…</source>
        <translation>%1 de %2 dispositivos hechos…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Not done (canceled)</source>
        <translation>No hecho (cancelado)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>%1 queued, %2 refused or not done.</source>
        <translation>%1 en cola, %2 rechazados o sin hacer.</translation>
    </message>
    <message>
        <source>Canceled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
</context>
<context>
    <name>CancelQueuedCommand</name>
    <message>
        <source>Cancel command</source>
        <translation>Cancelar comando</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;? The device will not receive it.</source>
        <translation>¿Cancelar &quot;%1&quot;? El dispositivo no lo recibirá.</translation>
    </message>
    <message>
        <source>Cancel the command</source>
        <translation>Cancelar el comando</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
</context>
<context>
    <name>CatalogAppJson</name>
    <message>
        <source>A configuration key needs a name and a type (string, url, integer or boolean).</source>
        <translation>Una clave de configuración necesita un nombre y un tipo (string, url, integer o boolean).</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>%1 is already in the catalog.</source>
        <translation>%1 ya está en el catálogo.</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>The certificate authority needs a name.</source>
        <translation>La autoridad de certificación necesita un nombre.</translation>
    </message>
    <message>
        <source>The certificate authority needs an RSA key: iOS enrolls through SCEP only with an RSA certificate authority.</source>
        <translation>La autoridad de certificación necesita una clave RSA: iOS solo se inscribe mediante SCEP con una autoridad de certificación RSA.</translation>
    </message>
    <message>
        <source>Could not generate the certificate authority&apos;s key.</source>
        <translation>No se pudo generar la clave de la autoridad de certificación.</translation>
    </message>
    <message>
        <source>Could not create the certificate authority&apos;s certificate.</source>
        <translation>No se pudo crear el certificado de la autoridad de certificación.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s certificate is unreadable.</source>
        <translation>El certificado de la autoridad de certificación no se puede leer.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s private key is unreadable.</source>
        <translation>La clave privada de la autoridad de certificación no se puede leer.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate authority&apos;s certificate.</source>
        <translation>La clave privada no corresponde al certificado de la autoridad de certificación.</translation>
    </message>
    <message>
        <source>The certificate is not a certificate authority.</source>
        <translation>El certificado no es de una autoridad de certificación.</translation>
    </message>
    <message>
        <source>No certificate authority is loaded.</source>
        <translation>No hay ninguna autoridad de certificación cargada.</translation>
    </message>
    <message>
        <source>The TLS certificate needs a host name or an IP address.</source>
        <translation>El certificado TLS necesita un nombre de host o una dirección IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>«%1» no es un nombre de host válido.</translation>
    </message>
    <message>
        <source>An IP address of the TLS certificate is empty.</source>
        <translation>Una dirección IP del certificado TLS está vacía.</translation>
    </message>
    <message>
        <source>Could not generate the TLS key.</source>
        <translation>No se pudo generar la clave TLS.</translation>
    </message>
    <message>
        <source>Could not issue the TLS certificate.</source>
        <translation>No se pudo emitir el certificado TLS.</translation>
    </message>
    <message>
        <source>The certificate request is unreadable.</source>
        <translation>La solicitud de certificado no se puede leer.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s signature does not verify.</source>
        <translation>La firma de la solicitud de certificado no es válida.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s key is too weak (RSA 2048 or EC P-256 at least).</source>
        <translation>La clave de la solicitud de certificado es demasiado débil (como mínimo RSA 2048 o EC P-256).</translation>
    </message>
    <message>
        <source>The certificate request has no subject.</source>
        <translation>La solicitud de certificado no tiene sujeto.</translation>
    </message>
    <message>
        <source>Could not issue the client certificate.</source>
        <translation>No se pudo emitir el certificado de cliente.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and %1 days.</source>
        <translation>La validez debe estar entre 1 y %1 días.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The certificate is unreadable.</source>
        <translation>El certificado no se puede leer.</translation>
    </message>
</context>
<context>
    <name>CertificateInventory</name>
    <message>
        <source>Console CA</source>
        <translation>CA de la consola</translation>
    </message>
    <message>
        <source>Endpoint TLS</source>
        <translation>TLS del punto de conexión</translation>
    </message>
    <message>
        <source>APNs push</source>
        <translation>Notificaciones push de APNs</translation>
    </message>
    <message>
        <source>FCM service account</source>
        <translation>Cuenta de servicio de FCM</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>The data key from the secret store is missing.</source>
        <translation>Falta la clave de datos del almacén de secretos.</translation>
    </message>
    <message>
        <source>No password: set %1 or run the command in a terminal.</source>
        <translation>No hay contraseña: defina %1 o ejecute el comando en un terminal.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>This command needs a signed-in admin: add --user NAME.</source>
        <translation>Este comando necesita un administrador con sesión iniciada: añada --user NOMBRE.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>Code from the authenticator app (or a recovery code): </source>
        <translation>Código de la aplicación de autenticación (o un código de recuperación): </translation>
    </message>
    <message>
        <source>Finish with `clinicmdm --user %1 admin mfa-confirm CODE` (or start again with `admin mfa-enroll`).</source>
        <translation>Termine con `clinicmdm --user %1 admin mfa-confirm CODE` (o empiece de nuevo con `admin mfa-enroll`).</translation>
    </message>
</context>
<context>
    <name>CliVerbs</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>--message, --phone and --footnote belong to `enable`.</source>
        <translation>--message, --phone y --footnote pertenecen a `enable`.</translation>
    </message>
    <message>
        <source>`enable` needs --message or --phone (what whoever finds the device sees).</source>
        <translation>`enable` necesita --message o --phone (lo que verá quien encuentre el dispositivo).</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no hay ningún dispositivo con id. o número de serie %1</translation>
    </message>
    <message>
        <source>Queued %1 for %2 as command %3. A push wakes the device, which answers when it checks in; `clinicmdm devices lost %4 show` shows the result.</source>
        <translation>%1 en cola para %2 como comando %3. Una notificación push activa el dispositivo, que responde cuando hace la comprobación (check-in); `clinicmdm devices lost %4 show` muestra el resultado.</translation>
    </message>
    <message>
        <source>LogOutUser queued for %1 (command %2): the session ends when the iPad confirms it.</source>
        <translation>LogOutUser en cola para %1 (comando %2): la sesión termina cuando el iPad lo confirma.</translation>
    </message>
    <message>
        <source>no policy %1</source>
        <translation>no existe la política %1</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 no se modificó: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; it is not a policy&apos;s settings.</source>
        <translation>%1 ocupa más de 4 MiB; no es la configuración de una política.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 no es un objeto JSON (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::1]:8443</source>
        <translation>--listen acepta ADDR:PORT, p. ej., 0.0.0.0:8443 o [::1]:8443</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Listening on https://%1:%2</source>
        <translation>Escuchando en https://%1:%2</translation>
    </message>
    <message>
        <source>Public URL: %1</source>
        <translation>URL pública: %1</translation>
    </message>
    <message>
        <source>Worker threads: %1</source>
        <translation>Hilos de trabajo: %1</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>Connections: at most %1</source>
        <translation>Conexiones: como máximo %1</translation>
    </message>
    <message>
        <source>Connections: at most %1 (open files limit %2, raised from %3)</source>
        <translation>Conexiones: como máximo %1 (límite de archivos abiertos %2, elevado desde %3)</translation>
    </message>
    <message>
        <source>Connections: at most %1 (open files limit %2)</source>
        <translation>Conexiones: como máximo %1 (límite de archivos abiertos %2)</translation>
    </message>
    <message>
        <source>CA SHA-256: %1</source>
        <translation>SHA-256 de la CA: %1</translation>
    </message>
    <message>
        <source>TLS SHA-256: %1 (%2, expires %3)</source>
        <translation>SHA-256 de TLS: %1 (%2, caduca el %3)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>issued by the console CA</source>
        <translation>emitido por la CA de la consola</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Audit checkpoint not signed: %1</source>
        <translation>Punto de control de la auditoría sin firmar: %1</translation>
    </message>
</context>
<context>
    <name>ClinicalAppTemplates</name>
    <message>
        <source>EHR client</source>
        <translation>Cliente de HCE</translation>
    </message>
    <message>
        <source>An electronic health record client that reads and writes through a FHIR R4 endpoint, signing clinicians in with the clinic&apos;s SSO.</source>
        <translation>Un cliente de historia clínica electrónica que lee y escribe a través de un punto de conexión FHIR R4 e inicia la sesión de los profesionales clínicos con el SSO de la clínica.</translation>
    </message>
    <message>
        <source>Secure clinical messaging</source>
        <translation>Mensajería clínica segura</translation>
    </message>
    <message>
        <source>HIPAA-compliant messaging between care teams.</source>
        <translation>Mensajería conforme con HIPAA entre equipos asistenciales.</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <source>Video visits with patients.</source>
        <translation>Videoconsultas con pacientes.</translation>
    </message>
</context>
<context>
    <name>CmsSigner</name>
    <message>
        <source>The signing certificate or key is unreadable.</source>
        <translation>El certificado o la clave de firma no se pueden leer.</translation>
    </message>
    <message>
        <source>The signing key does not belong to the certificate.</source>
        <translation>La clave de firma no corresponde al certificado.</translation>
    </message>
    <message>
        <source>No signing certificate is loaded.</source>
        <translation>No hay ningún certificado de firma cargado.</translation>
    </message>
    <message>
        <source>The profile could not be signed: %1</source>
        <translation>No se pudo firmar el perfil: %1</translation>
    </message>
</context>
<context>
    <name>CmsVerifier</name>
    <message>
        <source>No trusted certificate authority was given.</source>
        <translation>No se indicó ninguna autoridad de certificación de confianza.</translation>
    </message>
    <message>
        <source>No trusted certificate authority is loaded.</source>
        <translation>No hay ninguna autoridad de certificación de confianza cargada.</translation>
    </message>
    <message>
        <source>The message has no signature.</source>
        <translation>El mensaje no tiene firma.</translation>
    </message>
    <message>
        <source>The signature is too large.</source>
        <translation>La firma es demasiado grande.</translation>
    </message>
    <message>
        <source>The signature is not valid base64.</source>
        <translation>La firma no está en base64 válido.</translation>
    </message>
    <message>
        <source>The signature is not a CMS SignedData structure.</source>
        <translation>La firma no es una estructura CMS SignedData.</translation>
    </message>
    <message>
        <source>The signature must be detached from the message body.</source>
        <translation>La firma debe estar separada del cuerpo del mensaje.</translation>
    </message>
    <message>
        <source>The signature must have exactly one signer.</source>
        <translation>La firma debe tener exactamente un firmante.</translation>
    </message>
    <message>
        <source>The signature uses a digest that is not accepted.</source>
        <translation>La firma usa un algoritmo de resumen no admitido.</translation>
    </message>
    <message>
        <source>The message body is too large.</source>
        <translation>El cuerpo del mensaje es demasiado grande.</translation>
    </message>
    <message>
        <source>The signing certificate is not trusted.</source>
        <translation>El certificado de firma no es de confianza.</translation>
    </message>
    <message>
        <source>The signature does not carry its signing certificate.</source>
        <translation>La firma no incluye su certificado de firma.</translation>
    </message>
    <message>
        <source>The signature does not match the message.</source>
        <translation>La firma no coincide con el mensaje.</translation>
    </message>
    <message>
        <source>The signing certificate could not be read.</source>
        <translation>No se pudo leer el certificado de firma.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>fill the database with demo devices</source>
        <translation>llenar la base de datos con dispositivos de demostración</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>comprobar la base de datos</translation>
    </message>
    <message>
        <source>manage admin accounts</source>
        <translation>gestionar las cuentas de administrador</translation>
    </message>
    <message>
        <source>verify or export the audit trail</source>
        <translation>verificar o exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>run the device endpoint without a window</source>
        <translation>ejecutar el punto de conexión de los dispositivos sin ventana</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db necesita una ruta</translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation>--user necesita un nombre</translation>
    </message>
    <message>
        <source>--otp needs a code</source>
        <translation>--otp necesita un código</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>comando desconocido %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Usage: clinicmdm [--db PATH] [--user NAME [--otp CODE]] &lt;command&gt; [arguments]</source>
        <translation>Uso: clinicmdm [--db RUTA] [--user NOMBRE [--otp CÓDIGO]] &lt;comando&gt; [argumentos]</translation>
    </message>
    <message>
        <source>Without a command, clinicmdm opens the console window.</source>
        <translation>Sin comando, clinicmdm abre la ventana de la consola.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>fleet database (default: %1)</source>
        <translation>base de datos de la flota (predeterminada: %1)</translation>
    </message>
    <message>
        <source>sign in as this admin; password from CLINICMDM_PASSWORD or a prompt</source>
        <translation>iniciar sesión como este administrador; contraseña desde CLINICMDM_PASSWORD o solicitada</translation>
    </message>
    <message>
        <source>the admin&apos;s current TOTP code, where MFA is on</source>
        <translation>el código TOTP actual del administrador, si tiene la MFA activada</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>print this help; `clinicmdm &lt;command&gt; --help` for a command</source>
        <translation>mostrar esta ayuda; `clinicmdm &lt;comando&gt; --help` para un comando</translation>
    </message>
    <message>
        <source>Usage: clinicmdm [--db PATH] db check</source>
        <translation>Uso: clinicmdm [--db RUTA] db check</translation>
    </message>
    <message>
        <source>Checks the fleet database: SQLite integrity and foreign keys. Prints the file, the schema version and the number of devices. Exit 0 when sound, 3 when there are problems (listed on stderr). A damaged or newer database is refused before the check and left untouched (exit 3).</source>
        <translation>Comprueba la base de datos de la flota: integridad de SQLite y claves externas. Muestra el archivo, la versión del esquema y el número de dispositivos. Sale con 0 si está en buen estado y con 3 si hay problemas (listados en stderr). Una base de datos dañada o más reciente se rechaza antes de la comprobación y no se modifica (salida 3).</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Base de datos:       %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Versión del esquema: %1 (este programa: %2)</translation>
    </message>
    <message>
        <source>Devices:        %1</source>
        <translation>Dispositivos:        %1</translation>
    </message>
    <message>
        <source>Integrity:      %1</source>
        <translation>Integridad:          %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>%1 problem(s)</source>
        <translation>%1 problema(s)</translation>
    </message>
    <message>
        <source>db needs a command: check</source>
        <translation>db necesita un comando: check</translation>
    </message>
    <message>
        <source>unknown db command %1</source>
        <translation>comando de db desconocido %1</translation>
    </message>
    <message>
        <source>Adds N made-up but realistic devices (iPhones, iPads, Android phones and tablets; BYOD, COPE, COSU and Shared; clinic departments and clinicians) for trying the console or measuring it.</source>
        <translation>Añade N dispositivos ficticios pero realistas (iPhone, iPad, teléfonos y tabletas Android; BYOD, COPE, COSU y Shared; departamentos y profesionales de la clínica) para probar la consola o medir su rendimiento.</translation>
    </message>
    <message>
        <source>how many devices (1 to %1)</source>
        <translation>cuántos dispositivos (de 1 a %1)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same devices (default 1)</source>
        <translation>semilla aleatoria; la misma semilla genera los mismos dispositivos (predeterminada: 1)</translation>
    </message>
    <message>
        <source>add them even though the database already has devices</source>
        <translation>añadirlos aunque la base de datos ya tenga dispositivos</translation>
    </message>
    <message>
        <source>demo needs a command: seed</source>
        <translation>demo necesita un comando: seed</translation>
    </message>
    <message>
        <source>unknown demo command %1</source>
        <translation>comando de demo desconocido %1</translation>
    </message>
    <message>
        <source>--devices needs a number from 1 to %1</source>
        <translation>--devices necesita un número del 1 al %1</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation>--seed necesita un número entero del 0 al 4294967295</translation>
    </message>
    <message>
        <source>Adding demo devices</source>
        <translation>Añadiendo dispositivos de demostración</translation>
    </message>
    <message>
        <source>Use --force to add them anyway.</source>
        <translation>Use --force para añadirlos de todos modos.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo device(s) (seed %1) to %2.</source>
        <translation>
            <numerusform>Se añadió %n dispositivo de demostración (semilla %1) a %2.</numerusform>
            <numerusform>Se añadieron %n dispositivos de demostración (semilla %1) a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>List devices as an aligned table, or as a JSON array with --json.</source>
        <translation>Lista los dispositivos como una tabla alineada, o como una matriz JSON con --json.</translation>
    </message>
    <message>
        <source>name, serial, model, IMEI, UDID, department or clinician contains TEXT</source>
        <translation>el nombre, número de serie, modelo, IMEI, UDID, departamento o profesional contiene TEXTO</translation>
    </message>
    <message>
        <source>ios, ipados or android</source>
        <translation>ios, ipados o android</translation>
    </message>
    <message>
        <source>BYOD, COPE, COSU or Shared</source>
        <translation>BYOD, COPE, COSU o Shared</translation>
    </message>
    <message>
        <source>exactly this department</source>
        <translation>exactamente este departamento</translation>
    </message>
    <message>
        <source>pending, enrolled, unenrolled, unreachable or wiped</source>
        <translation>pending, enrolled, unenrolled, unreachable o wiped</translation>
    </message>
    <message>
        <source>name (default), platform, model, os, ownership, department, assigned_to, state, last_seen or serial</source>
        <translation>name (predeterminado), platform, model, os, ownership, department, assigned_to, state, last_seen o serial</translation>
    </message>
    <message>
        <source>sort in descending order</source>
        <translation>ordenar de forma descendente</translation>
    </message>
    <message>
        <source>at most N devices (default: all)</source>
        <translation>como máximo N dispositivos (predeterminado: todos)</translation>
    </message>
    <message>
        <source>One device, by database id or serial number.</source>
        <translation>Un dispositivo, por id. de la base de datos o número de serie.</translation>
    </message>
    <message>
        <source>Add the devices of an inventory CSV. Header columns (any order, any case): %1; optional: %2.</source>
        <translation>Añade los dispositivos de un CSV de inventario. Columnas del encabezado (en cualquier orden, mayúsculas o minúsculas): %1; opcionales: %2.</translation>
    </message>
    <message>
        <source>If any row is wrong, every problem is printed as FILE:LINE: reason and nothing is imported (exit 5). A file with no device rows is refused.</source>
        <translation>Si alguna fila es incorrecta, cada problema se muestra como ARCHIVO:LÍNEA: motivo y no se importa nada (salida 5). Se rechaza un archivo sin filas de dispositivos.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown platform %1 (use ios, ipados or android)</source>
        <translation>plataforma desconocida %1 (use ios, ipados o android)</translation>
    </message>
    <message>
        <source>unknown ownership %1 (use BYOD, COPE, COSU or Shared)</source>
        <translation>propiedad desconocida %1 (use BYOD, COPE, COSU o Shared)</translation>
    </message>
    <message>
        <source>unknown state %1 (use %2)</source>
        <translation>estado desconocido %1 (use %2)</translation>
    </message>
    <message>
        <source>cannot sort by %1</source>
        <translation>no se puede ordenar por %1</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit necesita un número positivo</translation>
    </message>
    <message>
        <source>No devices match.</source>
        <translation>Ningún dispositivo coincide.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>N.º DE SERIE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>OWNERSHIP</source>
        <translation>PROPIEDAD</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>DEPARTAMENTO</translation>
    </message>
    <message>
        <source>ASSIGNED TO</source>
        <translation>ASIGNADO A</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ÚLTIMA CONEXIÓN</translation>
    </message>
    <message>
        <source>(%1 of %2 devices shown)</source>
        <translation>(se muestran %1 de %2 dispositivos)</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no hay ningún dispositivo con id. o número de serie %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Versión del SO</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
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
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n dispositivo de %1.</numerusform>
            <numerusform>Se importaron %n dispositivos de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>list, show, import, lock or wipe devices</source>
        <translation>listar, mostrar, importar, bloquear o borrar dispositivos</translation>
    </message>
    <message>
        <source>list or cancel queued device commands</source>
        <translation>listar o cancelar comandos de dispositivo en cola</translation>
    </message>
    <message>
        <source>show or change console settings</source>
        <translation>mostrar o cambiar la configuración de la consola</translation>
    </message>
    <message>
        <source>Lock the device, showing the message and phone number (Technician or Administrator).</source>
        <translation>Bloquea el dispositivo y muestra el mensaje y el número de teléfono (Technician o Administrator).</translation>
    </message>
    <message>
        <source>Remove the clinic&apos;s apps and data only (Technician or Administrator).</source>
        <translation>Elimina solo las aplicaciones y los datos de la clínica (Technician o Administrator).</translation>
    </message>
    <message>
        <source>Erase the whole device (Administrator only; NAME must be the device&apos;s name; never for a BYOD device). This run&apos;s sign-in is the re-authentication.</source>
        <translation>Borra el dispositivo completo (solo Administrator; NAME debe ser el nombre del dispositivo; nunca en un dispositivo BYOD). El inicio de sesión de esta ejecución sirve como nueva autenticación.</translation>
    </message>
    <message>
        <source>Queued commands are listed and cancelled with `clinicmdm commands`.</source>
        <translation>Los comandos en cola se listan y se cancelan con `clinicmdm commands`.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2</source>
        <translation>%1 necesita una orden: %2</translation>
    </message>
    <message>
        <source>unknown %1 command %2</source>
        <translation>orden de %1 desconocida: %2</translation>
    </message>
    <message>
        <source>--url must be an https:// address</source>
        <translation>--url debe ser una dirección https://</translation>
    </message>
    <message>
        <source>%1 is not a readable certificate</source>
        <translation>%1 no es un certificado legible</translation>
    </message>
    <message>
        <source>give the console CA with --ca FILE or --ca-sha256 HEX</source>
        <translation>indique la CA de la consola con --ca ARCHIVO o --ca-sha256 HEX</translation>
    </message>
    <message>
        <source>queue, list or cancel device commands (same as commands)</source>
        <translation>poner en cola, listar o cancelar comandos de dispositivos (igual que commands)</translation>
    </message>
    <message>
        <source>enrollment links for Apple devices, QR sheets for Android</source>
        <translation>enlaces de inscripción para dispositivos Apple, hojas QR para Android</translation>
    </message>
    <message>
        <source>the clinical app catalog: add, configure, install</source>
        <translation>el catálogo de aplicaciones clínicas: añadir, configurar, instalar</translation>
    </message>
    <message>
        <source>wake devices; manage the push certificate and FCM account</source>
        <translation>activar dispositivos; administrar el certificado de notificaciones push y la cuenta de FCM</translation>
    </message>
    <message>
        <source>HIPAA baselines and policies: create, show, assign, roll back</source>
        <translation>líneas base y políticas HIPAA: crear, mostrar, asignar, revertir</translation>
    </message>
    <message>
        <source>create device groups and add devices</source>
        <translation>crear grupos de dispositivos y añadir dispositivos</translation>
    </message>
    <message>
        <source>export the compliance report (PDF or CSV)</source>
        <translation>exportar el informe de cumplimiento (PDF o CSV)</translation>
    </message>
    <message>
        <source>list or enroll Android devices on USB</source>
        <translation>listar o inscribir dispositivos Android conectados por USB</translation>
    </message>
    <message>
        <source>a PostgreSQL fleet database: postgresql://USER@HOST:PORT/DBNAME (password: `db password`, PGPASSWORD or ~/.pgpass)</source>
        <translation>una base de datos de flota PostgreSQL: postgresql://USER@HOST:PORT/DBNAME (contraseña: `db password`, PGPASSWORD o ~/.pgpass)</translation>
    </message>
    <message>
        <source>No password for this database was found in the keychain, PGPASSWORD or ~/.pgpass. Store it once with: clinicmdm --db %1 db password</source>
        <translation>No se encontró ninguna contraseña para esta base de datos en el llavero, PGPASSWORD ni ~/.pgpass. Guárdela una vez con: clinicmdm --db %1 db password</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>The password is empty; nothing was stored.</source>
        <translation>La contraseña está vacía; no se guardó nada.</translation>
    </message>
    <message>
        <source>The password of %1 is stored in the %2.</source>
        <translation>La contraseña de %1 está guardada en %2.</translation>
    </message>
    <message>
        <source>Usage: clinicmdm --db postgresql://USER@HOST:PORT/DBNAME db password</source>
        <translation>Uso: clinicmdm --db postgresql://USER@HOST:PORT/DBNAME db password</translation>
    </message>
    <message>
        <source>Stores the password of a PostgreSQL fleet database in the OS keychain (read from %1 or a prompt without echo). Every later command with the same --db uses it; PGPASSWORD and ~/.pgpass, when set, come first.</source>
        <translation>Guarda la contraseña de una base de datos de flota PostgreSQL en el llavero del sistema operativo (leída desde %1 o solicitada sin eco). Todos los comandos posteriores con el mismo --db la usan; PGPASSWORD y ~/.pgpass, si están definidos, tienen prioridad.</translation>
    </message>
    <message>
        <source>db password is for a PostgreSQL database: --db postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>db password es para una base de datos PostgreSQL: --db postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>Usage: clinicmdm [--db PATH] --user NAME [--otp CODE] devices &lt;list|show|import|lock|wipe|sessions|reset|reset-schedule|signout|lost|privacy|kiosk|expect-reenroll&gt; ...</source>
        <translation>Uso: clinicmdm [--db RUTA] --user NOMBRE [--otp CÓDIGO] devices &lt;list|show|import|lock|wipe|sessions|reset|reset-schedule|signout|lost|privacy|kiosk|expect-reenroll&gt; ...</translation>
    </message>
    <message>
        <source>Who signed in on a shared tablet and when; with --at (ISO 8601), who held it at that moment.</source>
        <translation>Quién inició sesión en una tableta compartida y cuándo; con --at (ISO 8601), quién la tenía en ese momento.</translation>
    </message>
    <message>
        <source>Reset a shared tablet for the next patient: end the session, clear the patient apps&apos; data.</source>
        <translation>Restablecer una tableta compartida para el siguiente paciente: cerrar la sesión y borrar los datos de las aplicaciones de pacientes.</translation>
    </message>
    <message>
        <source>Lost Mode and location of a supervised corporate iPhone or iPad (Administrator only; never a BYOD device).</source>
        <translation>Modo Perdido y ubicación de un iPhone o iPad corporativo supervisado (solo Administrador; nunca un dispositivo BYOD).</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT can and cannot see and do on the device, from its policy; --pdf writes the hand-out for the clinician.</source>
        <translation>Lo que el departamento de TI de la clínica puede y no puede ver y hacer en el dispositivo, según su política; --pdf genera el documento informativo para el profesional clínico.</translation>
    </message>
    <message>
        <source>Reset shared tablets for the next patient on their own, at a local time on chosen days (Administrator).</source>
        <translation>Restablecer automáticamente las tabletas compartidas para el siguiente paciente, a una hora local en los días elegidos (Administrador).</translation>
    </message>
    <message>
        <source>Sign the clinician out of a Shared iPad (LogOutUser).</source>
        <translation>Cerrar la sesión del profesional clínico en un iPad compartido (LogOutUser).</translation>
    </message>
    <message>
        <source>Take a patient kiosk out of single-app mode for maintenance (audited; it goes back on its own), or back now.</source>
        <translation>Sacar un quiosco de pacientes del modo de aplicación única para mantenimiento (auditado; vuelve a él automáticamente), o volver a él ahora.</translation>
    </message>
    <message>
        <source>QR provisioning sets up a company-owned device; a personal (BYOD) phone enrolls from the agent&apos;s work-profile setup instead.</source>
        <translation>El aprovisionamiento por QR configura un dispositivo propiedad de la empresa; un teléfono personal (BYOD) se inscribe desde la configuración del perfil de trabajo del agente.</translation>
    </message>
    <message>
        <source>Wrote %1: enrolls one %2 device until %3.</source>
        <translation>Se escribió %1: inscribe un dispositivo %2 hasta %3.</translation>
    </message>
    <message>
        <source>Let a wiped or factory-reset device enroll again as the same record, for N hours (default 24, at most 168; Administrator only, audited). Without it a device claiming an enrolled device&apos;s serial number or UDID is refused.</source>
        <translation>Permite que un dispositivo borrado o restablecido de fábrica se vuelva a inscribir como el mismo registro, durante N horas (24 por omisión, 168 como máximo; solo Administrador, auditado). Sin esto, se rechaza un dispositivo que reclame el número de serie o el UDID de un dispositivo inscrito.</translation>
    </message>
    <message>
        <source>language of the output (en, es); default: the system&apos;s</source>
        <translation>idioma de la salida (en, es); de forma predeterminada, el del sistema</translation>
    </message>
    <message>
        <source>--lang needs a language, e.g. es</source>
        <translation>--lang necesita un idioma, p. ej. es</translation>
    </message>
</context>
<context>
    <name>CommandNames</name>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Full wipe</source>
        <translation>Borrado completo</translation>
    </message>
    <message>
        <source>Remove profile (selective wipe)</source>
        <translation>Eliminar perfil (borrado selectivo)</translation>
    </message>
    <message>
        <source>Remove work profile (selective wipe)</source>
        <translation>Eliminar perfil de trabajo (borrado selectivo)</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Información del dispositivo</translation>
    </message>
    <message>
        <source>Security information</source>
        <translation>Información de seguridad</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>Aplicaciones instaladas</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Lista de perfiles</translation>
    </message>
    <message>
        <source>Install profile</source>
        <translation>Instalar perfil</translation>
    </message>
    <message>
        <source>Clear passcode</source>
        <translation>Borrar código de acceso</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Install app</source>
        <translation>Instalar aplicación</translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation>Eliminar aplicación</translation>
    </message>
    <message>
        <source>Reset passcode</source>
        <translation>Restablecer código de acceso</translation>
    </message>
    <message>
        <source>Clear app data</source>
        <translation>Borrar datos de la aplicación</translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>Iniciar modo quiosco</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Waiting for the device</source>
        <translation>Esperando al dispositivo</translation>
    </message>
    <message>
        <source>Sent to the device</source>
        <translation>Enviado al dispositivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed on the device</source>
        <translation>Falló en el dispositivo</translation>
    </message>
    <message>
        <source>Device busy, will retry</source>
        <translation>Dispositivo ocupado, se reintentará</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>Aplicar política</translation>
    </message>
    <message>
        <source>Sign out user</source>
        <translation>Cerrar la sesión del usuario</translation>
    </message>
    <message>
        <source>Enable lost mode</source>
        <translation>Activar el modo perdido</translation>
    </message>
    <message>
        <source>Disable lost mode</source>
        <translation>Desactivar el modo perdido</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Reproducir sonido</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Localizar</translation>
    </message>
</context>
<context>
    <name>CommandRepository</name>
    <message>
        <source>Cannot queue the command: %1</source>
        <translation>No se puede poner el comando en cola: %1</translation>
    </message>
    <message>
        <source>Cannot cancel the command: %1</source>
        <translation>No se puede cancelar el comando: %1</translation>
    </message>
    <message>
        <source>No command %1.</source>
        <translation>No existe el comando %1.</translation>
    </message>
    <message>
        <source>Command %1 is %2 and can no longer be cancelled: only a queued command that the device has not received can be.</source>
        <translation>El comando %1 está en estado %2 y ya no se puede cancelar: solo se puede cancelar un comando en cola que el dispositivo aún no haya recibido.</translation>
    </message>
    <message>
        <source>Cannot update the command: %1</source>
        <translation>No se puede actualizar el comando: %1</translation>
    </message>
</context>
<context>
    <name>CommandTableModel</name>
    <message>
        <source>%1 (command %2)</source>
        <translation>%1 (comando %2)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>Puesto en cola por</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Device&apos;s answer</source>
        <translation>Respuesta del dispositivo</translation>
    </message>
</context>
<context>
    <name>CommandsPage</name>
    <message>
        <source>Cancel command…</source>
        <translation>Cancelar comando…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Search command, device or admin</source>
        <translation>Buscar comando, dispositivo o administrador</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>%1 waiting for devices · %2 failed</source>
        <translation>%1 esperando a los dispositivos · %2 fallidos</translation>
    </message>
    <message>
        <source>The device has not fetched this command yet; it can still be cancelled.</source>
        <translation>El dispositivo aún no ha recogido este comando; todavía se puede cancelar.</translation>
    </message>
    <message>
        <source>Only a command still waiting for its device can be cancelled.</source>
        <translation>Solo se puede cancelar un comando que todavía esté esperando a su dispositivo.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>CommandsVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no hay ningún dispositivo con id. o número de serie %1</translation>
    </message>
    <message>
        <source>a full wipe needs --confirm with the device&apos;s name</source>
        <translation>un borrado completo necesita --confirm con el nombre del dispositivo</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>--device needs a device id</source>
        <translation>--device necesita un id. de dispositivo</translation>
    </message>
    <message>
        <source>No commands.</source>
        <translation>No hay comandos.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>QUEUED BY</source>
        <translation>EN COLA POR</translation>
    </message>
    <message>
        <source>QUEUED AT</source>
        <translation>EN COLA DESDE</translation>
    </message>
    <message>
        <source>Cancelled command %1.</source>
        <translation>Se ha cancelado el comando %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>A command can be cancelled while it is queued, until the device receives it.</source>
        <translation>Un comando se puede cancelar mientras está en cola, hasta que el dispositivo lo recibe.</translation>
    </message>
    <message>
        <source>Queued %1 for %2 as command %3. A push wakes the device, which fetches it when it checks in; until then `clinicmdm commands cancel %3` withdraws it.</source>
        <translation>%1 puesto en cola para %2 como comando %3. Una notificación push activa el dispositivo, que lo recoge cuando se conecta; hasta entonces, `clinicmdm commands cancel %3` lo retira.</translation>
    </message>
    <message>
        <source>Usage: %1
Types: %2</source>
        <translation>Uso: %1
Tipos: %2</translation>
    </message>
    <message>
        <source>--arg needs KEY=VALUE, not %1</source>
        <translation>--arg necesita CLAVE=VALOR, no %1</translation>
    </message>
    <message>
        <source>cannot read the profile %1 (at most 4 MB)</source>
        <translation>no se puede leer el perfil %1 (como máximo 4 MB)</translation>
    </message>
    <message>
        <source>Queued %1 for %2 as command %3; the device receives it at its next check-in.</source>
        <translation>%1 puesto en cola para %2 como comando %3; el dispositivo lo recibirá en su próxima conexión.</translation>
    </message>
</context>
<context>
    <name>ComplianceEvaluator</name>
    <message>
        <source>OS %1 is behind %2, which devices of this fleet run since %3: more than the policy&apos;s %4 days to update (%5)</source>
        <translation>El sistema operativo %1 va por detrás de %2, que los dispositivos de esta flota ejecutan desde %3: más de los %4 días que da la política para actualizar (%5)</translation>
    </message>
    <message>
        <source>the device could not apply %1 (%2)</source>
        <translation>el dispositivo no pudo aplicar %1 (%2)</translation>
    </message>
    <message>
        <source>%1 needs a supervised device for: %2; this one is not (%3)</source>
        <translation>%1 necesita un dispositivo supervisado para: %2; este no lo está (%3)</translation>
    </message>
    <message>
        <source>the policy asks for a VPN but names no VPN server, so none is sent to devices</source>
        <translation>la política pide una VPN pero no indica ningún servidor VPN, así que no se envía ninguna a los dispositivos</translation>
    </message>
    <message>
        <source>an always-on VPN needs a supervised device; this one is not (%1)</source>
        <translation>una VPN siempre activa necesita un dispositivo supervisado; este no lo está (%1)</translation>
    </message>
    <message>
        <source>whether the VPN is up is not reported by this device type</source>
        <translation>este tipo de dispositivo no informa de si la VPN está activa</translation>
    </message>
    <message>
        <source>the policy names no Android VPN app, so work apps&apos; traffic is not tunnelled</source>
        <translation>la política no indica ninguna aplicación VPN de Android, así que el tráfico de las aplicaciones de trabajo no pasa por un túnel</translation>
    </message>
    <message>
        <source>work profile VPN not connected: %1</source>
        <translation>VPN del perfil de trabajo no conectada: %1</translation>
    </message>
    <message>
        <source>work profile VPN connected (%1)</source>
        <translation>VPN del perfil de trabajo conectada (%1)</translation>
    </message>
    <message>
        <source>per-app VPN for clinical apps installed (%1)</source>
        <translation>VPN por aplicación para aplicaciones clínicas instalada (%1)</translation>
    </message>
    <message>
        <source>never checked in</source>
        <translation>nunca se ha conectado</translation>
    </message>
    <message>
        <source>no check-in for %1 days (last %2)</source>
        <translation>sin conexión desde hace %1 días (última: %2)</translation>
    </message>
    <message>
        <source>no passcode required by the policy (single-app kiosk)</source>
        <translation>la política no exige código de acceso (quiosco de una sola aplicación)</translation>
    </message>
    <message>
        <source>no device passcode: %1</source>
        <translation>sin código de acceso en el dispositivo: %1</translation>
    </message>
    <message>
        <source>passcode weaker than the policy requires: %1</source>
        <translation>código de acceso más débil de lo que exige la política: %1</translation>
    </message>
    <message>
        <source>passcode set and meets the policy (%1)</source>
        <translation>código de acceso establecido y conforme a la política (%1)</translation>
    </message>
    <message>
        <source>session timeout of %1 minutes on the shared device</source>
        <translation>tiempo de espera de sesión de %1 minutos en el dispositivo compartido</translation>
    </message>
    <message>
        <source>no auto-lock required by the policy (alternative measure documented)</source>
        <translation>la política no exige bloqueo automático (medida alternativa documentada)</translation>
    </message>
    <message>
        <source>auto-lock is off: %1</source>
        <translation>el bloqueo automático está desactivado: %1</translation>
    </message>
    <message>
        <source>auto-lock after %1 s exceeds the policy&apos;s %2 s: %3</source>
        <translation>el bloqueo automático tras %1 s supera los %2 s de la política: %3</translation>
    </message>
    <message>
        <source>auto-lock within %1 s (%2)</source>
        <translation>bloqueo automático en %1 s como máximo (%2)</translation>
    </message>
    <message>
        <source>encryption not required by the policy (decision documented)</source>
        <translation>la política no exige cifrado (decisión documentada)</translation>
    </message>
    <message>
        <source>storage not encrypted: %1</source>
        <translation>almacenamiento no cifrado: %1</translation>
    </message>
    <message>
        <source>no policy assigned: data-sharing limits and managed app configuration are not enforced</source>
        <translation>sin política asignada: no se aplican los límites de uso compartido de datos ni la configuración de aplicaciones gestionadas</translation>
    </message>
    <message>
        <source>%1 is queued but the device has not applied it yet</source>
        <translation>%1 está en cola, pero el dispositivo aún no la ha aplicado</translation>
    </message>
    <message>
        <source>device runs policy version %1, current is %2 (%3)</source>
        <translation>el dispositivo ejecuta la versión %1 de la política; la actual es la %2 (%3)</translation>
    </message>
    <message>
        <source>%1 applied (%2)</source>
        <translation>%1 aplicada (%2)</translation>
    </message>
    <message>
        <source>always-on VPN not active: %1</source>
        <translation>la VPN siempre activa no está en funcionamiento: %1</translation>
    </message>
    <message>
        <source>always-on VPN active (%1)</source>
        <translation>VPN siempre activa en funcionamiento (%1)</translation>
    </message>
    <message>
        <source>no policy assigned: the per-app VPN is not installed</source>
        <translation>sin política asignada: la VPN por aplicación no está instalada</translation>
    </message>
    <message>
        <source>per-app VPN of policy version %1 not yet applied</source>
        <translation>la VPN por aplicación de la versión %1 de la política aún no se ha aplicado</translation>
    </message>
    <message>
        <source>per-app VPN for clinical apps (%1)</source>
        <translation>VPN por aplicación para las aplicaciones clínicas (%1)</translation>
    </message>
    <message>
        <source>no VPN required by the policy; managed apps and the endpoint use TLS</source>
        <translation>la política no exige VPN; las aplicaciones gestionadas y el punto de conexión usan TLS</translation>
    </message>
    <message>
        <source>device unreachable since %1: a wipe cannot be delivered</source>
        <translation>dispositivo inaccesible desde %1: no se puede enviar un borrado</translation>
    </message>
    <message>
        <source>selective wipe of work data available (%1)</source>
        <translation>borrado selectivo de los datos de trabajo disponible (%1)</translation>
    </message>
    <message>
        <source>personal device fully managed instead of a work profile: %1</source>
        <translation>dispositivo personal totalmente gestionado en lugar de un perfil de trabajo: %1</translation>
    </message>
    <message>
        <source>remote wipe available (%1)</source>
        <translation>borrado remoto disponible (%1)</translation>
    </message>
    <message>
        <source>os_version=%1, from the inventory</source>
        <translation>os_version=%1, según el inventario</translation>
    </message>
    <message>
        <source>OS %1 is below the minimum %2 (%3)</source>
        <translation>el SO %1 es inferior al mínimo %2 (%3)</translation>
    </message>
    <message>
        <source>security patch %1 is %2 days old, more than %3 allowed (%4)</source>
        <translation>el parche de seguridad %1 tiene %2 días de antigüedad, más de los %3 permitidos (%4)</translation>
    </message>
    <message>
        <source>no minimum OS set by the policy</source>
        <translation>la política no establece una versión mínima del SO</translation>
    </message>
    <message>
        <source>OS %1 meets the minimum %2 (%3)</source>
        <translation>el SO %1 cumple el mínimo %2 (%3)</translation>
    </message>
    <message>
        <source>%1=%2, reported %3</source>
        <translation>%1=%2, informado el %3</translation>
    </message>
    <message>
        <source>%1 not reported by the device</source>
        <translation>%1 no informado por el dispositivo</translation>
    </message>
</context>
<context>
    <name>ComplianceService</name>
    <message>
        <source>policy &quot;%1&quot; v%2</source>
        <translation>política «%1» v%2</translation>
    </message>
    <message>
        <source>baseline &quot;%1&quot; (no policy assigned)</source>
        <translation>línea base «%1» (sin política asignada)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>ComplianceState</name>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>No conforme</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>ConsoleLauncher</name>
    <message>
        <source>ClinicMDM console</source>
        <translation>Consola de ClinicMDM</translation>
    </message>
    <message>
        <source>Fleet database file.</source>
        <translation>Archivo de la base de datos de la flota.</translation>
    </message>
    <message>
        <source>User interface language (en, es).</source>
        <translation>Idioma de la interfaz (en, es).</translation>
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
        <translation>No se pudo crear la autoridad de certificación de la consola: %1</translation>
    </message>
    <message>
        <source>Could not keep the certificate authority&apos;s key in the secret store: %1</source>
        <translation>No se pudo guardar la clave de la autoridad de certificación en el almacén de secretos: %1</translation>
    </message>
    <message>
        <source>The console CA&apos;s private key is missing from the secret store (%1). Restore the keychain or secret file of this database; a new CA would force every device to re-enroll.</source>
        <translation>Falta la clave privada de la CA de la consola en el almacén de secretos (%1). Restaure el llavero o el archivo de secretos de esta base de datos; una CA nueva obligaría a todos los dispositivos a volver a inscribirse.</translation>
    </message>
    <message>
        <source>The console CA cannot be loaded: %1</source>
        <translation>No se puede cargar la CA de la consola: %1</translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS key cannot be read: %1</source>
        <translation>No se puede leer la clave TLS del punto de conexión: %1</translation>
    </message>
    <message>
        <source>The imported TLS certificate can no longer be used (%1). Import a new one.</source>
        <translation>El certificado TLS importado ya no se puede usar (%1). Importe uno nuevo.</translation>
    </message>
    <message>
        <source>Could not issue the endpoint&apos;s TLS certificate: %1</source>
        <translation>No se pudo emitir el certificado TLS del punto de conexión: %1</translation>
    </message>
    <message>
        <source>Could not keep the TLS key in the secret store: %1</source>
        <translation>No se pudo guardar la clave TLS en el almacén de secretos: %1</translation>
    </message>
    <message>
        <source>The console&apos;s certificates are not loaded yet.</source>
        <translation>Los certificados de la consola aún no están cargados.</translation>
    </message>
    <message>
        <source>The console&apos;s certificates are not loaded yet; try again.</source>
        <translation>Los certificados de la consola aún no están cargados; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>texto inesperado tras unas comillas de cierre</translation>
    </message>
    <message>
        <source>a quoted field is never closed (missing &quot;)</source>
        <translation>un campo entre comillas no se cierra nunca (falta &quot;)</translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Click a bar to list its devices.</source>
        <translation>Haga clic en una barra para ver sus dispositivos.</translation>
    </message>
    <message>
        <source>%1 managed devices: %2 compliant with every safeguard, %3 non-compliant, %4 unknown (no check-in for %5 days). %6 without an assigned policy.</source>
        <translation>%1 dispositivos gestionados: %2 conformes con todas las salvaguardas, %3 no conformes, %4 desconocidos (sin conexión desde hace %5 días). %6 sin política asignada.</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>OS versions</source>
        <translation>Versiones del SO</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conformes</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>No conformes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocidos</translation>
    </message>
    <message>
        <source>Compliance by safeguard (devices)</source>
        <translation>Conformidad por salvaguarda (dispositivos)</translation>
    </message>
    <message>
        <source>Compliant devices by safeguard, last 30 days (%)</source>
        <translation>Dispositivos conformes por salvaguarda, últimos 30 días (%)</translation>
    </message>
    <message>
        <source>Days until expiry</source>
        <translation>Días hasta la caducidad</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (no configurado)</translation>
    </message>
    <message>
        <source>Certificate expiry (days left)</source>
        <translation>Caducidad de certificados (días restantes)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)</source>
        <translation>
            <numerusform>%1: %n dispositivo</numerusform>
            <numerusform>%1: %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (§%2)</source>
        <translation>%1 (§%2)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>no configurado</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>No se puede leer el archivo de base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ClinicMDM database (not a SQLite file, or damaged). It was left untouched.</source>
        <translation>%1 no es una base de datos de ClinicMDM (no es un archivo SQLite o está dañado). No se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It was left untouched.</source>
        <translation>%1 no se puede leer como base de datos (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ClinicMDM (schema %2; this program knows up to %3). It was left untouched; update ClinicMDM to open it.</source>
        <translation>%1 lo escribió una versión más reciente de ClinicMDM (esquema %2; este programa conoce hasta el %3). No se ha modificado; actualice ClinicMDM para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is damaged (invalid schema version). It was left untouched.</source>
        <translation>%1 está dañado (versión de esquema no válida). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left untouched.</source>
        <translation>%1 está dañado (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>No se puede configurar %1: %2</translation>
    </message>
    <message>
        <source>Foreign key violation in table %1, row %2</source>
        <translation>Infracción de clave externa en la tabla %1, fila %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed: install libqt6sql6-psql.</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL) no está instalado: instale libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>No se puede conectar a la base de datos PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1 for the schema check: %2</source>
        <translation>No se puede bloquear %1 para la comprobación del esquema: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>No se puede preparar %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a ClinicMDM database. It was left untouched.</source>
        <translation>%1 no se puede leer como base de datos de ClinicMDM. No se ha modificado.</translation>
    </message>
</context>
<context>
    <name>DemoFactSeeder</name>
    <message>
        <source>Wakes Apple devices (no ePHI in pushes)</source>
        <translation>Activa los dispositivos Apple (sin ePHI en las notificaciones push)</translation>
    </message>
    <message>
        <source>Push payload is only the PushMagic token; no BAA needed</source>
        <translation>La carga de la notificación push es solo el token PushMagic; no se necesita BAA</translation>
    </message>
    <message>
        <source>Wakes the Android agent (no ePHI in messages)</source>
        <translation>Activa el agente de Android (sin ePHI en los mensajes)</translation>
    </message>
    <message>
        <source>Data messages carry no patient data; no BAA needed</source>
        <translation>Los mensajes de datos no contienen datos de pacientes; no se necesita BAA</translation>
    </message>
    <message>
        <source>EHR client and FHIR server</source>
        <translation>Cliente de HCE y servidor FHIR</translation>
    </message>
    <message>
        <source>BAA on file with the practice manager</source>
        <translation>BAA archivado por el gerente de la consulta</translation>
    </message>
    <message>
        <source>Clinical messaging</source>
        <translation>Mensajería clínica</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The number of demo devices must be between 1 and %1.</source>
        <translation>El número de dispositivos de demostración debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The database already holds %1 device(s); demo devices are only added to an empty fleet unless forced.</source>
        <translation>La base de datos ya contiene %1 dispositivo(s); los dispositivos de demostración solo se añaden a una flota vacía, salvo que se fuerce.</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%2 de %1</translation>
    </message>
    <message>
        <source>%1 shared %2 %3</source>
        <translation>%2 %3 compartido de %1</translation>
    </message>
    <message>
        <source>%1 check-in kiosk %2</source>
        <translation>Quiosco de registro %2 de %1</translation>
    </message>
</context>
<context>
    <name>DeviceActionController</name>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Bloquear…</translation>
    </message>
    <message>
        <source>&amp;Selective wipe…</source>
        <translation>Borrado &amp;selectivo…</translation>
    </message>
    <message>
        <source>&amp;Erase device…</source>
        <translation>Borrar &amp;dispositivo…</translation>
    </message>
    <message>
        <source>&amp;Reset for next patient…</source>
        <translation>&amp;Restablecer para el siguiente paciente…</translation>
    </message>
    <message>
        <source>Lost &amp;Mode…</source>
        <translation>&amp;Modo Perdido…</translation>
    </message>
    <message>
        <source>L&amp;ocate</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>&amp;Play sound</source>
        <translation>Reproducir so&amp;nido</translation>
    </message>
    <message>
        <source>E&amp;nd Lost Mode</source>
        <translation>&amp;Finalizar Modo Perdido</translation>
    </message>
    <message>
        <source>&amp;Privacy manifest…</source>
        <translation>Manifiesto de &amp;privacidad…</translation>
    </message>
    <message>
        <source>Reset &amp;schedule…</source>
        <translation>Pr&amp;ogramación de restablecimiento…</translation>
    </message>
    <message>
        <source>Sign &amp;out user…</source>
        <translation>&amp;Cerrar sesión del usuario…</translation>
    </message>
    <message>
        <source>Leave &amp;kiosk mode for maintenance…</source>
        <translation>Salir del modo &amp;quiosco para mantenimiento…</translation>
    </message>
    <message>
        <source>Resume kiosk &amp;mode</source>
        <translation>Re&amp;anudar modo quiosco</translation>
    </message>
    <message>
        <source>A personal (BYOD) device is never erased: use a selective wipe, which removes only the clinic&apos;s apps and data.</source>
        <translation>Un dispositivo personal (BYOD) nunca se borra por completo: use un borrado selectivo, que elimina solo las aplicaciones y los datos de la clínica.</translation>
    </message>
    <message>
        <source>Erase everything on the device and return it to factory state</source>
        <translation>Borrar todo el contenido del dispositivo y restaurar su estado de fábrica</translation>
    </message>
    <message>
        <source>End the clinician&apos;s session and clear the patient apps (shared tablets)</source>
        <translation>Finalizar la sesión del profesional clínico y borrar las aplicaciones de pacientes (tabletas compartidas)</translation>
    </message>
    <message>
        <source>When this shared tablet is reset for the next patient on its own</source>
        <translation>Cuándo se restablece automáticamente esta tableta compartida para el siguiente paciente</translation>
    </message>
    <message>
        <source>Sign the clinician out of this Shared iPad (Android tablets sign out on the tablet)</source>
        <translation>Cerrar la sesión del profesional clínico en este Shared iPad (en las tabletas Android la sesión se cierra en la tableta)</translation>
    </message>
    <message>
        <source>Lock the device&apos;s screen with a message and a phone number</source>
        <translation>Bloquear la pantalla del dispositivo con un mensaje y un número de teléfono</translation>
    </message>
    <message>
        <source>Remove the clinic&apos;s apps, accounts and data; personal data stays</source>
        <translation>Eliminar las aplicaciones, cuentas y datos de la clínica; los datos personales se conservan</translation>
    </message>
    <message>
        <source>Save a PDF for the clinician: what the clinic&apos;s IT can and cannot see and do on this device</source>
        <translation>Guardar un PDF para el profesional clínico: lo que el departamento de TI de la clínica puede y no puede ver y hacer en este dispositivo</translation>
    </message>
    <message>
        <source>Take the kiosk out of single-app mode for a while, with a reason (audited)</source>
        <translation>Sacar el quiosco del modo de una sola aplicación durante un tiempo, indicando un motivo (auditado)</translation>
    </message>
    <message>
        <source>Put the kiosk back in single-app mode now</source>
        <translation>Volver a poner el quiosco en modo de una sola aplicación ahora</translation>
    </message>
    <message>
        <source>Select one device</source>
        <translation>Seleccione un dispositivo</translation>
    </message>
    <message>
        <source>The device has not reported being in Lost Mode: put it in Lost Mode first</source>
        <translation>El dispositivo no ha informado de que esté en Modo Perdido: póngalo primero en Modo Perdido</translation>
    </message>
    <message>
        <source>Lock the device in Lost Mode with a message and a phone number, so it can be located</source>
        <translation>Bloquear el dispositivo en Modo Perdido con un mensaje y un número de teléfono, para poder localizarlo</translation>
    </message>
    <message>
        <source>Ask the device in Lost Mode where it is</source>
        <translation>Preguntar al dispositivo en Modo Perdido dónde se encuentra</translation>
    </message>
    <message>
        <source>Make the device in Lost Mode play a sound until someone finds it</source>
        <translation>Hacer que el dispositivo en Modo Perdido reproduzca un sonido hasta que alguien lo encuentre</translation>
    </message>
    <message>
        <source>Take the device out of Lost Mode</source>
        <translation>Sacar el dispositivo del Modo Perdido</translation>
    </message>
    <message>
        <source>&amp;Expect re-enrollment…</source>
        <translation>&amp;Esperar reinscripción…</translation>
    </message>
    <message>
        <source>Let this device enroll again as the same record after a wipe or reset (24 hours by default, at most a week; audited)</source>
        <translation>Permitir que este dispositivo se vuelva a inscribir como el mismo registro tras un borrado o restablecimiento (24 horas por defecto, una semana como máximo; auditado)</translation>
    </message>
    <message>
        <source>%1 may enroll again as the same record until %2 UTC.</source>
        <translation>%1 puede volver a inscribirse como el mismo registro hasta el %2 UTC.</translation>
    </message>
    <message>
        <source>Re-enrollment expected until %1 UTC (set by %2); choosing this again replaces it</source>
        <translation>Reinscripción esperada hasta el %1 UTC (fijada por %2); si lo elige de nuevo, la sustituye</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>Añadir a &amp;grupo…</translation>
    </message>
    <message>
        <source>Assign &amp;policy…</source>
        <translation>Asignar &amp;directiva…</translation>
    </message>
    <message>
        <source>&amp;Install app…</source>
        <translation>&amp;Instalar app…</translation>
    </message>
    <message>
        <source>Push &amp;now</source>
        <translation>Enviar push &amp;ahora</translation>
    </message>
    <message>
        <source>Add the selected devices to a device group</source>
        <translation>Añadir los dispositivos seleccionados a un grupo de dispositivos</translation>
    </message>
    <message>
        <source>Assign a policy to the selected devices; it is queued for each</source>
        <translation>Asignar una directiva a los dispositivos seleccionados; se pone en cola para cada uno</translation>
    </message>
    <message>
        <source>Install an app of the catalog on the selected devices</source>
        <translation>Instalar una app del catálogo en los dispositivos seleccionados</translation>
    </message>
    <message>
        <source>Wake the selected devices now, so they check in and fetch what waits for them</source>
        <translation>Despertar ahora los dispositivos seleccionados, para que se conecten y recojan lo que tienen pendiente</translation>
    </message>
    <message>
        <source>Done: %1 queued.</source>
        <translation>Hecho: %1 en cola.</translation>
    </message>
    <message>
        <source>Done: %1 queued, %2 refused (the list of outcomes says why).</source>
        <translation>Hecho: %1 en cola, %2 rechazados (la lista de resultados dice por qué).</translation>
    </message>
</context>
<context>
    <name>DeviceActionRules</name>
    <message>
        <source>A personal (BYOD) device is never erased: use a selective wipe, which removes only the clinic&apos;s apps and data.</source>
        <translation>Un dispositivo personal (BYOD) nunca se borra por completo: use un borrado selectivo, que quita solo las apps y los datos de la clínica.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>%1 has been wiped.</source>
        <translation>%1 ya se ha borrado.</translation>
    </message>
    <message>
        <source>%1 is a personal (BYOD) device.</source>
        <translation>%1 es un dispositivo personal (BYOD).</translation>
    </message>
    <message>
        <source>%1 is a personal (BYOD) device: select it on its own for this, never in a bulk action.</source>
        <translation>%1 es un dispositivo personal (BYOD): selecciónelo solo para esto, nunca en una acción masiva.</translation>
    </message>
    <message>
        <source>%1 is not a shared clinical tablet.</source>
        <translation>%1 no es una tableta clínica compartida.</translation>
    </message>
    <message>
        <source>Not for %1 devices.</source>
        <translation>No para dispositivos %1.</translation>
    </message>
    <message>
        <source>%1 is not a kiosk.</source>
        <translation>%1 no es un quiosco.</translation>
    </message>
    <message>
        <source>No fleet database is open.</source>
        <translation>No hay ninguna base de datos de la flota abierta.</translation>
    </message>
    <message>
        <source>%1 is already out of kiosk mode for maintenance.</source>
        <translation>%1 ya está fuera del modo quiosco por mantenimiento.</translation>
    </message>
    <message>
        <source>%1 is in kiosk mode.</source>
        <translation>%1 está en modo quiosco.</translation>
    </message>
    <message>
        <source>The device has not reported being in Lost Mode: put it in Lost Mode first</source>
        <translation>El dispositivo no ha informado de que esté en Modo Perdido: póngalo primero en Modo Perdido</translation>
    </message>
    <message>
        <source>Select one or more devices</source>
        <translation>Seleccione uno o más dispositivos</translation>
    </message>
    <message>
        <source>Select one device</source>
        <translation>Seleccione un dispositivo</translation>
    </message>
</context>
<context>
    <name>DeviceCommandService</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con el id %1.</translation>
    </message>
    <message>
        <source>%1 is a personal (BYOD) device: it can never be fully wiped. Use a selective wipe, which removes only the clinic&apos;s apps and data.</source>
        <translation>%1 es un dispositivo personal (BYOD): nunca se le puede aplicar un borrado completo. Use un borrado selectivo, que elimina solo las aplicaciones y los datos de la clínica.</translation>
    </message>
    <message>
        <source>Confirm your password and code again to wipe a whole device.</source>
        <translation>Vuelva a confirmar su contraseña y su código para aplicar un borrado completo a un dispositivo.</translation>
    </message>
    <message>
        <source>The typed name does not match the device&apos;s name &quot;%1&quot;; nothing was wiped.</source>
        <translation>El nombre escrito no coincide con el nombre del dispositivo &quot;%1&quot;; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>No command %1.</source>
        <translation>No existe el comando %1.</translation>
    </message>
</context>
<context>
    <name>DeviceCsvImporter</name>
    <message>
        <source>the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>el archivo no es texto UTF-8 (guárdelo desde la hoja de cálculo como &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row naming the columns %1</source>
        <translation>el archivo está vacío; se esperaba una fila de encabezado con las columnas %1</translation>
    </message>
    <message>
        <source>serial %1 is already on line %2</source>
        <translation>el número de serie %1 ya está en la línea %2</translation>
    </message>
    <message>
        <source>the file has a header but no device rows</source>
        <translation>el archivo tiene encabezado pero ninguna fila de dispositivo</translation>
    </message>
    <message>
        <source>serial %1 is already in the fleet database</source>
        <translation>el número de serie %1 ya está en la base de datos de la flota</translation>
    </message>
    <message>
        <source>%1: %2 problem(s); nothing was imported</source>
        <translation>%1: %2 problema(s); no se importó nada</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; split it</source>
        <translation>el archivo supera los %1 MB; divídalo</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>la columna %1 del encabezado no tiene nombre</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>la columna &quot;%1&quot; aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>unknown column(s): %1 (known columns: %2)</source>
        <translation>columna(s) desconocida(s): %1 (columnas conocidas: %2)</translation>
    </message>
    <message>
        <source>missing required column(s): %1</source>
        <translation>falta(n) columna(s) obligatoria(s): %1</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la fila tiene %1 campos pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>%1 contains a line break or control character</source>
        <translation>%1 contiene un salto de línea o un carácter de control</translation>
    </message>
    <message>
        <source>%1 is %2 characters long (at most %3)</source>
        <translation>%1 tiene %2 caracteres (como máximo %3)</translation>
    </message>
    <message>
        <source>serial is empty</source>
        <translation>el número de serie está vacío</translation>
    </message>
    <message>
        <source>serial &quot;%1&quot; contains a space</source>
        <translation>el número de serie &quot;%1&quot; contiene un espacio</translation>
    </message>
    <message>
        <source>platform is empty (expected ios, ipados or android)</source>
        <translation>la plataforma está vacía (se esperaba ios, ipados o android)</translation>
    </message>
    <message>
        <source>platform &quot;%1&quot; is not ios, ipados or android (iPhone and iPad are accepted too)</source>
        <translation>la plataforma &quot;%1&quot; no es ios, ipados ni android (también se aceptan iPhone e iPad)</translation>
    </message>
    <message>
        <source>ownership is empty (expected BYOD, COPE, COSU or Shared)</source>
        <translation>la propiedad está vacía (se esperaba BYOD, COPE, COSU o Shared)</translation>
    </message>
    <message>
        <source>ownership &quot;%1&quot; is not BYOD, COPE, COSU or Shared</source>
        <translation>la propiedad &quot;%1&quot; no es BYOD, COPE, COSU ni Shared</translation>
    </message>
    <message>
        <source>IMEI &quot;%1&quot; is not 15 digits</source>
        <translation>el IMEI &quot;%1&quot; no tiene 15 dígitos</translation>
    </message>
</context>
<context>
    <name>DeviceDetailPane</name>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Detalles del dispositivo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Versión del SO</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
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
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation>Estado de inscripción</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Enrolled since</source>
        <translation>Inscrito desde</translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation>Seleccione un dispositivo para ver sus detalles.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) selected.</source>
        <translation>
            <numerusform>%n dispositivo seleccionado.</numerusform>
            <numerusform>%n dispositivos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Dispositivo sin nombre</translation>
    </message>
    <message>
        <source>Never checked in</source>
        <translation>Nunca se ha conectado</translation>
    </message>
    <message>
        <source>Enrolled since:</source>
        <translation>Inscrito desde:</translation>
    </message>
    <message>
        <source>Added to the fleet:</source>
        <translation>Añadido a la flota:</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Recent commands</source>
        <translation>Comandos recientes</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Push channel</source>
        <translation>Canal de notificaciones push</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>Última notificación push</translation>
    </message>
    <message>
        <source>Lost Mode</source>
        <translation>Modo Perdido</translation>
    </message>
    <message>
        <source>Last location</source>
        <translation>Última ubicación</translation>
    </message>
    <message>
        <source>In Lost Mode</source>
        <translation>En Modo Perdido</translation>
    </message>
    <message>
        <source>Not in Lost Mode</source>
        <translation>No está en Modo Perdido</translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation>Notificada %1</translation>
    </message>
    <message>
        <source>None received</source>
        <translation>No se ha recibido ninguna</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>precisión desconocida</translation>
    </message>
    <message>
        <source>within %1 m</source>
        <translation>con un margen de %1 m</translation>
    </message>
    <message>
        <source>%1, %2 (%3)
%4</source>
        <translation>%1, %2 (%3)
%4</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Compliance: not evaluated (the device is not managed)</source>
        <translation>Cumplimiento: sin evaluar (el dispositivo no está gestionado)</translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation>Cumplimiento: %1</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>None assigned; judged against the %1 baseline</source>
        <translation>Ninguna asignada; se evalúa con la línea base %1</translation>
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
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Search name, serial, model, IMEI, department or clinician</source>
        <translation>Buscar por nombre, n.º de serie, modelo, IMEI, departamento o profesional</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Buscar dispositivos</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filtro de plataforma</translation>
    </message>
    <message>
        <source>Ownership filter</source>
        <translation>Filtro de propiedad</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Filtro de departamento</translation>
    </message>
    <message>
        <source>Enrollment state filter</source>
        <translation>Filtro de estado de inscripción</translation>
    </message>
    <message>
        <source>Compliance filter</source>
        <translation>Filtro de cumplimiento</translation>
    </message>
</context>
<context>
    <name>DeviceGroupRepository</name>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>A group named %1 already exists.</source>
        <translation>Ya existe un grupo llamado %1.</translation>
    </message>
</context>
<context>
    <name>DeviceGroupService</name>
    <message>
        <source>No device group with id %1.</source>
        <translation>No existe ningún grupo de dispositivos con id %1.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con id %1.</translation>
    </message>
</context>
<context>
    <name>DeviceRepository</name>
    <message>
        <source>Cannot save device %1: %2</source>
        <translation>No se puede guardar el dispositivo %1: %2</translation>
    </message>
    <message>
        <source>No device with id %1</source>
        <translation>No hay ningún dispositivo con el id %1</translation>
    </message>
</context>
<context>
    <name>DeviceSessionModel</name>
    <message>
        <source>Android agent</source>
        <translation>Agente de Android</translation>
    </message>
    <message>
        <source>Shared iPad</source>
        <translation>Shared iPad</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Next sign-in</source>
        <translation>Siguiente inicio de sesión</translation>
    </message>
    <message>
        <source>Reset for next patient</source>
        <translation>Restablecimiento para el siguiente paciente</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Finalizada por</translation>
    </message>
</context>
<context>
    <name>DeviceSessionsPanel</name>
    <message>
        <source>No clinician has signed in on this tablet yet.</source>
        <translation>Ningún profesional clínico ha iniciado sesión en esta tableta todavía.</translation>
    </message>
    <message>
        <source>Who held it?</source>
        <translation>¿Quién la tenía?</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions of this shared device</source>
        <translation>Sesiones de este dispositivo compartido</translation>
    </message>
    <message>
        <source>Moment to look up</source>
        <translation>Momento que consultar</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>A las:</translation>
    </message>
    <message>
        <source>Nobody was signed in at %1.</source>
        <translation>Nadie tenía la sesión iniciada a las %1.</translation>
    </message>
    <message>
        <source>%1 held it at %2 (signed in %3, until %4; %5).</source>
        <translation>%1 la tenía a las %2 (sesión iniciada %3, hasta %4; %5).</translation>
    </message>
    <message>
        <source>%1 held it at %2 (signed in %3, still signed in).</source>
        <translation>%1 la tenía a las %2 (sesión iniciada %3, sigue con la sesión iniciada).</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Versión SO</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>This device has never checked in.</source>
        <translation>Este dispositivo nunca se ha conectado.</translation>
    </message>
    <message>
        <source>%1
Serial number: %2</source>
        <translation>%1
Número de serie: %2</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>No policy assigned: judged against its ownership model&apos;s baseline.</source>
        <translation>Sin política asignada: se evalúa con la línea base de su modelo de propiedad.</translation>
    </message>
    <message>
        <source>Unknown: not managed, silent for too long, or a safeguard not reported yet. The details list each safeguard.</source>
        <translation>Desconocido: no gestionado, sin contacto desde hace demasiado tiempo o con alguna salvaguarda aún sin informar. Los detalles muestran cada salvaguarda.</translation>
    </message>
</context>
<context>
    <name>DeviceTableView</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Click a column to sort by it; right-click to choose the columns.</source>
        <translation>Haga clic en una columna para ordenar por ella; haga clic con el botón derecho para elegir las columnas.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
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
        <translation>Corporativo (COPE)</translation>
    </message>
    <message>
        <source>Kiosk (COSU)</source>
        <translation>Quiosco (COSU)</translation>
    </message>
    <message>
        <source>Shared clinical</source>
        <translation>Clínico compartido</translation>
    </message>
    <message>
        <source>A clinician&apos;s own phone: work profile only, selective wipe only, no personal data collected.</source>
        <translation>Teléfono propio de un profesional: solo perfil de trabajo, solo borrado selectivo y sin recopilar datos personales.</translation>
    </message>
    <message>
        <source>Owned by the clinic, personal use allowed: full management and full wipe.</source>
        <translation>Propiedad de la clínica, con uso personal permitido: gestión completa y borrado completo.</translation>
    </message>
    <message>
        <source>Patient-facing kiosk locked to a single app.</source>
        <translation>Quiosco para pacientes bloqueado en una sola app.</translation>
    </message>
    <message>
        <source>A tablet shared across shifts, with isolated sessions.</source>
        <translation>Tableta compartida entre turnos, con sesiones aisladas.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Unenrolled</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Wiped</source>
        <translation>Borrado</translation>
    </message>
</context>
<context>
    <name>DeviceWakeService</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con id %1.</translation>
    </message>
    <message>
        <source>%1 has no working push channel yet: it is woken once it checks in.</source>
        <translation>%1 todavía no tiene un canal push que funcione: se le despertará cuando se conecte.</translation>
    </message>
</context>
<context>
    <name>DevicesLostVerb</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>No devices yet — enroll devices or import an inventory CSV</source>
        <translation>Aún no hay dispositivos: inscriba dispositivos o importe un inventario en CSV</translation>
    </message>
    <message>
        <source>Phones and tablets appear here as soon as they are enrolled or imported. Start on the Enrollment page.</source>
        <translation>Los teléfonos y las tabletas aparecen aquí en cuanto se inscriben o se importan. Empiece en la página Inscripción.</translation>
    </message>
    <message>
        <source>No devices match</source>
        <translation>Ningún dispositivo coincide</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln device(s) in the fleet matches the search and filters.</source>
        <translation>
            <numerusform>El único dispositivo de la flota (%Ln) no coincide con la búsqueda ni con los filtros.</numerusform>
            <numerusform>Ninguno de los %Ln dispositivos de la flota coincide con la búsqueda ni con los filtros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device(s)</source>
        <translation>
            <numerusform>%1 de %Ln dispositivo</numerusform>
            <numerusform>%1 de %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>0 of %Ln device(s)</source>
        <translation>
            <numerusform>0 de %Ln dispositivo</numerusform>
            <numerusform>0 de %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>Actions on %n selected device(s)</source>
        <translation>
            <numerusform>Acciones: %n seleccionado</numerusform>
            <numerusform>Acciones: %n seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPrivacyVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no hay ningún dispositivo con id o número de serie %1</translation>
    </message>
    <message>
        <source>Wrote the privacy manifest of %1 to %2.</source>
        <translation>Se ha escrito el manifiesto de privacidad de %1 en %2.</translation>
    </message>
</context>
<context>
    <name>DevicesReenrollVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>--hours needs a whole number of hours, 1 to %1</source>
        <translation>--hours necesita un número entero de horas, de 1 a %1</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no hay ningún dispositivo con el id o número de serie %1</translation>
    </message>
    <message>
        <source>%1 may enroll again until %2 (UTC): the first %3 device enrolling with its serial number or UDID through a %4 link becomes this record; its previous identity then stops working and commands queued for it are cancelled.</source>
        <translation>%1 puede volver a inscribirse hasta el %2 (UTC): el primer dispositivo %3 que se inscriba con su número de serie o UDID mediante un enlace %4 pasa a ser este registro; su identidad anterior deja entonces de funcionar y se cancelan los comandos en cola para ella.</translation>
    </message>
</context>
<context>
    <name>DisableLostModeCommand</name>
    <message>
        <source>end Lost Mode on %1</source>
        <translation>finalizar el Modo Perdido en %1</translation>
    </message>
</context>
<context>
    <name>EditResetScheduleCommand</name>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eliminado.</translation>
    </message>
</context>
<context>
    <name>EnableLostModeCommand</name>
    <message>
        <source>put %1 in Lost Mode</source>
        <translation>poner %1 en Modo Perdido</translation>
    </message>
</context>
<context>
    <name>EndpointAddress</name>
    <message>
        <source>The port of the public URL must be from 1 to 65535.</source>
        <translation>El puerto de la URL pública debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The public URL is not a valid address; write it as https://mdm.clinic.example:8443.</source>
        <translation>La URL pública no es una dirección válida; escríbala como https://mdm.clinica.example:8443.</translation>
    </message>
    <message>
        <source>The public URL must start with https:// (devices only talk to the console over TLS).</source>
        <translation>La URL pública debe empezar por https:// (los dispositivos solo hablan con la consola por TLS).</translation>
    </message>
    <message>
        <source>The public URL needs a host name or IP address, e.g. https://mdm.clinic.example:8443.</source>
        <translation>La URL pública necesita un nombre de host o una dirección IP, p. ej. https://mdm.clinica.example:8443.</translation>
    </message>
    <message>
        <source>The public URL is only https://host:port, with no path, user name or query.</source>
        <translation>La URL pública es solo https://host:puerto, sin ruta, usuario ni consulta.</translation>
    </message>
</context>
<context>
    <name>EndpointAddressForm</name>
    <message>
        <source>Save and check</source>
        <translation>Guardar y comprobar</translation>
    </message>
    <message>
        <source>e.g. https://mdm.clinic.example:8443 (empty: the check-in host and port)</source>
        <translation>p. ej. https://mdm.clinica.example:8443 (vacío: el host y puerto de conexión)</translation>
    </message>
    <message>
        <source>The address phones and tablets use to reach this console: a name your network&apos;s DNS resolves to this computer (or the router that forwards the port to it), and the port.</source>
        <translation>La dirección con la que los teléfonos y tabletas llegan a esta consola: un nombre que el DNS de su red resuelve a este equipo (o al router que le redirige el puerto), y el puerto.</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>URL pública:</translation>
    </message>
    <message>
        <source>Devices are told:</source>
        <translation>Se indica a los dispositivos:</translation>
    </message>
    <message>
        <source>The endpoint did not start: %1</source>
        <translation>El punto de conexión no se inició: %1</translation>
    </message>
    <message>
        <source>Saved. Waiting for the endpoint to listen with a certificate for the new name…</source>
        <translation>Guardado. Esperando a que el punto de conexión escuche con un certificado para el nuevo nombre…</translation>
    </message>
</context>
<context>
    <name>EndpointImportDialog</name>
    <message>
        <source>Import a TLS certificate</source>
        <translation>Importar un certificado TLS</translation>
    </message>
    <message>
        <source>Use a certificate from a public (or your enterprise) certificate authority instead of the console&apos;s own. Devices must trust it.</source>
        <translation>Use un certificado de una autoridad de certificación pública (o de su empresa) en lugar del de la propia consola. Los dispositivos deben confiar en él.</translation>
    </message>
    <message>
        <source>PEM files (certificate chain and private key)</source>
        <translation>Archivos PEM (cadena de certificados y clave privada)</translation>
    </message>
    <message>
        <source>PKCS#12 bundle (.p12 / .pfx)</source>
        <translation>Paquete PKCS#12 (.p12 / .pfx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clave privada:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
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
        <translation>Elija un archivo</translation>
    </message>
</context>
<context>
    <name>EndpointPanel</name>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Devices connect to:</source>
        <translation>Los dispositivos se conectan a:</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>Certificado TLS:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Console CA SHA-256:</source>
        <translation>SHA-256 de la CA de la consola:</translation>
    </message>
    <message>
        <source>Console CA expires:</source>
        <translation>Caducidad de la CA de la consola:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Solicitudes:</translation>
    </message>
    <message>
        <source>&amp;Start endpoint</source>
        <translation>&amp;Iniciar punto de conexión</translation>
    </message>
    <message>
        <source>S&amp;top endpoint</source>
        <translation>&amp;Detener punto de conexión</translation>
    </message>
    <message>
        <source>&amp;Import TLS certificate…</source>
        <translation>I&amp;mportar certificado TLS…</translation>
    </message>
    <message>
        <source>Use the console&apos;s own &amp;certificate</source>
        <translation>Usar el &amp;certificado propio de la consola</translation>
    </message>
    <message>
        <source>The endpoint now uses the new TLS certificate.</source>
        <translation>El punto de conexión usa ahora el nuevo certificado TLS.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (dentro de %n día)</numerusform>
            <numerusform>%1 (dentro de %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Issued by the console CA</source>
        <translation>Emitido por la CA de la consola</translation>
    </message>
    <message>
        <source>%1 served (%2 refused as bad requests), %3 open connections</source>
        <translation>%1 atendidas (%2 rechazadas por ser incorrectas), %3 conexiones abiertas</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
</context>
<context>
    <name>EndpointSelfCheck</name>
    <message>
        <source>the address is not an https:// URL</source>
        <translation>la dirección no es una URL https://</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Reachable: the console answered at %1/health with a certificate devices will trust.</source>
        <translation>Accesible: la consola respondió en %1/health con un certificado en el que los dispositivos confiarán.</translation>
    </message>
    <message>
        <source>The name %1 is not found (DNS). Add it to your DNS server or router, or use the console&apos;s IP address in the public URL.</source>
        <translation>No se encuentra el nombre %1 (DNS). Añádalo a su servidor DNS o router, o use la dirección IP de la consola en la URL pública.</translation>
    </message>
    <message>
        <source>%1 answered, but nothing accepts connections on port %2. Check that the endpoint is running (Settings &gt; Endpoint), that the port is right and that a firewall or port forward lets it through.</source>
        <translation>%1 respondió, pero nada acepta conexiones en el puerto %2. Compruebe que el punto de conexión está en marcha (Configuración &gt; Punto de conexión), que el puerto es correcto y que el cortafuegos o la redirección de puertos lo deja pasar.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS certificate does not name %1, so devices will refuse it. Add the name to the endpoint&apos;s host names, or import a certificate for it (Settings &gt; Endpoint).</source>
        <translation>El certificado TLS del punto de conexión no incluye %1, así que los dispositivos lo rechazarán. Añada el nombre a los nombres de host del punto de conexión o importe un certificado para él (Configuración &gt; Punto de conexión).</translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS certificate is not trusted: %1. Another server may be answering on this address.</source>
        <translation>El certificado TLS del punto de conexión no es de confianza: %1. Puede que otro servidor responda en esta dirección.</translation>
    </message>
    <message>
        <source>Something answered at %1, but not this console&apos;s endpoint (HTTP status %2). Check the port forward.</source>
        <translation>Algo respondió en %1, pero no el punto de conexión de esta consola (estado HTTP %2). Compruebe la redirección de puertos.</translation>
    </message>
    <message>
        <source>The check failed: %1.</source>
        <translation>La comprobación falló: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s): a firewall may drop the connection, or the address points to another machine.</source>
        <translation>
            <numerusform>Sin respuesta de %1 en %n segundo: puede que un cortafuegos descarte la conexión o que la dirección apunte a otro equipo.</numerusform>
            <numerusform>Sin respuesta de %1 en %n segundos: puede que un cortafuegos descarte la conexión o que la dirección apunte a otro equipo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointServer</name>
    <message>
        <source>The endpoint&apos;s TLS certificate is unreadable.</source>
        <translation>El certificado TLS del punto de conexión no se puede leer.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s TLS private key is unreadable.</source>
        <translation>La clave privada TLS del punto de conexión no se puede leer.</translation>
    </message>
    <message>
        <source>The endpoint has no TLS certificate.</source>
        <translation>El punto de conexión no tiene certificado TLS.</translation>
    </message>
    <message>
        <source>A worker thread could not open the fleet database: %1</source>
        <translation>Un hilo de trabajo no pudo abrir la base de datos de la flota: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1 puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>EndpointService</name>
    <message>
        <source>The listen address &quot;%1&quot; is not an IP address.</source>
        <translation>La dirección de escucha «%1» no es una dirección IP.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Loading certificates…</source>
        <translation>Cargando certificados…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Listening on %1 port %2</source>
        <translation>Escuchando en %1 puerto %2</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The console&apos;s certificates are not loaded yet; try again.</source>
        <translation>Los certificados de la consola aún no están cargados; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>EnrollAdviseVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Recommended: %1; baseline: %2</source>
        <translation>Recomendado: %1; línea base: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>EnrollVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>--count needs a positive number and --days 1 to 90</source>
        <translation>--count necesita un número positivo y --days de 1 a 90</translation>
    </message>
    <message>
        <source>--out needs the console&apos;s certificate authority, which this command cannot load yet; give the device the link instead.</source>
        <translation>--out necesita la autoridad de certificación de la consola, que este comando aún no puede cargar; proporcione el enlace al dispositivo en su lugar.</translation>
    </message>
    <message numerus="yes">
        <source>%n one-time %1 enrollment link(s), valid until %2. Open a link on the device to install the enrollment profile.</source>
        <translation>
            <numerusform>%n enlace de inscripción %1 de un solo uso, válido hasta %2. Abra un enlace en el dispositivo para instalar el perfil de inscripción.</numerusform>
            <numerusform>%n enlaces de inscripción %1 de un solo uso, válidos hasta %2. Abra un enlace en el dispositivo para instalar el perfil de inscripción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Prints one one-time enrollment link per device (Apple devices).</source>
        <translation>Imprime un enlace de inscripción de un solo uso por dispositivo (dispositivos Apple).</translation>
    </message>
    <message>
        <source>Android QR provisioning sheet; `clinicmdm enroll qr --help`.</source>
        <translation>Hoja de aprovisionamiento QR de Android; `clinicmdm enroll qr --help`.</translation>
    </message>
    <message>
        <source>Recommends BYOD, COPE, Shared or kiosk (COSU) and the baseline to use.</source>
        <translation>Recomienda BYOD, COPE, compartido o quiosco (COSU) y la línea base que se debe usar.</translation>
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
        <translation>Código QR (Android)</translation>
    </message>
</context>
<context>
    <name>EnrollmentProfileBuilder</name>
    <message>
        <source>%1 certificate authority</source>
        <translation>Autoridad de certificación de %1</translation>
    </message>
    <message>
        <source>Device identity</source>
        <translation>Identidad del dispositivo</translation>
    </message>
    <message>
        <source>Device management</source>
        <translation>Gestión de dispositivos</translation>
    </message>
    <message>
        <source>%1 device management</source>
        <translation>Gestión de dispositivos de %1</translation>
    </message>
    <message>
        <source>Lets the clinic manage its apps and data on this personal device. The clinic cannot erase the device or see personal apps.</source>
        <translation>Permite a la clínica gestionar sus aplicaciones y datos en este dispositivo personal. La clínica no puede borrar el dispositivo ni ver las aplicaciones personales.</translation>
    </message>
    <message>
        <source>Enrolls this clinic-owned device in device management.</source>
        <translation>Inscribe este dispositivo propiedad de la clínica en la gestión de dispositivos.</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>A batch has between 1 and %1 enrollment links.</source>
        <translation>Un lote tiene entre 1 y %1 enlaces de inscripción.</translation>
    </message>
    <message>
        <source>The link must be valid for at least a minute.</source>
        <translation>El enlace debe ser válido durante al menos un minuto.</translation>
    </message>
    <message>
        <source>This enrollment link is unknown, used or expired.</source>
        <translation>Este enlace de inscripción es desconocido, ya se ha usado o ha caducado.</translation>
    </message>
</context>
<context>
    <name>ExpectReenrollmentCommand</name>
    <message>
        <source>expect the re-enrollment of %1</source>
        <translation>esperar la reinscripción de %1</translation>
    </message>
</context>
<context>
    <name>ExpectReenrollmentDialog</name>
    <message>
        <source>Expect re-enrollment: %1</source>
        <translation>Esperar reinscripción: %1</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Use this when %1 was wiped or reset and will enroll again. Until the time is up, the first device of the same kind and ownership that enrolls with its serial number becomes %1: its current identity stops working, the commands queued for it are cancelled and the secrets and locations the console kept for it are deleted. An earlier expectation for it is replaced. This is recorded in the audit trail.</source>
        <translation>Use esto cuando %1 se haya borrado o restablecido y vaya a inscribirse de nuevo. Hasta que se acabe el plazo, el primer dispositivo del mismo tipo y propiedad que se inscriba con su número de serie pasa a ser %1: su identidad actual deja de funcionar, se cancelan los comandos pendientes para ese dispositivo y se eliminan los secretos y las ubicaciones que la consola guardaba de él. Una espera anterior para el mismo dispositivo queda sustituida. Esto queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Durante:</translation>
    </message>
    <message>
        <source>Expect re-enrollment</source>
        <translation>Esperar reinscripción</translation>
    </message>
</context>
<context>
    <name>FcmClient</name>
    <message>
        <source>no FCM service account imported</source>
        <translation>no se ha importado ninguna cuenta de servicio de FCM</translation>
    </message>
</context>
<context>
    <name>FcmServiceAccount</name>
    <message>
        <source>The service-account file is not JSON: %1</source>
        <translation>El archivo de la cuenta de servicio no es JSON: %1</translation>
    </message>
    <message>
        <source>This JSON file is not a Google service-account key (type must be &quot;service_account&quot;).</source>
        <translation>Este archivo JSON no es una clave de cuenta de servicio de Google (type debe ser &quot;service_account&quot;).</translation>
    </message>
    <message>
        <source>The service-account file lacks project_id, client_email or private_key.</source>
        <translation>Al archivo de la cuenta de servicio le falta project_id, client_email o private_key.</translation>
    </message>
    <message>
        <source>The service account&apos;s token_uri must be an https URL.</source>
        <translation>El token_uri de la cuenta de servicio debe ser una URL https.</translation>
    </message>
    <message>
        <source>The service account&apos;s private_key is not an RSA key.</source>
        <translation>La private_key de la cuenta de servicio no es una clave RSA.</translation>
    </message>
</context>
<context>
    <name>FilterOptionsModel</name>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>All ownership types</source>
        <translation>Todos los tipos de propiedad</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Any compliance</source>
        <translation>Todo cumplimiento</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome to ClinicMDM</source>
        <translation>Bienvenido a ClinicMDM</translation>
    </message>
    <message>
        <source>Create the first Administrator. Every person who uses the console gets an account of their own, so the audit trail can tell who did what.</source>
        <translation>Cree el primer Administrador. Cada persona que usa la consola tiene su propia cuenta, para que el registro de auditoría indique quién hizo qué.</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>al menos %n carácter</numerusform>
            <numerusform>al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repita la contraseña:</translation>
    </message>
    <message>
        <source>Create Administrator</source>
        <translation>Crear Administrador</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>FleetStatistics</name>
    <message>
        <source>Within 1 hour</source>
        <translation>En la última hora</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>En las últimas 24 horas</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>En los últimos 7 días</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>En los últimos 30 días</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation>Hace más de 30 días</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>FullWipeCommand</name>
    <message>
        <source>erase %1</source>
        <translation>borrar %1</translation>
    </message>
</context>
<context>
    <name>FullWipeDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything on &quot;%1&quot; will be erased&lt;/b&gt;: apps, data, accounts and settings. The device returns to factory state and must be enrolled again. This cannot be undone once the device receives it; until then you can cancel it on the Commands page.</source>
        <translation>&lt;b&gt;Se borrará todo el contenido de &quot;%1&quot;&lt;/b&gt;: apps, datos, cuentas y configuración. El dispositivo vuelve al estado de fábrica y debe inscribirse de nuevo. Esto no se puede deshacer una vez que el dispositivo lo reciba; hasta entonces puede cancelarlo en la página Comandos.</translation>
    </message>
    <message>
        <source>Type the device&apos;s name to confirm:</source>
        <translation>Escriba el nombre del dispositivo para confirmar:</translation>
    </message>
    <message>
        <source>Erase device…</source>
        <translation>Borrar dispositivo…</translation>
    </message>
</context>
<context>
    <name>GettingStartedWidget</name>
    <message>
        <source>Hide this list</source>
        <translation>Ocultar esta lista</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Devices can reach the console (self-check passed)</source>
        <translation>Los dispositivos llegan a la consola (autocomprobación superada)</translation>
    </message>
    <message>
        <source>A valid Apple push certificate is installed</source>
        <translation>Hay instalado un certificado push de Apple válido</translation>
    </message>
    <message>
        <source>The first device is enrolled</source>
        <translation>El primer dispositivo está inscrito</translation>
    </message>
    <message>
        <source>A baseline policy is assigned</source>
        <translation>Hay una directiva base asignada</translation>
    </message>
    <message>
        <source>The first compliance report is exported</source>
        <translation>El primer informe de cumplimiento está exportado</translation>
    </message>
    <message>
        <source>Check the address…</source>
        <translation>Comprobar la dirección…</translation>
    </message>
    <message>
        <source>Set up push…</source>
        <translation>Configurar push…</translation>
    </message>
    <message>
        <source>Enroll a device…</source>
        <translation>Inscribir un dispositivo…</translation>
    </message>
    <message>
        <source>Assign a policy…</source>
        <translation>Asignar una directiva…</translation>
    </message>
    <message>
        <source>Export a report…</source>
        <translation>Exportar un informe…</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Setup assistant…</source>
        <translation>&amp;Asistente de configuración…</translation>
    </message>
    <message>
        <source>&amp;README</source>
        <translation>&amp;Léame (README)</translation>
    </message>
    <message>
        <source>&amp;About ClinicMDM</source>
        <translation>A&amp;cerca de ClinicMDM</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>This computer has no program to open %1. Open it from a file manager or a browser.</source>
        <translation>Este equipo no tiene ningún programa para abrir %1. Ábralo desde un explorador de archivos o un navegador.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Create group</source>
        <translation>Crear grupo</translation>
    </message>
    <message>
        <source>Add matching devices</source>
        <translation>Añadir los dispositivos que coinciden</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Quitar del grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>New group&apos;s name, e.g. Ward 3 tablets</source>
        <translation>Nombre del nuevo grupo, p. ej. Tabletas planta 3</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Add devices by rule</source>
        <translation>Añadir dispositivos por regla</translation>
    </message>
    <message>
        <source>Ownership:</source>
        <translation>Propiedad:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Every device matching all three joins the group. To add chosen devices, select them on the Devices page and use &quot;Add to group…&quot;.</source>
        <translation>Todo dispositivo que cumpla las tres condiciones entra en el grupo. Para añadir dispositivos concretos, selecciónelos en la página Dispositivos y use «Añadir a grupo…».</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Create a group on the left, then add devices to it.</source>
        <translation>Cree un grupo a la izquierda y luego añádale dispositivos.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)</source>
        <translation>
            <numerusform>%1: %n dispositivo</numerusform>
            <numerusform>%1: %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Created group %1.</source>
        <translation>Grupo %1 creado.</translation>
    </message>
    <message>
        <source>Choose an ownership, a department or a platform: &quot;Any&quot; for all three would add the whole fleet.</source>
        <translation>Elija una propiedad, un departamento o una plataforma: «Cualquiera» en las tres añadiría toda la flota.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n device(s) to %1.</source>
        <translation>
            <numerusform>Se añadió %n dispositivo a %1.</numerusform>
            <numerusform>Se añadieron %n dispositivos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the devices to remove from the group.</source>
        <translation>Seleccione los dispositivos que quiere quitar del grupo.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n device(s) from %1.</source>
        <translation>
            <numerusform>Se quitó %n dispositivo de %1.</numerusform>
            <numerusform>Se quitaron %n dispositivos de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http2Client</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
</context>
<context>
    <name>Http2Connection</name>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>%1 does not speak HTTP/2 (ALPN h2)</source>
        <translation>%1 no habla HTTP/2 (ALPN h2)</translation>
    </message>
    <message>
        <source>the server ended the session (GOAWAY)</source>
        <translation>el servidor finalizó la sesión (GOAWAY)</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>se perdió la conexión con %1</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The signing key cannot be read: %1</source>
        <translation>No se puede leer la clave de firma: %1</translation>
    </message>
    <message>
        <source>The key does not fit the %1 algorithm.</source>
        <translation>La clave no corresponde al algoritmo %1.</translation>
    </message>
    <message>
        <source>The ES256 signature has an unexpected form.</source>
        <translation>La firma ES256 tiene un formato inesperado.</translation>
    </message>
</context>
<context>
    <name>KioskMaintenanceDialog</name>
    <message>
        <source>Leave kiosk mode: %1</source>
        <translation>Salir del modo quiosco: %1</translation>
    </message>
    <message>
        <source>e.g. replace the card reader, update the check-in app</source>
        <translation>p. ej., sustituir el lector de tarjetas, actualizar la app de registro de llegada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 leaves single-app mode so that it can be serviced. It returns to kiosk mode by itself when the time is up, or when you resume it. The reason is recorded in the audit trail.</source>
        <translation>%1 sale del modo de app única para que se pueda realizar su mantenimiento. Vuelve al modo quiosco por sí solo cuando se acaba el tiempo o cuando usted lo reanuda. El motivo se anota en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Durante:</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
</context>
<context>
    <name>KioskMaintenanceService</name>
    <message>
        <source>%1 has no policy, so it is not a kiosk.</source>
        <translation>%1 no tiene ninguna política, por lo que no es un quiosco.</translation>
    </message>
    <message>
        <source>%1 is not a kiosk: its policy %2 does not lock it to a single app.</source>
        <translation>%1 no es un quiosco: su política %2 no lo bloquea en una sola app.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con el id %1.</translation>
    </message>
    <message>
        <source>Say why %1 leaves kiosk mode: the reason goes into the audit trail.</source>
        <translation>Indique por qué %1 sale del modo quiosco: el motivo se anota en el registro de auditoría.</translation>
    </message>
    <message>
        <source>A maintenance window lasts 1 to %1 minutes, not %2.</source>
        <translation>Una ventana de mantenimiento dura de 1 a %1 minutos, no %2.</translation>
    </message>
    <message>
        <source>%1 is already out of kiosk mode until %2 (UTC).</source>
        <translation>%1 ya está fuera del modo quiosco hasta el %2 (UTC).</translation>
    </message>
    <message>
        <source>%1 is not out of kiosk mode for maintenance.</source>
        <translation>%1 no está fuera del modo quiosco por mantenimiento.</translation>
    </message>
</context>
<context>
    <name>KioskSettingsForm</name>
    <message>
        <source>Kiosk mode: lock the device to a single app</source>
        <translation>Modo quiosco: bloquear el dispositivo en una sola app</translation>
    </message>
    <message>
        <source>Apple bundle id, e.g. com.example.checkin</source>
        <translation>Bundle id de Apple, p. ej., com.example.checkin</translation>
    </message>
    <message>
        <source>Android package, e.g. com.example.checkin</source>
        <translation>Paquete de Android, p. ej., com.example.checkin</translation>
    </message>
    <message>
        <source>Factory-reset protection (nobody can reset the kiosk from its settings)</source>
        <translation>Protección contra el restablecimiento de fábrica (nadie puede restablecer el quiosco desde su configuración)</translation>
    </message>
    <message>
        <source>One per line: https://checkin.clinic.example or *.clinic.example</source>
        <translation>Uno por línea: https://checkin.clinic.example o *.clinic.example</translation>
    </message>
    <message>
        <source>https://clinic.example/logo.png or a file</source>
        <translation>https://clinic.example/logo.png o un archivo</translation>
    </message>
    <message>
        <source>e.g. Emergency department, front desk</source>
        <translation>p. ej., Urgencias, recepción</translation>
    </message>
    <message>
        <source>e.g. IT help desk, ext. 4357</source>
        <translation>p. ej., Soporte técnico de TI, ext. 4357</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Single app (iPhone, iPad)</source>
        <translation>App única (iPhone, iPad)</translation>
    </message>
    <message>
        <source>Single app (Android)</source>
        <translation>App única (Android)</translation>
    </message>
    <message>
        <source>Allowed web sites (everything else is blocked)</source>
        <translation>Sitios web permitidos (todo lo demás se bloquea)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Contacto de soporte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A kiosk needs its single app: choose it for iPhone/iPad, Android or both.</source>
        <translation>Un quiosco necesita su app única: elíjala para iPhone/iPad, Android o ambos.</translation>
    </message>
    <message>
        <source>%1 is not a bundle id or package name.</source>
        <translation>%1 no es un bundle id ni un nombre de paquete.</translation>
    </message>
    <message>
        <source>%1 is neither an http(s) address nor a host pattern such as *.clinic.example.</source>
        <translation>%1 no es una dirección http(s) ni un patrón de host como *.clinic.example.</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logotipo de la clínica</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>LocateDeviceCommand</name>
    <message>
        <source>ask %1 for its location</source>
        <translation>solicitar a %1 su ubicación</translation>
    </message>
</context>
<context>
    <name>LockDeviceDialog</name>
    <message>
        <source>Lock %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <source>This device belongs to the clinic. Please return it to the front desk.</source>
        <translation>Este dispositivo pertenece a la clínica. Devuélvalo en recepción.</translation>
    </message>
    <message>
        <source>e.g. +1 555 0100</source>
        <translation>p. ej., +1 555 0100</translation>
    </message>
    <message>
        <source>The device locks its screen as soon as it receives the command. Whoever finds it sees the message and the number below.</source>
        <translation>El dispositivo bloquea la pantalla en cuanto recibe el comando. Quien lo encuentre verá el mensaje y el número indicado a continuación.</translation>
    </message>
    <message>
        <source>Message on the lock screen:</source>
        <translation>Mensaje en la pantalla de bloqueo:</translation>
    </message>
    <message>
        <source>Phone number to call:</source>
        <translation>Número de teléfono al que llamar:</translation>
    </message>
    <message>
        <source>Lock device</source>
        <translation>Bloquear dispositivo</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>The console is locked. %1, enter your password to continue.</source>
        <translation>La consola está bloqueada. %1, introduzca su contraseña para continuar.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to ClinicMDM</source>
        <translation>Iniciar sesión en ClinicMDM</translation>
    </message>
    <message>
        <source>6-digit code, or a recovery code</source>
        <translation>Código de 6 dígitos o un código de recuperación</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Código de autenticación:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Comprobando su contraseña…</translation>
    </message>
</context>
<context>
    <name>LostModeDialog</name>
    <message>
        <source>Lost Mode for %1</source>
        <translation>Modo Perdido para %1</translation>
    </message>
    <message>
        <source>This device belongs to the clinic. Please return it to the front desk.</source>
        <translation>Este dispositivo pertenece a la clínica. Devuélvalo en recepción.</translation>
    </message>
    <message>
        <source>e.g. +1 555 0100</source>
        <translation>p. ej., +1 555 0100</translation>
    </message>
    <message>
        <source>e.g. Reward offered</source>
        <translation>p. ej., Se ofrece recompensa</translation>
    </message>
    <message>
        <source>The device locks and shows the message and phone number until Lost Mode ends. While it is in Lost Mode you can ask for its location and make it play a sound; the device tells its user that it was located. Give a message, a phone number, or both.</source>
        <translation>El dispositivo se bloquea y muestra el mensaje y el número de teléfono hasta que finaliza el Modo Perdido. Mientras está en Modo Perdido, puede solicitar su ubicación y hacer que reproduzca un sonido; el dispositivo avisa a su usuario de que se ha localizado. Indique un mensaje, un número de teléfono o ambos.</translation>
    </message>
    <message>
        <source>Message on the lock screen:</source>
        <translation>Mensaje en la pantalla de bloqueo:</translation>
    </message>
    <message>
        <source>Phone number to call:</source>
        <translation>Número de teléfono al que llamar:</translation>
    </message>
    <message>
        <source>Footnote (optional):</source>
        <translation>Nota al pie (opcional):</translation>
    </message>
    <message>
        <source>Enable Lost Mode</source>
        <translation>Activar Modo Perdido</translation>
    </message>
</context>
<context>
    <name>LostModeEligibility</name>
    <message>
        <source>%1 is a personal (BYOD) device: the clinic never puts it in Lost Mode nor asks where it is. Lock it, or remove the clinic&apos;s data with a selective wipe.</source>
        <translation>%1 es un dispositivo personal (BYOD): la clínica nunca lo pone en Modo Perdido ni pregunta dónde está. Bloquéelo o elimine los datos de la clínica con un borrado selectivo.</translation>
    </message>
    <message>
        <source>%1 is an Android device: Lost Mode and location are for supervised iPhones and iPads only.</source>
        <translation>%1 es un dispositivo Android: el Modo Perdido y la ubicación son solo para iPhone y iPad supervisados.</translation>
    </message>
    <message>
        <source>%1 is %2: only an enrolled device receives Lost Mode commands.</source>
        <translation>%1 está en estado %2: solo un dispositivo inscrito recibe comandos de Modo Perdido.</translation>
    </message>
    <message>
        <source>%1 has not reported being supervised: Apple allows Lost Mode only on supervised devices.</source>
        <translation>%1 no ha notificado que esté supervisado: Apple solo permite el Modo Perdido en dispositivos supervisados.</translation>
    </message>
</context>
<context>
    <name>LostModeService</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con el id %1.</translation>
    </message>
    <message>
        <source>%1 has not reported being in Lost Mode: put it in Lost Mode first (a device answers location and sound requests only in Lost Mode).</source>
        <translation>%1 no ha notificado que esté en Modo Perdido: póngalo primero en Modo Perdido (un dispositivo solo responde a solicitudes de ubicación y sonido en Modo Perdido).</translation>
    </message>
    <message>
        <source>Lost Mode needs a message or a phone number for whoever finds the device.</source>
        <translation>El Modo Perdido necesita un mensaje o un número de teléfono para quien encuentre el dispositivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (digits, spaces, + ( ) - . / only).</source>
        <translation>&quot;%1&quot; no es un número de teléfono (solo dígitos, espacios, + ( ) - . /).</translation>
    </message>
    <message>
        <source>The message may have at most %1 characters and the footnote %2.</source>
        <translation>El mensaje puede tener como máximo %1 caracteres y la nota al pie, %2.</translation>
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
        <translation>Panel</translation>
    </message>
    <message>
        <source>Your fleet at a glance will be here: HIPAA compliance, devices that stopped checking in, and certificates that expire soon.</source>
        <translation>Aquí verá su flota de un vistazo: el cumplimiento de HIPAA, los dispositivos que han dejado de conectarse y los certificados que caducan pronto.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Enroll new phones and tablets here: many at once over USB with progress for each device, or with a QR code or an enrollment profile.</source>
        <translation>Aquí inscribirá teléfonos y tabletas nuevos: muchos a la vez por USB, con el progreso de cada dispositivo, o con un código QR o un perfil de inscripción.</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>HIPAA baseline policies will be set here — passcode, encryption, automatic lock, VPN — and assigned to groups of devices.</source>
        <translation>Aquí se definirán las políticas básicas de HIPAA (código de acceso, cifrado, bloqueo automático, VPN) y se asignarán a grupos de dispositivos.</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Clinical apps and their managed configuration, and the single app of each patient kiosk, will be managed here.</source>
        <translation>Aquí se gestionarán las apps clínicas y su configuración administrada, así como la app única de cada quiosco para pacientes.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Lock, wipe and the other commands sent to devices will be listed here, with whether each device has carried them out.</source>
        <translation>Aquí aparecerán el bloqueo, el borrado y los demás comandos enviados a los dispositivos, y si cada dispositivo los ha ejecutado.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>The tamper-evident audit trail will be here: who did what, when, to which device — and a check that nobody has edited it.</source>
        <translation>Aquí estará el registro de auditoría a prueba de manipulaciones: quién hizo qué, cuándo y en qué dispositivo, y la comprobación de que nadie lo ha modificado.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Compliance reports in PDF for your auditor and CSV exports of the fleet will be made here.</source>
        <translation>Aquí se generarán los informes de cumplimiento en PDF para su auditor y las exportaciones de la flota en CSV.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Admin accounts and sign-in codes, push certificates, the check-in address and automatic logoff will be configured here.</source>
        <translation>Aquí se configurarán las cuentas de administrador y sus códigos de inicio de sesión, los certificados push, la dirección de registro de los dispositivos y el cierre automático de sesión.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) in the fleet</source>
        <translation>
            <numerusform>%Ln dispositivo en la flota</numerusform>
            <numerusform>%Ln dispositivos en la flota</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Groups of devices, filled by rule or by selection, to assign policies and apps to.</source>
        <translation>Grupos de dispositivos, llenados por regla o por selección, a los que asignar directivas y apps.</translation>
    </message>
</context>
<context>
    <name>ManagedConfigForm</name>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
</context>
<context>
    <name>ManagedConfigValidator</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1 must be a full URL such as https://fhir.example.org/r4.</source>
        <translation>%1 debe ser una URL completa, como https://fhir.example.org/r4.</translation>
    </message>
    <message>
        <source>%1 must use https: clinical data never travels unencrypted.</source>
        <translation>%1 debe usar https: los datos clínicos nunca viajan sin cifrar.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 debe ser true o false.</translation>
    </message>
    <message>
        <source>%1 is not a configuration key of this app.</source>
        <translation>%1 no es una clave de configuración de esta app.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE.</source>
        <translation>&quot;%1&quot; no tiene el formato CLAVE=VALOR.</translation>
    </message>
</context>
<context>
    <name>MfaSetupWidget</name>
    <message>
        <source>Scan the code with an authenticator app (for example on your phone), then enter the six-digit code it shows. Administrators sign in with such a code from now on.</source>
        <translation>Escanee el código con una aplicación de autenticación (por ejemplo, en su teléfono) e introduzca el código de seis dígitos que muestra. A partir de ahora, los Administradores inician sesión con un código así.</translation>
    </message>
    <message>
        <source>Key (to type by hand):</source>
        <translation>Clave (para escribirla a mano):</translation>
    </message>
    <message>
        <source>Recovery codes: each works once instead of a code if the phone is lost. Print or write them down now; they are not shown again.</source>
        <translation>Códigos de recuperación: cada uno sirve una sola vez en lugar de un código si se pierde el teléfono. Imprímalos o anótelos ahora; no se volverán a mostrar.</translation>
    </message>
    <message>
        <source>Code shown by the app:</source>
        <translation>Código que muestra la aplicación:</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication</source>
        <translation>Activar la autenticación multifactor (MFA)</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>Código QR para la aplicación de autenticación</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>No se pudo actualizar la base de datos al esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
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
        <translation>Los pacientes lo usan con un único fin, por lo que se bloquea en una sola app como quiosco (COSU).</translation>
    </message>
    <message>
        <source>A kiosk has no clinician sessions to isolate: the single-app lock already keeps each user to that app.</source>
        <translation>Un quiosco no tiene sesiones de profesionales clínicos que aislar: el bloqueo en una sola app ya limita a cada usuario a esa app.</translation>
    </message>
    <message>
        <source>What patients enter is ePHI: the kiosk baseline requires encryption and allows a full wipe.</source>
        <translation>Lo que introducen los pacientes es ePHI: la línea base de quiosco exige cifrado y permite un borrado completo.</translation>
    </message>
    <message>
        <source>A personal phone cannot be a patient kiosk: issue a clinic-owned device for this.</source>
        <translation>Un teléfono personal no puede ser un quiosco para pacientes: entregue para ello un dispositivo propiedad de la clínica.</translation>
    </message>
    <message>
        <source>Several clinicians use it across shifts, so each one gets an isolated session that is cleared at sign-out.</source>
        <translation>Varios profesionales clínicos lo usan en distintos turnos, por lo que cada uno obtiene una sesión aislada que se borra al cerrar sesión.</translation>
    </message>
    <message>
        <source>It keeps ePHI on the device: the shared baseline requires encryption and allows a full wipe.</source>
        <translation>Guarda ePHI en el dispositivo: la línea base compartida exige cifrado y permite un borrado completo.</translation>
    </message>
    <message>
        <source>A personal phone should not be shared between clinicians: use a clinic-owned tablet.</source>
        <translation>Un teléfono personal no debe compartirse entre profesionales clínicos: use una tableta propiedad de la clínica.</translation>
    </message>
    <message>
        <source>The clinic owns the device: it is fully managed and can be erased if it is lost (COPE).</source>
        <translation>La clínica es propietaria del dispositivo: se gestiona por completo y se puede borrar si se pierde (COPE).</translation>
    </message>
    <message>
        <source>It stores ePHI locally, which needs device-level encryption and a full wipe: COPE provides both.</source>
        <translation>Almacena ePHI localmente, lo que requiere cifrado a nivel de dispositivo y borrado completo: COPE ofrece ambos.</translation>
    </message>
    <message>
        <source>The device must store ePHI locally (offline charts, clinical photos), which needs full device management.</source>
        <translation>El dispositivo debe almacenar ePHI localmente (historias clínicas sin conexión, fotos clínicas), lo que requiere la gestión completa del dispositivo.</translation>
    </message>
    <message>
        <source>Do not enroll this personal phone as BYOD: a BYOD device can only be selectively wiped, so ePHI stored outside the clinic&apos;s apps could not be removed. Issue a clinic-owned COPE device instead.</source>
        <translation>No inscriba este teléfono personal como BYOD: en un dispositivo BYOD solo se puede hacer un borrado selectivo, por lo que no se podría eliminar la ePHI guardada fuera de las apps de la clínica. Entregue en su lugar un dispositivo COPE propiedad de la clínica.</translation>
    </message>
    <message>
        <source>It is the clinician&apos;s own phone and only views ePHI through the clinic&apos;s managed apps, which keep no copy.</source>
        <translation>Es el teléfono propio del profesional clínico y solo consulta ePHI a través de las apps administradas de la clínica, que no guardan ninguna copia.</translation>
    </message>
    <message>
        <source>The clinic manages only its own apps and their data (work profile or managed apps) and can remove only those (selective wipe); IT cannot see personal apps, photos, messages or location.</source>
        <translation>La clínica gestiona solo sus propias apps y sus datos (perfil de trabajo o apps administradas) y solo puede eliminar estos (borrado selectivo); TI no puede ver las apps personales, las fotos, los mensajes ni la ubicación.</translation>
    </message>
</context>
<context>
    <name>OwnershipAdvisorDialog</name>
    <message>
        <source>It will store patient data (ePHI) on the device: offline charts, clinical photos</source>
        <translation>Almacenará datos de pacientes (ePHI) en el dispositivo: historias clínicas sin conexión, fotos clínicas</translation>
    </message>
    <message>
        <source>Several clinicians share it across shifts</source>
        <translation>Varios profesionales clínicos lo comparten en distintos turnos</translation>
    </message>
    <message>
        <source>Patients use it for one purpose (check-in, consent forms)</source>
        <translation>Los pacientes lo usan con un único fin (registro de llegada, formularios de consentimiento)</translation>
    </message>
    <message>
        <source>Choose how to enroll the device</source>
        <translation>Elija cómo inscribir el dispositivo</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>La clínica</translation>
    </message>
    <message>
        <source>The clinician (a personal phone)</source>
        <translation>El profesional clínico (un teléfono personal)</translation>
    </message>
    <message>
        <source>Who owns the device?</source>
        <translation>¿Quién es el propietario del dispositivo?</translation>
    </message>
    <message>
        <source>Use this ownership</source>
        <translation>Usar este tipo de propiedad</translation>
    </message>
    <message>
        <source>Recommended: %1; baseline: %2</source>
        <translation>Recomendado: %1; línea base: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Help me choose…</source>
        <translation>Ayúdeme a elegir…</translation>
    </message>
    <message>
        <source>Answer four questions about the device to choose between BYOD, COPE, Shared and kiosk</source>
        <translation>Responda cuatro preguntas sobre el dispositivo para elegir entre BYOD, COPE, compartido y quiosco</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>La contraseña no puede ser el nombre de usuario.</translation>
    </message>
    <message>
        <source>The password must not be blank.</source>
        <translation>La contraseña no puede estar en blanco.</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>%1 — HIPAA compliance report, %2 to %3</source>
        <translation>%1 — Informe de cumplimiento de HIPAA, del %2 al %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>No se puede iniciar el PDF %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Toda la flota</translation>
    </message>
    <message>
        <source>HIPAA compliance report — %1</source>
        <translation>Informe de cumplimiento de HIPAA — %1</translation>
    </message>
    <message>
        <source>HIPAA Security Rule compliance report</source>
        <translation>Informe de cumplimiento de la Regla de Seguridad de HIPAA</translation>
    </message>
    <message>
        <source>(clinic name not set)</source>
        <translation>(nombre de la clínica sin configurar)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>Del %1 al %2 (UTC)</translation>
    </message>
    <message>
        <source>Compliance state as of</source>
        <translation>Estado de cumplimiento a fecha de</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>ClinicMDM %1</source>
        <translation>ClinicMDM %1</translation>
    </message>
    <message>
        <source>This report shows, for each HIPAA Security Rule safeguard the console enforces on the clinic&apos;s phones and tablets, what is enforced, how many devices prove it, and every device that does not, with the value it reported and when. Device states come from the devices&apos; own reports at check-in. The audit section states whether the console&apos;s tamper-evident audit trail verified when this report was produced.</source>
        <translation>Este informe muestra, para cada salvaguarda de la Regla de Seguridad de HIPAA que la consola aplica en los teléfonos y tabletas de la clínica, qué se aplica, cuántos dispositivos lo demuestran y cada dispositivo que no lo hace, con el valor que informó y cuándo. El estado de los dispositivos procede de sus propios informes al conectarse. La sección de auditoría indica si el registro de auditoría a prueba de manipulaciones de la consola se verificó al generar este informe.</translation>
    </message>
    <message>
        <source>Fleet at a glance</source>
        <translation>La flota de un vistazo</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>OS versions</source>
        <translation>Versiones del sistema operativo</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Salvaguardas</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view the fleet</source>
        <translation>ver la flota</translation>
    </message>
    <message>
        <source>enroll devices</source>
        <translation>inscribir dispositivos</translation>
    </message>
    <message>
        <source>edit the inventory</source>
        <translation>editar el inventario</translation>
    </message>
    <message>
        <source>lock a device</source>
        <translation>bloquear un dispositivo</translation>
    </message>
    <message>
        <source>wipe work data from a device</source>
        <translation>hacer un borrado selectivo de un dispositivo</translation>
    </message>
    <message>
        <source>wipe a whole device</source>
        <translation>hacer un borrado completo de un dispositivo</translation>
    </message>
    <message>
        <source>change policies</source>
        <translation>cambiar las directivas</translation>
    </message>
    <message>
        <source>change console settings</source>
        <translation>cambiar la configuración de la consola</translation>
    </message>
    <message>
        <source>manage admin accounts</source>
        <translation>gestionar las cuentas de administrador</translation>
    </message>
    <message>
        <source>view admin accounts</source>
        <translation>ver las cuentas de administrador</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>ver el registro de auditoría</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>exportar informes</translation>
    </message>
    <message>
        <source>manage certificates</source>
        <translation>gestionar certificados</translation>
    </message>
    <message>
        <source>take a kiosk out of kiosk mode</source>
        <translation>sacar un quiosco del modo quiosco</translation>
    </message>
    <message>
        <source>put a device in Lost Mode and locate it</source>
        <translation>poner un dispositivo en Modo Perdido y localizarlo</translation>
    </message>
    <message>
        <source>expect a device&apos;s re-enrollment</source>
        <translation>esperar la reinscripción de un dispositivo</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not here yet</source>
        <translation>Próximamente</translation>
    </message>
</context>
<context>
    <name>PlayLostSoundCommand</name>
    <message>
        <source>make %1 play a sound</source>
        <translation>hacer que %1 reproduzca un sonido</translation>
    </message>
</context>
<context>
    <name>Plist</name>
    <message>
        <source>The property list is empty.</source>
        <translation>La lista de propiedades está vacía.</translation>
    </message>
    <message>
        <source>The property list is larger than %1 bytes.</source>
        <translation>La lista de propiedades supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The binary property list is malformed.</source>
        <translation>La lista de propiedades binaria está mal formada.</translation>
    </message>
    <message>
        <source>The XML property list is malformed.</source>
        <translation>La lista de propiedades XML está mal formada.</translation>
    </message>
    <message>
        <source>The property list contains an unsupported or too deeply nested value.</source>
        <translation>La lista de propiedades contiene un valor no admitido o anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <source>The value is nested too deeply for a property list.</source>
        <translation>El valor está anidado a demasiada profundidad para una lista de propiedades.</translation>
    </message>
    <message>
        <source>A text contains a control character that a property list cannot hold.</source>
        <translation>Un texto contiene un carácter de control que una lista de propiedades no admite.</translation>
    </message>
    <message>
        <source>A key contains a control character that a property list cannot hold.</source>
        <translation>Una clave contiene un carácter de control que una lista de propiedades no admite.</translation>
    </message>
    <message>
        <source>A value of type %1 has no property list form.</source>
        <translation>Un valor de tipo %1 no tiene representación en una lista de propiedades.</translation>
    </message>
    <message>
        <source>The property list could not be written.</source>
        <translation>No se pudo escribir la lista de propiedades.</translation>
    </message>
</context>
<context>
    <name>PlistShapeGuard</name>
    <message>
        <source>The property list has too many elements.</source>
        <translation>La lista de propiedades tiene demasiados elementos.</translation>
    </message>
    <message>
        <source>The property list is nested too deeply.</source>
        <translation>La lista de propiedades está anidada a demasiada profundidad.</translation>
    </message>
    <message>
        <source>The binary property list is malformed.</source>
        <translation>La lista de propiedades binaria está mal formada.</translation>
    </message>
</context>
<context>
    <name>PoliciesData</name>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>This policy</source>
        <translation>Esta política</translation>
    </message>
    <message>
        <source>HIPAA reference</source>
        <translation>Referencia de HIPAA</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Choose a policy first.</source>
        <translation>Elija primero una política.</translation>
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
        <translation>Código de acceso obligatorio</translation>
    </message>
    <message>
        <source>Storage encryption required</source>
        <translation>Cifrado del almacenamiento obligatorio</translation>
    </message>
    <message>
        <source>Always-on VPN</source>
        <translation>VPN siempre activa</translation>
    </message>
    <message>
        <source>Per-app VPN for clinical apps</source>
        <translation>VPN por app para las apps clínicas</translation>
    </message>
    <message>
        <source>Managed open-in (documents stay in managed apps)</source>
        <translation>Apertura administrada (los documentos permanecen en las apps administradas)</translation>
    </message>
    <message>
        <source>Managed pasteboard</source>
        <translation>Portapapeles administrado</translation>
    </message>
    <message>
        <source>Block work-to-personal copy and paste</source>
        <translation>Bloquear copiar y pegar del ámbito laboral al personal</translation>
    </message>
    <message>
        <source>Block screenshots</source>
        <translation>Bloquear capturas de pantalla</translation>
    </message>
    <message>
        <source>Camera allowed</source>
        <translation>Cámara permitida</translation>
    </message>
    <message>
        <source>Clear data at sign-out (shared devices)</source>
        <translation>Borrar los datos al cerrar sesión (dispositivos compartidos)</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Name of the new policy</source>
        <translation>Nombre de la nueva política</translation>
    </message>
    <message>
        <source>Create from baseline</source>
        <translation>Crear a partir de la línea base</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Línea base:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numérico</translation>
    </message>
    <message>
        <source>alphanumeric</source>
        <translation>alfanumérico</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>complejo</translation>
    </message>
    <message>
        <source>Minimum passcode length</source>
        <translation>Longitud mínima del código de acceso</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complejidad</translation>
    </message>
    <message>
        <source>Wipe after failed attempts (0 = never)</source>
        <translation>Borrar tras intentos fallidos (0 = nunca)</translation>
    </message>
    <message>
        <source>Passcode history</source>
        <translation>Historial de códigos de acceso</translation>
    </message>
    <message>
        <source>Auto-lock after (0 = not enforced)</source>
        <translation>Bloqueo automático tras (0 = no obligatorio)</translation>
    </message>
    <message>
        <source>Shared-device session timeout (0 = none)</source>
        <translation>Tiempo de espera de la sesión en dispositivos compartidos (0 = ninguno)</translation>
    </message>
    <message>
        <source>Save as new version and deliver</source>
        <translation>Guardar como nueva versión y enviar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Differences from baseline</source>
        <translation>Diferencias con la línea base</translation>
    </message>
    <message>
        <source>Roll back to the selected version</source>
        <translation>Revertir a la versión seleccionada</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n dispositivo)</numerusform>
            <numerusform>%1 (%n dispositivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to group</source>
        <translation>Asignar a un grupo</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Created %1 from the baseline. Edit it, then assign it to a group.</source>
        <translation>Se creó %1 a partir de la línea base. Edítela y, después, asígnela a un grupo.</translation>
    </message>
    <message>
        <source>Kiosk: %1</source>
        <translation>Quiosco: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved version %1; %n command(s) queued for its devices.</source>
        <translation>
            <numerusform>Se guardó la versión %1; %n comando en cola para sus dispositivos.</numerusform>
            <numerusform>Se guardó la versión %1; %n comandos en cola para sus dispositivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1; %n command(s) queued.</source>
        <translation>
            <numerusform>Asignada a %1; %n comando en cola.</numerusform>
            <numerusform>Asignada a %1; %n comandos en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the version to roll back to.</source>
        <translation>Elija la versión a la que desea revertir.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back to the settings of version %1; %n command(s) queued.</source>
        <translation>
            <numerusform>Se revirtió a la configuración de la versión %1; %n comando en cola.</numerusform>
            <numerusform>Se revirtió a la configuración de la versión %1; %n comandos en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet: create one on the Groups page</source>
        <translation>Todavía no hay grupos: cree uno en la página Grupos</translation>
    </message>
    <message>
        <source>Create a group on the Groups page first, then assign the policy to it.</source>
        <translation>Cree primero un grupo en la página Grupos y luego asígnele la directiva.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1: the policy is queued for %n device(s).</source>
        <translation>
            <numerusform>Asignada a %1: la directiva está en cola para %n dispositivo.</numerusform>
            <numerusform>Asignada a %1: la directiva está en cola para %n dispositivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPathEditor</name>
    <message>
        <source>%1: is not a setting path such as kiosk.branding.department</source>
        <translation>%1: no es una ruta de ajuste como kiosk.branding.department</translation>
    </message>
    <message>
        <source>%1: expected PATH=VALUE, e.g. kiosk.enabled=true</source>
        <translation>%1: se esperaba RUTA=VALOR, p. ej., kiosk.enabled=true</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>A policy named %1 already exists.</source>
        <translation>Ya existe una política llamada %1.</translation>
    </message>
    <message>
        <source>Policy %1 was changed meanwhile; reload it.</source>
        <translation>La política %1 se ha modificado mientras tanto; vuelva a cargarla.</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>No baseline %1 (there are byod, cope, cosu and shared).</source>
        <translation>No existe la línea base %1 (hay byod, cope, cosu y shared).</translation>
    </message>
    <message>
        <source>Policy %1 has no version %2.</source>
        <translation>La política %1 no tiene la versión %2.</translation>
    </message>
    <message>
        <source>Version %1 is already the current version of %2.</source>
        <translation>La versión %1 ya es la versión actual de %2.</translation>
    </message>
    <message>
        <source>No device group with id %1.</source>
        <translation>No hay ningún grupo de dispositivos con el id %1.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con el id %1.</translation>
    </message>
</context>
<context>
    <name>PostgresTarget</name>
    <message>
        <source>%1 is not a valid postgresql:// address</source>
        <translation>%1 no es una dirección postgresql:// válida</translation>
    </message>
    <message>
        <source>%1 is not a key=value connection setting</source>
        <translation>%1 no es un ajuste de conexión clave=valor</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database (postgresql://user@host:port/DBNAME)</source>
        <translation>la dirección de PostgreSQL no indica ninguna base de datos (postgresql://user@host:port/DBNAME)</translation>
    </message>
</context>
<context>
    <name>PrivacyBoundary</name>
    <message>
        <source>IT cannot see personal apps, photos, messages, browsing, personal email or location, and can never erase this phone: a selective wipe removes only the clinic&apos;s apps and data.</source>
        <translation>TI no puede ver las apps personales, las fotos, los mensajes, la navegación, el correo electrónico personal ni la ubicación, y nunca puede borrar este teléfono: un borrado selectivo elimina solo las apps y los datos de la clínica.</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestBatch</name>
    <message>
        <source>Cancelled after %1 of %2 manifests.</source>
        <translation>Cancelado tras %1 de %2 manifiestos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestBuilder</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con el id %1.</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer la política &quot;%1&quot;: %2</translation>
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
        <translation>Guardar el manifiesto de privacidad</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestPdfWriter</name>
    <message>
        <source>%1 — privacy manifest for %2, generated %3</source>
        <translation>%1 — Manifiesto de privacidad de %2, generado el %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>No se puede iniciar el PDF %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestRules</name>
    <message>
        <source>System updates install automatically between 02:00 and 04:00.</source>
        <translation>Las actualizaciones del sistema se instalan automáticamente entre las 02:00 y las 04:00.</translation>
    </message>
    <message>
        <source>System updates install automatically.</source>
        <translation>Las actualizaciones del sistema se instalan automáticamente.</translation>
    </message>
    <message>
        <source>No device policy is assigned yet: the clinic sets no passcode, camera, VPN or sharing rules on this device.</source>
        <translation>Aún no hay ninguna política de dispositivo asignada: la clínica no establece reglas de código de acceso, cámara, VPN ni uso compartido en este dispositivo.</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT can see</source>
        <translation>Lo que el departamento de TI de la clínica puede ver</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT cannot see</source>
        <translation>Lo que el departamento de TI de la clínica no puede ver</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT can do</source>
        <translation>Lo que el departamento de TI de la clínica puede hacer</translation>
    </message>
    <message>
        <source>What the clinic&apos;s IT cannot do</source>
        <translation>Lo que el departamento de TI de la clínica no puede hacer</translation>
    </message>
</context>
<context>
    <name>PrivacyManifestText</name>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>ninguna asignada</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>This phone is yours. The clinic manages only its own apps and their data on it, kept apart from your personal apps and data by the phone&apos;s operating system. This manifest is made from the settings in force for this phone when it was generated; if they change, ask IT for a new one.</source>
        <translation>Este teléfono es suyo. La clínica gestiona en él solo sus propias apps y sus datos, que el sistema operativo del teléfono mantiene separados de sus apps y datos personales. Este manifiesto se basa en la configuración vigente para este teléfono en el momento de generarlo; si cambia, solicite uno nuevo a TI.</translation>
    </message>
    <message>
        <source>This device belongs to the clinic. This manifest is made from the settings in force for this device when it was generated; if they change, ask IT for a new one.</source>
        <translation>Este dispositivo pertenece a la clínica. Este manifiesto se basa en la configuración vigente para este dispositivo en el momento de generarlo; si cambia, solicite uno nuevo a TI.</translation>
    </message>
    <message>
        <source>Privacy manifest</source>
        <translation>Manifiesto de privacidad</translation>
    </message>
</context>
<context>
    <name>ProvisioningSheet</name>
    <message>
        <source>%1 — Android enrollment</source>
        <translation>%1 — Inscripción de Android</translation>
    </message>
    <message>
        <source>Ownership: %1
Valid once, until %2.

1. Factory-reset the device (or take it out of the box).
2. On the welcome screen, tap the same spot six times.
3. Scan this code; the device downloads the ClinicMDM agent, encrypts itself and enrolls with %3.

This sheet carries a one-time enrollment token%4: keep it like a key and shred it after use.</source>
        <translation>Propiedad: %1
Válido una sola vez, hasta el %2.

1. Restablezca el dispositivo a los valores de fábrica (o sáquelo de la caja).
2. En la pantalla de bienvenida, toque seis veces el mismo punto.
3. Escanee este código; el dispositivo descarga el agente de ClinicMDM, se cifra y se inscribe en %3.

Esta hoja contiene un token de inscripción de un solo uso%4: guárdela como si fuera una llave y destrúyala después de usarla.</translation>
    </message>
    <message>
        <source> and the Wi-Fi password</source>
        <translation> y la contraseña de la Wi-Fi</translation>
    </message>
    <message>
        <source>Android enrollment</source>
        <translation>Inscripción de Android</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>PushCertificate</name>
    <message>
        <source>The file is not a PKCS#12 (.p12) bundle.</source>
        <translation>El archivo no es un paquete PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation>La contraseña del PKCS#12 es incorrecta.</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle could not be read or lacks the certificate and its key (%1).</source>
        <translation>No se pudo leer el paquete PKCS#12 o le faltan el certificado y su clave (%1).</translation>
    </message>
    <message>
        <source>The push certificate file is neither PEM nor DER.</source>
        <translation>El archivo del certificado push no es PEM ni DER.</translation>
    </message>
    <message>
        <source>The private key cannot be read (wrong password or not a PEM key).</source>
        <translation>No se puede leer la clave privada (contraseña incorrecta o no es una clave PEM).</translation>
    </message>
</context>
<context>
    <name>PushCertificateBanner</name>
    <message>
        <source>Apple refused the push certificate (%1): Apple devices cannot be woken until it is renewed or replaced.</source>
        <translation>Apple rechazó el certificado push (%1): no se pueden activar los dispositivos Apple hasta que se renueve o se sustituya.</translation>
    </message>
</context>
<context>
    <name>PushCertificateExpiry</name>
    <message>
        <source>The Apple push certificate expired on %1: Apple devices can no longer be woken. Renew it with the same Apple ID at identity.apple.com.</source>
        <translation>El certificado push de Apple caducó el %1: ya no se pueden activar los dispositivos Apple. Renuévelo con el mismo Apple ID en identity.apple.com.</translation>
    </message>
    <message numerus="yes">
        <source>The Apple push certificate expires on %1 (within %n day(s)). Renew it with the same Apple ID at identity.apple.com; a new certificate instead of a renewal means every Apple device must enroll again.</source>
        <translation>
            <numerusform>El certificado push de Apple caduca el %1 (en %n día). Renuévelo con el mismo Apple ID en identity.apple.com; si usa un certificado nuevo en lugar de una renovación, todos los dispositivos Apple deberán inscribirse de nuevo.</numerusform>
            <numerusform>El certificado push de Apple caduca el %1 (en %n días). Renuévelo con el mismo Apple ID en identity.apple.com; si usa un certificado nuevo en lugar de una renovación, todos los dispositivos Apple deberán inscribirse de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushCertificateImport</name>
    <message>
        <source>This certificate has no private key with it and there is no pending certificate request: import the key too, or a PKCS#12 bundle (%1).</source>
        <translation>Este certificado no va acompañado de ninguna clave privada y no hay ninguna solicitud de certificado pendiente: importe también la clave o un paquete PKCS#12 (%1).</translation>
    </message>
</context>
<context>
    <name>PushCertificateService</name>
    <message>
        <source>This certificate has another topic (%1) than the current one (%2): it is a NEW certificate, not a renewal. Every Apple device would have to enroll again. Renew the current certificate with the same Apple ID instead, or explicitly accept re-enrolling every Apple device.</source>
        <translation>Este certificado tiene un topic (%1) distinto del actual (%2): es un certificado NUEVO, no una renovación. Todos los dispositivos Apple tendrían que inscribirse de nuevo. Renueve en su lugar el certificado actual con el mismo Apple ID, o acepte explícitamente volver a inscribir todos los dispositivos Apple.</translation>
    </message>
    <message>
        <source>Confirm your password and code again to replace the push certificate by one with another topic.</source>
        <translation>Vuelva a confirmar su contraseña y su código para sustituir el certificado push por uno con otro topic.</translation>
    </message>
    <message>
        <source>No push certificate has been imported.</source>
        <translation>No se ha importado ningún certificado push.</translation>
    </message>
</context>
<context>
    <name>PushCredentialLoader</name>
    <message>
        <source>The key %1 cannot be read from the secret store: %2</source>
        <translation>No se puede leer la clave %1 del almacén de secretos: %2</translation>
    </message>
</context>
<context>
    <name>PushCredentialsPanel</name>
    <message>
        <source>Create certificate request…</source>
        <translation>Crear solicitud de certificado…</translation>
    </message>
    <message>
        <source>Import certificate…</source>
        <translation>Importar certificado…</translation>
    </message>
    <message>
        <source>Import service account…</source>
        <translation>Importar cuenta de servicio…</translation>
    </message>
    <message>
        <source>The Apple ID that created the certificate (renewals need the same one)</source>
        <translation>El Apple ID con el que se creó el certificado (las renovaciones necesitan el mismo)</translation>
    </message>
    <message>
        <source>Apple push certificate (APNs)</source>
        <translation>Certificado push de Apple (APNs)</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
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
        <translation>Cuenta de servicio:</translation>
    </message>
    <message>
        <source>create a push certificate request</source>
        <translation>crear una solicitud de certificado de notificaciones push</translation>
    </message>
    <message>
        <source>import the push certificate</source>
        <translation>importar el certificado de notificaciones push</translation>
    </message>
    <message>
        <source>import the FCM service account</source>
        <translation>importar la cuenta de servicio de FCM</translation>
    </message>
    <message>
        <source>record the push certificate&apos;s Apple ID</source>
        <translation>registrar el Apple ID del certificado de notificaciones push</translation>
    </message>
    <message>
        <source>APNs refused this certificate: %1</source>
        <translation>APNs rechazó este certificado: %1</translation>
    </message>
    <message>
        <source>No push certificate yet: Apple devices cannot be woken or enrolled.</source>
        <translation>Aún no hay certificado de notificaciones push: los dispositivos Apple no se pueden activar ni inscribir.</translation>
    </message>
    <message>
        <source>A certificate request is waiting for Apple&apos;s signed certificate: import the certificate that identity.apple.com returns.</source>
        <translation>Una solicitud de certificado está a la espera del certificado firmado por Apple: importe el certificado que devuelve identity.apple.com.</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (proyecto %2)</translation>
    </message>
    <message>
        <source>None: Android devices are woken only at their regular check-in.</source>
        <translation>Ninguna: los dispositivos Android solo se activan en su comprobación periódica.</translation>
    </message>
    <message>
        <source>Service account (*.json)</source>
        <translation>Cuenta de servicio (*.json)</translation>
    </message>
    <message>
        <source>Certificate request (*.csr *.pem)</source>
        <translation>Solicitud de certificado (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Push certificate (*.pem *.cer *.crt *.p12 *.pfx)</source>
        <translation>Certificado de notificaciones push (*.pem *.cer *.crt *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation>Guardar la solicitud de certificado</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved the request as %1. Have it signed by your MDM vendor, upload it at identity.apple.com, then import the certificate Apple returns.</source>
        <translation>Se guardó la solicitud como %1. Haga que la firme su proveedor de MDM, súbala a identity.apple.com y, después, importe el certificado que devuelva Apple.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Imported the FCM service account %1.</source>
        <translation>Se importó la cuenta de servicio de FCM %1.</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>Imported the push certificate for %1, valid until %2.</source>
        <translation>Se importó el certificado de notificaciones push para %1, válido hasta %2.</translation>
    </message>
    <message>
        <source>A new push certificate</source>
        <translation>Un nuevo certificado de notificaciones push</translation>
    </message>
    <message>
        <source>Replace it; every Apple device enrolls again</source>
        <translation>Reemplazarlo; todos los dispositivos Apple se vuelven a inscribir</translation>
    </message>
    <message>
        <source>The current push certificate stays.</source>
        <translation>Se mantiene el certificado de notificaciones push actual.</translation>
    </message>
    <message>
        <source>Saved the Apple ID.</source>
        <translation>Se guardó el Apple ID.</translation>
    </message>
</context>
<context>
    <name>PushDeviceSummary</name>
    <message>
        <source>none reported yet</source>
        <translation>aún no se ha notificado ninguno</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Push channel</source>
        <translation>Canal de notificaciones push</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>Última notificación push</translation>
    </message>
    <message>
        <source>Wakes waiting</source>
        <translation>Activaciones pendientes</translation>
    </message>
</context>
<context>
    <name>PushDispatcher</name>
    <message>
        <source>The push trusted roots file %1 holds no certificate.</source>
        <translation>El archivo de raíces de confianza para notificaciones push %1 no contiene ningún certificado.</translation>
    </message>
    <message>
        <source>The APNs push certificate or its key cannot be read.</source>
        <translation>No se puede leer el certificado de notificaciones push de APNs o su clave.</translation>
    </message>
</context>
<context>
    <name>PushExpiryNotifier</name>
    <message>
        <source>Apple push certificate</source>
        <translation>Certificado de notificaciones push de Apple</translation>
    </message>
    <message>
        <source>Apple refused the push certificate</source>
        <translation>Apple rechazó el certificado de notificaciones push</translation>
    </message>
</context>
<context>
    <name>QrProvisioningTab</name>
    <message>
        <source>Save printable sheet…</source>
        <translation>Guardar hoja imprimible…</translation>
    </message>
    <message>
        <source>%1 is recommended: a personal phone is never provisioned by QR code, which makes the whole device managed.</source>
        <translation>Se recomienda %1: un teléfono personal nunca se aprovisiona mediante código QR, ya que esto hace que todo el dispositivo quede administrado.</translation>
    </message>
    <message>
        <source>Ownership:</source>
        <translation>Propiedad:</translation>
    </message>
    <message>
        <source>Agent download (https):</source>
        <translation>Descarga del agente (https):</translation>
    </message>
    <message>
        <source>signing certificate SHA-256, base64url</source>
        <translation>SHA-256 del certificado de firma, base64url</translation>
    </message>
    <message>
        <source>Signature checksum:</source>
        <translation>Suma de comprobación de la firma:</translation>
    </message>
    <message>
        <source>Wi-Fi network (optional):</source>
        <translation>Red Wi-Fi (opcional):</translation>
    </message>
    <message>
        <source>Wi-Fi password:</source>
        <translation>Contraseña de Wi-Fi:</translation>
    </message>
    <message>
        <source>Make QR code</source>
        <translation>Generar código QR</translation>
    </message>
    <message>
        <source>Save the enrollment sheet</source>
        <translation>Guardar la hoja de inscripción</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Scan this code on the welcome screen (tap six times). It enrolls one device, until %1.</source>
        <translation>Escanee este código en la pantalla de bienvenida (toque seis veces). Inscribe un dispositivo, hasta %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>%1: unknown setting</source>
        <translation>%1: configuración desconocida</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: debe ser true o false</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: debe ser un número entero</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3..%4</source>
        <translation>%1: %2 está fuera de %3..%4</translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation>%1: debe ser texto</translation>
    </message>
    <message>
        <source>%1: must be a list of text</source>
        <translation>%1: debe ser una lista de textos</translation>
    </message>
    <message>
        <source>%1: every entry must be non-empty text</source>
        <translation>%1: cada entrada debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1: debe ser una lista</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirme su identidad</translation>
    </message>
    <message>
        <source>To %1, enter your password and a code from your authenticator app again.</source>
        <translation>Para %1, vuelva a introducir su contraseña y un código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Código de autenticación:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>ReenrollmentService</name>
    <message>
        <source>This console never issued %1 a device identity (it was imported or is demo data): the first device of its platform and ownership that enrolls with its serial number becomes it without an expectation.</source>
        <translation>Esta consola nunca emitió una identidad de dispositivo para %1 (se importó o son datos de demostración): el primer dispositivo de su plataforma y propiedad que se inscriba con su número de serie pasa a serlo sin necesidad de esperarlo.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No hay ningún dispositivo con el id %1.</translation>
    </message>
    <message>
        <source>A re-enrollment is expected for 1 to %1 hours, not %2.</source>
        <translation>Una reinscripción se espera durante 1 a %1 horas, no %2.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>Compliance by safeguard</source>
        <translation>Cumplimiento por salvaguarda</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>no conforme</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Compliant devices per safeguard, by day (%)</source>
        <translation>Dispositivos conformes por salvaguarda, por día (%)</translation>
    </message>
    <message>
        <source>No daily snapshots in this period yet.</source>
        <translation>Aún no hay instantáneas diarias en este período.</translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
</context>
<context>
    <name>ReportPageLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <source>Whole fleet</source>
        <translation>Toda la flota</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Grupo «%1»</translation>
    </message>
    <message>
        <source>Department “%1”</source>
        <translation>Departamento «%1»</translation>
    </message>
    <message>
        <source>Ownership %1</source>
        <translation>Propiedad %1</translation>
    </message>
</context>
<context>
    <name>ReportScopeFilter</name>
    <message>
        <source>There is no group named “%1”.</source>
        <translation>No hay ningún grupo llamado «%1».</translation>
    </message>
    <message>
        <source>“%1” is no ownership model (one of %2).</source>
        <translation>«%1» no es un modelo de propiedad (uno de %2).</translation>
    </message>
    <message>
        <source>The report&apos;s scope names nothing.</source>
        <translation>El alcance del informe no nombra nada.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The period starts after it ends.</source>
        <translation>El inicio del período es posterior a su fin.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
</context>
<context>
    <name>ReportVerb</name>
    <message>
        <source>Usage: clinicmdm [--db PATH] --user NAME %1</source>
        <translation>Uso: clinicmdm [--db RUTA] --user NOMBRE %1</translation>
    </message>
    <message>
        <source>Writes the HIPAA compliance report: every safeguard, its evidence, each non-compliant device with its reason, addressable decisions, the audit trail&apos;s verification (with a checkpoint signed just before and the audit key&apos;s fingerprint), certificates and the vendor/BAA register. --group, --department or --ownership limits it to those devices. --as-of (default: today) ends the period: device states are judged at the end of that day, and values reported later are not counted; the period starts 30 days earlier unless --from says otherwise (--to is the same as --as-of). The export is audited.</source>
        <translation>Escribe el informe de cumplimiento de HIPAA: cada salvaguarda, su evidencia, cada dispositivo que no cumple con su motivo, las decisiones sobre especificaciones direccionables, la verificación del registro de auditoría (con un punto de control firmado justo antes y la huella de la clave de auditoría), los certificados y el registro de proveedores/BAA. --group, --department u --ownership lo limitan a esos dispositivos. --as-of (por defecto: hoy) cierra el periodo: el estado de los dispositivos se juzga al final de ese día y no cuentan los valores informados después; el periodo empieza 30 días antes salvo que --from diga otra cosa (--to equivale a --as-of). La exportación queda auditada.</translation>
    </message>
    <message>
        <source>give at most one of --group, --department and --ownership</source>
        <translation>indique como mucho uno de --group, --department y --ownership</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-11-01</source>
        <translation>--%1 necesita una fecha como 2026-11-01</translation>
    </message>
    <message>
        <source>warning: no new audit checkpoint signed: %1</source>
        <translation>aviso: no se firmó ningún punto de control de auditoría nuevo: %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Escribiendo el informe</translation>
    </message>
    <message>
        <source>Wrote %1 (devices: %2, SHA-256 %3).</source>
        <translation>Escrito %1 (dispositivos: %2, SHA-256 %3).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Save the compliance report</source>
        <translation>Guardar el informe de cumplimiento</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Folder for the privacy manifests</source>
        <translation>Carpeta para los manifiestos de privacidad</translation>
    </message>
    <message>
        <source>Past exports</source>
        <translation>Exportaciones anteriores</translation>
    </message>
    <message>
        <source>The first pages of the report appear here once it is written.</source>
        <translation>Las primeras páginas del informe aparecen aquí una vez escrito.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>HIPAA compliance report</source>
        <translation>Informe de cumplimiento de HIPAA</translation>
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
        <translation>El último día del periodo del informe: el estado de los dispositivos se juzga al final de ese día y el periodo abarca los 30 días hasta él.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the format, the devices and the day, then Export…</source>
        <translation>Elija el formato, los dispositivos y el día, y después Exportar…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Dispositivos:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>A fecha de:</translation>
    </message>
    <message>
        <source>BYOD privacy manifests</source>
        <translation>Manifiestos de privacidad BYOD</translation>
    </message>
    <message>
        <source>One PDF per personally owned device, saying what the clinic can and cannot see or do on it.</source>
        <translation>Un PDF por cada dispositivo personal, que dice lo que la clínica puede y no puede ver o hacer en él.</translation>
    </message>
    <message>
        <source>Write all manifests…</source>
        <translation>Escribir todos los manifiestos…</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Wrote %1: %2 devices, SHA-256 %3.</source>
        <translation>Escrito %1: %2 dispositivos, SHA-256 %3.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Cannot open %1 on this system.</source>
        <translation>No se puede abrir %1 en este sistema.</translation>
    </message>
    <message>
        <source>%1 manifests written.</source>
        <translation>%1 manifiestos escritos.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Writing into %1…</source>
        <translation>Escribiendo en %1…</translation>
    </message>
</context>
<context>
    <name>ResetForNextPatientCommand</name>
    <message>
        <source>Reset %1</source>
        <translation>Restablecer %1</translation>
    </message>
    <message>
        <source>Sign the current clinician out of &quot;%1&quot; and clear the patient apps&apos; data, so the next patient starts fresh?</source>
        <translation>¿Cerrar la sesión del profesional clínico actual en &quot;%1&quot; y borrar los datos de las aplicaciones para pacientes, para que el siguiente paciente empiece desde cero?</translation>
    </message>
    <message>
        <source>Reset for next patient</source>
        <translation>Restablecer para el siguiente paciente</translation>
    </message>
</context>
<context>
    <name>ResetScheduleDialog</name>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Guardar programación</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionados</translation>
    </message>
    <message>
        <source>Reset schedule of %1</source>
        <translation>Programación de restablecimiento de %1</translation>
    </message>
    <message>
        <source>At these times the console resets the tablet for the next patient on its own: the signed-in clinician&apos;s session ends and the patient apps&apos; data is cleared. Times are this computer&apos;s local time.</source>
        <translation>A estas horas, la consola restablece automáticamente la tableta para el siguiente paciente: la sesión del profesional clínico que la ha iniciado finaliza y se borran los datos de las aplicaciones para pacientes. Las horas son la hora local de este equipo.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Only an Administrator can change reset schedules.</source>
        <translation>Solo un Administrador puede cambiar las programaciones de restablecimiento.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elija al menos un día.</translation>
    </message>
    <message>
        <source>Select one of this tablet&apos;s own schedules to remove it (a group&apos;s schedule is changed for the group).</source>
        <translation>Seleccione una de las programaciones propias de esta tableta para quitarla (la programación de un grupo se cambia para el grupo).</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Esta tableta</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>No schedule yet: the tablet is reset only when someone asks for it.</source>
        <translation>Aún no hay programación: la tableta solo se restablece cuando alguien lo solicita.</translation>
    </message>
</context>
<context>
    <name>ResetScheduleRepository</name>
    <message>
        <source>No reset schedule %1.</source>
        <translation>No existe la programación de restablecimiento %1.</translation>
    </message>
</context>
<context>
    <name>ResetScheduleService</name>
    <message>
        <source>A reset schedule is for one device or one group.</source>
        <translation>Una programación de restablecimiento es para un dispositivo o un grupo.</translation>
    </message>
    <message>
        <source>The time must be HH:MM (00:00 to 23:59), not %1.</source>
        <translation>La hora debe tener el formato HH:MM (de 00:00 a 23:59), no %1.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <source>No device with id %1.</source>
        <translation>No existe ningún dispositivo con el id %1.</translation>
    </message>
    <message>
        <source>%1 is not a shared device; only shared tablets are reset for the next patient.</source>
        <translation>%1 no es un dispositivo compartido; solo las tabletas compartidas se restablecen para el siguiente paciente.</translation>
    </message>
    <message>
        <source>No device group with id %1.</source>
        <translation>No existe ningún grupo de dispositivos con el id %1.</translation>
    </message>
    <message>
        <source>No reset schedule %1.</source>
        <translation>No existe la programación de restablecimiento %1.</translation>
    </message>
</context>
<context>
    <name>ResetScheduler</name>
    <message>
        <source>Scheduled reset of %1 failed: %2</source>
        <translation>Error en el restablecimiento programado de %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the run of reset schedule %1.</source>
        <translation>No se puede registrar la ejecución de la programación de restablecimiento %1.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
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
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>Device passcode policy (length, complexity, wipe after failed attempts); admin accounts with roles and TOTP</source>
        <translation>Política de código de acceso del dispositivo (longitud, complejidad, borrado tras intentos fallidos); cuentas de administrador con roles y TOTP</translation>
    </message>
    <message>
        <source>Automatic logoff</source>
        <translation>Cierre de sesión automático</translation>
    </message>
    <message>
        <source>Device auto-lock and shared-device session timeout; the console locks itself after inactivity</source>
        <translation>Bloqueo automático del dispositivo y tiempo de espera de sesión en dispositivos compartidos; la consola se bloquea sola tras un período de inactividad</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Cifrado en reposo</translation>
    </message>
    <message>
        <source>Storage encryption required and reported by every device; console secrets in the OS keychain</source>
        <translation>Cifrado del almacenamiento exigido e informado por cada dispositivo; secretos de la consola en el llavero del sistema operativo</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>Managed open-in, managed pasteboard, cross-profile limits and managed app configuration, applied by the assigned policy</source>
        <translation>Apertura administrada, portapapeles administrado, límites entre perfiles y configuración de aplicaciones administradas, aplicados por la política asignada</translation>
    </message>
    <message>
        <source>Transmission security</source>
        <translation>Seguridad de la transmisión</translation>
    </message>
    <message>
        <source>Always-on or per-app VPN profiles; TLS-only device endpoint</source>
        <translation>Perfiles de VPN siempre activa o por aplicación; punto de conexión de dispositivos solo con TLS</translation>
    </message>
    <message>
        <source>Device and media controls</source>
        <translation>Controles de dispositivos y soportes</translation>
    </message>
    <message>
        <source>Remote wipe: full for corporate devices, selective (work data only) for BYOD, never a full wipe of a personal device</source>
        <translation>Borrado remoto: completo para dispositivos corporativos, selectivo (solo datos de trabajo) para BYOD, nunca un borrado completo de un dispositivo personal</translation>
    </message>
    <message>
        <source>Protection from malicious software</source>
        <translation>Protección contra software malicioso</translation>
    </message>
    <message>
        <source>Minimum OS versions and Android security patch age; Android system updates installed automatically (kiosks at night); Apple updates are not scheduled</source>
        <translation>Versiones mínimas del sistema operativo y antigüedad del parche de seguridad de Android; actualizaciones del sistema Android instaladas automáticamente (quioscos de noche); las actualizaciones de Apple no se programan</translation>
    </message>
    <message>
        <source>Audit controls</source>
        <translation>Controles de auditoría</translation>
    </message>
    <message>
        <source>Every admin action and device event recorded (who, when, which device, what) in a hash chain with signed checkpoints</source>
        <translation>Cada acción de administrador y cada evento de dispositivo quedan registrados (quién, cuándo, qué dispositivo, qué) en una cadena de hashes con puntos de control firmados</translation>
    </message>
    <message>
        <source>Person or entity authentication</source>
        <translation>Autenticación de personas o entidades</translation>
    </message>
    <message>
        <source>Device identity certificates bound at enrollment; admin passwords with TOTP</source>
        <translation>Certificados de identidad de dispositivo vinculados en la inscripción; contraseñas de administrador con TOTP</translation>
    </message>
</context>
<context>
    <name>ScepRequest</name>
    <message>
        <source>No certificate authority is loaded.</source>
        <translation>No hay ninguna autoridad de certificación cargada.</translation>
    </message>
    <message>
        <source>The SCEP message is empty or too large.</source>
        <translation>El mensaje SCEP está vacío o es demasiado grande.</translation>
    </message>
    <message>
        <source>The SCEP message is not a CMS SignedData structure.</source>
        <translation>El mensaje SCEP no es una estructura CMS SignedData.</translation>
    </message>
    <message>
        <source>The SCEP message must have exactly one signer.</source>
        <translation>El mensaje SCEP debe tener exactamente un firmante.</translation>
    </message>
    <message>
        <source>The SCEP message&apos;s signature does not verify.</source>
        <translation>La firma del mensaje SCEP no se puede verificar.</translation>
    </message>
    <message>
        <source>The SCEP message does not carry its signer&apos;s certificate.</source>
        <translation>El mensaje SCEP no incluye el certificado de su firmante.</translation>
    </message>
    <message>
        <source>Only PKCSReq and RenewalReq SCEP messages are supported.</source>
        <translation>Solo se admiten mensajes SCEP PKCSReq y RenewalReq.</translation>
    </message>
    <message>
        <source>The SCEP message lacks a transaction id or a 16-byte sender nonce.</source>
        <translation>Al mensaje SCEP le falta un id de transacción o un nonce de remitente de 16 bytes.</translation>
    </message>
    <message>
        <source>The SCEP message does not contain an EnvelopedData structure.</source>
        <translation>El mensaje SCEP no contiene una estructura EnvelopedData.</translation>
    </message>
    <message>
        <source>The SCEP envelope cannot be decrypted with the certificate authority&apos;s key.</source>
        <translation>El sobre SCEP no se puede descifrar con la clave de la autoridad de certificación.</translation>
    </message>
    <message>
        <source>The SCEP envelope does not hold a PKCS#10 certificate request.</source>
        <translation>El sobre SCEP no contiene una solicitud de certificado PKCS#10.</translation>
    </message>
    <message>
        <source>The SCEP message is not signed with the requested key.</source>
        <translation>El mensaje SCEP no está firmado con la clave solicitada.</translation>
    </message>
    <message>
        <source>No pending request or certificate matches this SCEP query.</source>
        <translation>Ninguna solicitud pendiente ni ningún certificado coincide con esta consulta SCEP.</translation>
    </message>
    <message>
        <source>The SCEP envelope uses a content-encryption algorithm this console does not accept (%1).</source>
        <translation>El sobre SCEP usa un algoritmo de cifrado de contenido que esta consola no acepta (%1).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The stored data key has the wrong length (%1 bytes).</source>
        <translation>La clave de datos guardada tiene una longitud incorrecta (%1 bytes).</translation>
    </message>
    <message>
        <source>The system random generator failed.</source>
        <translation>Falló el generador aleatorio del sistema.</translation>
    </message>
    <message>
        <source>The secret store did not answer within %1 s. %2</source>
        <translation>El almacén de secretos no respondió en %1 s. %2</translation>
    </message>
    <message>
        <source>%1 is set, so secrets are kept in the file %2, but %3 is empty: set the passphrase that encrypts that file.</source>
        <translation>%1 está definida, así que los secretos se guardan en el archivo %2, pero %3 está vacía: defina la frase de contraseña que cifra ese archivo.</translation>
    </message>
    <message>
        <source>The secret %1 is not in the OS keychain.</source>
        <translation>El secreto %1 no está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The OS keychain refused access to the secret %1 (%2). Unlock the keychain and try again.</source>
        <translation>El llavero del sistema denegó el acceso al secreto %1 (%2). Desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The OS keychain could not delete the secret %1 (%2).</source>
        <translation>El llavero del sistema no pudo eliminar el secreto %1 (%2).</translation>
    </message>
    <message>
        <source>The OS keychain is not reachable (%1). %2</source>
        <translation>No se puede acceder al llavero del sistema (%1). %2</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>ClinicMDM keeps its private keys in the OS keychain. On Linux, install a Secret Service provider (gnome-keyring or KWallet, plus dbus-user-session) and run ClinicMDM inside a desktop session with an unlocked keyring. On a headless server, opt in to a passphrase-encrypted secret file instead: set CLINICMDM_SECRET_FILE=/path/to/secrets.bin and CLINICMDM_SECRET_PASSPHRASE (see README, &quot;Secrets&quot;).</source>
        <translation>ClinicMDM guarda sus claves privadas en el llavero del sistema operativo. En Linux, instale un proveedor de Secret Service (gnome-keyring o KWallet, además de dbus-user-session) y ejecute ClinicMDM dentro de una sesión de escritorio con el llavero desbloqueado. En un servidor sin interfaz gráfica, puede optar por un archivo de secretos cifrado con frase de contraseña: defina CLINICMDM_SECRET_FILE=/ruta/a/secrets.bin y CLINICMDM_SECRET_PASSPHRASE (consulte el README, &quot;Secrets&quot;).</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>No se puede leer el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is damaged.</source>
        <translation>El archivo de secretos %1 está dañado.</translation>
    </message>
    <message>
        <source>Cannot write the secret file %1: %2</source>
        <translation>No se puede escribir el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>The secret %1 is not in the secret file %2.</source>
        <translation>El secreto %1 no está en el archivo de secretos %2.</translation>
    </message>
    <message>
        <source>secret file %1</source>
        <translation>archivo de secretos %1</translation>
    </message>
    <message>
        <source>Check that %1 is readable and writable by this user.</source>
        <translation>Compruebe que este usuario puede leer y escribir %1.</translation>
    </message>
    <message>
        <source>The secret file has invalid key-derivation parameters.</source>
        <translation>El archivo de secretos tiene parámetros de derivación de clave no válidos.</translation>
    </message>
    <message>
        <source>Deriving the secret file key failed: %1</source>
        <translation>No se pudo derivar la clave del archivo de secretos: %1</translation>
    </message>
    <message>
        <source>This is not a ClinicMDM secret file.</source>
        <translation>No es un archivo de secretos de ClinicMDM.</translation>
    </message>
    <message>
        <source>The secret file cannot be opened: wrong passphrase, or the file was altered.</source>
        <translation>No se puede abrir el archivo de secretos: la frase de contraseña es incorrecta o el archivo fue alterado.</translation>
    </message>
    <message>
        <source>Encrypting the secret file failed.</source>
        <translation>No se pudo cifrar el archivo de secretos.</translation>
    </message>
</context>
<context>
    <name>SecureConsole</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Lock console</source>
        <translation>&amp;Bloquear consola</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Apple (link / QR)</source>
        <translation>Apple (enlace / QR)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Notificación push</translation>
    </message>
    <message>
        <source>Command queued: the device carries it out when it next checks in.</source>
        <translation>Comando en cola: el dispositivo lo ejecutará en su próxima comprobación.</translation>
    </message>
    <message>
        <source>Privacy manifest saved to %1.</source>
        <translation>Manifiesto de privacidad guardado en %1.</translation>
    </message>
    <message>
        <source>Command cancelled.</source>
        <translation>Comando cancelado.</translation>
    </message>
</context>
<context>
    <name>SelectiveWipeCommand</name>
    <message>
        <source>Selective wipe of %1</source>
        <translation>Borrado selectivo de %1</translation>
    </message>
    <message>
        <source>Remove the clinic&apos;s apps, accounts and data from &quot;%1&quot;? Personal apps, photos and data stay untouched. The device leaves management and must be enrolled again to reach clinic data.</source>
        <translation>¿Quitar las aplicaciones, cuentas y datos de la clínica de &quot;%1&quot;? Las aplicaciones, fotos y datos personales no se modifican. El dispositivo deja de estar administrado y debe inscribirse de nuevo para acceder a los datos de la clínica.</translation>
    </message>
    <message>
        <source>Remove clinic data</source>
        <translation>Quitar datos de la clínica</translation>
    </message>
</context>
<context>
    <name>ServeVerb</name>
    <message>
        <source>Audit checkpoint not signed: %1</source>
        <translation>Punto de control de auditoría no firmado: %1</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>%1 is not signed in on this device.</source>
        <translation>%1 no tiene una sesión iniciada en este dispositivo.</translation>
    </message>
    <message>
        <source>Nobody is signed in on this device.</source>
        <translation>Nadie tiene una sesión iniciada en este dispositivo.</translation>
    </message>
</context>
<context>
    <name>SessionsVerb</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time such as 2026-11-24T14:05:00Z</source>
        <translation>--at necesita una hora ISO 8601, como 2026-11-24T14:05:00Z</translation>
    </message>
    <message>
        <source>no device with id or serial %1</source>
        <translation>no existe ningún dispositivo con el id o número de serie %1</translation>
    </message>
    <message>
        <source>Nobody was signed in on %1 at %2.</source>
        <translation>Nadie tenía una sesión iniciada en %1 a las %2.</translation>
    </message>
    <message>
        <source>No sessions on %1.</source>
        <translation>No hay sesiones en %1.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>SIGNED IN</source>
        <translation>INICIO DE SESIÓN</translation>
    </message>
    <message>
        <source>SIGNED OUT</source>
        <translation>CIERRE DE SESIÓN</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>(signed in)</source>
        <translation>(sesión iniciada)</translation>
    </message>
    <message>
        <source>%1 is reset for the next patient: %2 command(s) queued to clear the patient apps.</source>
        <translation>%1 se ha restablecido para el siguiente paciente: %2 comando(s) en cola para borrar los datos de las aplicaciones para pacientes.</translation>
    </message>
    <message>
        <source>%1&apos;s session was ended.</source>
        <translation>Se finalizó la sesión de %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>Nunca (no recomendado)</translation>
    </message>
    <message>
        <source>HIPAA automatic logoff: the console locks after this long without input</source>
        <translation>Cierre de sesión automático de HIPAA: la consola se bloquea tras este tiempo sin actividad</translation>
    </message>
    <message>
        <source>Administrators must sign in with an authenticator code</source>
        <translation>Los administradores deben iniciar sesión con un código de autenticación</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Nombre de la clínica:</translation>
    </message>
    <message>
        <source>Lock the console after:</source>
        <translation>Bloquear la consola tras:</translation>
    </message>
    <message>
        <source>Two-factor sign-in:</source>
        <translation>Autenticación multifactor (MFA):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>%1 is not a valid value for %2</source>
        <translation>%1 no es un valor válido para %2</translation>
    </message>
</context>
<context>
    <name>DeviceQuery</name>
    <message>
        <source>The search text is %1 characters long; searches are at most %2.</source>
        <translation>El texto de búsqueda tiene %1 caracteres; las búsquedas tienen como máximo %2.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>%1 must be a host name or IP address (or empty for Apple&apos;s).</source>
        <translation>%1 debe ser un nombre de host o una dirección IP (o vacío para el de Apple).</translation>
    </message>
    <message>
        <source>%1 must be an https:// address (or empty for Google&apos;s).</source>
        <translation>%1 debe ser una dirección https:// (o vacío para la de Google).</translation>
    </message>
    <message>
        <source>%1 must be the absolute path of a PEM file of certificates (or empty for the system&apos;s).</source>
        <translation>%1 debe ser la ruta absoluta de un archivo PEM de certificados (o vacío para los del sistema).</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>La base de datos está ocupada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>The clinic name cannot be empty.</source>
        <translation>El nombre de la clínica no puede estar vacío.</translation>
    </message>
    <message>
        <source>The clinic name is longer than %1 characters.</source>
        <translation>El nombre de la clínica supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>The idle lock (minutes)</source>
        <translation>El bloqueo por inactividad (minutos)</translation>
    </message>
    <message>
        <source>The port</source>
        <translation>El puerto</translation>
    </message>
    <message>
        <source>The days before a silent device counts as unknown</source>
        <translation>Los días antes de que un dispositivo sin actividad se considere desconocido</translation>
    </message>
    <message>
        <source>The checkpoint interval</source>
        <translation>El intervalo de punto de control</translation>
    </message>
    <message>
        <source>The check-in host name is not valid.</source>
        <translation>El nombre de host de registro no es válido.</translation>
    </message>
    <message>
        <source>MFA required must be true or false.</source>
        <translation>MFA obligatoria debe ser true o false.</translation>
    </message>
    <message>
        <source>%1 is managed by the console itself and cannot be changed.</source>
        <translation>%1 lo gestiona la propia consola y no se puede cambiar.</translation>
    </message>
    <message>
        <source>The listen address must be an IP address (0.0.0.0 for all).</source>
        <translation>La dirección de escucha debe ser una dirección IP (0.0.0.0 para todas).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>&quot;%1&quot; no es un nombre de host ni una dirección IP.</translation>
    </message>
    <message>
        <source>The public URL must be an https:// address (or empty).</source>
        <translation>La URL pública debe ser una dirección https:// (o estar vacía).</translation>
    </message>
    <message>
        <source>The APNs environment is production or sandbox.</source>
        <translation>El entorno de APNs es production o sandbox.</translation>
    </message>
    <message>
        <source>%1 cannot contain spaces.</source>
        <translation>%1 no puede contener espacios.</translation>
    </message>
</context>
<context>
    <name>SettingsVerb</name>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 admite true o false</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 1 to %2</source>
        <translation>%1 admite un número entero entre 1 y %2</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 no puede estar vacío</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>(Administrators only)</source>
        <translation>(solo administradores)</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Claves:</translation>
    </message>
    <message>
        <source>Usage: clinicmdm settings list</source>
        <translation>Uso: clinicmdm settings list</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>PREDETERMINADO</translation>
    </message>
    <message>
        <source>Usage: clinicmdm settings get KEY</source>
        <translation>Uso: clinicmdm settings get KEY</translation>
    </message>
    <message>
        <source>no setting %1 (see `clinicmdm settings list`)</source>
        <translation>no existe el ajuste %1 (consulte `clinicmdm settings list`)</translation>
    </message>
    <message>
        <source>Usage: clinicmdm settings set KEY VALUE</source>
        <translation>Uso: clinicmdm settings set KEY VALUE</translation>
    </message>
    <message>
        <source>%1 = %2 (was %3)</source>
        <translation>%1 = %2 (antes %3)</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>ClinicMDM setup assistant</source>
        <translation>Asistente de configuración de ClinicMDM</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <source>The name appears in the compliance reports and on the policies sent to devices.</source>
        <translation>El nombre aparece en los informes de cumplimiento y en las directivas que se envían a los dispositivos.</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>Nombre de la organización:</translation>
    </message>
    <message>
        <source>Every page of this assistant can be skipped, and everything it sets can be changed later in Settings.</source>
        <translation>Puede saltarse cualquier página de este asistente, y todo lo que configura se puede cambiar después en Configuración.</translation>
    </message>
    <message>
        <source>How devices reach the console</source>
        <translation>Cómo llegan los dispositivos a la consola</translation>
    </message>
    <message>
        <source>Phones and tablets check in to this console over HTTPS. Give the address they can reach from the clinic&apos;s Wi-Fi, then let the console try it itself.</source>
        <translation>Los teléfonos y tabletas se conectan a esta consola por HTTPS. Indique la dirección a la que llegan desde la Wi-Fi de la clínica y deje que la consola la pruebe ella misma.</translation>
    </message>
    <message>
        <source>This console runs without a secret store, so it has no device endpoint.</source>
        <translation>Esta consola funciona sin almacén de secretos, así que no tiene punto de conexión para dispositivos.</translation>
    </message>
    <message>
        <source>Use a name your DNS server or router resolves to this computer, e.g. &lt;i&gt;https://mdm.clinic.example:8443&lt;/i&gt;. The console fetches its own /health page through it, checking the name, the port and the TLS certificate as a phone would.</source>
        <translation>Use un nombre que su servidor DNS o router resuelva a este equipo, p. ej. &lt;i&gt;https://mdm.clinica.example:8443&lt;/i&gt;. La consola descarga su propia página /health a través de él y comprueba el nombre, el puerto y el certificado TLS como lo haría un teléfono.</translation>
    </message>
    <message>
        <source>Apple push certificate</source>
        <translation>Certificado push de Apple</translation>
    </message>
    <message>
        <source>Android push (optional)</source>
        <translation>Push de Android (opcional)</translation>
    </message>
    <message>
        <source>Without it, iPhones and iPads cannot enroll: Apple wakes them only for the holder of an MDM push certificate.</source>
        <translation>Sin él, los iPhone y iPad no pueden inscribirse: Apple solo los despierta para el titular de un certificado push MDM.</translation>
    </message>
    <message>
        <source>A Firebase service account lets the console wake Android devices at once. Without it they pick up commands at their regular check-in. You can skip this page.</source>
        <translation>Una cuenta de servicio de Firebase permite a la consola despertar al momento los dispositivos Android. Sin ella recogen los comandos en su conexión periódica. Puede saltarse esta página.</translation>
    </message>
    <message>
        <source>1. &lt;b&gt;Create certificate request…&lt;/b&gt; saves a CSR file.&lt;br&gt;2. Send it to your MDM vendor to sign, then upload the signed request at &lt;a href=&quot;https://identity.apple.com&quot;&gt;identity.apple.com&lt;/a&gt; with the clinic&apos;s Apple ID.&lt;br&gt;3. &lt;b&gt;Import certificate…&lt;/b&gt; the file Apple returns, and record the Apple ID: renewing the certificate needs the same one.</source>
        <translation>1. &lt;b&gt;Crear solicitud de certificado…&lt;/b&gt; guarda un archivo CSR.&lt;br&gt;2. Envíelo a su proveedor de MDM para que lo firme y suba la solicitud firmada en &lt;a href=&quot;https://identity.apple.com&quot;&gt;identity.apple.com&lt;/a&gt; con el Apple ID de la clínica.&lt;br&gt;3. &lt;b&gt;Importar certificado…&lt;/b&gt; el archivo que devuelve Apple, y anote el Apple ID: para renovar el certificado hace falta el mismo.</translation>
    </message>
    <message>
        <source>This console runs without a secret store, so it cannot keep push keys.</source>
        <translation>Esta consola funciona sin almacén de secretos, así que no puede guardar claves push.</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>✔ Done: %1 signs in with a password and a code from the authenticator app.</source>
        <translation>✔ Hecho: %1 inicia sesión con contraseña y un código de la app de autenticación.</translation>
    </message>
    <message>
        <source>%1 signs in with a password only. Set up two-factor sign-in in Settings &gt; Accounts.</source>
        <translation>%1 inicia sesión solo con contraseña. Configure el inicio de sesión en dos pasos en Configuración &gt; Cuentas.</translation>
    </message>
    <message>
        <source>Other administrators set up theirs when they first sign in. Settings &gt; Accounts adds admins and resets a lost authenticator.</source>
        <translation>Los demás administradores configuran el suyo al iniciar sesión por primera vez. En Configuración &gt; Cuentas se añaden administradores y se restablece un autenticador perdido.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The dashboard&apos;s &lt;b&gt;Getting started&lt;/b&gt; list shows what is left: enroll the first device, assign a baseline policy and export the first compliance report. Help &gt; Setup assistant opens this assistant again.</source>
        <translation>La lista &lt;b&gt;Primeros pasos&lt;/b&gt; del panel muestra lo que falta: inscribir el primer dispositivo, asignar una directiva base y exportar el primer informe de cumplimiento. Ayuda &gt; Asistente de configuración vuelve a abrir este asistente.</translation>
    </message>
</context>
<context>
    <name>SharedSessionService</name>
    <message>
        <source>No device with id %1.</source>
        <translation>No existe ningún dispositivo con el id %1.</translation>
    </message>
    <message>
        <source>%1 is not a shared device; sessions are kept for shared clinical tablets only.</source>
        <translation>%1 no es un dispositivo compartido; las sesiones solo se registran para las tabletas clínicas compartidas.</translation>
    </message>
    <message>
        <source>A sign-in has no reason.</source>
        <translation>Un inicio de sesión no tiene motivo.</translation>
    </message>
    <message>
        <source>The events are not in the order they happened.</source>
        <translation>Los eventos no están en el orden en que ocurrieron.</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Evento %1: %2</translation>
    </message>
    <message>
        <source>%1 is an Android tablet: its clinician signs out on the tablet (or its session times out); use Reset for next patient to end the session from the console.</source>
        <translation>%1 es una tableta Android: su profesional clínico cierra la sesión en la tableta (o la sesión caduca); use Restablecer para el siguiente paciente para finalizar la sesión desde la consola.</translation>
    </message>
    <message>
        <source>Nobody is signed in on %1.</source>
        <translation>Nadie tiene una sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>%1 is signed in on %2, not %3; nothing was sent.</source>
        <translation>%1 tiene la sesión iniciada en %2, no en %3; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>SignOutUserCommand</name>
    <message>
        <source>Nobody is signed in on %1.</source>
        <translation>Nadie tiene una sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>Cerrar la sesión de %1</translation>
    </message>
    <message>
        <source>Sign %1 out of &quot;%2&quot;? The iPad returns to its sign-in screen when it next checks in.</source>
        <translation>¿Cerrar la sesión de %1 en &quot;%2&quot;? El iPad vuelve a su pantalla de inicio de sesión en su próxima comprobación.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>TlsIdentityImporter</name>
    <message>
        <source>No certificate was found in the PEM file.</source>
        <translation>No se encontró ningún certificado en el archivo PEM.</translation>
    </message>
    <message>
        <source>The private key&apos;s password is wrong.</source>
        <translation>La contraseña de la clave privada es incorrecta.</translation>
    </message>
    <message>
        <source>The private key is unreadable.</source>
        <translation>La clave privada no se puede leer.</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 bundle.</source>
        <translation>El archivo no es un paquete PKCS#12.</translation>
    </message>
    <message>
        <source>The PKCS#12 password is wrong.</source>
        <translation>La contraseña del PKCS#12 es incorrecta.</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle could not be read (%1).</source>
        <translation>No se pudo leer el paquete PKCS#12 (%1).</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle must hold a certificate and its private key.</source>
        <translation>El paquete PKCS#12 debe contener un certificado y su clave privada.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>La clave privada no corresponde al certificado.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>El certificado caducó el %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>El certificado aún no es válido.</translation>
    </message>
    <message>
        <source>The certificate does not chain to a trusted root: %1.</source>
        <translation>El certificado no encadena con una raíz de confianza: %1.</translation>
    </message>
</context>
<context>
    <name>UsbDeviceEnrollment</name>
    <message>
        <source>Waiting for the agent&apos;s first check-in</source>
        <translation>Esperando la primera comprobación del agente</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Reading the device&apos;s properties</source>
        <translation>Leyendo las propiedades del dispositivo</translation>
    </message>
    <message>
        <source>The device has not authorized this computer: accept the RSA prompt on the tablet&apos;s screen, then retry.</source>
        <translation>El dispositivo no ha autorizado este equipo: acepte el aviso RSA en la pantalla de la tableta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Android %1</source>
        <translation>Android %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are signed in on the device. A device owner can only be set on a factory-fresh device: remove the accounts (or factory-reset) and retry.</source>
        <translation>
            <numerusform>Hay %n cuenta con sesión iniciada en el dispositivo. Solo se puede establecer un propietario del dispositivo en un dispositivo recién restablecido de fábrica: quite la cuenta (o restablezca los valores de fábrica) y vuelva a intentarlo.</numerusform>
            <numerusform>Hay %n cuentas con sesión iniciada en el dispositivo. Solo se puede establecer un propietario del dispositivo en un dispositivo recién restablecido de fábrica: quite las cuentas (o restablezca los valores de fábrica) y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device&apos;s accounts could not be read (dumpsys account).</source>
        <translation>No se pudieron leer las cuentas del dispositivo (dumpsys account).</translation>
    </message>
    <message>
        <source>No accounts on the device</source>
        <translation>No hay cuentas en el dispositivo</translation>
    </message>
    <message>
        <source>Installing %1 (SHA-256 %2)</source>
        <translation>Instalando %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Installing the agent failed: %1</source>
        <translation>Error al instalar el agente: %1</translation>
    </message>
    <message>
        <source>Making the agent device owner</source>
        <translation>Convirtiendo el agente en propietario del dispositivo</translation>
    </message>
    <message>
        <source>The device refused to make the agent device owner: %1</source>
        <translation>El dispositivo se negó a convertir el agente en propietario del dispositivo: %1</translation>
    </message>
    <message>
        <source>No enrollment token could be made: %1</source>
        <translation>No se pudo generar un token de inscripción: %1</translation>
    </message>
    <message>
        <source>Handing the console address and token to the agent</source>
        <translation>Entregando la dirección de la consola y el token al agente</translation>
    </message>
    <message>
        <source>The agent did not take the hand-over: %1</source>
        <translation>El agente no aceptó la entrega: %1</translation>
    </message>
    <message numerus="yes">
        <source>The agent did not check in within %n minute(s): can the tablet reach %1 on the network?</source>
        <translation>
            <numerusform>El agente no realizó la comprobación en %n minuto: ¿puede la tableta acceder a %1 en la red?</numerusform>
            <numerusform>El agente no realizó la comprobación en %n minutos: ¿puede la tableta acceder a %1 en la red?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsbDeviceTableModel</name>
    <message>
        <source>Unplugged</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Unauthorized: accept the RSA prompt on the tablet&apos;s screen</source>
        <translation>No autorizado: acepte el aviso RSA en la pantalla de la tableta</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) attached, %1 ready.</source>
        <translation>
            <numerusform>%n dispositivo conectado; listos: %1.</numerusform>
            <numerusform>%n dispositivos conectados; listos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 enrolled, %2 failed, %3 in progress.</source>
        <translation>%1 inscritos, %2 con error, %3 en curso.</translation>
    </message>
</context>
<context>
    <name>UsbEnrollment</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Installing the agent</source>
        <translation>Instalando el agente</translation>
    </message>
    <message>
        <source>Setting device owner</source>
        <translation>Estableciendo el propietario del dispositivo</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Entregando</translation>
    </message>
    <message>
        <source>Waiting for check-in</source>
        <translation>Esperando la comprobación</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>UsbEnrollmentEngine</name>
    <message>
        <source>The agent APK %1 cannot be read: %2</source>
        <translation>No se puede leer el APK del agente %1: %2</translation>
    </message>
    <message>
        <source>The agent APK %1 cannot be read.</source>
        <translation>No se puede leer el APK del agente %1.</translation>
    </message>
    <message>
        <source>An enrollment is already running.</source>
        <translation>Ya hay una inscripción en curso.</translation>
    </message>
    <message>
        <source>The console address must be an https:// URL.</source>
        <translation>La dirección de la consola debe ser una URL https://.</translation>
    </message>
    <message>
        <source>The console CA fingerprint is missing.</source>
        <translation>Falta la huella digital de la CA de la consola.</translation>
    </message>
    <message>
        <source>The console CA fingerprint must be its SHA-256 as 64 lowercase hex digits, without colons.</source>
        <translation>La huella digital de la CA de la consola debe ser su SHA-256 en 64 dígitos hexadecimales en minúsculas, sin dos puntos.</translation>
    </message>
    <message>
        <source>Choose the agent APK to install (%1 is not a file).</source>
        <translation>Elija el APK del agente que se instalará (%1 no es un archivo).</translation>
    </message>
    <message>
        <source>No device is attached.</source>
        <translation>No hay ningún dispositivo conectado.</translation>
    </message>
    <message>
        <source>The device has not authorized this computer: accept the RSA prompt on the tablet&apos;s screen, then retry.</source>
        <translation>El dispositivo no ha autorizado este equipo: acepte el aviso RSA en la pantalla de la tableta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The device is %1, not ready for adb.</source>
        <translation>El dispositivo está en estado %1, no listo para adb.</translation>
    </message>
    <message>
        <source>%1 has no failed enrollment to retry.</source>
        <translation>%1 no tiene ninguna inscripción con error que reintentar.</translation>
    </message>
    <message>
        <source>%1 is already enrolling.</source>
        <translation>%1 ya se está inscribiendo.</translation>
    </message>
    <message>
        <source>The device was unplugged during &quot;%1&quot;; plug it in again and retry.</source>
        <translation>El dispositivo se desconectó durante &quot;%1&quot;; vuelva a conectarlo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>UsbEnrollmentTab</name>
    <message>
        <source>Waiting to contact the adb server…</source>
        <translation>Esperando para contactar con el servidor adb…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar los fallidos</translation>
    </message>
    <message>
        <source>Enroll all</source>
        <translation>Inscribir todos</translation>
    </message>
    <message>
        <source>Connected to the adb server on port %1. Plug the tablets in and allow USB debugging.</source>
        <translation>Conectado al servidor adb en el puerto %1. Conecte las tabletas y permita la depuración USB.</translation>
    </message>
    <message numerus="yes">
        <source>All %n device(s) enrolled.</source>
        <translation>
            <numerusform>Se inscribió %n dispositivo.</numerusform>
            <numerusform>Se inscribieron los %n dispositivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 enrolled, %2 failed: see the reasons in the list, fix them and retry.</source>
        <translation>%1 inscritos, %2 con error: consulte los motivos en la lista, corríjalos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Ownership:</source>
        <translation>Propiedad:</translation>
    </message>
    <message>
        <source>HIPAA baseline for the ownership model</source>
        <translation>Línea base HIPAA del modelo de propiedad</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Política:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>The ClinicMDM agent APK</source>
        <translation>El APK del agente de ClinicMDM</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Agent APK:</source>
        <translation>APK del agente:</translation>
    </message>
    <message>
        <source>APK SHA-256:</source>
        <translation>SHA-256 del APK:</translation>
    </message>
    <message>
        <source>Console:</source>
        <translation>Consola:</translation>
    </message>
    <message>
        <source>Choose the agent APK</source>
        <translation>Elija el APK del agente</translation>
    </message>
    <message>
        <source>Android packages (*.apk)</source>
        <translation>Paquetes de Android (*.apk)</translation>
    </message>
    <message>
        <source>The console&apos;s address and CA are not set up yet: start the device endpoint first.</source>
        <translation>La dirección y la CA de la consola aún no están configuradas: inicie primero el punto de conexión de dispositivos.</translation>
    </message>
    <message>
        <source>%1 (CA SHA-256 %2)</source>
        <translation>%1 (SHA-256 de la CA %2)</translation>
    </message>
    <message>
        <source>Contacting the adb server…</source>
        <translation>Contactando con el servidor adb…</translation>
    </message>
    <message numerus="yes">
        <source>Resumed the enrollment of %n device(s) that was interrupted.</source>
        <translation>
            <numerusform>Se reanudó la inscripción interrumpida de %n dispositivo.</numerusform>
            <numerusform>Se reanudó la inscripción interrumpida de %n dispositivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolling %n device(s)…</source>
        <translation>
            <numerusform>Inscribiendo %n dispositivo…</numerusform>
            <numerusform>Inscribiendo %n dispositivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n device(s)…</source>
        <translation>
            <numerusform>Reintentando %n dispositivo…</numerusform>
            <numerusform>Reintentando %n dispositivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed device to retry.</source>
        <translation>No hay ningún dispositivo con error que reintentar.</translation>
    </message>
</context>
<context>
    <name>VendorRepository</name>
    <message>
        <source>A vendor needs a name.</source>
        <translation>Un proveedor necesita un nombre.</translation>
    </message>
    <message>
        <source>Vendor %1 is already registered.</source>
        <translation>El proveedor %1 ya está registrado.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>No se puede iniciar una transacción de base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot commit to the database: %1</source>
        <translation>No se pueden confirmar los cambios en la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>success</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>error</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>MMM d</source>
        <extracomment>Day and month on a chart&apos;s time axis (Qt date format); Spanish puts the day first.</extracomment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Compliance state as of %1, evaluated from what each device last reported. A device is compliant only when every safeguard below is met; it is unknown when it has not checked in for %2 days.</source>
        <translation>Estado de cumplimiento a fecha de %1, evaluado a partir de lo último que informó cada dispositivo. Un dispositivo es conforme solo cuando cumple todas las salvaguardas siguientes; su estado es desconocido cuando no se ha conectado en %2 días.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Toda la flota</translation>
    </message>
    <message>
        <source>Devices in the fleet</source>
        <translation>Dispositivos de la flota</translation>
    </message>
    <message>
        <source>Devices in the scope</source>
        <translation>Dispositivos del alcance</translation>
    </message>
    <message>
        <source>Managed devices evaluated</source>
        <translation>Dispositivos gestionados evaluados</translation>
    </message>
    <message>
        <source>Compliant with every safeguard</source>
        <translation>Conformes con todas las salvaguardas</translation>
    </message>
    <message>
        <source>Non-compliant (at least one safeguard)</source>
        <translation>No conformes (al menos una salvaguarda)</translation>
    </message>
    <message>
        <source>Unknown (no recent check-in or value not reported)</source>
        <translation>Desconocidos (sin conexión reciente o valor no informado)</translation>
    </message>
    <message>
        <source>Managed devices without an assigned policy</source>
        <translation>Dispositivos gestionados sin política asignada</translation>
    </message>
    <message>
        <source>Not managed (pending, unenrolled or wiped; not evaluated)</source>
        <translation>No gestionados (pendientes, desinscritos o borrados; no evaluados)</translation>
    </message>
    <message>
        <source>Policies in use</source>
        <translation>Políticas en uso</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>verified intact (%1 entries)</source>
        <translation>verificado e íntegro (%1 entradas)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED: see the audit section</source>
        <translation>LA VERIFICACIÓN FALLÓ: consulte la sección de auditoría</translation>
    </message>
    <message>
        <source>Latest signed audit checkpoint</source>
        <translation>Último punto de control de auditoría firmado</translation>
    </message>
    <message>
        <source>entry %1, signed %2</source>
        <translation>entrada %1, firmado el %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Audit key fingerprint (SHA-256)</source>
        <translation>Huella de la clave de auditoría (SHA-256)</translation>
    </message>
    <message>
        <source>no audit key yet</source>
        <translation>aún no hay clave de auditoría</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source> (addressable)</source>
        <translation> (direccionable)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoria)</translation>
    </message>
    <message>
        <source>Enforced by</source>
        <translation>Aplicada mediante</translation>
    </message>
    <message>
        <source>Compliant devices</source>
        <translation>Dispositivos conformes</translation>
    </message>
    <message>
        <source>Non-compliant devices</source>
        <translation>Dispositivos no conformes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocidos</translation>
    </message>
    <message>
        <source>Compliant by ownership</source>
        <translation>Conformes por propiedad</translation>
    </message>
    <message>
        <source>Trail verification</source>
        <translation>Verificación del registro</translation>
    </message>
    <message>
        <source>hash chain intact, every checkpoint signature valid</source>
        <translation>cadena de hashes íntegra, todas las firmas de los puntos de control son válidas</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Admin accounts with MFA</source>
        <translation>Cuentas de administrador con MFA</translation>
    </message>
    <message>
        <source>%1 of %2 active accounts</source>
        <translation>%1 de %2 cuentas activas</translation>
    </message>
    <message>
        <source>Devices bound to an identity certificate</source>
        <translation>Dispositivos vinculados a un certificado de identidad</translation>
    </message>
    <message>
        <source>Non-compliant devices and reasons</source>
        <translation>Dispositivos no conformes y motivos</translation>
    </message>
    <message>
        <source>Each row is one safeguard a device does not meet, with the value it reported and when.</source>
        <translation>Cada fila es una salvaguarda que un dispositivo no cumple, con el valor que informó y cuándo.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Salvaguarda</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Devices whose state is unknown</source>
        <translation>Dispositivos con estado desconocido</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Settings changed from baseline</source>
        <translation>Ajustes cambiados respecto a la línea base</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Addressable specifications: decisions and rationale</source>
        <translation>Especificaciones direccionables: decisiones y justificación</translation>
    </message>
    <message>
        <source>HIPAA lets an addressable specification be implemented, met by an alternative, or documented as not reasonable; each policy in use records its decision.</source>
        <translation>HIPAA permite que una especificación direccionable se implemente, se cumpla mediante una alternativa o se documente como no razonable; cada política en uso registra su decisión.</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Audit trail verification (164.312(b))</source>
        <translation>Verificación del registro de auditoría (164.312(b))</translation>
    </message>
    <message>
        <source>The trail was recomputed from its first entry when this report was made. Each entry&apos;s SHA-256 covers the one before, and checkpoints are signed with the console&apos;s audit key, so an edited, deleted or inserted entry is detected.</source>
        <translation>El registro se recalculó desde su primera entrada al generar este informe. El SHA-256 de cada entrada abarca la anterior y los puntos de control se firman con la clave de auditoría de la consola, por lo que se detecta cualquier entrada modificada, eliminada o insertada.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Cadena de hashes</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>íntegra</translation>
    </message>
    <message>
        <source>BROKEN at entry %1: %2</source>
        <translation>ROTA en la entrada %1: %2</translation>
    </message>
    <message>
        <source>Entries verified</source>
        <translation>Entradas verificadas</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>entry %1 (%2) to entry %3 (%4)</source>
        <translation>de la entrada %1 (%2) a la entrada %3 (%4)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Signed checkpoints checked</source>
        <translation>Puntos de control firmados comprobados</translation>
    </message>
    <message>
        <source>Last good checkpoint</source>
        <translation>Último punto de control válido</translation>
    </message>
    <message>
        <source>covers entries up to %1, signed %2</source>
        <translation>abarca las entradas hasta la %1, firmado el %2</translation>
    </message>
    <message>
        <source>Checkpoint key fingerprint (SHA-256)</source>
        <translation>Huella de la clave del punto de control (SHA-256)</translation>
    </message>
    <message>
        <source>Checkpoint chain hash</source>
        <translation>Hash de la cadena en el punto de control</translation>
    </message>
    <message>
        <source>Console audit key fingerprint (SHA-256)</source>
        <translation>Huella de la clave de auditoría de la consola (SHA-256)</translation>
    </message>
    <message>
        <source>Entries after the last checkpoint</source>
        <translation>Entradas posteriores al último punto de control</translation>
    </message>
    <message>
        <source>Checkpoint problem</source>
        <translation>Problema en un punto de control</translation>
    </message>
    <message>
        <source>Verification error</source>
        <translation>Error de verificación</translation>
    </message>
    <message>
        <source>Newest entry hash</source>
        <translation>Hash de la entrada más reciente</translation>
    </message>
    <message>
        <source>Recorded actions in the period</source>
        <translation>Acciones registradas en el período</translation>
    </message>
    <message>
        <source>Vendor and Business Associate Agreement register</source>
        <translation>Registro de proveedores y acuerdos de socio comercial (BAA)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Handles ePHI</source>
        <translation>Maneja ePHI</translation>
    </message>
    <message>
        <source>BAA signed</source>
        <translation>BAA firmado</translation>
    </message>
    <message>
        <source>BAA expires</source>
        <translation>BAA vence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no necesario</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>not configured on this console</source>
        <translation>no configurado en esta consola</translation>
    </message>
    <message>
        <source>no expiry date (valid until revoked)</source>
        <translation>sin fecha de vencimiento (válido hasta que se revoque)</translation>
    </message>
    <message>
        <source>Appendix: every managed device</source>
        <translation>Apéndice: todos los dispositivos gestionados</translation>
    </message>
    <message>
        <source>OK = compliant, FAIL = non-compliant (reason in the non-compliant section), ? = unknown. Columns: AC access control, AL automatic logoff, EN encryption, IN integrity, TX transmission security, DM device and media controls, UP updates.</source>
        <translation>OK = conforme, FAIL = no conforme (motivo en la sección de no conformes), ? = desconocido. Columnas: AC control de acceso, AL cierre de sesión automático, EN cifrado, IN integridad, TX seguridad de la transmisión, DM controles de dispositivos y soportes, UP actualizaciones.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Last check-in (UTC)</source>
        <translation>Última conexión (UTC)</translation>
    </message>
</context>
</TS>
