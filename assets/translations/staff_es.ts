<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ArrivalBanner</name>
        <message>
            <location filename="../../qml/staff/ArrivalBanner.qml" line="+45" />
            <source>New intake to review: %1</source>
            <extracomment>Banner when a kiosk sends an intake with flags; %1 is the client's name</extracomment>
            <translation>Nueva admisión para revisar: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Open</source>
            <extracomment>Opens the intake that just arrived</extracomment>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dismiss</source>
            <translation>Cerrar aviso</translation>
        </message>
    </context>
    <context>
        <name>ConsoleShell</name>
        <message>
            <location filename="../../qml/staff/ConsoleShell.qml" line="+44" />
            <source>Arrival chime</source>
            <extracomment>Switches the sound played when a flagged intake arrives on or off</extracomment>
            <translation>Aviso sonoro</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lock the console</source>
            <extracomment>Signs out and closes the encrypted store (the lock screen follows)</extracomment>
            <translation>Bloquear la consola</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Review queue</source>
            <translation>Cola de revisión</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Pairing</source>
            <extracomment>The screen where kiosks are paired with this console</extracomment>
            <translation>Emparejamiento</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Staff users</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Kiosks cannot reach this console right now: it has stopped accepting connections. Their intakes wait on the kiosks and arrive once it accepts again. If this lasts more than a few minutes, call your IT contact: something on the clinic's network may be holding the connections.</source>
            <extracomment>Banner while the console's receiver listens but takes up no connection (for example when something on the network holds every connection slot)</extracomment>
            <translation>Los quioscos no pueden comunicarse con esta consola en este momento: dejó de aceptar conexiones. Sus admisiones esperan en los quioscos y llegarán cuando vuelva a aceptarlas. Si esto dura más de unos minutos, llame a su contacto de soporte técnico: algo en la red de la clínica podría estar ocupando las conexiones.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>This computer has no sound output, so the arrival chime cannot be heard. Flagged intakes still show in the review queue as they arrive.</source>
            <extracomment>A quiet notice when the computer has no speaker or sound system</extracomment>
            <translation>Esta computadora no tiene salida de sonido, así que el aviso sonoro de llegada no se oye. Las admisiones con señales siguen apareciendo en la cola de revisión en cuanto llegan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dismiss</source>
            <translation>Cerrar aviso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the notice about the chime</source>
            <translation>Cerrar el aviso sobre el sonido</translation>
        </message>
        <message>
            <source>Data retention</source>
            <extracomment>The screen where administrators choose how long the console keeps intakes</extracomment>
            <translation>Retención</translation>
        </message>
    </context>
    <context>
        <name>DatePicker</name>
        <message>
            <location filename="../../qml/common/DatePicker.qml" line="+161" />
            <source>Day</source>
            <extracomment>Caption of the day wheel of a date picker.</extracomment>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: previous day</source>
            <extracomment>Accessible name of the arrow above the day wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
            <translation>%1: día anterior</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: next day</source>
            <extracomment>Accessible name of the arrow below the day wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
            <translation>%1: día siguiente</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Month</source>
            <extracomment>Caption of the month wheel of a date picker.</extracomment>
            <translation>Mes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: previous month</source>
            <extracomment>Accessible name of the arrow above the month wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
            <translation>%1: mes anterior</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: next month</source>
            <extracomment>Accessible name of the arrow below the month wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
            <translation>%1: mes siguiente</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Year</source>
            <extracomment>Caption of the year wheel of a date picker.</extracomment>
            <translation>Año</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: previous year</source>
            <extracomment>Accessible name of the arrow above the year wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
            <translation>%1: año anterior</translation>
        </message>
        <message>
            <source>Or type the year</source>
            <extracomment>Beside a small field under a date picker&apos;s wheels where the year can be typed instead.</extracomment>
            <translation>O escriba el año</translation>
        </message>
        <message>
            <source>YYYY</source>
            <extracomment>Placeholder of the field where a year is typed: four digits.</extracomment>
            <translation>AAAA</translation>
        </message>
        <message>
            <source>%1: year</source>
            <extracomment>Accessible name of the field where the year of a date is typed; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
            <translation>%1: año</translation>
        </message>
        <message>
            <source>Type a year from %1 to %2.</source>
            <extracomment>Under the field where a year is typed, when the year typed is outside the range; %1 and %2 are years.</extracomment>
            <translation>Escriba un año de %1 a %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: next year</source>
            <extracomment>Accessible name of the arrow below the year wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
            <translation>%1: año siguiente</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No date chosen yet</source>
            <extracomment>Under a date picker before the client has turned a wheel.</extracomment>
            <translation>Aún no ha elegido una fecha</translation>
        </message>
    </context>
    <context>
        <name>DecisionForm</name>
        <message>
            <location filename="../../qml/staff/decisionform.cpp" line="+60" />
            <source>Open an intake first.</source>
            <translation>Abra primero una admisión.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in to record a decision.</source>
            <translation>Inicie sesión para registrar una decisión.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a decision.</source>
            <translation>Elija una decisión.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The note is too long (at most %n characters).</source>
            <translation>
                <numerusform>La nota es demasiado larga (%n carácter como máximo).</numerusform>
                <numerusform>La nota es demasiado larga (%n caracteres como máximo).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the date to reschedule on or after.</source>
            <translation>Elija la fecha a partir de la cual reprogramar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the date as year-month-day, for example 2026-12-05.</source>
            <translation>Escriba la fecha como año-mes-día, por ejemplo 2026-12-05.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new date is in the past.</source>
            <translation>La nueva fecha ya ha pasado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The clinic's wait ends on %1: choose that day or later.</source>
            <translation>La espera que indica la clínica termina el %1: elija ese día o uno posterior.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The console's store is closed.</source>
            <translation>El almacén de la consola está cerrado.</translation>
        </message>
    </context>
    <context>
        <name>DecisionHistoryRow</name>
        <message>
            <location filename="../../qml/staff/DecisionHistoryRow.qml" line="+14" />
            <source>MMMM d, yyyy</source>
            <extracomment>How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)</extracomment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Proceed</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proceed with precautions</source>
            <translation>Continuar con precauciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Do not treat</source>
            <translation>No tratar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reschedule on or after %1</source>
            <extracomment>A recorded decision: reschedule on or after a date</extracomment>
            <translation>Reprogramar a partir del %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, %2</source>
            <extracomment>Who recorded a decision and when, e.g. "Blanca, 25/11/2026 10:42"</extracomment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1”</source>
            <extracomment>A decision's note, in quotation marks</extracomment>
            <translation>«%1»</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <location filename="../../qml/staff/DecisionPanel.qml" line="+17" />
            <source>MMMM d, yyyy</source>
            <extracomment>How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)</extracomment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On or after</source>
            <extracomment>Label of the reschedule date picker; also names its arrows (&quot;On or after: next day&quot;)</extracomment>
            <translation>A partir del</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Another decision for %1, born %2</source>
            <extracomment>Heading of the decision box when a decision is recorded already: %1 the client's name, %2 their date of birth</extracomment>
            <translation>Otra decisión para %1, fecha de nacimiento: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decision for %1, born %2</source>
            <extracomment>Heading of the decision box: %1 the client's name, %2 their date of birth</extracomment>
            <translation>Decisión para %1, fecha de nacimiento: %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Proceed</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proceed with precautions</source>
            <translation>Continuar con precauciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reschedule</source>
            <extracomment>A decision: move the treatment to a later date</extracomment>
            <translation>Reprogramar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Do not treat</source>
            <translation>No tratar</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The clinic's wait ends on %1.</source>
            <extracomment>Under the reschedule date; %1 is a date</extracomment>
            <translation>La espera que indica la clínica termina el %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+6" />
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recorded with your name and the time.</source>
            <translation>Se registra con su nombre y la hora.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Record decision</source>
            <translation>Registrar decisión</translation>
        </message>
    </context>
    <context>
        <name>FirstStartPage</name>
        <message>
            <location filename="../../qml/staff/FirstStartPage.qml" line="+24" />
            <source>Welcome to the staff console</source>
            <translation>Le damos la bienvenida a la consola del personal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set up the first administrator. Each person at the front desk signs in with their own name and PIN, so that every decision shows who made it.</source>
            <translation>Configure el primer administrador. Cada persona de recepción inicia sesión con su propio nombre y PIN, para que cada decisión muestre quién la tomó.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+13" />
            <source>Choose a PIN (4 to 12 digits)</source>
            <extracomment>A PIN of 4 to 12 digits</extracomment>
            <translation>Elija un PIN (de 4 a 12 dígitos)</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+17" />
            <source>The same PIN again</source>
            <translation>Repita el PIN</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Create administrator</source>
            <translation>Crear administrador</translation>
        </message>
    </context>
    <context>
        <name>FlagCard</name>
        <message>
            <location filename="../../qml/staff/FlagCard.qml" line="+16" />
            <source>MMMM d, yyyy</source>
            <extracomment>How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)</extracomment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Answer: Yes</source>
            <extracomment>The client's answer to a yes/no question</extracomment>
            <translation>Respuesta: Sí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer: No</source>
            <translation>Respuesta: No</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Answer: %1</source>
            <extracomment>The client's answer is a date</extracomment>
            <translation>Respuesta: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer: does not remember the date</source>
            <extracomment>The client chose "I don't remember" for a date</extracomment>
            <translation>Respuesta: no recuerda la fecha</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Why: %1</source>
            <extracomment>Why a flag matters (the clinic's reason follows)</extracomment>
            <translation>Motivo: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clinic's guidance: %1</source>
            <extracomment>What the clinic advises (its guidance follows)</extracomment>
            <translation>Indicación de la clínica: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Treat on or after %1</source>
            <extracomment>The first day the treatment may be done, e.g. "Treat on or after 5 December 2026"</extracomment>
            <translation>Tratar a partir del %1</translation>
        </message>
    </context>
    <context>
        <name>IdleLogoffDialog</name>
        <message>
            <location filename="../../qml/staff/IdleLogoffDialog.qml" line="+22" />
            <source>Are you still there?</source>
            <translation>¿Sigue ahí?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nobody has used the console for a while. For privacy, it signs you out when the countdown ends.</source>
            <translation>Nadie ha usado la consola desde hace un rato. Por privacidad, cerrará su sesión cuando termine la cuenta atrás.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 seconds left</source>
            <extracomment>Read aloud in the idle warning, e.g. "25 seconds left"</extracomment>
            <translation>Quedan %1 segundos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sign out now</source>
            <translation>Cerrar sesión ahora</translation>
        </message>
        <message>
            <location line="+8" />
            <source>I'm still here</source>
            <translation>Sigo aquí</translation>
        </message>
    </context>
    <context>
        <name>IntakeDetail</name>
        <message>
            <location filename="../../qml/staff/intakedetail.cpp" line="+121" />
            <source>Sign in to see an intake.</source>
            <translation>Inicie sesión para ver una admisión.</translation>
        </message>
    </context>
    <context>
        <name>IntakeDetailPane</name>
        <message>
            <location filename="../../qml/staff/IntakeDetailPane.qml" line="+16" />
            <source>MMMM d, yyyy</source>
            <extracomment>How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)</extracomment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Choose an intake in the queue to see the flagged answers and record a decision.</source>
            <translation>Elija una admisión de la cola para ver las respuestas señaladas y registrar una decisión.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Born</source>
            <extracomment>The client's date of birth</extracomment>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Finished</source>
            <extracomment>When the client finished the intake on the kiosk</extracomment>
            <translation>Terminada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Earliest treatment date</source>
            <extracomment>The first day the treatment may be done</extracomment>
            <translation>Primera fecha posible del tratamiento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed (version %1, %2) at %3</source>
            <extracomment>Consent status, e.g. "Signed (version 1.0.0, English) at 10:14"</extracomment>
            <translation>Firmado (versión %1, %2) a las %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not signed</source>
            <translation>Sin firmar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Flagged answers</source>
            <translation>Respuestas señaladas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No flagged answers</source>
            <translation>Ninguna respuesta señalada</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
    </context>
    <context>
        <name>KioskRow</name>
        <message>
            <location filename="../../qml/staff/KioskRow.qml" line="+43" />
            <source>Paired %1</source>
            <extracomment>When a kiosk was paired, e.g. "Paired 25/11/2026 08:02"</extracomment>
            <translation>Emparejado el %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpaired %1</source>
            <translation>Desemparejado el %1</translation>
        </message>
        <message>
            <source>Waiting for approval since %1</source>
            <extracomment>A kiosk that used a pairing code and is not approved yet, e.g. "Waiting for approval since 25/11/2026 10:42"</extracomment>
            <translation>Esperando aprobación desde el %1</translation>
        </message>
        <message>
            <source>Rejected %1 by %2</source>
            <extracomment>A kiosk an administrator rejected, e.g. "Rejected 25/11/2026 10:45 by Dana"</extracomment>
            <translation>Rechazado el %1 por %2</translation>
        </message>
        <message>
            <source>Key fingerprint: %1</source>
            <extracomment>The fingerprint of the kiosk's key follows, e.g. "Key fingerprint: 3F9A 12BC 77D0 E4A1"</extracomment>
            <translation>Huella de la clave: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unpair</source>
            <extracomment>Unpairs a kiosk: its requests are refused from now on</extracomment>
            <translation>Desemparejar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpair %1</source>
            <translation>Desemparejar %1</translation>
        </message>
    </context>
    <context>
        <name>LockedPage</name>
        <message>
            <location filename="../../qml/staff/LockedPage.qml" line="+24" />
            <source>The staff console is locked</source>
            <translation>La consola del personal está bloqueada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set up the staff console</source>
            <translation>Configurar la consola del personal</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This console opens its encrypted store with its key file. It could not do so:</source>
            <translation>Esta consola abre su almacén cifrado con su archivo de clave. No ha podido hacerlo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This console opens its encrypted store with its key file.</source>
            <translation>Esta consola abre su almacén cifrado con su archivo de clave.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the passphrase of this console's encrypted store. Clinic IT chose it when the console was set up.</source>
            <translation>Escriba la frase de contraseña del almacén cifrado de esta consola. La eligió el servicio informático de la clínica al instalarla.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This console keeps the intakes it receives in an encrypted store. Choose a passphrase for it: at least 12 characters. Without it nobody can open the store, so keep it somewhere safe.</source>
            <translation>Esta consola guarda las admisiones que recibe en un almacén cifrado. Elija una frase de contraseña para él: al menos 12 caracteres. Sin ella nadie puede abrir el almacén, así que guárdela en un lugar seguro.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+9" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+9" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+8" />
            <source>The same passphrase again</source>
            <translation>Repita la frase de contraseña</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Creating the encrypted store. This takes a few seconds.</source>
            <extracomment>While the console's encrypted store is being made, after &quot;Create the store&quot;</extracomment>
            <translation>Creando el almacén cifrado. Esto tarda unos segundos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Try again</source>
            <translation>Intentar de nuevo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Create the store</source>
            <translation>Crear el almacén</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../qml/staff/Main.qml" line="+19" />
            <source>Staff console — Blue Haven Medical Spa</source>
            <translation>Consola del personal — Blue Haven Medical Spa</translation>
        </message>
    </context>
    <context>
        <name>NavButton</name>
        <message>
            <location filename="../../qml/staff/NavButton.qml" line="+26" />
            <source>%1, %2 waiting</source>
            <extracomment>A navigation entry with the number of items waiting, e.g. "Review queue, 3 waiting"</extracomment>
            <translation>%1, %2 en espera</translation>
        </message>
    </context>
    <context>
        <name>OutcomeBadge</name>
        <message>
            <location filename="../../qml/staff/OutcomeBadge.qml" line="+16" />
            <source>Contraindicated</source>
            <extracomment>Outcome badge: an answer rules the treatment out (the clinic's list)</extracomment>
            <translation>Contraindicado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Needs review</source>
            <extracomment>Outcome badge: a clinician must look at the answers first</extracomment>
            <translation>Requiere revisión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deferred</source>
            <extracomment>Outcome badge: the treatment must wait until a date</extracomment>
            <translation>Aplazado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Precaution</source>
            <extracomment>Outcome badge: the treatment can go ahead with care</extracomment>
            <translation>Precaución</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <extracomment>Outcome badge: nothing in the answers stands in the way</extracomment>
            <translation>Sin objeciones</translation>
        </message>
    </context>
    <context>
        <name>PairingController</name>
        <message>
            <location filename="../../qml/staff/pairingcontroller.cpp" line="+68" />
            <source>Sign in to pair a kiosk.</source>
            <translation>Inicie sesión para emparejar un quiosco.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The console is not receiving yet, so no kiosk can reach it. Check the address it listens on.</source>
            <translation>La consola todavía no está recibiendo, así que ningún quiosco puede conectarse. Compruebe la dirección en la que escucha.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Sign in to unpair a kiosk.</source>
            <translation>Inicie sesión para desemparejar un quiosco.</translation>
        </message>
        <message>
            <source>Sign in to approve or reject a kiosk.</source>
            <translation>Inicie sesión para aprobar o rechazar un quiosco.</translation>
        </message>
        <message>
            <source>Only an administrator can approve or reject a kiosk.</source>
            <translation>Solo un administrador puede aprobar o rechazar un quiosco.</translation>
        </message>
    </context>
    <context>
        <name>PairingPage</name>
        <message>
            <location filename="../../qml/staff/PairingPage.qml" line="+44" />
            <source>Pair a kiosk</source>
            <translation>Emparejar un quiosco</translation>
        </message>
        <message>
            <location line="+4" />
            <source>On the kiosk’s staff screen, tap “Pair with the staff console” and type the short code: the kiosk finds this console on the network and shows its fingerprint, which must be the one below. (Or give the full code to intake-cli pair.) A code works once, for 10 minutes, and only while it is on this screen. The kiosk then waits here for an administrator’s approval.</source>
            <translation>En la pantalla del personal del quiosco, toque «Emparejar con la consola del personal» y escriba el código corto: el quiosco encuentra esta consola en la red y muestra su huella, que debe ser la de abajo. (O pase el código completo a intake-cli pair). Cada código sirve una sola vez, durante 10 minutos, y solo mientras está en esta pantalla. Después, el quiosco espera aquí la aprobación de un administrador.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This console: %1</source>
            <extracomment>Where kiosks reach this console, e.g. "This console: 192.168.1.20:8443"</extracomment>
            <translation>Esta consola: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This console is not receiving: kiosks cannot reach it. Check the address it listens on (--listen).</source>
            <translation>Esta consola no está recibiendo: los quioscos no pueden conectarse. Compruebe la dirección en la que escucha (--listen).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New pairing code</source>
            <translation>Nuevo código de emparejamiento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Another pairing code</source>
            <translation>Otro código de emparejamiento</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The pairing code as a QR code</source>
            <translation>El código de emparejamiento como código QR</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Short code to type on the kiosk</source>
            <extracomment>Above the short pairing code, which staff type on the kiosk.</extracomment>
            <translation>Código corto para escribir en el quiosco</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Short pairing code: %1</source>
            <extracomment>Accessible name of the short pairing code; %1 is the code.</extracomment>
            <translation>Código corto de emparejamiento: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fingerprint the kiosk must show</source>
            <extracomment>Above this console's certificate fingerprint, which the kiosk shows too before it pairs.</extracomment>
            <translation>Huella que debe mostrar el quiosco</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Console fingerprint: %1</source>
            <extracomment>Accessible name of this console's fingerprint beside the short code; %1 is five groups of four letters and digits.</extracomment>
            <translation>Huella de la consola: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Full code (the QR code; intake-cli pair)</source>
            <extracomment>Above the long pairing code (also in the QR code), for intake-cli pair.</extracomment>
            <translation>Código completo (el código QR; intake-cli pair)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Pairing code</source>
            <translation>Código de emparejamiento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Valid until %1</source>
            <extracomment>When the pairing code stops working, e.g. "Valid until 10:42"</extracomment>
            <translation>Válido hasta las %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Certificate fingerprint: %1</source>
            <extracomment>The console certificate's SHA-256 fingerprint follows</extracomment>
            <translation>Huella del certificado: %1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Paired kiosks</source>
            <translation>Quioscos emparejados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unpairing takes effect at once: the kiosk's next summary is refused, and it keeps its intakes until it is paired again.</source>
            <translation>Desemparejar surte efecto de inmediato: se rechaza el siguiente resumen del quiosco, que conserva sus admisiones hasta que se empareje de nuevo.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No kiosk is paired yet.</source>
            <translation>Todavía no hay ningún quiosco emparejado.</translation>
        </message>
    </context>
    <context>
        <name>PendingKioskCard</name>
        <message>
            <source>“%1” waits for approval</source>
            <extracomment>A kiosk that used a pairing code and is not approved yet, e.g. "“Front tablet” waits for approval"</extracomment>
            <translation>«%1» espera aprobación</translation>
        </message>
        <message>
            <source>Paired %1 with a pairing code of this console.</source>
            <extracomment>When the kiosk used the pairing code, e.g. "Paired 25/11/2026 10:42 with a pairing code of this console."</extracomment>
            <translation>Emparejado el %1 con un código de emparejamiento de esta consola.</translation>
        </message>
        <message>
            <source>Key fingerprint: %1</source>
            <extracomment>The fingerprint of the kiosk's key follows, e.g. "Key fingerprint: 3F9A 12BC 77D0 E4A1"</extracomment>
            <translation>Huella de la clave: %1</translation>
        </message>
        <message>
            <source>Compare it with the key fingerprint on the kiosk’s staff screen, under Sync. Approve only a kiosk you are setting up and whose fingerprint matches: until then its summaries are refused and wait on the kiosk.</source>
            <translation>Compárela con la huella de la clave en la pantalla del personal del quiosco, en Sincronización. Apruebe solo un quiosco que esté configurando y cuya huella coincida: hasta entonces, sus resúmenes se rechazan y esperan en el quiosco.</translation>
        </message>
        <message>
            <source>Approve</source>
            <extracomment>Approves a kiosk waiting for approval: its summaries are accepted from now on</extracomment>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Approve %1</source>
            <translation>Aprobar %1</translation>
        </message>
        <message>
            <source>Reject</source>
            <extracomment>Rejects a kiosk waiting for approval: its requests are refused for good</extracomment>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>Reject %1</source>
            <translation>Rechazar %1</translation>
        </message>
        <message>
            <source>An administrator approves or rejects new kiosks.</source>
            <translation>Un administrador aprueba o rechaza los quioscos nuevos.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../qml/staff/PinPad.qml" line="+43" />
            <source>Delete</source>
            <extracomment>The number pad's key that deletes the last digit</extracomment>
            <translation>Borrar</translation>
        </message>
    </context>
    <context>
        <name>QueueRow</name>
        <message>
            <location filename="../../qml/staff/QueueRow.qml" line="+30" />
            <source>MMM d</source>
            <extracomment>The day an intake of another day was finished, short, in the queue (Qt date format: MMM abbreviated month, d day)</extracomment>
            <translation>d MMM</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1, %2, finished at %3</source>
            <extracomment>A row of the review queue read aloud: name, outcome, time finished</extracomment>
            <translation>%1, %2, terminada a las %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2, finished on %3 at %4</source>
            <extracomment>The same for an intake of another day: name, outcome, date and time finished</extracomment>
            <translation>%1, %2, terminada el %3 a las %4</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Flags: %1</source>
            <extracomment>How many flags an intake has</extracomment>
            <translation>Señales: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePage</name>
        <message>
            <location filename="../../qml/staff/ReviewQueuePage.qml" line="+17" />
            <source>MMMM d, yyyy</source>
            <extracomment>How dates are written on the console (Qt date format: d day, MMMM month name, yyyy year)</extracomment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Needs review</source>
            <extracomment>Queue filter: only intakes with flags and no decision</extracomment>
            <translation>Por revisar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>All</source>
            <extracomment>Queue filter: what needs review, then every other intake of a day</extracomment>
            <translation>Todas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Previous day</source>
            <extracomment>Shows the day before the one shown</extracomment>
            <translation>Día anterior</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Next day</source>
            <translation>Día siguiente</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Waiting for review: %1 · Flags: %2</source>
            <extracomment>Intakes with flags and no decision (of any day), and how many flags they carry</extracomment>
            <translation>Por revisar: %1 · Señales: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing waits for review.</source>
            <translation>No hay nada pendiente de revisión.</translation>
        </message>
        <message>
            <source>Treatment today</source>
            <extracomment>The queue's intakes whose treatment date is today (the start of a heading)</extracomment>
            <translation>Tratamiento hoy</translation>
        </message>
        <message>
            <source>Treatment on %1</source>
            <extracomment>The same for another day; %1 is a date</extracomment>
            <translation>Tratamiento el %1</translation>
        </message>
        <message>
            <source>Arrived today</source>
            <extracomment>The queue's intakes finished on the kiosk today (the start of a heading)</extracomment>
            <translation>Llegadas hoy</translation>
        </message>
        <message>
            <source>Arrived on %1</source>
            <extracomment>The same for another day; %1 is a date</extracomment>
            <translation>Llegadas el %1</translation>
        </message>
        <message>
            <source>%1: reviewed or clear</source>
            <extracomment>Heading in the queue over the day's intakes that need no review (any more); %1 is &quot;Arrived today&quot;, &quot;Treatment on &lt;date&gt;&quot; and the like</extracomment>
            <translation>%1: revisadas o sin objeciones</translation>
        </message>
        <message>
            <source>%1: waiting for review</source>
            <extracomment>Heading in the queue over the intakes that wait for review for treatment on a day; %1 is &quot;Treatment today&quot; or &quot;Treatment on &lt;date&gt;&quot;</extracomment>
            <translation>%1: por revisar</translation>
        </message>
        <message>
            <source>No reviewed or clear intakes arrived today.</source>
            <translation>Hoy no llegó ninguna admisión revisada o sin objeciones.</translation>
        </message>
        <message>
            <source>No reviewed or clear intakes arrived on %1.</source>
            <extracomment>%1 is a date</extracomment>
            <translation>El %1 no llegó ninguna admisión revisada o sin objeciones.</translation>
        </message>
        <message>
            <source>No intakes for treatment today.</source>
            <translation>No hay admisiones con tratamiento hoy.</translation>
        </message>
        <message>
            <source>No intakes for treatment on %1.</source>
            <extracomment>%1 is a date</extracomment>
            <translation>No hay admisiones con tratamiento el %1.</translation>
        </message>
        <message>
            <source>No reviewed or clear intakes for treatment today.</source>
            <translation>No hay admisiones revisadas o sin objeciones con tratamiento hoy.</translation>
        </message>
        <message>
            <source>No reviewed or clear intakes for treatment on %1.</source>
            <extracomment>%1 is a date</extracomment>
            <translation>No hay admisiones revisadas o sin objeciones con tratamiento el %1.</translation>
        </message>
        <message>
            <source>Arrival date</source>
            <extracomment>Queue's day choice: intakes by the day the client filled them in on the kiosk</extracomment>
            <translation>Fecha de llegada</translation>
        </message>
        <message>
            <source>Treatment date</source>
            <extracomment>Queue's day choice: intakes by the date of their treatment</extracomment>
            <translation>Fecha de tratamiento</translation>
        </message>
        <message>
            <source>Of these, for treatment on another day: %1</source>
            <extracomment>Under &quot;Waiting for review: N&quot;: how many of them have a treatment date other than the day shown</extracomment>
            <translation>De estas, con tratamiento otro día: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewedMark</name>
        <message>
            <location filename="../../qml/staff/ReviewedMark.qml" line="+24" />
            <source>Reviewed</source>
            <extracomment>An intake with a recorded decision</extracomment>
            <translation>Revisada</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../../qml/staff/SignInPage.qml" line="+22" />
            <location line="+47" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Use your own name and PIN: the intakes you open and the decisions you record carry your name.</source>
            <translation>Use su propio nombre y PIN: las admisiones que abra y las decisiones que registre llevan su nombre.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+6" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+9" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Too many failed sign-ins on this console. Sign-in opens again in %1.</source>
            <extracomment>After too many failed sign-ins under any names; %1 counts down in minutes:seconds</extracomment>
            <translation>Demasiados intentos fallidos en esta consola. Podrá iniciar sesión de nuevo en %1.</translation>
        </message>
        <message>
            <source>Too many failed sign-ins with that name. Try again in %1, or sign in with another name.</source>
            <extracomment>After too many failed sign-ins under one name; %1 counts down in minutes:seconds</extracomment>
            <translation>Demasiados intentos fallidos con ese nombre. Inténtelo de nuevo en %1 o inicie sesión con otro nombre.</translation>
        </message>
    </context>
    <context>
        <name>StaffAdmin</name>
        <message>
            <location filename="../../qml/staff/staffadmin.cpp" line="+26" />
            <source>Only an administrator can change staff users.</source>
            <translation>Solo un administrador puede cambiar los usuarios del personal.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Enter the new staff member's name.</source>
            <translation>Escriba el nombre de la persona nueva.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a PIN of %1 to %2 digits.</source>
            <translation>Elija un PIN de %1 a %2 dígitos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two PINs are not the same.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 can now sign in.</source>
            <translation>%1 ya puede iniciar sesión.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>You cannot disable yourself while signed in.</source>
            <translation>No puede desactivar su propia cuenta mientras tiene la sesión iniciada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can no longer sign in.</source>
            <translation>%1 ya no puede iniciar sesión.</translation>
        </message>
    </context>
    <context>
        <name>StaffHeader</name>
        <message>
            <location filename="../../qml/staff/StaffHeader.qml" line="+44" />
            <source>Staff console</source>
            <extracomment>Under the clinic's name in the console's header</extracomment>
            <translation>Consola del personal</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Signed in: %1</source>
            <extracomment>Who is signed in, e.g. "Signed in: Blanca"</extracomment>
            <translation>Sesión de: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
    </context>
    <context>
        <name>StaffSession</name>
        <message>
            <location filename="../../qml/staff/staffsession.cpp" line="+104" />
            <source>That passphrase does not open this console's store. Check it and try again.</source>
            <translation>Esa frase de contraseña no abre el almacén de esta consola. Revísela e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This console has no key file: enter the store's passphrase.</source>
            <translation>Esta consola no tiene archivo de clave: escriba la frase de contraseña del almacén.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter the store's passphrase.</source>
            <translation>Escriba la frase de contraseña del almacén.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no console store yet: create it first.</source>
            <translation>Todavía no hay almacén de la consola: créelo primero.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This console already has a store: unlock it with its passphrase.</source>
            <translation>Esta consola ya tiene un almacén: desbloquéelo con su frase de contraseña.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Choose a passphrase of at least %n characters.</source>
            <translation>
                <numerusform>Elija una frase de contraseña de al menos %n carácter.</numerusform>
                <numerusform>Elija una frase de contraseña de al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Enter your name.</source>
            <translation>Escriba su nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a PIN of %1 to %2 digits.</source>
            <translation>Elija un PIN de %1 a %2 dígitos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two PINs are not the same.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Enter your name and your PIN.</source>
            <translation>Escriba su nombre y su PIN.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That name and PIN do not match an active staff member.</source>
            <translation>Ese nombre y ese PIN no corresponden a ningún miembro activo del personal.</translation>
        </message>
    </context>
    <context>
        <name>StaffUserRow</name>
        <message>
            <location filename="../../qml/staff/StaffUserRow.qml" line="+40" />
            <source>Administrator</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>can sign in</source>
            <translation>puede iniciar sesión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>disabled</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Disable</source>
            <extracomment>Stops a staff member from signing in</extracomment>
            <translation>Desactivar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1</source>
            <translation>Desactivar a %1</translation>
        </message>
    </context>
    <context>
        <name>StaffUsersPage</name>
        <message>
            <location filename="../../qml/staff/StaffUsersPage.qml" line="+42" />
            <source>Staff users</source>
            <translation>Usuarios del personal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Everyone signs in with their own name and PIN. A disabled user can no longer sign in; their decisions stay on record.</source>
            <translation>Cada persona inicia sesión con su propio nombre y PIN. Un usuario desactivado ya no puede iniciar sesión; sus decisiones siguen registradas.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Add a staff member</source>
            <translation>Añadir un miembro del personal</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+8" />
            <source>The same PIN again</source>
            <translation>Repita el PIN</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A PIN has 4 to 12 digits. Give it to the person privately.</source>
            <extracomment>Under the PIN fields of a new staff member</extracomment>
            <translation>Un PIN tiene de 4 a 12 dígitos. Entrégueselo a la persona en privado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator (may add and disable staff)</source>
            <translation>Administrador (puede añadir y desactivar personal)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Add staff member</source>
            <translation>Añadir</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>This console keeps each intake for %1 days after the client finished it.</source>
            <extracomment>%1 is the number of days the console keeps an intake (30 or more)</extracomment>
            <translation>Esta consola conserva cada admisión durante %1 días después de que el cliente la terminó.</translation>
        </message>
        <message>
            <source>Then it deletes the intake with its decisions and their notes, once a day and when it starts. It keeps an intake longer while it waits for review, and while the date its treatment was rescheduled to is still to come. The audit log keeps who viewed and decided what, and when, without the client’s details.</source>
            <translation>Después elimina la admisión con sus decisiones y sus notas, una vez al día y al iniciarse. Conserva una admisión por más tiempo mientras espera revisión y mientras no haya llegado la fecha a la que se reprogramó su tratamiento. El registro de auditoría conserva quién vio y decidió qué, y cuándo, sin los datos del cliente.</translation>
        </message>
        <message>
            <source>Days to keep an intake</source>
            <translation>Días que se conserva una admisión</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>From %1 to %2 days; %3 unless an administrator changes it.</source>
            <extracomment>Under the field for the retention period; %1 and %2 are the limits, %3 the default</extracomment>
            <translation>De %1 a %2 días; %3 si un administrador no lo cambia.</translation>
        </message>
        <message>
            <source>Delete expired intakes now</source>
            <extracomment>Deletes now the intakes older than the retention period (the console also does it daily)</extracomment>
            <translation>Eliminar ahora lo vencido</translation>
        </message>
        <message>
            <source>Data retention</source>
            <translation>Retención de datos</translation>
        </message>
        <message>
            <source>Change the period</source>
            <extracomment>Heading of the form that sets how long intakes are kept</extracomment>
            <translation>Cambiar el período</translation>
        </message>
    </context>
    <context>
        <name>RetentionSettings</name>
        <message>
            <source>Only an administrator can change how long intakes are kept.</source>
            <translation>Solo un administrador puede cambiar cuánto tiempo se conservan las admisiones.</translation>
        </message>
        <message>
            <source>Enter a whole number of days from %1 to %2.</source>
            <translation>Escriba un número entero de días de %1 a %2.</translation>
        </message>
        <message>
            <source>Intakes are now kept for %1 days.</source>
            <translation>Ahora las admisiones se conservan durante %1 días.</translation>
        </message>
        <message>
            <source>No intake is past the retention period.</source>
            <translation>Ninguna admisión superó el período de retención.</translation>
        </message>
        <message>
            <source>Intakes deleted as past the retention period: %1 (with their decisions).</source>
            <translation>Admisiones eliminadas por superar el período de retención: %1 (con sus decisiones).</translation>
        </message>
    </context>
</TS>
