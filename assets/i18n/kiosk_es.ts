<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Todavía no hay cifras para exportar.</translation>
    </message>
    <message>
        <source>The figures could not be read. Reference for IT: {ref}</source>
        <translation>No se pudieron leer las cifras. Referencia para el servicio informático: {ref}</translation>
    </message>
    <message>
        <source>The figures could not be refreshed; those shown are from {time}. Reference for IT: {ref}</source>
        <translation>No se pudieron actualizar las cifras; las que se muestran son de las {time}. Referencia para el servicio informático: {ref}</translation>
    </message>
    <message>
        <source>The picture could not be saved as {file}. Choose another folder.</source>
        <translation>No se pudo guardar la imagen como {file}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Charts saved as {file}</source>
        <translation>Gráficos guardados como {file}</translation>
    </message>
    <message>
        <source>Updated at {time} (every 30 seconds)</source>
        <translation>Actualizado a las {time} (cada 30 segundos)</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Exportar los gráficos en formato PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>Credenciales impresas</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Inscripciones in situ</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service badge collection</source>
        <translation>Recogida de credenciales en autoservicio</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
    <message>
        <source>Hold the QR code from your registration confirmation under the scanner, on your phone or on paper.</source>
        <translation>Coloque bajo el lector el código QR de su confirmación de inscripción, en su teléfono o en papel.</translation>
    </message>
    <message>
        <source>What is on today, and where</source>
        <translation>Lo que hay hoy, y dónde</translation>
    </message>
    <message>
        <source>Badges are printed at the accreditation desk today.</source>
        <translation>Hoy las credenciales se imprimen en el mostrador de acreditación.</translation>
    </message>
    <message>
        <source>This kiosk is not taking codes at the moment. Please go to the accreditation desk.</source>
        <translation>Este quiosco no acepta códigos en este momento. Diríjase al mostrador de acreditación.</translation>
    </message>
    <message>
        <source>You can still check in here, then collect your badge at the desk.</source>
        <translation>Puede registrar su llegada aquí y después recoger su credencial en el mostrador.</translation>
    </message>
    <message>
        <source>Start screen</source>
        <translation>Pantalla de inicio</translation>
    </message>
    <message>
        <source>Show the screens in this language</source>
        <translation>Mostrar las pantallas en este idioma</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Make the text on the screens larger</source>
        <translation>Aumentar el tamaño del texto en las pantallas</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Hold your code here</source>
        <translation>Coloque su código aquí</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>Cámara no disponible</translation>
    </message>
    <message>
        <source>Please use the scanner.</source>
        <translation>Utilice el lector, por favor.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>Registrar la llegada de {name}</translation>
    </message>
    <message>
        <source>Registration {id}. Compare the ID document with the name and photo.</source>
        <translation>Inscripción {id}. Compare el documento de identidad con el nombre y la foto.</translation>
    </message>
    <message>
        <source>I have checked their ID document</source>
        <translation>He comprobado su documento de identidad</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Espere un momento, por favor.</translation>
    </message>
</context>
<context>
    <name>DeskContext</name>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>No ha funcionado. Referencia para informática: {ref}</translation>
    </message>
