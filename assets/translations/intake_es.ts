<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutYouPage</name>
    <message>
        <location filename="../../qml/kiosk/AboutYouPage.qml" line="+30"/>
        <source>About you</source>
        <extracomment>Heading of the page with the client&apos;s name, date of birth and contact.</extracomment>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please tell us who you are and how we can reach you.</source>
        <extracomment>Intro of the &quot;About you&quot; page.</extracomment>
        <translation>Díganos quién es y cómo podemos comunicarnos con usted.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+11"/>
        <source>First name</source>
        <extracomment>Label of the first-name field.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>Last name</source>
        <extracomment>Label of the last-name field.</extracomment>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Phone or email</source>
        <extracomment>Label of the field for a phone number or an email address.</extracomment>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. 555 123 4567 or name@example.com</source>
        <extracomment>Placeholder in the phone-or-email field: what either looks like.</extracomment>
        <translation>p. ej., 555 123 4567 o nombre@ejemplo.com</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Date of birth</source>
        <extracomment>Label of the date-of-birth picker.</extracomment>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>Appointment date</source>
        <extracomment>Label of the appointment-date picker; it starts at today.</extracomment>
        <translation>Fecha de la cita</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../qml/kiosk/AdminPanel.qml" line="+98"/>
        <source>Staff</source>
        <extracomment>Heading of the staff screen.</extracomment>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This staff PIN is too short. Please ask clinic IT to set a new one of %1 to %2 digits (intake-cli set-admin-pin).</source>
        <extracomment>Staff screen, when the staff PIN that opened it is one of 4 or 5 digits from an earlier version. %1 is the fewest digits (6), %2 the most (12); &quot;intake-cli set-admin-pin&quot; is a command: keep it as it is.</extracomment>
        <translation>Este PIN del personal es demasiado corto. Pida al equipo de informática de la clínica que establezca uno nuevo de %1 a %2 dígitos (intake-cli set-admin-pin).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The store is locked.</source>
        <extracomment>Staff screen: the state of the encrypted store.</extracomment>
        <translation>El almacén de datos está bloqueado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is open.</source>
        <extracomment>Staff screen: the state of the encrypted store.</extracomment>
        <translation>El almacén de datos está abierto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lock the store now</source>
        <extracomment>Staff screen: locks the encrypted store at once (it then needs the passphrase).</extracomment>
        <translation>Bloquear el almacén ahora</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The last intake could not be saved. It is still on this tablet.</source>
        <extracomment>Staff screen: the intake on the tablet could not be saved into the store.</extracomment>
        <translation>La última admisión no se pudo guardar. Sigue en esta tableta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Discarding deletes the client&apos;s answers and signature. Tap again to discard.</source>
        <extracomment>Staff screen: asked before an unsaved intake is thrown away.</extracomment>
        <translation>Descartar borra las respuestas y la firma del cliente. Toque de nuevo para descartar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry saving</source>
        <extracomment>Staff screen: tries again to save the intake whose save failed.</extracomment>
        <translation>Volver a guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, discard it</source>
        <extracomment>Staff screen: second tap, confirms throwing away the unsaved intake.</extracomment>
        <translation>Sí, descartarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard this intake</source>
        <extracomment>Staff screen: throws away the intake whose save failed (asks first).</extracomment>
        <translation>Descartar esta admisión</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exit for staff</source>
        <extracomment>Staff screen: leaves the kiosk app (back to the tablet&apos;s desktop).</extracomment>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <extracomment>Staff screen: closes it and returns to the kiosk.</extracomment>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ChoiceQuestion</name>
    <message>
        <location filename="../../qml/kiosk/ChoiceQuestion.qml" line="+88"/>
        <source>%1: %2</source>
        <extracomment>Accessible name of one answer of a choice question: %1 the answer, %2 the question.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../qml/kiosk/ConsentPage.qml" line="+22"/>
        <source>Please read the consent form. Then tick each box, check your printed name and sign.</source>
        <extracomment>Intro of the consent page.</extracomment>
        <translation>Lea el formulario de consentimiento. Luego marque cada casilla, revise su nombre en letra de molde y firme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign and finish</source>
        <extracomment>The button at the end of the consent form: it signs the form and finishes the intake.</extracomment>
        <translation>Firmar y terminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To finish, tick every box, print your name and sign.</source>
        <extracomment>Next to the disabled &quot;Sign and finish&quot; button.</extracomment>
        <translation>Para terminar, marque todas las casillas, escriba su nombre y firme.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consent text</source>
        <extracomment>Accessible name of the card that holds the text of the consent form.</extracomment>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Please confirm</source>
        <extracomment>Consent page: heading above the acknowledgement check boxes.</extracomment>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your signature</source>
        <extracomment>Consent page: heading above the printed name and the signature pad.</extracomment>
        <translation>Su firma</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Printed name</source>
        <extracomment>Label of the printed-name field on the consent form.</extracomment>
        <translation>Nombre en letra de molde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signature</source>
        <extracomment>Label above the signature pad on the consent form.</extracomment>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../qml/common/DatePicker.qml" line="+180"/>
        <source>Day</source>
        <extracomment>Caption of the day wheel of a date picker.</extracomment>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: previous day</source>
        <extracomment>Accessible name of the arrow above the day wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
        <translation>%1: día anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: next day</source>
        <extracomment>Accessible name of the arrow below the day wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
        <translation>%1: día siguiente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Month</source>
        <extracomment>Caption of the month wheel of a date picker.</extracomment>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: previous month</source>
        <extracomment>Accessible name of the arrow above the month wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
        <translation>%1: mes anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: next month</source>
        <extracomment>Accessible name of the arrow below the month wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
        <translation>%1: mes siguiente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Year</source>
        <extracomment>Caption of the year wheel of a date picker.</extracomment>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: previous year</source>
        <extracomment>Accessible name of the arrow above the year wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
        <translation>%1: año anterior</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Or type the year</source>
        <extracomment>Beside a small field under a date picker&apos;s wheels where the year can be typed instead.</extracomment>
        <translation>O escriba el año</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>YYYY</source>
        <extracomment>Placeholder of the field where a year is typed: four digits.</extracomment>
        <translation>AAAA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: year</source>
        <extracomment>Accessible name of the field where the year of a date is typed; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
        <translation>%1: año</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a year from %1 to %2.</source>
        <extracomment>Under the field where a year is typed, when the year typed is outside the range; %1 and %2 are years.</extracomment>
        <translation>Escriba un año de %1 a %2.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1: next year</source>
        <extracomment>Accessible name of the arrow below the year wheel; %1 is the field, e.g. &quot;Date of birth&quot;.</extracomment>
        <translation>%1: año siguiente</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No date chosen yet</source>
        <extracomment>Under a date picker before the client has turned a wheel.</extracomment>
        <translation>Aún no ha elegido una fecha</translation>
    </message>
