<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>sessions</name>
    <message>
        <source>Room to be announced</source>
        <translation>Sala por confirmar</translation>
    </message>
</context>
</TS>