</context>
<context>
    <name>DeskExceptions</name>
    <message>
        <source>Print interrupted</source>
        <translation>Impresión interrumpida</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Error de impresión</translation>
    </message>
    <message>
        <source>Badge waiting for the desk</source>
        <translation>Credencial pendiente en el mostrador</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Conflicto de sincronización</translation>
    </message>
    <message>
        <source>Rejected by the registry</source>
        <translation>Rechazado por el registro</translation>
    </message>
    <message>
        <source>Refused scan</source>
        <translation>Código rechazado</translation>
    </message>
    <message>
        <source>The badge name was changed at two desks; the later change stands. Check the name.</source>
        <translation>El nombre de la credencial se modificó en dos mostradores; se mantiene el cambio más reciente. Compruebe el nombre.</translation>
    </message>
    <message>
        <source>Checked in at two kiosks: check that one person holds one badge.</source>
        <translation>Registrado en dos quioscos: compruebe que la persona tenga una sola credencial.</translation>
    </message>
    <message>
        <source>Two badges carry the same version: check which one the person holds.</source>
        <translation>Dos credenciales tienen el mismo número de versión: compruebe cuál tiene la persona.</translation>
    </message>
    <message>
        <source>The registry flagged this registration for a check.</source>
        <translation>El registro ha marcado esta inscripción para su comprobación.</translation>
    </message>
    <message>
        <source>a check-in</source>
        <translation>un registro de llegada</translation>
    </message>
    <message>
        <source>a printed badge</source>
        <translation>una credencial impresa</translation>
    </message>
    <message>
        <source>a voided badge</source>
        <translation>una credencial anulada</translation>
    </message>
    <message>
        <source>a walk-in registration</source>
        <translation>una inscripción in situ</translation>
    </message>
    <message>
        <source>a badge name correction</source>
        <translation>una corrección del nombre de la credencial</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>un dato</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>imprimiéndose</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impresa</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>This was already dealt with, here or at another desk. The list is up to date again.</source>
        <translation>Este caso ya se atendió, aquí o en otro mostrador. La lista se ha actualizado.</translation>
    </message>
    <message>
        <source>Write a short note saying why (one line, at most 200 characters); nothing was cancelled.</source>
        <translation>Indique brevemente el motivo (una línea, 200 caracteres como máximo); no se ha cancelado nada.</translation>
    </message>
    <message>
        <source>That printer is no longer configured here; choose another one.</source>
        <translation>Esa impresora ya no está configurada aquí; elija otra.</translation>
    </message>
    <message>
        <source>The registry cannot be reached; the desk keeps trying.</source>
        <translation>No se puede conectar con el registro; el mostrador sigue intentándolo.</translation>
    </message>
    <message>
        <source>The registry is not answering properly; the desk keeps trying.</source>
        <translation>El registro no responde correctamente; el mostrador sigue intentándolo.</translation>
    </message>
    <message>
        <source>The registry sent an answer the desk cannot read. Tell IT.</source>
        <translation>El registro envió una respuesta que el mostrador no puede leer. Avise al servicio informático.</translation>
    </message>
    <message>
        <source>The registry refused a request. Tell IT.</source>
        <translation>El registro rechazó una solicitud. Avise al servicio informático.</translation>
    </message>
    <message>
        <source>The registry was reset; the desk is reading all its data again.</source>
        <translation>El registro se restableció; el mostrador está volviendo a leer todos sus datos.</translation>
    </message>
    <message>
        <source>The registry does not recognise this machine: IT must enroll it again.</source>
        <translation>El registro no reconoce este equipo: el servicio informático debe volver a darlo de alta.</translation>
    </message>
    <message>
        <source>This machine was withdrawn at the registry. Tell IT.</source>
        <translation>Este equipo se dio de baja en el registro. Avise al servicio informático.</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: IT must enroll this machine again.</source>
        <translation>El código de alta no es válido: el servicio informático debe volver a dar de alta este equipo.</translation>
    </message>
    <message>
        <source>Printing on %1 was cut off by a stop. Did the badge come out?</source>
        <translation>La impresión en %1 se interrumpió por una parada. ¿Salió la credencial?</translation>
    </message>
    <message>
        <source>Could not print on %1: %2</source>
        <translation>No se pudo imprimir en %1: %2</translation>
    </message>
    <message>
        <source>Checked in; the badge is waiting to be printed here.</source>
        <translation>Llegada registrada; la credencial está pendiente de imprimirse aquí.</translation>
    </message>
    <message>
        <source>The registry refused %1: %2</source>
        <translation>El registro rechazó %1: %2</translation>
    </message>
    <message>
        <source>(scanned %1 times)</source>
        <translation>(escaneado %1 veces)</translation>
    </message>
    <message>
        <source>pretix does not know this ticket (deleted, or another event&apos;s)</source>
        <translation>pretix no reconoce esta entrada (eliminada o de otro evento)</translation>
    </message>
    <message>
        <source>the order is not paid in pretix</source>
        <translation>el pedido no está pagado en pretix</translation>
    </message>
    <message>
        <source>the ticket is blocked in pretix</source>
        <translation>la entrada está bloqueada en pretix</translation>
    </message>
    <message>
        <source>the ticket is not valid at this time in pretix</source>
        <translation>según pretix, la entrada no es válida en este momento</translation>
    </message>
    <message>
        <source>the order or ticket is cancelled in pretix</source>
        <translation>el pedido o la entrada está cancelado en pretix</translation>
    </message>
    <message>
        <source>pretix says the ticket was already used</source>
        <translation>según pretix, la entrada ya se utilizó</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in list does not admit this product</source>
        <translation>la lista de registro de llegada de pretix no admite este producto</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in rules refuse this entry</source>
        <translation>las reglas de registro de llegada de pretix rechazan este acceso</translation>
    </message>
    <message>
        <source>pretix found more than one ticket</source>
        <translation>pretix encontró más de una entrada</translation>
    </message>
    <message>
        <source>the ticket was revoked in pretix (reissued with a new code)</source>
        <translation>la entrada se revocó en pretix (se volvió a emitir con un código nuevo)</translation>
    </message>
    <message>
        <source>the order is not approved in pretix</source>
        <translation>el pedido no está aprobado en pretix</translation>
    </message>
    <message>
        <source>pretix asks check-in questions: check the person in on a pretix device</source>
        <translation>pretix hace preguntas al registrar la llegada: registre a la persona en un dispositivo pretix</translation>
    </message>
    <message>
        <source>pretix refused the check-in</source>
        <translation>pretix rechazó el registro de llegada</translation>
    </message>
    <message>
        <source>pretix cannot void a badge from a device: print the new badge here; pretix keeps the print log of both</source>
        <translation>pretix no puede anular una credencial desde un dispositivo: imprima aquí la nueva credencial; pretix conserva el registro de impresión de ambas</translation>
    </message>
    <message>
        <source>pretix devices cannot register people: create the order in pretix; the person reaches the kiosk with the next sync</source>
        <translation>los dispositivos pretix no pueden inscribir a personas: cree el pedido en pretix; la persona llegará al quiosco con la próxima sincronización</translation>
    </message>
    <message>
        <source>pretix devices cannot change names: correct the attendee name in the order in pretix; the kiosk takes it with the next sync</source>
        <translation>los dispositivos pretix no pueden cambiar nombres: corrija el nombre del asistente en el pedido, en pretix; el quiosco lo recibirá con la próxima sincronización</translation>
    </message>
    <message>
        <source>pretix&apos;s device profile does not allow print logs: give the device the pretixSCAN profile</source>
        <translation>el perfil del dispositivo en pretix no permite registros de impresión: asígnele el perfil pretixSCAN</translation>
    </message>
    <message>
        <source>this outbox item cannot be read (not sent to pretix)</source>
        <translation>este elemento pendiente de envío no se puede leer (no se envió a pretix)</translation>
    </message>
    <message>
        <source>pretix refused the print log</source>
        <translation>pretix rechazó el registro de impresión</translation>
    </message>