</context>
<context>
    <name>DateQuestion</name>
    <message>
        <location filename="../../qml/kiosk/DateQuestion.qml" line="+75"/>
        <source>I don&apos;t remember</source>
        <extracomment>Check box under an optional date question: the client does not remember the date.</extracomment>
        <translation>No lo recuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t remember: %1</source>
        <extracomment>Accessible name of the &quot;I don&apos;t remember&quot; check box; %1 is the question.</extracomment>
        <translation>No lo recuerdo: %1</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../qml/kiosk/DonePage.qml" line="+92"/>
        <source>Thank you!</source>
        <extracomment>Heading of the last screen after the intake was saved.</extracomment>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please hand the tablet to the front desk.</source>
        <extracomment>Heading of the last screen when the intake could not be saved. Nothing technical: staff take over at the front desk.</extracomment>
        <translation>Por favor, entregue la tableta en la recepción.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please return the tablet to the front desk. Our esthetician will go over your answers with you.</source>
        <extracomment>The last screen after the intake was saved. Never mention the answers&apos; outcome.</extracomment>
        <translation>Por favor, devuelva la tableta a la recepción. Nuestra esteticista revisará sus respuestas con usted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A staff member will finish this for you.</source>
        <extracomment>Under &quot;Please hand the tablet to the front desk.&quot; when the intake could not be saved.</extracomment>
        <translation>Un miembro del personal lo terminará por usted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done</source>
        <extracomment>The button on the thank-you screen that makes the kiosk ready for the next client.</extracomment>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This screen closes by itself in 1 second.</source>
        <extracomment>Under the Done button: the screen goes back to the start by itself.</extracomment>
        <translation>Esta pantalla se cerrará sola en 1 segundo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This screen closes by itself in %1 seconds.</source>
        <extracomment>Under the Done button: the screen goes back to the start by itself; %1 is 2 or more.</extracomment>
        <translation>Esta pantalla se cerrará sola en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../qml/kiosk/FormPage.qml" line="+116"/>
        <source>Progress</source>
        <extracomment>Accessible name of the progress line at the top of every page of the questionnaire.</extracomment>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message>
        <location filename="../../qml/kiosk/IdleWarningDialog.qml" line="+31"/>
        <source>Are you still there?</source>
        <extracomment>Heading of the dialog shown after a minute without a touch.</extracomment>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 second left</source>
        <extracomment>Accessible text of the idle countdown.</extracomment>
        <translation>Queda 1 segundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seconds left</source>
        <extracomment>Accessible text of the idle countdown; %1 is 0, 2 or more.</extracomment>
        <translation>Quedan %1 segundos</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>second</source>
        <extracomment>Under the big number 1 of the idle countdown.</extracomment>
        <translation>segundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <extracomment>Under the big number of the idle countdown (0, 2 or more).</extracomment>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For your privacy, your answers will be cleared and the form will start over.</source>
        <extracomment>In the idle dialog: what happens when the countdown ends.</extracomment>
        <translation>Por su privacidad, se borrarán sus respuestas y el formulario volverá a empezar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continue</source>
        <extracomment>The button in the idle dialog that keeps the intake going.</extracomment>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>IntakeSession</name>
    <message>
        <location filename="../../qml/kiosk/intakesession.cpp" line="+352"/>
        <source>Please answer this question.</source>
        <extracomment>Shown next to a question that must be answered before Next.</extracomment>
        <translation>Responda esta pregunta, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date is after your appointment. Please check it.</source>
        <translation>Esta fecha es posterior a su cita. Revísela, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <source>Please keep this under %1 characters.</source>
        <extracomment>%1 is the longest answer allowed, in characters.</extracomment>
        <translation>Use menos de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+103"/>
        <source>Please remove the unusual characters from this answer.</source>
        <translation>Quite los caracteres poco comunes de esta respuesta, por favor.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Please choose one of the answers shown.</source>
        <translation>Elija una de las respuestas que se muestran, por favor.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Please leave out the characters &lt; and &gt;.</source>
        <extracomment>Under a name or an answer that holds &lt; or &gt;: the clinic&apos;s systems do not take them.</extracomment>
        <translation>Por favor, no use los caracteres &lt; y &gt;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please enter your first name.</source>
        <translation>Escriba su nombre, por favor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter your last name.</source>
        <translation>Escriba su apellido, por favor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter a phone number or an email address.</source>
        <translation>Escriba un número de teléfono o un correo electrónico, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check the phone number or email address.</source>
        <translation>Revise el número de teléfono o el correo electrónico, por favor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter your date of birth.</source>
        <translation>Indique su fecha de nacimiento, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check your date of birth.</source>
        <translation>Revise su fecha de nacimiento, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appointment date cannot be in the past.</source>
        <translation>La fecha de la cita no puede ser anterior a hoy.</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <location filename="../../qml/kiosk/KioskHeader.qml" line="+48"/>
        <source>Blue Haven Medical Spa</source>
        <extracomment>The clinic&apos;s name, a proper name: keep it as it is.</extracomment>
        <translation>Blue Haven Medical Spa</translation>
    </message>
