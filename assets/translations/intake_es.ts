<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>KioskHeader</name>
    <message>
        <location filename="../../qml/kiosk/KioskHeader.qml" line="+44"/>
        <source>Blue Haven Medical Spa</source>
        <extracomment>The clinic&apos;s name, a proper name: keep it as it is.</extracomment>
        <translation>Blue Haven Medical Spa</translation>
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
    <name>Main</name>
    <message>
        <location filename="../../qml/kiosk/Main.qml" line="+14"/>
        <source>Blue Haven Medical Spa – Health questionnaire</source>
        <extracomment>Window title; only visible in development, the kiosk runs full screen.</extracomment>
        <translation>Blue Haven Medical Spa – Cuestionario de salud</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/kiosk/WelcomePage.qml" line="+30"/>
        <location line="+25"/>
        <source>Welcome</source>
        <extracomment>Accessible name of the welcome screen, read by screen readers.
----------
Main heading of the welcome screen.</extracomment>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+8"/>
        <source>It takes about 5 minutes.</source>
        <extracomment>Shown under the Start button.</extracomment>
        <translation>Le llevará unos 5 minutos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Our staff will go over your answers with you. If you need help, please ask at the front desk.</source>
        <extracomment>Reassurance at the bottom of the welcome screen.</extracomment>
        <translation>Nuestro personal revisará sus respuestas con usted. Si necesita ayuda, pregunte en la recepción.</translation>
    </message>
</context>
</TS>