</context>
<context>
    <name>DeskSignInPage</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Demasiados intentos erróneos. Vuelva a intentarlo dentro de {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN or staff code. Try again.</source>
        <translation>PIN o código de personal incorrecto. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>Mostrador de acreditación</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter, or scan your staff QR code.</source>
        <translation>Escriba su PIN de personal y pulse Intro, o escanee su código QR de personal.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN de personal</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Escriba primero su PIN.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Sign in first, then scan the visitor&apos;s code.</source>
        <translation>Inicie sesión primero y luego escanee el código del visitante.</translation>
    </message>
    <message>
        <source>That staff code was not accepted.</source>
        <translation>Ese código de personal no ha sido aceptado.</translation>
    </message>
    <message>
        <source>The desk could not check this. Reference for IT: {ref}</source>
        <translation>El mostrador no ha podido comprobarlo. Referencia para informática: {ref}</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>Mostrador de acreditación</translation>
    </message>
    <message>
        <source>Accreditation desk · {event}</source>
        <translation>Mostrador de acreditación · {event}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Desk staff</source>
        <translation>Personal del mostrador</translation>
    </message>
    <message>
        <source>{staff} · {role}</source>
        <translation>{staff} · {role}</translation>
    </message>
</context>
<context>
    <name>ExceptionsPanel</name>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>Incidencias (%1)</translation>
    </message>
    <message>
        <source>The exceptions could not be read. Reference for IT: %1</source>
        <translation>No se pudieron leer las incidencias. Referencia para el servicio informático: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Marcar como comprobado</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marcar como visto</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Marcar como atendido</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrado.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing needs a person right now.</source>
        <translation>No hay incidencias pendientes en este momento.</translation>
    </message>
    <message>
        <source>The newest %1 are listed; answer them to see the others.</source>
        <translation>Se muestran los %1 más recientes; atiéndalos para ver los demás.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Yes, it came out</source>
        <translation>Sí, salió</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>Imprimir ahora</translation>
    </message>
    <message>
        <source>Cancel the print</source>
        <translation>Cancelar la impresión</translation>
    </message>
    <message>
        <source>Why is this badge not printed? (kept in the audit log)</source>
        <translation>¿Por qué no se imprime esta credencial? (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>Enviar a…</translation>
    </message>
    <message>
        <source>Only one printer is configured.</source>
        <translation>Solo hay una impresora configurada.</translation>
    </message>
    <message>
        <source>Badge printed on %1.</source>
        <translation>Credencial impresa en %1.</translation>
    </message>
    <message>
        <source>Still not printed: %1</source>
        <translation>Aún sin imprimir: %1</translation>
    </message>
    <message>
        <source>Recorded: the badge did not come out. Print it again when ready.</source>
        <translation>Registrado: la credencial no salió. Vuelva a imprimirla cuando sea posible.</translation>
    </message>
    <message>
        <source>The print was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <source>Recorded: the badge counts as collected.</source>
        <translation>Registrado: la credencial se considera entregada.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>Corregir el nombre de la credencial</translation>
    </message>
    <message>
        <source>Registration {id}. Type the name as it should print, in any script. The next badge prints it; the registry gets it with the next sync.</source>
        <translation>Inscripción {id}. Escriba el nombre tal como debe imprimirse, en cualquier escritura. La próxima credencial lo llevará; el registro lo recibirá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Nombre en la credencial</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Guardar el nombre</translation>
    </message>
</context>
<context>
    <name>NowNextStrip</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>{caption} {time}: {title} ({room})</source>
        <translation>{caption} {time}: {title} ({room})</translation>
    </message>
</context>
<context>
    <name>OperationsPanel</name>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>The printers and the queue could not be read. Reference for IT: %1</source>
        <translation>No se pudieron leer las impresoras ni la cola. Referencia para el servicio informático: %1</translation>
    </message>
    <message>
        <source>Printing a test page on %1…</source>
        <translation>Imprimiendo una página de prueba en %1…</translation>
    </message>
    <message>
        <source>The test page did not print: %1</source>
        <translation>La página de prueba no se imprimió: %1</translation>
    </message>
    <message>
        <source>Test page sent to %1.</source>
        <translation>Página de prueba enviada a %1.</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>Sincronización iniciada.</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <source>Sync with the registry</source>
        <translation>Sincronización con el registro</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What the printer said</source>
        <translation>Mensaje de la impresora</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Main printer</source>
        <translation>Impresora principal</translation>
    </message>
    <message>
        <source>Fallback %1</source>
        <translation>Respaldo %1</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Página de prueba</translation>
    </message>
    <message>
        <source>The newest %1 of %2 open jobs are listed.</source>
        <translation>Se muestran los %1 trabajos más recientes de %2 pendientes.</translation>
    </message>
    <message>
        <source>No badge is waiting to be printed.</source>
        <translation>No hay credenciales pendientes de impresión.</translation>
    </message>
    <message>
        <source>Last complete update</source>
        <translation>Última actualización completa</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Antigüedad de los datos</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a registry: nothing is synced.</source>
        <translation>Este mostrador no está dado de alta en ningún registro: no se sincroniza nada.</translation>
    </message>
    <message>
        <source>Waiting for the first round…</source>
        <translation>Esperando la primera sincronización…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <source>%1 rejected (see Exceptions)</source>
        <translation>%1 rechazados (véase Incidencias)</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>aún no hay datos del registro</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>actualizados hace un momento</translation>
    </message>
    <message>
        <source>updated %1 min ago</source>
        <translation>actualizados hace %1 min</translation>
    </message>
    <message>
        <source>updated %1 h ago</source>
        <translation>actualizados hace %1 h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The last round did not finish: %1</source>
        <translation>La última sincronización no terminó: %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation, country, category</source>
        <translation>Organización, país, categoría</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Badge valid</source>
        <translation>Credencial válida</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Type a name, an organisation, a country or a registration number.</source>
        <translation>Escriba un nombre, una organización, un país o un número de inscripción.</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation>No se encontró a nadie para «{text}».</translation>
    </message>
    <message>
        <source>Registration {id} is not on this desk&apos;s list.</source>
        <translation>La inscripción {id} no figura en la lista de este mostrador.</translation>
    </message>
    <message>
        <source>Name in any script, organisation, country, e-mail or registration number</source>
        <translation>Nombre en cualquier escritura, organización, país, correo electrónico o número de inscripción</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Choose the person&apos;s photo</source>
        <translation>Elegir la foto de la persona</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo could not be stored. Try again; if it fails again, tell IT.</source>
        <translation>No se pudo guardar la foto. Vuelva a intentarlo; si vuelve a fallar, avise al servicio de informática.</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>Se ha registrado la llegada de {name}.</translation>
    </message>
    <message>
        <source>The badge of {name} is void.</source>
        <translation>La credencial de {name} queda anulada.</translation>
    </message>
    <message>
        <source>The pick-up of the badge of {name} is recorded.</source>
        <translation>Se ha registrado la recogida de la credencial de {name}.</translation>
    </message>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>No ha funcionado. Referencia para informática: {ref}</translation>
    </message>
    <message>
        <source>No webcam is set up at this desk: choose the person&apos;s photo</source>
        <translation>Este mostrador no tiene cámara web configurada: elija la foto de la persona</translation>
    </message>
    <message>
        <source>{name}: badge version {version} printed on {printer}.</source>
        <translation>{name}: credencial versión {version} impresa en {printer}.</translation>
    </message>
    <message>
        <source>{name}: badge version {version} did not print: {problem} The job waits on the Exceptions page.</source>
        <translation>{name}: la credencial versión {version} no se ha impreso: {problem} El trabajo espera en la página Excepciones.</translation>
    </message>
    <message>
        <source>{name}: temporary registration {id} created. Check them in and print their badge.</source>
        <translation>{name}: inscripción temporal {id} creada. Registre su llegada e imprima su credencial.</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced; the badge waiting to print shows it.</source>
        <translation>Se ha sustituido la foto de {name}; la credencial pendiente de impresión la muestra.</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced. Reprint the badge (reason: photo replaced) to show it.</source>
        <translation>Se ha sustituido la foto de {name}. Reimprima la credencial (motivo: foto sustituida) para que aparezca.</translation>
    </message>
    <message>
        <source>Another desk saved a later badge name for this person: it stays. Your correction is kept in the history and listed on the Exceptions page.</source>
        <translation>Otro mostrador ha guardado un nombre más reciente para esta persona: se mantiene. Su corrección queda en el historial y aparece en la página Excepciones.</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}. Another desk changed it meanwhile: both corrections are kept and listed on the Exceptions page.</source>
        <translation>El nombre de la credencial se ha guardado como {name}. Otro mostrador lo había cambiado entretanto: se conservan ambas correcciones y aparecen en la página Excepciones.</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}.</source>
        <translation>El nombre de la credencial se ha guardado como {name}.</translation>
    </message>
    <message>
        <source>Print: a print job for this person is still open. Answer it first on the Exceptions page.</source>
        <translation>Imprimir: todavía hay un trabajo de impresión abierto para esta persona. Resuélvalo primero en la página Excepciones.</translation>
    </message>
    <message>
        <source>Void: this person has no valid badge.</source>
        <translation>Anular: esta persona no tiene ninguna credencial válida.</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Registrar llegada…</translation>
    </message>
    <message>
        <source>Reprint badge…</source>
        <translation>Reimprimir credencial…</translation>
    </message>
    <message>
        <source>Print badge…</source>
        <translation>Imprimir credencial…</translation>
    </message>
    <message>
        <source>Correct name…</source>
        <translation>Corregir nombre…</translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation>Sustituir foto…</translation>
    </message>
    <message>
        <source>VIP pick-up…</source>
        <translation>Recogida VIP…</translation>
    </message>
    <message>
        <source>Void badge…</source>
        <translation>Anular credencial…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Sin inscripción…</translation>
    </message>
    <message>
        <source>Void badge (supervisor only)</source>
        <translation>Anular credencial (solo supervisor)</translation>
    </message>
    <message>
        <source>Walk-in (supervisor only)</source>
        <translation>Sin inscripción (solo supervisor)</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Search for a person or scan their code.</source>
        <translation>Busque a una persona o escanee su código.</translation>
    </message>
    <message>
        <source>Latin script: {name}</source>
        <translation>En alfabeto latino: {name}</translation>
    </message>
    <message>
        <source>Own script: {name}</source>
        <translation>En su escritura: {name}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Categoría: {category}</translation>
    </message>
    <message>
        <source>Registration {id}</source>
        <translation>Inscripción {id}</translation>
    </message>
    <message>
        <source>Provisional: known only from a walk-in code, not yet from the registry.</source>
        <translation>Provisional: conocido solo por un código emitido in situ, aún no por el registro.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>No badge preview</source>
        <translation>Vista previa de la credencial no disponible</translation>
    </message>
    <message>
        <source>The valid badge (version {version})</source>
        <translation>La credencial válida (versión {version})</translation>
    </message>
    <message>
        <source>The next badge (version {version})</source>
        <translation>La próxima credencial (versión {version})</translation>
    </message>
    <message>
        <source>Not checked in yet.</source>
        <translation>Aún sin registrar.</translation>
    </message>
    <message>
        <source>No badge printed yet.</source>
        <translation>Aún no se ha impreso ninguna credencial.</translation>
    </message>
    <message>
        <source>{when}: collected by {collector} ({document}) at {kiosk}</source>
        <translation>{when}: recogida por {collector} ({document}) en {kiosk}</translation>
    </message>
    <message>
        <source>Version {version} · {when} · {kiosk} · {printer} · {reason}</source>
        <translation>Versión {version} · {when} · {kiosk} · {printer} · {reason}</translation>
    </message>
    <message>
        <source>voided {when}</source>
        <translation>anulada el {when}</translation>
    </message>
    <message>
        <source>deactivated {when}</source>
        <translation>desactivada el {when}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>Print job {job} (version {version}) is {state}.</source>
        <translation>Trabajo de impresión {job} (versión {version}): {state}.</translation>
    </message>
    <message>
        <source>Check-ins on every kiosk</source>
        <translation>Registros de llegada en todos los quioscos</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Name corrections</source>
        <translation>Correcciones del nombre</translation>
    </message>
    <message>
        <source>VIP pick-ups</source>
        <translation>Recogidas VIP</translation>
    </message>
    <message>
        <source>Open print job</source>
        <translation>Trabajo de impresión pendiente</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <source>No webcam was found at this desk. Choose a file instead.</source>
        <translation>No se encontró ninguna cámara web en este mostrador. Elija un archivo en su lugar.</translation>
    </message>
    <message>
        <source>The webcam gives no picture. Check its cable, or choose a file instead.</source>
        <translation>La cámara web no da imagen. Compruebe el cable o elija un archivo en su lugar.</translation>
    </message>
    <message>
        <source>The webcam stopped. Check its cable, or choose a file instead.</source>
        <translation>La cámara web se detuvo. Compruebe el cable o elija un archivo en su lugar.</translation>
    </message>
    <message>
        <source>That picture could not be used. Take the photo again.</source>
        <translation>No se pudo usar esa imagen. Vuelva a tomar la foto.</translation>
    </message>
    <message>
        <source>Photo from the webcam</source>
        <translation>Foto con la cámara web</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Foto de {name}</translation>
    </message>
    <message>
        <source>Starting the webcam…</source>
        <translation>Iniciando la cámara web…</translation>
    </message>
    <message>
        <source>Ask the person to look at the webcam, face inside the oval, then take the photo.</source>
        <translation>Pida a la persona que mire a la cámara web, con la cara dentro del óvalo, y tome la foto.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Preparando la foto…</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or choose a file.</source>
        <translation>Esta foto se imprimirá en la credencial. Úsela o elija un archivo.</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or retake it.</source>
        <translation>Esta foto se imprimirá en la credencial. Úsela o vuelva a tomarla.</translation>
    </message>
    <message>
        <source>Keeping the photo…</source>
        <translation>Guardando la foto…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Webcam picture</source>
        <translation>Imagen de la cámara web</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Tomar la foto</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>A photo for your badge</source>
        <translation>Una foto para su credencial</translation>
    </message>
    <message>
        <source>Look at the camera</source>
        <translation>Mire a la cámara</translation>
    </message>
    <message>
        <source>Keep your face inside the oval. The photo is taken after the countdown.</source>
        <translation>Mantenga el rostro dentro del óvalo. La foto se toma al final de la cuenta atrás.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Preparing your photo.</source>
        <translation>Preparando su foto.</translation>
    </message>
    <message>
        <source>Is this photo all right?</source>
        <translation>¿Le parece bien esta foto?</translation>
    </message>
    <message>
        <source>This photo will be printed on your badge.</source>
        <translation>Esta foto se imprimirá en su credencial.</translation>
    </message>
    <message>
        <source>Printing your badge…</source>
        <translation>Imprimiendo su credencial…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Espere un momento, por favor.</translation>
    </message>
    <message>
        <source>The photo is printed on your badge and sent to the event&apos;s registration system. It is kept until the event&apos;s data is deleted after the event.</source>
        <translation>La foto se imprime en su credencial y se envía al sistema de inscripción del evento. Se conserva hasta que se eliminen los datos del evento, una vez finalizado este.</translation>
    </message>
    <message>
        <source>No thanks: you are checked in all the same; staff at the accreditation desk will take your photo and print your badge.</source>
        <translation>No, gracias: su llegada queda registrada igualmente; el personal del mostrador de acreditación le tomará la foto e imprimirá su credencial.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Tomar mi foto</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Repetir la foto</translation>
    </message>
    <message>
        <source>Your badge needs a photo. This kiosk can take it now, in a few seconds.</source>
        <translation>Su credencial necesita una foto. Este quiosco puede tomarla ahora, en unos segundos.</translation>
    </message>