</context>
<context>
    <name>KioskStore</name>
    <message>
        <location filename="../../qml/kiosk/kioskstore.cpp" line="+28"/>
        <source>This store is unlocked with a passphrase.</source>
        <translation>Este almacén de datos se desbloquea con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please enter the passphrase.</source>
        <translation>Escriba la frase de contraseña, por favor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrong passphrase or key file.</source>
        <translation>La frase de contraseña o el archivo de clave no es correcto.</translation>
    </message>
</context>
<context>
    <name>KioskSync</name>
    <message>
        <location filename="../../qml/kiosk/kiosksync.cpp" line="+91"/>
        <location line="+54"/>
        <source>Unlock the store first.</source>
        <translation>Primero desbloquee el almacén.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>That is not a pairing code. Copy it exactly as the staff console shows it.</source>
        <translation>Eso no es un código de emparejamiento. Cópielo tal como lo muestra la consola del personal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That is not a pairing code. Type the %1 letters and digits the staff console shows under Pairing.</source>
        <extracomment>Staff screen: what was typed is not a pairing code. %1 is how many characters the short code has (10).</extracomment>
        <translation>Eso no es un código de emparejamiento. Escriba las %1 letras y dígitos que muestra la consola del personal en Emparejamiento.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No staff console answered on this network. Check that the console is on and shows a pairing code, or type its full code (intake-pair:…).</source>
        <translation>Ninguna consola del personal respondió en esta red. Verifique que la consola esté encendida y muestre un código de emparejamiento, o escriba su código completo (intake-pair:…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one staff console answered on this network. Type the full code the staff console shows (intake-pair:…).</source>
        <translation>Respondió más de una consola del personal en esta red. Escriba el código completo que muestra la consola del personal (intake-pair:…).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The store was locked during pairing. Unlock it and pair again with a new code.</source>
        <translation>El almacén se bloqueó durante el emparejamiento. Desbloquéelo y vuelva a emparejar con un código nuevo.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../qml/kiosk/LanguageSwitch.qml" line="+18"/>
        <source>English</source>
        <extracomment>The English language, named in English so that English speakers find it. Keep as is.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Español</source>
        <extracomment>The Spanish language, named in Spanish so that Spanish speakers find it. Keep as is.</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <extracomment>Accessible name of the language switch, read by screen readers.</extracomment>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LargerTextToggle</name>
    <message>
        <location filename="../../qml/kiosk/LargerTextToggle.qml" line="+27"/>
        <source>Larger text</source>
        <extracomment>The switch in the header that makes every text on the screen bigger.</extracomment>
        <translation>Texto más grande</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../qml/kiosk/LockedPage.qml" line="+36"/>
        <location line="+50"/>
        <source>This kiosk is locked</source>
        <extracomment>Accessible name of the lock screen, read by screen readers.
----------
Heading of the lock screen: the kiosk cannot be used until staff unlock it.</extracomment>
        <translation>Este quiosco está bloqueado</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Blue Haven Medical Spa</source>
        <extracomment>The clinic&apos;s name, a proper name: keep it as it is.</extracomment>
        <translation>Blue Haven Medical Spa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Please ask at the front desk.</source>
        <extracomment>Under &quot;This kiosk is locked&quot;, for a client who finds the kiosk locked.</extracomment>
        <translation>Pregunte en la recepción, por favor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>For staff</source>
        <extracomment>Heading of the part of the lock screen meant for staff.</extracomment>
        <translation>Para el personal</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>Store passphrase</source>
        <extracomment>Placeholder of the staff passphrase field on the lock screen.
----------
Accessible name of the staff passphrase field on the lock screen.</extracomment>
        <translation>Frase de contraseña del almacén</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+28"/>
        <source>Unlock</source>
        <extracomment>Lock screen, for staff: opens the kiosk&apos;s store (with the passphrase, or with the key file when the store uses one).</extracomment>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The store opens with this kiosk&apos;s key file.</source>
        <extracomment>Lock screen, for staff, when the store opens with this kiosk&apos;s key file.</extracomment>
        <translation>El almacén de datos se abre con el archivo de clave de este quiosco.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try again</source>
        <extracomment>Lock screen, key-file store: opens the store again after it failed.</extracomment>
        <translation>Intentar de nuevo</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/kiosk/Main.qml" line="+24"/>
        <source>Blue Haven Medical Spa – Health questionnaire</source>
        <extracomment>Window title; only visible in development, the kiosk runs full screen.</extracomment>
        <translation>Blue Haven Medical Spa – Cuestionario de salud</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Staff menu (press and hold)</source>
        <extracomment>Accessible name of the hidden staff corner (top left); staff press and hold it.</extracomment>
        <translation>Menú del personal (mantener presionado)</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../qml/kiosk/NavigationBar.qml" line="+17"/>
        <source>Back</source>
        <extracomment>The button that goes back to the previous page of the questionnaire.</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <extracomment>The button that goes on to the next page of the questionnaire.</extracomment>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../qml/kiosk/PinDialog.qml" line="+97"/>
        <source>Staff only</source>
        <extracomment>Heading of the staff PIN pad (opened by a long press in the top-left corner).</extracomment>
        <translation>Solo personal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the staff PIN.</source>
        <extracomment>Under &quot;Staff only&quot; on the PIN pad.</extracomment>
        <translation>Escriba el PIN del personal.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>1 digit entered</source>
        <extracomment>Accessible text of the PIN dots: one digit is typed.</extracomment>
        <translation>1 dígito escrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 digits entered</source>
        <extracomment>Accessible text of the PIN dots: how many digits are typed (0, 2 or more).</extracomment>
        <translation>%1 dígitos escritos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The staff PIN is kept in the locked store. Unlock the store first.</source>
        <extracomment>PIN pad, while the encrypted store is locked (the lock screen asks for its passphrase).</extracomment>
        <translation>El PIN del personal se guarda en el almacén de datos bloqueado. Primero desbloquee el almacén.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff PIN is set on this kiosk. Clinic IT sets one with intake-cli set-admin-pin.</source>
        <extracomment>PIN pad, on a kiosk where clinic IT has set no staff PIN yet. &quot;intake-cli set-admin-pin&quot; is a command: keep it as it is.</extracomment>
        <translation>Este quiosco no tiene un PIN del personal. El equipo de informática de la clínica lo establece con intake-cli set-admin-pin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many wrong PINs. Please wait 1 second.</source>
        <extracomment>PIN pad, after too many wrong PINs.</extracomment>
        <translation>Demasiados PIN incorrectos. Espere 1 segundo, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong PINs. Please wait %1 seconds.</source>
        <extracomment>PIN pad, after too many wrong PINs; %1 is the seconds left (2 or more).</extracomment>
        <translation>Demasiados PIN incorrectos. Espere %1 segundos, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Please try again.</source>
        <extracomment>PIN pad, after a wrong PIN.</extracomment>
        <translation>PIN incorrecto. Inténtelo de nuevo, por favor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+51"/>
        <source>Cancel</source>
        <extracomment>Closes the staff PIN pad.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Delete</source>
        <extracomment>PIN pad key that removes the last digit typed.</extracomment>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OK</source>
        <extracomment>PIN pad key that checks the PIN.</extracomment>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../qml/kiosk/QuestionPage.qml" line="+31"/>
        <source>Health questions, part %1 of %2</source>
        <extracomment>Small line above the section title: which part of the health questions this is.</extracomment>
        <translation>Preguntas de salud, parte %1 de %2</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../../qml/kiosk/reviewlistmodel.cpp" line="+54"/>
        <source>About you</source>
        <extracomment>Review page: heading of the client&apos;s own details.</extracomment>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone or email</source>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I don&apos;t remember</source>
        <translation>No lo recuerdo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../qml/kiosk/ReviewPage.qml" line="+14"/>
        <source>Check your answers</source>
        <extracomment>Heading of the review page, where the client checks every answer before the consent.</extracomment>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check your answers. If everything is correct, continue to the consent.</source>
        <extracomment>The certification sentence at the top of the review page.</extracomment>
        <translation>Revise sus respuestas, por favor. Si todo está correcto, continúe al consentimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <extracomment>The button that goes on from the review page to the consent form.</extracomment>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <location filename="../../qml/kiosk/ReviewRow.qml" line="+112"/>
        <source>Change</source>
        <extracomment>Review page: the button next to an answer that goes back to change it.</extracomment>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change: %1</source>
        <extracomment>Accessible name of a Change button on the review page; %1 is the question.</extracomment>
        <translation>Cambiar: %1</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../qml/kiosk/SignatureField.qml" line="+85"/>
        <source>Sign here with your finger</source>
        <extracomment>Hint under the signature line, hidden as soon as the client starts to sign.</extracomment>
        <translation>Firme aquí con el dedo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signature pad</source>
        <extracomment>Accessible name of the area the client signs on, read by screen readers.</extracomment>
        <translation>Área de firma</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Please sign with your full signature</source>
        <extracomment>Shown under the signature pad when what was drawn is too small to be a signature (a dot, a tick, an initial).</extracomment>
        <translation>Por favor, firme con su firma completa</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear</source>
        <extracomment>Button that wipes the signature pad so the client can sign again.</extracomment>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear signature</source>
        <extracomment>Accessible name of the Clear button under the signature pad, read by screen readers.</extracomment>
        <translation>Borrar la firma</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../qml/kiosk/SyncSection.qml" line="+41"/>
        <source>Sync: paired with the staff console at %1</source>
        <extracomment>Staff screen: the kiosk sends its summaries to the staff console at this address (host:port).</extracomment>
        <translation>Sincronización: emparejado con la consola del personal en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: not paired with a staff console</source>
        <extracomment>Staff screen: the kiosk is not connected to a staff console yet.</extracomment>
        <translation>Sincronización: sin emparejar con una consola del personal</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1 intake summary waiting.</source>
        <extracomment>Staff screen: one finished intake stored on the kiosk has not been sent yet.</extracomment>
        <translation>1 resumen de admisión en espera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 intake summaries waiting.</source>
        <extracomment>Staff screen: finished intakes stored on the kiosk that have not been sent yet; %1 is how many (0, 2 or more).</extracomment>
        <translation>%1 resúmenes de admisión en espera.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing sent since the kiosk started.</source>
        <extracomment>Staff screen: nothing has reached the staff console since the kiosk started.</extracomment>
        <translation>No se ha enviado nada desde que se inició el quiosco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sent: %1</source>
        <extracomment>Staff screen: when the staff console last confirmed everything; %1 is a date and time.</extracomment>
        <translation>Último envío: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last error: %1</source>
        <extracomment>Staff screen: why the last attempt to send failed; %1 is the reason (in English, from the sync engine).</extracomment>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send now</source>
        <extracomment>Staff screen: sends the waiting summaries to the staff console now.</extracomment>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pair again</source>
        <extracomment>Staff screen: pairs the kiosk again, with a new code from the staff console.</extracomment>
        <translation>Emparejar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair with the staff console</source>
        <extracomment>Staff screen: starts pairing the kiosk with the staff console (a code is entered next).</extracomment>
        <translation>Emparejar con la consola del personal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the short code the staff console shows under Pairing (%1 letters and digits), or its full code (intake-pair:…).</source>
        <extracomment>Staff screen: where to find the pairing code. %1 is how many characters the short code has (10); &quot;intake-pair:&quot; stays as it is.</extracomment>
        <translation>Escriba el código corto que muestra la consola del personal en Emparejamiento (%1 letras y dígitos), o su código completo (intake-pair:…).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Staff console found at %1. Its fingerprint:</source>
        <extracomment>Staff screen: the staff console that answered the short code; %1 is its address (host:port).</extracomment>
        <translation>Se encontró la consola del personal en %1. Su huella:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Console fingerprint: %1</source>
        <extracomment>Accessible name of the console&apos;s fingerprint on the kiosk&apos;s staff screen; %1 is five groups of four letters and digits.</extracomment>
        <translation>Huella de la consola: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check that the staff console shows the same fingerprint beside the code. Pair only if they match.</source>
        <extracomment>Staff screen: what staff check before pairing with the console that answered.</extracomment>
        <translation>Verifique que la consola del personal muestre la misma huella junto al código. Empareje solo si coinciden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They match: pair</source>
        <extracomment>Staff screen: the fingerprints on the kiosk and the staff console are the same; pairs.</extracomment>
        <translation>Coinciden: emparejar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They differ: cancel</source>
        <extracomment>Staff screen: the fingerprints differ (or staff are unsure); nothing is paired.</extracomment>
        <translation>No coinciden: cancelar</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Pairing code</source>
        <extracomment>Staff screen: the field for the staff console&apos;s pairing code.</extracomment>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking for the console…</source>
        <extracomment>Staff screen: the kiosk is looking for the staff console on the network.</extracomment>
        <translation>Buscando la consola…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing…</source>
        <extracomment>Staff screen: pairing is in progress.</extracomment>
        <translation>Emparejando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair</source>
        <extracomment>Staff screen: pairs with the code typed above.</extracomment>
        <translation>Emparejar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <extracomment>Staff screen: closes the pairing code field without pairing.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Key fingerprint: %1</source>
        <extracomment>Staff screen: the fingerprint of this kiosk&apos;s key, which the staff console shows beside the kiosk for staff to compare; %1 is four groups of letters and digits.</extracomment>
        <translation>Huella de la clave: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The staff console rejected this kiosk. Its summaries stay here; pair it again with a new code from the console.</source>
        <extracomment>Staff screen: the staff console refused this kiosk; it has to be paired again.</extracomment>
        <translation>La consola del personal rechazó este quiosco. Sus resúmenes se quedan aquí; emparéjelo de nuevo con un código nuevo de la consola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for approval at the front desk, where the staff console shows the same key fingerprint. Summaries stay here until then.</source>
        <extracomment>Staff screen: the kiosk is paired but an administrator at the front desk has not approved it yet.</extracomment>
        <translation>Esperando aprobación en la recepción, donde la consola del personal muestra la misma huella de la clave. Los resúmenes se quedan aquí hasta entonces.</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <location filename="../../qml/kiosk/TextQuestion.qml" line="+61"/>
        <source>Type your answer here (optional)</source>
        <extracomment>Placeholder of an optional free-text answer.</extracomment>
        <translation>Escriba aquí su respuesta (opcional)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 / %2</source>
        <extracomment>Under a free-text answer: characters typed so far and the most allowed, e.g. &quot;12 / 1000&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 characters</source>
        <extracomment>Accessible text of the character counter: %1 typed, %2 allowed.</extracomment>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>TreatmentPage</name>
    <message>
        <location filename="../../qml/kiosk/TreatmentPage.qml" line="+15"/>
        <source>About the treatment</source>
        <extracomment>Heading of the page that explains the treatment before the questions.</extracomment>
        <translation>Sobre el tratamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please take a moment to read what to expect from your micro-needling treatment.</source>
        <extracomment>Intro of the &quot;About the treatment&quot; page.</extracomment>
        <translation>Tómese un momento para leer qué puede esperar de su tratamiento con microagujas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <extracomment>The button that goes on from &quot;About the treatment&quot; to the client&apos;s details.</extracomment>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What it is</source>
        <extracomment>Title of the card that says what micro-needling is.</extracomment>
        <translation>Qué es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Micro-needling is a minimally invasive treatment that makes thousands of tiny, controlled punctures in the skin. As the skin repairs itself, it makes new collagen. It is used to reduce wrinkles, fine lines and scars (especially acne scars) and to improve skin tone.</source>
        <extracomment>From the clinic&apos;s page: what micro-needling is and what it is for.</extracomment>
        <translation>El tratamiento con microagujas es un procedimiento mínimamente invasivo que crea miles de punciones diminutas y controladas en la piel. Al repararse, la piel produce colágeno nuevo. Se utiliza para reducir arrugas, líneas finas y cicatrices (sobre todo de acné) y para mejorar el tono de la piel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who performs it and how long it takes</source>
        <extracomment>Title of the card that says who performs the treatment and how long it takes.</extracomment>
        <translation>Quién lo realiza y cuánto dura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>60 min</source>
        <extracomment>How long the treatment takes, set large. &quot;min&quot; is minutes.</extracomment>
        <translation>60 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our esthetician, Blanca Gutierrez, performs the treatment. It is usually completed within 60 minutes. A numbing cream is applied first for your comfort.</source>
        <extracomment>From the clinic&apos;s page. Blanca Gutierrez is the esthetician&apos;s name: keep it as it is.</extracomment>
        <translation>Nuestra esteticista, Blanca Gutierrez, realiza el tratamiento. Suele completarse en 60 minutos o menos. Primero se aplica una crema anestésica para su comodidad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Price</source>
        <extracomment>Title of the card with the price of the treatment.</extracomment>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$300</source>
        <extracomment>The price of one treatment, set large (US dollars).</extracomment>
        <translation>$300</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For one micro-needling treatment.</source>
        <extracomment>Under the price, set large above it: what the price is for.</extracomment>
        <translation>Por un tratamiento con microagujas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Afterwards</source>
        <extracomment>Title of the card about how the skin looks after the treatment.</extracomment>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your skin will be red, similar to a moderate sunburn, and may be slightly swollen. This usually subsides in 24 to 48 hours. By day 3 the skin is pink, with little sign of the treatment.</source>
        <extracomment>From the clinic&apos;s page: the expected redness and swelling and how long they last.</extracomment>
        <translation>Su piel estará enrojecida, como con una quemadura de sol moderada, y puede estar un poco hinchada. Esto suele desaparecer en 24 a 48 horas. Hacia el tercer día la piel se ve rosada y casi no quedan señales del tratamiento.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/kiosk/WelcomePage.qml" line="+28"/>
        <location line="+26"/>
        <source>Welcome</source>
        <extracomment>Accessible name of the welcome screen, read by screen readers.
----------
Main heading of the welcome screen.</extracomment>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Before your micro-needling treatment</source>
        <extracomment>Subheading under &quot;Welcome&quot;: the client is here for a micro-needling treatment.</extracomment>
        <translation>Antes de su tratamiento con microagujas</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Health questions</source>
        <extracomment>Title of the first step of an intake.</extracomment>
        <translation>Preguntas de salud</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review</source>
        <extracomment>Title of the second step of an intake.</extracomment>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your answers</source>
        <extracomment>What the client does in the second step.</extracomment>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent</source>
        <extracomment>Title of the third step of an intake: the informed consent form.</extracomment>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A few short questions</source>
        <extracomment>What the client does in the first step.</extracomment>
        <translation>Son pocas y breves</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read and sign the form</source>
        <extracomment>What the client does in the third step: read the consent form and sign it on the screen.</extracomment>
        <translation>Lea y firme el formulario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <extracomment>The button that begins the questionnaire.</extracomment>
        <translation>Comenzar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the health questionnaire</source>
        <extracomment>Accessible name of the Start button, read by screen readers.</extracomment>
        <translation>Comenzar el cuestionario de salud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It takes about 5 minutes.</source>
        <extracomment>Shown under the Start button.</extracomment>
        <translation>Le llevará unos 5 minutos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Our staff will go over your answers with you. If you need help, please ask at the front desk.</source>
        <extracomment>Reassurance at the bottom of the welcome screen.</extracomment>
        <translation>Nuestro personal revisará sus respuestas con usted. Si necesita ayuda, pregunte en la recepción.</translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <location filename="../../qml/kiosk/YesNoQuestion.qml" line="+55"/>
        <source>Yes</source>
        <extracomment>Answer button of a yes/no health question.</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes: %1</source>
        <extracomment>Accessible name of the Yes button; %1 is the question.</extracomment>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No</source>
        <extracomment>Answer button of a yes/no health question.</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No: %1</source>
        <extracomment>Accessible name of the No button; %1 is the question.</extracomment>
        <translation>No: %1</translation>
    </message>
</context>
</TS>
