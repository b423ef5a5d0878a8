<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>&apos;%1&apos; is not available yet</source>
        <translation>«%1» aún no está disponible</translation>
    </message>
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
        <source>Usage: clinicmdm [--db PATH] --user NAME [--otp CODE] devices &lt;list|show|import|lock|wipe&gt; ...</source>
        <translation>Uso: clinicmdm [--db PATH] --user NAME [--otp CODE] devices &lt;list|show|import|lock|wipe&gt; ...</translation>
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
    <name>CommandsVerb</name>
    <message>
        <source>Queued %1 for %2 as command %3. It is sent when the device next checks in (delivery comes with a later release); until then `clinicmdm commands cancel %3` withdraws it.</source>
        <translation>Se ha puesto en cola %1 para %2 como comando %3. Se enviará la próxima vez que el dispositivo se registre (la entrega llegará en una versión posterior); hasta entonces, `clinicmdm commands cancel %3` lo retira.</translation>
    </message>
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
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not here yet</source>
        <translation>Próximamente</translation>
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
    <name>SettingsService</name>
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
</TS>