</context>
<context>
    <name>PhotoSourceDialog</name>
    <message>
        <source>Replace photo</source>
        <translation>Reemplazar la foto</translation>
    </message>
    <message>
        <source>New photo of {name}</source>
        <translation>Nueva foto de {name}</translation>
    </message>
    <message>
        <source>Take with the webcam</source>
        <translation>Tomar con la cámara web</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <source>Enter your staff PIN, or scan your staff QR code.</source>
        <translation>Introduzca su PIN de personal o escanee su código QR de personal.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print badge</source>
        <translation>Imprimir credencial</translation>
    </message>
    <message>
        <source>Badge for {name}</source>
        <translation>Credencial de {name}</translation>
    </message>
    <message>
        <source>Badge version {version} will be printed.</source>
        <translation>Se imprimirá la versión {version} de la credencial.</translation>
    </message>
    <message>
        <source>The badge now valid (version {old}) stops working once the new one is printed.</source>
        <translation>La credencial válida actual (versión {old}) dejará de funcionar en cuanto se imprima la nueva.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>PrinterStatusLabel</name>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>queda poco papel</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>sin papel</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>tapa abierta</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <source>Printer: checking…</source>
        <translation>Impresora: comprobando…</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Impresora: %1</translation>
    </message>
    <message>
        <source>badges at the accreditation desk</source>
        <translation>credenciales en el mostrador de acreditación</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Details (optional, or the reason itself)</source>
        <translation>Detalles (opcionales, o el propio motivo)</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>Detalles del motivo</translation>
    </message>
