<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;%1&apos; is not available yet</source>
        <translation>«%1» aún no está disponible</translation>
    </message>
    <message>
        <source>list, show or import devices</source>
        <translation>listar, mostrar o importar dispositivos</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>Not here yet</source>
        <translation>Próximamente</translation>
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
    <name>SettingsRepository</name>
    <message>
        <source>%1 is not a valid value for %2</source>
        <translation>%1 no es un valor válido para %2</translation>
    </message>
</context>
</TS>