</context>
<context>
    <name>RefusalScreen</name>
    <message>
        <source>Reference for staff: {reference}</source>
        <translation>Referencia para el personal: {reference}</translation>
    </message>
    <message>
        <source>Printed on {date} at {time}</source>
        <translation>Impresa el {date} a las {time}</translation>
    </message>
</context>
<context>
    <name>RegistryWords</name>
    <message>
        <source>kiosk registry</source>
        <translation>registro de quioscos</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Registration {number}</source>
        <translation>Inscripción {number}</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Volver a la pantalla de inicio</translation>
    </message>
</context>
<context>
    <name>ScanTestWindow</name>
    <message>
        <source>Scanner test</source>
        <translation>Prueba de lectores</translation>
    </message>
    <message>
        <source>Scan codes with every scanner, or type in the field. Nothing is checked in or printed.</source>
        <translation>Escanee códigos con cada lector o escriba en el campo. No se registra ni se imprime nada.</translation>
    </message>
    <message>
        <source>Type here: typing must appear in this field, scans must not.</source>
        <translation>Escriba aquí: lo que escriba debe aparecer en este campo; los escaneos, no.</translation>
    </message>
    <message>
        <source>no kiosk database: codes are not checked</source>
        <translation>sin base de datos del quiosco: los códigos no se verifican</translation>
    </message>
    <message>
        <source>SCAN</source>
        <translation>ESCANEO</translation>
    </message>
    <message>
        <source>TYPING</source>
        <translation>ESCRITURA</translation>
    </message>
    <message>
        <source>NO SUFFIX</source>
        <translation>SIN SUFIJO</translation>
    </message>
    <message>
        <source>{time}  {source}  {verdict}  {count} characters</source>
        <translation>{time}  {source}  {verdict}  {count} caracteres</translation>
    </message>
    <message>
        <source>received: {text}</source>
        <translation>recibido: {text}</translation>
    </message>
    <message>
        <source>bytes: {hex}</source>
        <translation>bytes: {hex}</translation>
    </message>
    <message>
        <source>keys {low:.1f} to {high:.1f} ms apart (median {median:.1f} ms)</source>
        <translation>teclas separadas de {low:.1f} a {high:.1f} ms (mediana {median:.1f} ms)</translation>
    </message>
    <message>
        <source>handed on to the focused field as typing</source>
        <translation>entregado al campo activo como escritura</translation>
    </message>
    <message>
        <source>fast, but the suffix never came: handed on as typing</source>
        <translation>rápido, pero el sufijo no llegó: entregado como escritura</translation>
    </message>
    <message>
        <source>the same code again within the debounce time: ignored</source>
        <translation>el mismo código otra vez dentro del tiempo antirrebote: ignorado</translation>
    </message>
    <message>
        <source>not checked: {error}</source>
        <translation>no verificado: {error}</translation>
    </message>
    <message>
        <source>read as: not digits</source>
        <translation>leído como: no son dígitos</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>ninguna necesaria</translation>
    </message>
    <message>
        <source>read as: {count} digit reading(s); layout mapping: {mappings}</source>
        <translation>leído como: {count} lectura(s) en dígitos; correspondencia de teclado: {mappings}</translation>
    </message>
    <message>
        <source>not a code</source>
        <translation>no es un código</translation>
    </message>
    <message>
        <source>signed code</source>
        <translation>código firmado</translation>
    </message>
    <message>
        <source>badge QR</source>
        <translation>QR de la credencial</translation>
    </message>
    <message>
        <source>Indico code</source>
        <translation>código de Indico</translation>
    </message>
    <message>
        <source>older Indico code</source>
        <translation>código antiguo de Indico</translation>
    </message>
    <message>
        <source>ticket secret</source>
        <translation>secreto de la entrada</translation>
    </message>
    <message>
        <source>{kind}: {answer}</source>
        <translation>{kind}: {answer}</translation>
    </message>
    <message>
        <source> (digits recovered through {mapping})</source>
        <translation> (dígitos recuperados mediante {mapping})</translation>
    </message>
    <message>
        <source>, registration {number}</source>
        <translation>, inscripción {number}</translation>
    </message>
    <message>
        <source>Keyboard wedge: off</source>
        <translation>Lector de teclado: desactivado</translation>
    </message>
    <message>
        <source>Keyboard wedge: suffix {suffix}, keys at most {gap:.0f} ms apart, at least {length} characters</source>
        <translation>Lector de teclado: sufijo {suffix}, teclas separadas como máximo {gap:.0f} ms, al menos {length} caracteres</translation>
    </message>
    <message>
        <source>Serial scanner: none configured</source>
        <translation>Lector serie: ninguno configurado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>apagado</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>not available, retrying</source>
        <translation>no disponible, reintentando</translation>
    </message>
    <message>
        <source>Serial scanner {port}: {status}</source>
        <translation>Lector serie {port}: {status}</translation>
    </message>
</context>
<context>
    <name>SessionsBoard</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>More sessions: {count}. Choose a track or a language.</source>
        <translation>Más sesiones: {count}. Elija un segmento o un idioma.</translation>
    </message>
    <message>
        <source>The programme cannot be shown right now ({reference}).</source>
        <translation>No es posible mostrar el programa en este momento ({reference}).</translation>
    </message>
    <message>
        <source>Loading today&apos;s sessions…</source>
        <translation>Cargando las sesiones de hoy…</translation>
    </message>
    <message>
        <source>There are no sessions today.</source>
        <translation>Hoy no hay sesiones.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions have ended.</source>
        <translation>Las sesiones de hoy han terminado.</translation>
    </message>
    <message>
        <source>No session still to come matches these choices.</source>
        <translation>Ninguna de las próximas sesiones corresponde a esta selección.</translation>
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo dentro de {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN or staff code. Try again.</source>
        <translation>PIN o código de personal incorrecto. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The kiosk could not check this. Reference: {ref}</source>
        <translation>El quiosco no pudo comprobarlo. Referencia: {ref}</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Imprimiendo una página de prueba…</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>La página de prueba se envió a la impresora.</translation>
    </message>
    <message>
        <source>The test page could not be printed: see `kiosk printers`.</source>
        <translation>No se pudo imprimir la página de prueba: consulte `kiosk printers`.</translation>
    </message>
</context>
<context>
    <name>StaffMenuScreen</name>
    <message>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>desk staff</source>
        <translation>personal del mostrador</translation>
    </message>
    <message>
        <source>Signed in: {staff} ({role})</source>
        <translation>Sesión iniciada: {staff} ({role})</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impresión de prueba</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Prueba de lectores</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Leaving kiosk mode and quitting need a supervisor.</source>
        <translation>Solo un supervisor puede salir del modo quiosco o cerrar el quiosco.</translation>
    </message>
    <message>
        <source>Printers: not checked yet</source>
        <translation>Impresoras: aún sin comprobar</translation>
    </message>
    <message>
        <source>Printer {number}: {state}</source>
        <translation>Impresora {number}: {state}</translation>
    </message>
    <message>
        <source>No printer can print: badges wait for the desk.</source>
        <translation>Ninguna impresora puede imprimir: las credenciales se imprimirán en el mostrador.</translation>
    </message>
</context>
<context>
    <name>StartUpChecks</name>
    <message>
        <source>Start-up check failed: {check}: {finding}</source>
        <translation>Falló una comprobación de inicio: {check}: {finding}</translation>
    </message>
    <message>
        <source>Other problems: {count}.</source>
        <translation>Otros problemas: {count}.</translation>
    </message>
    <message>
        <source>IT: run “kiosk doctor” on this machine for what to do.</source>
        <translation>Informática: ejecute «kiosk doctor» en este equipo para saber qué hacer.</translation>
    </message>
</context>
<context>
    <name>SyncStatusCorner</name>
    <message>
        <source>Connecting to the registry…</source>
        <translation>Conectando con el registro…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>aún no hay datos del registro</translation>
    </message>
    <message>
        <source>data updated just now</source>
        <translation>datos actualizados ahora mismo</translation>
    </message>
    <message>
        <source>data updated %1 min ago</source>
        <translation>datos actualizados hace %1 min</translation>
    </message>
    <message>
        <source>data updated %1 h ago</source>
        <translation>datos actualizados hace %1 h</translation>
    </message>
</context>
<context>
    <name>VipPickupDialog</name>
    <message>
        <source>VIP badge pick-up</source>
        <translation>Recogida de credencial VIP</translation>
    </message>
    <message>
        <source>Who collects the badge of {name}?</source>
        <translation>¿Quién recoge la credencial de {name}?</translation>
    </message>
    <message>
        <source>Check the collector&apos;s ID document. Their name stays on this machine.</source>
        <translation>Compruebe el documento de identidad de quien recoge la credencial. Su nombre queda solo en este equipo.</translation>
    </message>
    <message>
        <source>Collector&apos;s name</source>
        <translation>Nombre de quien la recoge</translation>
    </message>
    <message>
        <source>ID document shown</source>
        <translation>Documento de identidad presentado</translation>
    </message>
    <message>
        <source>Record the pick-up</source>
        <translation>Registrar la recogida</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void badge</source>
        <translation>Anular credencial</translation>
    </message>
    <message>
        <source>Void the badge of {name}</source>
        <translation>Anular la credencial de {name}</translation>
    </message>
    <message>
        <source>Badge version {version} stops working at every door at once. No badge of this person is valid until the next print.</source>
        <translation>La versión {version} de la credencial deja de funcionar de inmediato en todas las entradas. Ninguna credencial de esta persona será válida hasta la próxima impresión.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>Temporary badge for a walk-in</source>
        <translation>Credencial temporal para una persona sin inscripción</translation>
    </message>
    <message>
        <source>For someone not registered. Type the names as on their ID document. The registration is provisional until the registry confirms it.</source>
        <translation>Para una persona no inscrita. Escriba los nombres tal como figuran en su documento de identidad. La inscripción es provisional hasta que el registro la confirme.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Nombre en la credencial</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>País (dos letras)</translation>
    </message>
    <message>
        <source>Badge category</source>
        <translation>Categoría de credencial</translation>
    </message>
    <message>
        <source>Empty: given and family name</source>
        <translation>Vacío: nombre y apellidos</translation>
    </message>
    <message>
        <source>Create the registration</source>
        <translation>Crear la inscripción</translation>
    </message>
</context>
<context>
    <name>_SessionCard</name>
    <message>
        <source>until {time}</source>
        <translation>hasta las {time}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>A continuación</translation>
    </message>
</context>
<context>
    <name>desk-documents</name>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>Laissez-passer de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Other official document</source>
        <translation>Otro documento oficial</translation>
    </message>
</context>
<context>
    <name>desk-problems</name>
    <message>
        <source>The text holds an invisible control character (a tab, a line break …). Retype it instead of pasting it.</source>
        <translation>El texto contiene un carácter de control invisible (tabulación, salto de línea…). Escríbalo en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>The name holds an invisible character that reorders text. Retype the name instead of pasting it.</source>
        <translation>El nombre contiene un carácter invisible que altera el orden del texto. Escriba el nombre en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>A name is empty. Type the name.</source>
        <translation>Falta un nombre. Escriba el nombre.</translation>
    </message>
    <message>
        <source>The text is too long: a name has at most {name_limit} characters, a reason or an organisation at most {reason_limit}.</source>
        <translation>El texto es demasiado largo: un nombre tiene como máximo {name_limit} caracteres; un motivo o una organización, como máximo {reason_limit}.</translation>
    </message>
    <message>
        <source>Choose or type a reason: it goes into the audit log.</source>
        <translation>Elija o escriba un motivo: se anota en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The country is a two-letter code (CH, SN, CN …) or empty.</source>
        <translation>El país es un código de dos letras (CH, SN, CN…) o se deja vacío.</translation>
    </message>
    <message>
        <source>Check the person&apos;s ID document first, then tick the box.</source>
        <translation>Compruebe primero el documento de identidad de la persona y luego marque la casilla.</translation>
    </message>
    <message>
        <source>This registration is not on this machine. Sync, then try again.</source>
        <translation>Esta inscripción no está en este equipo. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This registration is revoked or cancelled: no check-in and no badge. Ask a supervisor.</source>
        <translation>Esta inscripción está revocada o cancelada: no se puede registrar la llegada ni emitir credencial. Consulte a un supervisor.</translation>
    </message>
    <message>
        <source>This person has no valid badge to void.</source>
        <translation>Esta persona no tiene ninguna credencial válida que anular.</translation>
    </message>
    <message>
        <source>The badge cannot be printed now: the registration is revoked or cancelled, or a print job for this person is still open (answer it on the Exceptions page).</source>
        <translation>La credencial no puede imprimirse ahora: la inscripción está revocada o cancelada, o aún hay un trabajo de impresión abierto para esta persona (resuélvalo en la página Excepciones).</translation>
    </message>
    <message>
        <source>This desk has no printer. Print at a desk with a printer.</source>
        <translation>Este mostrador no tiene impresora. Imprima en un mostrador con impresora.</translation>
    </message>
    <message>
        <source>This machine has no event yet. Sync or import the roster first.</source>
        <translation>Este equipo aún no tiene ningún evento. Sincronice o importe primero la lista de participantes.</translation>
    </message>
    <message>
        <source>The event has no badge category with this code.</source>
        <translation>El evento no tiene ninguna categoría de credencial con este código.</translation>
    </message>
    <message>
        <source>No free registration number was found. Try again.</source>
        <translation>No se ha encontrado ningún número de inscripción libre. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Only a supervisor may do this. Ask a supervisor; this attempt was recorded.</source>
        <translation>Solo un supervisor puede hacerlo. Consulte a un supervisor; este intento ha quedado registrado.</translation>
    </message>
    <message>
        <source>This file cannot be used as a badge photo: choose a JPEG or PNG picture of the person.</source>
        <translation>Este archivo no puede usarse como foto de credencial: elija una imagen JPEG o PNG de la persona.</translation>
    </message>
</context>
<context>
    <name>desk-reasons</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <source>Other (type it below)</source>
        <translation>Otro (escríbalo abajo)</translation>
    </message>
    <message>
        <source>First badge</source>
        <translation>Primera credencial</translation>
    </message>
    <message>
        <source>Badge lost</source>
        <translation>Credencial perdida</translation>
    </message>
    <message>
        <source>Badge damaged</source>
        <translation>Credencial dañada</translation>
    </message>
    <message>
        <source>Name corrected</source>
        <translation>Nombre corregido</translation>
    </message>
    <message>
        <source>Photo replaced</source>
        <translation>Foto sustituida</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>Pérdida notificada</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <translation>Robo notificado</translation>
    </message>
    <message>
        <source>Used by someone else</source>
        <translation>Usada por otra persona</translation>
    </message>
    <message>
        <source>Misspelt</source>
        <translation>Error ortográfico</translation>
    </message>
    <message>
        <source>As on the ID document</source>
        <translation>Como en el documento de identidad</translation>
    </message>
    <message>
        <source>The person&apos;s preferred name</source>
        <translation>Nombre preferido de la persona</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Sin inscripción previa</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>Inscripción no encontrada</translation>
    </message>
    <message>
        <source>Invited on site</source>
        <translation>Invitado en el lugar</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Your badge is printing — please take it from the printer.</source>
        <translation>Su credencial se está imprimiendo; recójala en la impresora, por favor.</translation>
    </message>
    <message>
        <source>Please wear your badge visibly at all times on the premises.</source>
        <translation>Lleve su credencial en un lugar visible en todo momento dentro del recinto.</translation>
    </message>
    <message>
        <source>Badge already collected</source>
        <translation>Credencial ya recogida</translation>
    </message>
    <message>
        <source>A badge has already been printed for this registration.</source>
        <translation>Ya se ha impreso una credencial para esta inscripción.</translation>
    </message>
    <message>
        <source>Your badge is ready at the desk</source>
        <translation>Su credencial le espera en el mostrador</translation>
    </message>
    <message>
        <source>Badges in your category are handed over in person.</source>
        <translation>Las credenciales de su categoría se entregan en persona.</translation>
    </message>
    <message>
        <source>No code received</source>
        <translation>No se recibió ningún código</translation>
    </message>
    <message>
        <source>The scanner did not receive anything from your code.</source>
        <translation>El lector no recibió ningún dato de su código.</translation>
    </message>
    <message>
        <source>Please hold the QR code flat under the scanner and try again.</source>
        <translation>Sostenga el código QR en posición plana bajo el lector e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Code not readable</source>
        <translation>Código ilegible</translation>
    </message>
    <message>
        <source>This code could not be read: it may be damaged, incomplete or not a registration code.</source>
        <translation>No se pudo leer este código: puede estar dañado o incompleto, o no ser un código de inscripción.</translation>
    </message>
    <message>
        <source>Code format not supported</source>
        <translation>Formato de código no admitido</translation>
    </message>
    <message>
        <source>This code uses a format that this kiosk cannot read.</source>
        <translation>Este código utiliza un formato que este quiosco no puede leer.</translation>
    </message>
    <message>
        <source>Code could not be verified</source>
        <translation>No se pudo verificar el código</translation>
    </message>
    <message>
        <source>This code did not pass the authenticity check.</source>
        <translation>Este código no superó la verificación de autenticidad.</translation>
    </message>
    <message>
        <source>Code issuer not recognised</source>
        <translation>Emisor del código no reconocido</translation>
    </message>
    <message>
        <source>This kiosk does not yet know who issued this code; it may have been issued very recently.</source>
        <translation>Este quiosco aún no conoce al emisor de este código; es posible que se haya emitido muy recientemente.</translation>
    </message>
    <message>
        <source>Code withdrawn</source>
        <translation>Código retirado</translation>
    </message>
    <message>
        <source>This code was signed with a security key that is no longer accepted.</source>
        <translation>Este código se firmó con una clave de seguridad que ya no se acepta.</translation>
    </message>
    <message>
        <source>Code for another event</source>
        <translation>Código de otro evento</translation>
    </message>
    <message>
        <source>This code is a registration for a different event.</source>
        <translation>Este código corresponde a una inscripción para otro evento.</translation>
    </message>
    <message>
        <source>Not valid today</source>
        <translation>No válido hoy</translation>
    </message>
    <message>
        <source>Your registration does not include today&apos;s date.</source>
        <translation>Su inscripción no incluye la fecha de hoy.</translation>
    </message>
    <message>
        <source>Registration not active</source>
        <translation>Inscripción no activa</translation>
    </message>
    <message>
        <source>This registration has been cancelled or withdrawn.</source>
        <translation>Esta inscripción ha sido cancelada o retirada.</translation>
    </message>
    <message>
        <source>Code replaced by a newer one</source>
        <translation>Código sustituido por uno más reciente</translation>
    </message>
    <message>
        <source>A newer code has been issued for this registration, so this one can no longer be used.</source>
        <translation>Se ha emitido un código más reciente para esta inscripción, por lo que este ya no puede utilizarse.</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>Inscripción no encontrada</translation>
    </message>
    <message>
        <source>This kiosk has no record of this registration yet.</source>
        <translation>Este quiosco aún no tiene constancia de esta inscripción.</translation>
    </message>
    <message>
        <source>Ticket blocked</source>
        <translation>Entrada bloqueada</translation>
    </message>
    <message>
        <source>The organiser has blocked this ticket for now.</source>
        <translation>La organización ha bloqueado esta entrada por el momento.</translation>
    </message>
    <message>
        <source>Ticket not on this kiosk yet</source>
        <translation>Entrada aún no disponible en este quiosco</translation>
    </message>
    <message>
        <source>Your ticket is genuine, but this kiosk has not received it yet.</source>
        <translation>Su entrada es auténtica, pero este quiosco aún no la ha recibido.</translation>
    </message>
    <message>
        <source>Your badge may already have been printed: its printing was interrupted.</source>
        <translation>Es posible que su credencial ya se haya impreso: la impresión se interrumpió.</translation>
    </message>
    <message>
        <source>You are checked in, but the printer has a problem and your badge could not be printed.</source>
        <translation>Su llegada ha quedado registrada, pero la impresora tiene un problema y no se pudo imprimir su credencial.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk: staff will take your photo and print your badge.</source>
        <translation>Diríjase al mostrador de acreditación: el personal le tomará la foto e imprimirá su credencial.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Se ha producido un error</translation>
    </message>
    <message>
        <source>The kiosk could not check your code. This is not your fault.</source>
        <translation>El quiosco no pudo verificar su código. No se trata de un error suyo.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where staff will help you.</source>
        <translation>Diríjase al mostrador de acreditación, donde el personal le ayudará.</translation>
    </message>
    <message>
        <source>Please try again with the QR code from your registration confirmation, or go to the accreditation desk.</source>
        <translation>Inténtelo de nuevo con el código QR de su confirmación de inscripción, o diríjase al mostrador de acreditación.</translation>
    </message>
    <message>
        <source>If you have lost your badge, please see the accreditation desk.</source>
        <translation>Si ha perdido su credencial, diríjase al mostrador de acreditación.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where your badge is waiting for you.</source>
        <translation>Diríjase al mostrador de acreditación, donde le espera su credencial.</translation>
    </message>
    <message>
        <source>Please show the code you received for this event, or go to the accreditation desk.</source>
        <translation>Presente el código que recibió para este evento, o diríjase al mostrador de acreditación.</translation>
    </message>
    <message>
        <source>Please scan the most recent code you received, or go to the accreditation desk.</source>
        <translation>Escanee el código más reciente que haya recibido, o diríjase al mostrador de acreditación.</translation>
    </message>
    <message>
        <source>Please ask at the accreditation desk; staff will check and print it if needed.</source>
        <translation>Diríjase al mostrador de acreditación; el personal lo comprobará y la imprimirá si es necesario.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk to collect your badge.</source>
        <translation>Diríjase al mostrador de acreditación para recoger su credencial.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>La impresora se ha quedado sin papel.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>La tapa de la impresora está abierta.</translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation>La impresora no responde.</translation>
    </message>
    <message>
        <source>The printer reported a fault.</source>
        <translation>La impresora ha notificado una avería.</translation>
    </message>
    <message>
        <source>You are checked in. Your badge needs a photo, which is taken at the desk.</source>
        <translation>Su llegada ha quedado registrada. Su credencial necesita una foto, que se toma en el mostrador.</translation>
    </message>
    <message>
        <source>You are checked in, but the camera stopped working before your photo was taken.</source>
        <translation>Su llegada ha quedado registrada, pero la cámara dejó de funcionar antes de tomar su foto.</translation>
    </message>
    <message>
        <source>You are checked in. Badges are printed at the accreditation desk today.</source>
        <translation>Su llegada ha quedado registrada. Hoy las credenciales se imprimen en el mostrador de acreditación.</translation>
    </message>
    <message>
        <source>Please collect your badge at the accreditation desk at the entrance of the ITU Montbrillant building.</source>
        <translation>Recoja su credencial en el mostrador de acreditación, a la entrada del edificio Montbrillant de la UIT.</translation>
    </message>
</context>
<context>
    <name>people_texts</name>
    <message>
        <source>first badge</source>
        <translation>primera credencial</translation>
    </message>
    <message>
        <source>The scan was empty. Scan the code again.</source>
        <translation>El escaneo estaba vacío. Vuelva a escanear el código.</translation>
    </message>
    <message>
        <source>That is not a registration code or a badge. Scan the QR code again.</source>
        <translation>No es un código de inscripción ni una credencial. Vuelva a escanear el código QR.</translation>
    </message>
    <message>
        <source>This code is in a format this desk cannot read. Search for the person by name.</source>
        <translation>Este código tiene un formato que este mostrador no puede leer. Busque a la persona por su nombre.</translation>
    </message>
    <message>
        <source>This code&apos;s signature is not valid: it may be forged. Check the person&apos;s ID.</source>
        <translation>La firma de este código no es válida: puede estar falsificado. Verifique el documento de identidad.</translation>
    </message>
    <message>
        <source>This code is signed with a key this desk does not know. Sync, then scan again.</source>
        <translation>Este código está firmado con una clave que este mostrador no conoce. Sincronice y vuelva a escanear.</translation>
    </message>
    <message>
        <source>This code is signed with a withdrawn key. Search for the person by name.</source>
        <translation>Este código está firmado con una clave retirada. Busque a la persona por su nombre.</translation>
    </message>
    <message>
        <source>This code is for another event.</source>
        <translation>Este código corresponde a otro evento.</translation>
    </message>
    <message>
        <source>This code is genuine, but the person is not on this desk&apos;s list yet. Sync.</source>
        <translation>Este código es auténtico, pero la persona aún no figura en la lista de este mostrador. Sincronice.</translation>
    </message>
    <message>
        <source>Nobody on this desk&apos;s list has this code. Search for the person by name.</source>
        <translation>Nadie en la lista de este mostrador tiene este código. Busque a la persona por su nombre.</translation>
    </message>
    <message>
        <source>This ticket is blocked by the organiser. Search for the person by name.</source>
        <translation>La organización ha bloqueado esta entrada. Busque a la persona por su nombre.</translation>
    </message>
    <message>
        <source>This ticket was replaced or cancelled. Search for the person by name.</source>
        <translation>Esta entrada ha sido sustituida o anulada. Busque a la persona por su nombre.</translation>
    </message>
    <message>
        <source>This ticket is genuine, but it is not valid at this time.</source>
        <translation>Esta entrada es auténtica, pero no es válida en este momento.</translation>
    </message>
    <message>
        <source>Scanned: their valid badge.</source>
        <translation>Escaneada: su credencial válida.</translation>
    </message>
    <message>
        <source>Scanned: badge version {version}, which is no longer valid.</source>
        <translation>Escaneada: credencial versión {version}, que ya no es válida.</translation>
    </message>
    <message>
        <source>Scanned: an unsigned badge code. Check the person&apos;s ID.</source>
        <translation>Escaneado: un código de credencial sin firma. Verifique el documento de identidad.</translation>
    </message>
    <message>
        <source>Scanned: an older registration code, replaced by a newer one.</source>
        <translation>Escaneado: un código de inscripción antiguo, sustituido por uno más reciente.</translation>
    </message>
    <message>
        <source>Scanned: this registration is revoked.</source>
        <translation>Escaneado: esta inscripción está revocada.</translation>
    </message>
    <message>
        <source>Scanned: this registration is not valid today.</source>
        <translation>Escaneado: esta inscripción no es válida hoy.</translation>
    </message>
    <message>
        <source>Scanned: this ticket is blocked by the organiser.</source>
        <translation>Escaneado: la organización ha bloqueado esta entrada.</translation>
    </message>
    <message>
        <source>typed code</source>
        <translation>código tecleado</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>cámara</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>by hand at the desk</source>
        <translation>a mano en el mostrador</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Inscripción cancelada</translation>
    </message>
    <message>
        <source>Registration revoked</source>
        <translation>Inscripción revocada</translation>
    </message>
    <message>
        <source>waiting to print</source>
        <translation>en espera de impresión</translation>
    </message>
    <message>
        <source>being printed</source>
        <translation>imprimiéndose</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cut off: did it come out?</source>
        <translation>interrumpido: ¿salió la credencial?</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impreso</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>pasaporte</translation>
    </message>
    <message>
        <source>national ID card</source>
        <translation>documento nacional de identidad</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>laissez-passer de las Naciones Unidas</translation>
    </message>
    <message>
        <source>other ID document</source>
        <translation>otro documento de identidad</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>Room to be announced</source>
        <translation>Sala por confirmar</translation>
    </message>
</context>
</TS>
