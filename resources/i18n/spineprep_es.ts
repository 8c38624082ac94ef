<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>AboutPage</name>
    <message>
        <source>About you</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>So the clinic can match this sheet to you.</source>
        <translation>Así la clínica sabrá que esta hoja es suya.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>For example 04 / 27 / 1961</source>
        <translation>Por ejemplo: 27 / 04 / 1961</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <source>Physician&apos;s name</source>
        <translation>Nombre del médico</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>When you have done that, you can finish the form so your doctor has your answers.</source>
        <translation>Cuando lo haya hecho, puede terminar las preguntas para que su médico tenga sus respuestas.</translation>
    </message>
    <message>
        <source>Please tell the front desk right now</source>
        <translation>Por favor, avise en recepción ahora mismo</translation>
    </message>
    <message>
        <source>Go to the front desk now and tell the staff about these symptoms.</source>
        <translation>Vaya ahora a recepción y dígale al personal que tiene estos síntomas.</translation>
    </message>
    <message>
        <source>These can need care quickly. Do not wait for your appointment.</source>
        <translation>Estos síntomas pueden necesitar atención rápida. No espere a su cita.</translation>
    </message>
    <message>
        <source>Then come back and finish the questions. If you are not back in a few minutes, your answers are printed for the front desk.</source>
        <translation>Luego regrese y termine las preguntas. Si no regresa en unos minutos, sus respuestas se imprimirán para recepción.</translation>
    </message>
    <message>
        <source>Call 911 or go to the emergency room now</source>
        <translation>Llame al 911 o vaya a la sala de emergencias ahora</translation>
    </message>
    <message>
        <source>These symptoms can mean the nerves at the bottom of your spine are being squeezed. That needs care within hours. Do not wait for your appointment.</source>
        <translation>Estos síntomas pueden significar que los nervios de la parte baja de la columna están apretados. Eso necesita atención en pocas horas. No espere a su cita.</translation>
    </message>
    <message>
        <source>Then let {clinic} know, at {phone}.</source>
        <translation>Después avise a {clinic}, al {phone}.</translation>
    </message>
    <message>
        <source>Then let {clinic} know. Their number is on your appointment letter.</source>
        <translation>Después avise a {clinic}. Su número está en la carta de su cita.</translation>
    </message>
    <message>
        <source>Your answers so far are kept on this computer. You can finish the questions later.</source>
        <translation>Sus respuestas hasta ahora quedan guardadas en esta computadora. Puede terminar las preguntas más tarde.</translation>
    </message>
    <message>
        <source>Please call the clinic today</source>
        <translation>Por favor, llame hoy a la clínica</translation>
    </message>
    <message>
        <source>Call {clinic} today at {phone}.</source>
        <translation>Llame hoy a {clinic} al {phone}.</translation>
    </message>
    <message>
        <source>Call {clinic} today. Their number is on your appointment letter.</source>
        <translation>Llame hoy a {clinic}. Su número está en la carta de su cita.</translation>
    </message>
    <message>
        <source>If it gets worse, or you cannot reach them, call 911 or go to the emergency room.</source>
        <translation>Si empeora, o si no logra hablar con ellos, llame al 911 o vaya a la sala de emergencias.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>no pain</source>
        <extracomment>Translation context of every label in this module.</extracomment>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>Moderately</source>
        <translation>Más o menos</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <source>I can&apos;t do my usual activities</source>
        <translation>No puedo hacer mis actividades diarias</translation>
    </message>
    <message>
        <source>Unable to do usual activities</source>
        <translation>No puede hacer sus actividades habituales</translation>
    </message>
    <message>
        <source>Lower back, center</source>
        <translation>Espalda baja, centro</translation>
    </message>
    <message>
        <source>Lower back, left side</source>
        <translation>Espalda baja, izquierda</translation>
    </message>
    <message>
        <source>Lower back, right side</source>
        <translation>Espalda baja, derecha</translation>
    </message>
    <message>
        <source>Middle back</source>
        <translation>Mitad de la espalda</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Nalgas</translation>
    </message>
    <message>
        <source>Down one leg</source>
        <translation>Dolor que baja por una pierna</translation>
    </message>
    <message>
        <source>Down both legs</source>
        <translation>Dolor que baja por las dos piernas</translation>
    </message>
    <message>
        <source>Constant (it never really stops)</source>
        <translation>Todo el tiempo (nunca se quita del todo)</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Several times a day</source>
        <translation>Varias veces al día</translation>
    </message>
    <message>
        <source>About once a day</source>
        <translation>Como una vez al día</translation>
    </message>
    <message>
        <source>A few times a week</source>
        <translation>Algunas veces por semana</translation>
    </message>
    <message>
        <source>About once a week</source>
        <translation>Como una vez por semana</translation>
    </message>
    <message>
        <source>Less than once a week</source>
        <translation>Menos de una vez por semana</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Up to an hour</source>
        <translation>Hasta una hora</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Va mejorando</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Sigue igual</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Va empeorando</translation>
    </message>
    <message>
        <source>On a date I know</source>
        <translation>Sé la fecha</translation>
    </message>
    <message>
        <source>About how long ago</source>
        <translation>Hace cuánto, más o menos</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks ago</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months ago</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>years ago</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Suddenly</source>
        <translation>De repente</translation>
    </message>
    <message>
        <source>Gradually, over days or weeks</source>
        <translation>Poco a poco, en días o semanas</translation>
    </message>
    <message>
        <source>Gradually</source>
        <translation>Gradual</translation>
    </message>
    <message>
        <source>Lifting something heavy</source>
        <translation>Levantar algo pesado</translation>
    </message>
    <message>
        <source>An activity that strained my lower back</source>
        <translation>Algo que forzó la parte baja de mi espalda</translation>
    </message>
    <message>
        <source>Activity that strained the lower back</source>
        <translation>Actividad que forzó la zona lumbar</translation>
    </message>
    <message>
        <source>A sports injury to my back or legs</source>
        <translation>Me lastimé la espalda o las piernas haciendo deporte</translation>
    </message>
    <message>
        <source>Sports injury to back or legs</source>
        <translation>Lesión deportiva de espalda o piernas</translation>
    </message>
    <message>
        <source>No clear cause</source>
        <translation>Sin causa clara</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>An earlier back injury</source>
        <translation>Una lesión de espalda anterior</translation>
    </message>
    <message>
        <source>Arthritis</source>
        <translation>Artritis</translation>
    </message>
    <message>
        <source>A bulging or ruptured disk</source>
        <translation>Hernia de disco o disco abultado</translation>
    </message>
    <message>
        <source>Bulging or ruptured disk</source>
        <translation>Protrusión o hernia discal</translation>
    </message>
    <message>
        <source>Earlier back surgery</source>
        <translation>Una operación de espalda anterior</translation>
    </message>
    <message>
        <source>Weak stomach (core) muscles</source>
        <translation>Músculos del estómago débiles</translation>
    </message>
    <message>
        <source>Weak abdominal/core muscles</source>
        <translation>Musculatura abdominal débil</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguno de estos</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Ninguno referido</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Hielo</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <source>Ice and heat, taking turns</source>
        <translation>Hielo y calor, por turnos</translation>
    </message>
    <message>
        <source>Alternating ice and heat</source>
        <translation>Hielo y calor alternos</translation>
    </message>
    <message>
        <source>Pain reliever from the store (ibuprofen, naproxen, acetaminophen)</source>
        <translation>Medicina para el dolor sin receta (ibuprofeno, naproxeno, acetaminofén)</translation>
    </message>
    <message>
        <source>OTC pain reliever</source>
        <translation>Analgésico sin receta</translation>
    </message>
    <message>
        <source>Muscle relaxant from a doctor</source>
        <translation>Relajante muscular con receta</translation>
    </message>
    <message>
        <source>Prescribed muscle relaxant</source>
        <translation>Relajante muscular prescrito</translation>
    </message>
    <message>
        <source>Stretching or exercise</source>
        <translation>Estiramientos o ejercicio</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Terapia física</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Masajes</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>No lo probé</translation>
    </message>
    <message>
        <source>Helped a lot</source>
        <translation>Ayudó mucho</translation>
    </message>
    <message>
        <source>Helped a little</source>
        <translation>Ayudó un poco</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>No ayudó</translation>
    </message>
    <message>
        <source>Loss of bladder or bowel control</source>
        <translation>No poder controlar la orina o las heces</translation>
    </message>
    <message>
        <source>Loss of bladder/bowel control</source>
        <translation>Pérdida de control vesical/intestinal</translation>
    </message>
    <message>
        <source>Numbness in the groin, buttocks or inner thighs</source>
        <translation>Adormecimiento en la ingle, las nalgas o la entrepierna</translation>
    </message>
    <message>
        <source>Numbness groin/buttocks/inner thighs (saddle)</source>
        <translation>Entumecimiento ingle/glúteos/cara interna de muslos (en silla de montar)</translation>
    </message>
    <message>
        <source>New or worsening weakness in the legs</source>
        <translation>Debilidad nueva o que empeora en las piernas</translation>
    </message>
    <message>
        <source>New/worsening leg weakness</source>
        <translation>Debilidad nueva/progresiva en piernas</translation>
    </message>
    <message>
        <source>Pain down both legs</source>
        <translation>Dolor que baja por ambas piernas</translation>
    </message>
    <message>
        <source>Fever or chills with the back pain</source>
        <translation>Fiebre o escalofríos con el dolor de espalda</translation>
    </message>
    <message>
        <source>Fever/chills with back pain</source>
        <translation>Fiebre/escalofríos con dolor lumbar</translation>
    </message>
    <message>
        <source>The pain began after a fall, accident or other injury</source>
        <translation>El dolor empezó después de una caída, un accidente u otra lesión</translation>
    </message>
    <message>
        <source>Onset after fall, accident or injury</source>
        <translation>Inicio tras caída, accidente o lesión</translation>
    </message>
    <message>
        <source>Weight loss I can&apos;t explain</source>
        <translation>Bajé de peso sin saber por qué</translation>
    </message>
    <message>
        <source>Unexplained weight loss</source>
        <translation>Pérdida de peso inexplicable</translation>
    </message>
    <message>
        <source>I have had cancer</source>
        <translation>He tenido cáncer</translation>
    </message>
    <message>
        <source>History of cancer</source>
        <translation>Antecedente de cáncer</translation>
    </message>
    <message>
        <source>Pain right now</source>
        <translation>Dolor ahora mismo</translation>
    </message>
    <message>
        <source>Worst pain in the past 7 days</source>
        <translation>Peor dolor en los últimos 7 días</translation>
    </message>
    <message>
        <source>How much it limits daily activities</source>
        <translation>Cuánto limita sus actividades diarias</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde le duele</translation>
    </message>
    <message>
        <source>How often the spasms come</source>
        <translation>Cada cuánto le dan los espasmos</translation>
    </message>
    <message>
        <source>How long one spasm usually lasts</source>
        <translation>Cuánto suele durar un espasmo</translation>
    </message>
    <message>
        <source>Getting better or worse</source>
        <translation>Si va mejor o peor</translation>
    </message>
    <message>
        <source>When they started</source>
        <translation>Cuándo empezaron</translation>
    </message>
    <message>
        <source>How they started</source>
        <translation>Cómo empezaron</translation>
    </message>
    <message>
        <source>What was going on</source>
        <translation>Qué estaba pasando</translation>
    </message>
    <message>
        <source>Earlier conditions</source>
        <translation>Problemas de salud anteriores</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Medicinas actuales</translation>
    </message>
    <message>
        <source>What makes it worse</source>
        <translation>Qué lo empeora</translation>
    </message>
    <message>
        <source>Anything else for the doctor</source>
        <translation>Algo más para el médico</translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation>Preguntas para el médico</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada todavía</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = sin dolor</translation>
    </message>
    <message>
        <source>10 = worst pain imaginable</source>
        <translation>10 = el peor dolor posible</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>The installed translators (Qt does not own them: they must stay referenced while installed). Each translation file is read once: every page rebuild asks which languages there are.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All done. Thank you!</source>
        <translation>¡Listo! Muchas gracias.</translation>
    </message>
    <message>
        <source>Your summary sheet is ready. Print it or save it, and bring it to your appointment.</source>
        <translation>Su hoja de resumen está lista. Imprímala o guárdela, y llévela a su cita.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Empezar otra</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>{0} of {1} characters</source>
        <extracomment>The boxes left to right (Tab and typing move through them in this order). The box typing just moved on to: a Tab pressed there at once, out of habit, is taken as that same move (else &quot;12 Tab 03&quot; put the 03 in the year).</extracomment>
        <translation>{0} de {1} caracteres</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
</context>
<context>
    <name>FrequencyPage</name>
    <message>
        <source>How often do the spasms come?</source>
        <translation>¿Cada cuánto le dan los espasmos?</translation>
    </message>
    <message>
        <source>How often do they come?</source>
        <translation>¿Cada cuánto le dan?</translation>
    </message>
    <message>
        <source>How long does one spasm usually last?</source>
        <translation>¿Cuánto suele durar un espasmo?</translation>
    </message>
    <message>
        <source>Over the past weeks, is it getting better or worse?</source>
        <translation>En las últimas semanas, ¿va mejorando o empeorando?</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past summaries</source>
        <translation>Resúmenes pasados</translation>
    </message>
    <message>
        <source>Summaries you finished on this computer.</source>
        <translation>Resúmenes que usted terminó en esta computadora.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Dolor ahora</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Peor dolor</translation>
    </message>
    <message>
        <source>Show older summaries</source>
        <translation>Ver resúmenes anteriores</translation>
    </message>
    <message>
        <source>There are no finished summaries yet.</source>
        <translation>Todavía no hay resúmenes terminados.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Showing the newest {0} of {1}.</source>
        <translation>Se muestran los {0} más recientes de {1}.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Escriba el PIN del personal.</translation>
    </message>
    <message>
        <source>Choose a PIN of 6 to 8 digits. Staff use it to open the staff area and to exit the kiosk.</source>
        <translation>Elija un PIN de 6 a 8 dígitos. Sirve para abrir el área del personal y para salir del quiosco.</translation>
    </message>
    <message>
        <source>Set the staff PIN</source>
        <translation>Crear PIN del personal</translation>
    </message>
    <message>
        <source>The staff PIN file is damaged, so the staff area cannot be opened. Ask your IT person to reset the staff PIN (see the README).</source>
        <translation>El archivo del PIN del personal está dañado, así que no se puede abrir el área del personal. Pida al servicio de informática que restablezca el PIN del personal (vea el README).</translation>
    </message>
    <message>
        <source>The PIN must be 6 to 8 digits. Please try again.</source>
        <translation>El PIN debe tener de 6 a 8 dígitos. Intente de nuevo.</translation>
    </message>
    <message>
        <source>Enter the same PIN again.</source>
        <translation>Escriba el mismo PIN otra vez.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose the PIN again.</source>
        <translation>Los dos PIN no eran iguales. Elija el PIN otra vez.</translation>
    </message>
    <message>
        <source>The PIN could not be saved ({0}). Please try again.</source>
        <translation>No se pudo guardar el PIN ({0}). Intente de nuevo.</translation>
    </message>
    <message>
        <source>The staff PIN was changed.</source>
        <translation>Se cambió el PIN del personal.</translation>
    </message>
    <message>
        <source>The staff area cannot be opened: this kiosk cannot record PIN tries ({0}). Ask your IT person to check the kiosk&apos;s data folder.</source>
        <translation>No se puede abrir el área del personal: este quiosco no puede registrar los intentos de PIN ({0}). Pida al servicio de informática que revise la carpeta de datos del quiosco.</translation>
    </message>
    <message>
        <source>Too many wrong tries. The staff area is locked until {0}.</source>
        <translation>Demasiados intentos incorrectos. El área del personal está bloqueada hasta las {0}.</translation>
    </message>
    <message>
        <source>That PIN is not right. 1 try left before the staff area locks.</source>
        <translation>Ese PIN no es correcto. Le queda 1 intento antes de que se bloquee el área del personal.</translation>
    </message>
    <message>
        <source>That PIN is not right. {0} tries left.</source>
        <translation>Ese PIN no es correcto. Le quedan {0} intentos.</translation>
    </message>
    <message>
        <source>Finished sheets are not available because the answers store could not be opened.</source>
        <translation>Las hojas terminadas no están disponibles porque no se pudo abrir el archivo de respuestas.</translation>
    </message>
    <message>
        <source>That sheet could not be read.</source>
        <translation>No se pudo leer esa hoja.</translation>
    </message>
    <message>
        <source>The sheet was sent to the printer.</source>
        <translation>La hoja se envió a la impresora.</translation>
    </message>
    <message>
        <source>The sheet did not print. Check the printer, or save the PDF instead.</source>
        <translation>La hoja no se imprimió. Revise la impresora o guarde el PDF.</translation>
    </message>
    <message>
        <source>Delete this sheet from this computer? This cannot be undone.</source>
        <translation>¿Borrar esta hoja de esta computadora? No se puede deshacer.</translation>
    </message>
    <message>
        <source>The sheet was deleted.</source>
        <translation>Se borró la hoja.</translation>
    </message>
    <message>
        <source>Some answers could not be saved on this computer (marked NOT SAVED). Print or save them now; SpinePrep keeps trying to save them.</source>
        <translation>Algunas respuestas no se pudieron guardar en este equipo (marcadas NO GUARDADA). Imprímalas o guárdelas ahora; SpinePrep sigue intentando guardarlas.</translation>
    </message>
    <message>
        <source>Please enter the clinic&apos;s name.</source>
        <translation>Escriba el nombre de la clínica.</translation>
    </message>
    <message>
        <source>The settings could not be saved ({0}).</source>
        <translation>No se pudieron guardar los ajustes ({0}).</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Leave kiosk mode and close SpinePrep?</source>
        <translation>¿Salir del modo quiosco y cerrar SpinePrep?</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>LookBar</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Idioma de las preguntas</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Text size {0}%</source>
        <translation>Tamaño de letra {0}%</translation>
    </message>
    <message>
        <source>Colors</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Light text on a black background</source>
        <translation>Letras claras sobre fondo negro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SpinePrep — prepare for your spine appointment</source>
        <translation>SpinePrep — prepárese para su cita de columna</translation>
    </message>
    <message>
        <source>Your answers could not be saved on this computer, so closing SpinePrep now loses them. Close anyway?</source>
        <translation>Sus respuestas no se pudieron guardar en este equipo, así que si cierra SpinePrep ahora se perderán. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>SpinePrep</source>
        <translation>SpinePrep</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <source>The number is shown for now, but it could not be kept for next time.</source>
        <translation>El número se muestra por ahora, pero no se pudo guardar para la próxima vez.</translation>
    </message>
    <message>
        <source>Show the questions in {0}</source>
        <translation>Ver las preguntas en {0}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Delete your unfinished answers and start over? This cannot be undone.</source>
        <translation>¿Borrar sus respuestas sin terminar y empezar de nuevo? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Your answers are kept while SpinePrep is open; you can still print or save the sheet.</source>
        <translation>Sus respuestas no se pierden mientras SpinePrep siga abierto. Todavía puede imprimir o guardar la hoja.</translation>
    </message>
    <message>
        <source>Past summaries are not available because the answers store could not be opened.</source>
        <translation>Los resúmenes pasados no están disponibles porque no se pudo abrir el archivo de respuestas.</translation>
    </message>
    <message>
        <source>That summary could not be read.</source>
        <translation>No se pudo leer ese resumen.</translation>
    </message>
    <message>
        <source>The summary was deleted.</source>
        <translation>Se borró el resumen.</translation>
    </message>
    <message>
        <source>Delete the summary of {0}, finished {1}, from this computer? This cannot be undone.</source>
        <translation>¿Borrar de esta computadora el resumen de {0}, terminado el {1}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>For your doctor</source>
        <translation>Para su médico</translation>
    </message>
    <message>
        <source>Anything else the doctor should know, and the questions you want to ask. Both are optional.</source>
        <translation>Escriba lo que el médico deba saber y las preguntas que le quiera hacer. Puede dejar las dos en blanco.</translation>
    </message>
    <message>
        <source>Anything else the doctor should know</source>
        <translation>Algo más que el médico deba saber</translation>
    </message>
    <message>
        <source>For example: Can I keep working? Should I see a physical therapist?</source>
        <translation>Por ejemplo: ¿Puedo seguir trabajando? ¿Debo ver a un terapeuta físico?</translation>
    </message>
    <message>
        <source>Your questions for the doctor</source>
        <translation>Sus preguntas para el médico</translation>
    </message>
</context>
<context>
    <name>OneOf</name>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>OnsetPage</name>
    <message>
        <source>Please say what</source>
        <translation>Por favor, escriba qué</translation>
    </message>
    <message>
        <source>When did the spasms start?</source>
        <translation>¿Cuándo empezaron los espasmos?</translation>
    </message>
    <message>
        <source>Date they started</source>
        <translation>Fecha en que empezaron</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>Ej. 3</translation>
    </message>
    <message>
        <source>Days, weeks, months or years</source>
        <translation>Días, semanas, meses o años</translation>
    </message>
    <message>
        <source>When did they start?</source>
        <translation>¿Cuándo empezaron?</translation>
    </message>
    <message>
        <source>Did they start suddenly or gradually?</source>
        <translation>¿Empezaron de repente o poco a poco?</translation>
    </message>
    <message>
        <source>What else was going on</source>
        <translation>Qué otra cosa estaba pasando</translation>
    </message>
    <message>
        <source>What was going on when they started?</source>
        <translation>¿Qué estaba pasando cuando empezaron?</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>Puede marcar más de una.</translation>
    </message>
    <message>
        <source>Other condition</source>
        <translation>Otro problema de salud</translation>
    </message>
    <message>
        <source>Have you had any of these before?</source>
        <translation>¿Ha tenido alguno de estos antes?</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>1 digit entered</source>
        <translation>1 dígito escrito</translation>
    </message>
    <message>
        <source>{0} digits entered</source>
        <translation>{0} dígitos escritos</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print the summary sheet</source>
        <translation>Imprimir la hoja de resumen</translation>
    </message>
    <message>
        <source>The summary sheet could not be prepared for printing.</source>
        <translation>No se pudo preparar la hoja de resumen para imprimirla.</translation>
    </message>
    <message>
        <source>The summary sheet could not be read, so it was not printed.</source>
        <translation>No se pudo leer la hoja de resumen, así que no se imprimió.</translation>
    </message>
    <message>
        <source>The print server did not take the summary sheet, so it was not printed.</source>
        <translation>El servidor de impresión no aceptó la hoja de resumen, así que no se imprimió.</translation>
    </message>
    <message>
        <source>The summary sheet does not fit on this printer&apos;s paper, so it was not printed.</source>
        <translation>La hoja de resumen no cabe en el papel de esta impresora, así que no se imprimió.</translation>
    </message>
    <message>
        <source>A page of the summary sheet could not be drawn, so it was not printed.</source>
        <translation>No se pudo crear una página de la hoja de resumen, así que no se imprimió.</translation>
    </message>
    <message>
        <source>The printer could not be started, so the summary sheet was not printed.</source>
        <translation>No se pudo iniciar la impresora, así que la hoja de resumen no se imprimió.</translation>
    </message>
    <message>
        <source>The printer stopped part way through, so the summary sheet may be incomplete.</source>
        <translation>La impresora se detuvo a la mitad, así que la hoja de resumen puede estar incompleta.</translation>
    </message>
    <message>
        <source>The printer reported a problem, so the summary sheet may not have printed.</source>
        <translation>La impresora tuvo un problema, así que puede que la hoja de resumen no se haya impreso.</translation>
    </message>
    <message>
        <source>The printer {0} is not available.</source>
        <translation>La impresora {0} no está disponible.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>No hay ninguna impresora configurada en esta computadora.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Reads this page aloud. Key: {0}</source>
        <translation>Lee esta página en voz alta. Tecla: {0}</translation>
    </message>
</context>
<context>
    <name>ReliefPage</name>
    <message>
        <source>What have you tried for relief?</source>
        <translation>¿Qué ha probado para aliviarse?</translation>
    </message>
    <message>
        <source>For each one, tap whether you tried it and how much it helped. Skip rows you are unsure of.</source>
        <translation>En cada fila, toque si lo probó y cuánto le ayudó. Si tiene dudas, deje la fila en blanco.</translation>
    </message>
    <message>
        <source>I haven&apos;t tried anything yet</source>
        <translation>Todavía no he probado nada</translation>
    </message>
    <message>
        <source>What the other treatment was</source>
        <translation>Cuál fue el otro tratamiento</translation>
    </message>
    <message>
        <source>If you tried something else, what was it?</source>
        <translation>Si probó otra cosa, ¿qué fue?</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>What was the other treatment?</source>
        <translation>¿Cuál fue el otro tratamiento?</translation>
    </message>
    <message>
        <source>Only if you answered the “Something else” row.</source>
        <translation>Solo si contestó la fila “Otra cosa”.</translation>
    </message>
    <message>
        <source>For example: ibuprofen 400 mg, twice a day</source>
        <translation>Por ejemplo: ibuprofeno 400 mg, dos veces al día</translation>
    </message>
    <message>
        <source>What medicines do you take now?</source>
        <translation>¿Qué medicinas toma ahora?</translation>
    </message>
    <message>
        <source>Write the name and the dose of each, for any health problem.</source>
        <translation>Escriba el nombre y la dosis (cuánto toma) de cada una. Incluya las de cualquier problema de salud.</translation>
    </message>
    <message>
        <source>For example: sitting for long, bending over</source>
        <translation>Por ejemplo: sentarse mucho rato, agacharse</translation>
    </message>
    <message>
        <source>What makes it worse?</source>
        <translation>¿Qué lo empeora?</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your answers</source>
        <extracomment>Width of the question column in every card (long labels wrap inside it).</extracomment>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <source>This is what your doctor will see. Tap “Change” to fix anything.</source>
        <translation>Esto es lo que verá su médico. Toque “Cambiar” para corregir algo.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>Cambiar: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Loss of bladder or bowel control, numbness in the groin or inner thighs, or new weakness in your legs: call 911 or go to the emergency room now.</source>
        <translation>Si no puede controlar la orina o las heces, si siente adormecida la ingle o la entrepierna, o si tiene debilidad nueva en las piernas: llame al 911 o vaya a la sala de emergencias ahora mismo.</translation>
    </message>
</context>
<context>
    <name>SeverityPage</name>
    <message>
        <source>How bad is the pain?</source>
        <translation>¿Cuánto le duele?</translation>
    </message>
    <message>
        <source>Tap the number that fits best.</source>
        <translation>Toque el número que mejor describa su dolor.</translation>
    </message>
    <message>
        <source>Your pain right now</source>
        <translation>Su dolor ahora mismo</translation>
    </message>
    <message>
        <source>Your worst pain in the past 7 days</source>
        <translation>Su peor dolor en los últimos 7 días</translation>
    </message>
    <message>
        <source>How much does it limit your daily activities?</source>
        <translation>¿Cuánto limita el dolor sus actividades diarias?</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>¿Dónde le duele?</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>Puede marcar más de una.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (continuación)</translation>
    </message>
    <message>
        <source>Patient answered in English</source>
        <extracomment>Said on the sheet when the patient answered in another language than the sheet&apos;s: the physician knows the typed answers are in that language (and may want an interpreter).</extracomment>
        <translation>El paciente respondió en inglés</translation>
    </message>
    <message>
        <source>Patient answered in Spanish</source>
        <translation>El paciente respondió en español</translation>
    </message>
    <message>
        <source>Lower-back spasms · patient intake summary</source>
        <translation>Espasmos lumbares · resumen del cuestionario del paciente</translation>
    </message>
    <message>
        <source>Prepared {0}</source>
        <translation>Preparado el {0}</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth (age)</source>
        <translation>Fecha de nacimiento (edad)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Emergency: care within hours</source>
        <translation>Emergencia: atención en pocas horas</translation>
    </message>
    <message>
        <source>Same day: see a clinician today</source>
        <translation>Mismo día: ver a un médico hoy</translation>
    </message>
    <message>
        <source>For the physician (no alarm shown)</source>
        <translation>Para el médico (sin alarma al paciente)</translation>
    </message>
    <message>
        <source>URGENT SYMPTOMS REPORTED</source>
        <translation>SÍNTOMAS URGENTES REFERIDOS</translation>
    </message>
    <message>
        <source>RED FLAGS TO REVIEW</source>
        <translation>SIGNOS DE ALARMA PARA REVISAR</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Probado</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Ayudó</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>DOB {0}</source>
        <translation>F. nac. {0}</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>continuación</translation>
    </message>
    <message>
        <source>Patient-reported answers, not a diagnosis.</source>
        <translation>Respuestas dadas por el paciente; no es un diagnóstico.</translation>
    </message>
    <message>
        <source>Generated {0} by SpinePrep</source>
        <translation>Generado el {0} por SpinePrep</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>página {0} de {1}</translation>
    </message>
    <message>
        <source>[shortened on this sheet; SpinePrep keeps the whole answer]</source>
        <translation>[acortado en esta hoja; SpinePrep guarda la respuesta completa]</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>SpinePrep summary {0}</source>
        <translation>Resumen SpinePrep {0}</translation>
    </message>
    <message>
        <source>The sheet could not be saved to {0}: {1}. Try another folder.</source>
        <translation>No se pudo guardar la hoja en {0}: {1}. Pruebe con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Se guardó en {0}.</translation>
    </message>
    <message>
        <source>Save the summary sheet</source>
        <translation>Guardar la hoja de resumen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Buscar en:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre del archivo:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Tipo de archivo:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it later.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Guarde el PDF e imprímalo después.</translation>
    </message>
    <message>
        <source>Printing was cancelled. You can print or save the sheet at any time.</source>
        <translation>Se canceló la impresión. Puede imprimir o guardar la hoja cuando quiera.</translation>
    </message>
    <message>
        <source>Printing failed: {0} You can still save the PDF.</source>
        <translation>No se pudo imprimir: {0} Todavía puede guardar el PDF.</translation>
    </message>
    <message>
        <source>The sheet was sent to {0}.</source>
        <translation>La hoja se envió a {0}.</translation>
    </message>
    <message>
        <source>The sheet was sent to print.</source>
        <translation>La hoja se mandó a imprimir.</translation>
    </message>
    <message>
        <source>Summary sheet preview</source>
        <translation>Vista previa de la hoja de resumen</translation>
    </message>
    <message>
        <source>Summary sheet</source>
        <translation>Hoja de resumen</translation>
    </message>
    <message>
        <source>The sheet could not be saved to {0}. Try another folder.</source>
        <translation>No se pudo guardar la hoja en {0}. Pruebe con otra carpeta.</translation>
    </message>
</context>
<context>
    <name>SheetRow</name>
    <message>
        <source>{0}   {1}</source>
        <comment>time, then name</comment>
        <translation>{0}   {1}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <source>Born {0}</source>
        <translation>Nacimiento: {0}</translation>
    </message>
    <message>
        <source>Printed at {0}</source>
        <translation>Impresa a las {0}</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NO IMPRESA</translation>
    </message>
    <message>
        <source>NOT SAVED: print or save it now</source>
        <translation>NO GUARDADA: imprímala o guárdela ahora</translation>
    </message>
    <message>
        <source>URGENT: {0}</source>
        <translation>URGENTE: {0}</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>action: patient</comment>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message>
        <source>Staff area</source>
        <translation>Área del personal</translation>
    </message>
    <message>
        <source>Back to patients</source>
        <translation>Volver a pacientes</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Staff area sections</source>
        <translation>Secciones del área del personal</translation>
    </message>
    <message>
        <source>Today&apos;s sheets</source>
        <translation>Hojas de hoy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>No sheets have been finished today.</source>
        <translation>Hoy no se ha terminado ninguna hoja.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper size: {0}</source>
        <translation>Tamaño de papel: {0}</translation>
    </message>
    <message>
        <source>Ask after</source>
        <translation>Preguntar después de</translation>
    </message>
    <message>
        <source>{0} seconds</source>
        <translation>{0} segundos</translation>
    </message>
    <message>
        <source>Clear after</source>
        <translation>Borrar después de</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Guardar durante</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} horas</translation>
    </message>
    <message>
        <source>Always start in kiosk mode on this computer</source>
        <translation>Siempre abrir en modo quiosco en esta computadora</translation>
    </message>
    <message>
        <source>Always use the on-screen keyboard (from the next start)</source>
        <translation>Usar siempre el teclado en pantalla (desde el próximo inicio)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>Emergency wording</source>
        <translation>Texto de emergencia</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Ask “Are you still there?” after</source>
        <translation>Preguntar “¿Sigue ahí?” después de</translation>
    </message>
    <message>
        <source>Then clear the answers after</source>
        <translation>Luego borrar las respuestas después de</translation>
    </message>
    <message>
        <source>Keep finished sheets for</source>
        <translation>Guardar las hojas terminadas durante</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Change staff PIN</source>
        <translation>Cambiar PIN</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>La impresora predeterminada del sistema</translation>
    </message>
    <message>
        <source>{0} (not available now)</source>
        <translation>{0} (no disponible ahora)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Getting ready for your spine appointment?</source>
        <translation>¿Se está preparando para su cita de columna?</translation>
    </message>
    <message>
        <source>Answer a few questions about your back spasms. It takes about 3 minutes. Your doctor gets a one-page summary.</source>
        <translation>Conteste unas preguntas sobre sus espasmos de espalda. Toma unos 3 minutos. Su médico recibe un resumen de una página.</translation>
    </message>
    <message>
        <source>Tap to start</source>
        <translation>Toque para empezar</translation>
    </message>
    <message>
        <source>Your answers are cleared from this screen when you finish.</source>
        <translation>Al terminar, sus respuestas se borran de esta pantalla.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: {0}</source>
        <translation>Menos: {0}</translation>
    </message>
    <message>
        <source>More: {0}</source>
        <translation>Más: {0}</translation>
    </message>
</context>
<context>
    <name>StillThereScreen</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>For your privacy, your answers will be cleared in 1 second.</source>
        <translation>Para proteger su privacidad, sus respuestas se borrarán en 1 segundo.</translation>
    </message>
    <message>
        <source>For your privacy, your answers will be cleared in {0} seconds.</source>
        <translation>Para proteger su privacidad, sus respuestas se borrarán en {0} segundos.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Your answers can&apos;t be saved</source>
        <translation>No se pueden guardar sus respuestas</translation>
    </message>
    <message>
        <source>Your saved answers can&apos;t be read</source>
        <translation>No se pueden leer sus respuestas guardadas</translation>
    </message>
    <message>
        <source>Your answers can&apos;t be deleted</source>
        <translation>No se pueden borrar sus respuestas</translation>
    </message>
    <message>
        <source>{0} is not a SpinePrep database (it may be damaged)</source>
        <translation>{0} no es una base de datos de SpinePrep (puede estar dañada)</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>the disk holding {0} is full</source>
        <translation>el disco donde está {0} está lleno</translation>
    </message>
    <message>
        <source>the folder {0} is read-only</source>
        <translation>la carpeta {0} es de solo lectura</translation>
    </message>
    <message>
        <source>{0} is read-only</source>
        <translation>{0} es de solo lectura</translation>
    </message>
    <message>
        <source>{0} is in use by another program (perhaps another SpinePrep window)</source>
        <translation>otro programa está usando {0} (tal vez otra ventana de SpinePrep)</translation>
    </message>
    <message>
        <source>permission to use {0} was denied</source>
        <translation>no hay permiso para usar {0}</translation>
    </message>
    <message>
        <source>{0} is a folder, not a SpinePrep database</source>
        <translation>{0} es una carpeta, no una base de datos de SpinePrep</translation>
    </message>
    <message>
        <source>{0} can&apos;t be opened</source>
        <translation>no se puede abrir {0}</translation>
    </message>
    <message>
        <source>the disk holding {0} reported an error</source>
        <translation>el disco donde está {0} tuvo un error</translation>
    </message>
    <message>
        <source>{0} is already closed</source>
        <translation>{0} ya está cerrado</translation>
    </message>
    <message>
        <source>{0} could not be used ({1})</source>
        <translation>no se pudo usar {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is on a read-only disk</source>
        <translation>{0} está en un disco de solo lectura</translation>
    </message>
    <message>
        <source>the folder {0} can&apos;t be created because {1} is a file</source>
        <translation>no se puede crear la carpeta {0} porque {1} es un archivo</translation>
    </message>
    <message>
        <source>the folder {0} can&apos;t be created</source>
        <translation>no se puede crear la carpeta {0}</translation>
    </message>
    <message>
        <source>{0} was made by a newer version of SpinePrep; please update SpinePrep</source>
        <extracomment>How long a write waits for another connection (say a second SpinePrep window) to let go. Short, because saves run on the UI thread: better a clear &quot;in use&quot; message than a frozen window.</extracomment>
        <translation>{0} se creó con una versión más nueva de SpinePrep; actualice SpinePrep, por favor</translation>
    </message>
    <message>
        <source>the answers saved in {0} are damaged</source>
        <translation>las respuestas guardadas en {0} están dañadas</translation>
    </message>
    <message>
        <source>{0} was damaged. It was set aside as {1} and a new file started; {2} of its saved intakes were carried over, {3} could not be read.</source>
        <translation>{0} estaba dañado. Se apartó como {1} y se empezó un archivo nuevo; se pasaron {2} de sus cuestionarios guardados y {3} no se pudieron leer.</translation>
    </message>
    <message>
        <source>{0} was damaged. It was set aside as {1} and a new file started; {2} of its saved intakes were carried over, {3} could not be read, and {4} more came back from the backup of {5}.</source>
        <translation>{0} estaba dañado. Se apartó como {1} y se empezó un archivo nuevo; se pasaron {2} de sus cuestionarios guardados, {3} no se pudieron leer y {4} más se recuperaron de la copia de seguridad del {5}.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>{0}: {1}</source>
        <extracomment>Translation context of the wording defined in this module.</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{0} / 10 ({1})</source>
        <translation>{0} / 10 ({1})</translation>
    </message>
    <message>
        <source>day ago</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week ago</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month ago</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year ago</source>
        <translation>año</translation>
    </message>
    <message>
        <source>Does not apply (constant)</source>
        <translation>No aplica (es constante)</translation>
    </message>
    <message>
        <source>On {0}</source>
        <translation>El {0}</translation>
    </message>
    <message>
        <source>About {0} {1} (around {2})</source>
        <translation>Hace más o menos {0} {1} (cerca del {2})</translation>
    </message>
    <message>
        <source>{0} (age {1})</source>
        <translation>{0} ({1} años)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>DOB</source>
        <translation>F. nac.</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Doctor you will see</source>
        <translation>Médico con quien tiene cita</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Dolor actual</translation>
    </message>
    <message>
        <source>Worst, past 7 days</source>
        <translation>Peor, últimos 7 días</translation>
    </message>
    <message>
        <source>Limits daily activities</source>
        <translation>Limitación de actividades diarias</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>One spasm lasts</source>
        <translation>Duración de un espasmo</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Forma de inicio</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circunstancias</translation>
    </message>
    <message>
        <source>Prior conditions</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Made worse by</source>
        <translation>Empeora con</translation>
    </message>
    <message>
        <source>Patient&apos;s notes</source>
        <translation>Notas del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s questions</source>
        <translation>Preguntas del paciente</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>1. Severity</source>
        <translation>1. Intensidad</translation>
    </message>
    <message>
        <source>2. Frequency</source>
        <translation>2. Frecuencia</translation>
    </message>
    <message>
        <source>3. When it started</source>
        <translation>3. Cuándo empezó</translation>
    </message>
    <message>
        <source>3. Onset and history</source>
        <translation>3. Inicio y antecedentes</translation>
    </message>
    <message>
        <source>4. What you&apos;re doing for relief</source>
        <translation>4. Qué hace para aliviarse</translation>
    </message>
    <message>
        <source>4. Relief tried</source>
        <translation>4. Medidas de alivio</translation>
    </message>
    <message>
        <source>Urgent symptoms</source>
        <translation>Síntomas urgentes</translation>
    </message>
    <message>
        <source>Urgent symptoms (red flags)</source>
        <translation>Síntomas urgentes (de alarma)</translation>
    </message>
    <message>
        <source>Notes for the doctor</source>
        <translation>Notas para el médico</translation>
    </message>
    <message>
        <source>Patient&apos;s notes and questions</source>
        <translation>Notas y preguntas del paciente</translation>
    </message>
    <message>
        <source>Treatments tried</source>
        <extracomment>Section keys in reading order; the Review page maps each to the page that edits it.</extracomment>
        <translation>Tratamientos probados</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguno de estos</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>You ticked an urgent symptom: tell the front desk about it now.</source>
        <translation>Usted marcó un síntoma urgente. Avise en recepción ahora mismo.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Printing your summary sheet…</source>
        <translation>Imprimiendo su hoja de resumen…</translation>
    </message>
    <message>
        <source>Please take your sheet to the front desk.</source>
        <translation>Por favor, lleve su hoja a recepción.</translation>
    </message>
    <message>
        <source>Your answers are saved, but the sheet did not print. Please tell the front desk.</source>
        <translation>Sus respuestas se guardaron, pero la hoja no se imprimió. Por favor, avise en recepción.</translation>
    </message>
    <message>
        <source>The sheet did not print. Please tell the front desk.</source>
        <translation>La hoja no se imprimió. Por favor, avise en recepción.</translation>
    </message>
</context>
<context>
    <name>UrgentNoticePage</name>
    <message>
        <source>Please call the clinic now</source>
        <translation>Llame a la clínica ahora mismo</translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone number</source>
        <translation>El teléfono de su clínica</translation>
    </message>
    <message>
        <source>for example (555) 010-0199</source>
        <translation>por ejemplo (555) 010-0199</translation>
    </message>
    <message>
        <source>Keep this number</source>
        <translation>Guardar este número</translation>
    </message>
    <message>
        <source>Type it once from your appointment letter; SpinePrep shows it here next time.</source>
        <translation>Escríbalo una vez, tomándolo de la carta de su cita; SpinePrep lo mostrará aquí la próxima vez.</translation>
    </message>
    <message>
        <source>Type the clinic&apos;s whole number, with the area code, for example (555) 010-0199.</source>
        <translation>Escriba el número completo de la clínica, con el código de área, por ejemplo (555) 010-0199.</translation>
    </message>
    <message>
        <source>Kept. The number is shown above, and here next time.</source>
        <translation>Guardado. El número aparece arriba, y aquí la próxima vez.</translation>
    </message>
    <message>
        <source>You ticked:</source>
        <translation>Usted marcó:</translation>
    </message>
</context>
<context>
    <name>UrgentPage</name>
    <message>
        <source>Do you have any of these?</source>
        <translation>¿Tiene alguno de estos síntomas?</translation>
    </message>
    <message>
        <source>Some of these need care quickly. Tick every one that is true for you.</source>
        <translation>Algunos de estos necesitan atención rápida. Marque cada uno que le pase a usted.</translation>
    </message>
    <message>
        <source>Urgent symptoms</source>
        <translation>Síntomas urgentes</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguno de estos</translation>
    </message>
    <message>
        <source>Your doctor will see this first on your sheet. Tell the clinic about it before your visit, and call them sooner if the pain is severe, constant or worse at night.</source>
        <translation>Su médico lo verá primero en su hoja. Avise a la clínica antes de su cita, y llame antes si el dolor es fuerte, constante o peor de noche.</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Use numbers for month, day and year.</source>
        <extracomment>Version of the JSON form below; bump it and teach ``from_dict`` the old one when it changes. Oldest age the form accepts, in years.</extracomment>
        <translation>Use números para el día, el mes y el año.</translation>
    </message>
    <message>
        <source>Enter the year with 4 digits, like 1968.</source>
        <translation>Escriba el año con 4 números, por ejemplo 1968.</translation>
    </message>
    <message>
        <source>The month must be a number from 1 to 12.</source>
        <translation>El mes debe ser un número del 1 al 12.</translation>
    </message>
    <message>
        <source>That day does not exist in that month.</source>
        <translation>Ese día no existe en ese mes.</translation>
    </message>
    <message>
        <source>Please enter your full name.</source>
        <translation>Por favor, escriba su nombre completo.</translation>
    </message>
    <message>
        <source>Please shorten the name to {0} characters.</source>
        <translation>El nombre debe tener {0} caracteres o menos.</translation>
    </message>
    <message>
        <source>Please enter your date of birth.</source>
        <translation>Por favor, escriba su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Your date of birth must be in the past.</source>
        <translation>La fecha de nacimiento debe ser antes de hoy.</translation>
    </message>
    <message>
        <source>Please check the year: that would make you over {0}.</source>
        <translation>Revise el año: con ese año, usted tendría más de {0} años.</translation>
    </message>
    <message>
        <source>The appointment date cannot be in the past.</source>
        <translation>La fecha de la cita no puede ser antes de hoy.</translation>
    </message>
    <message>
        <source>Choose a number for your pain right now.</source>
        <translation>Elija un número para su dolor de ahora.</translation>
    </message>
    <message>
        <source>Choose a number for your worst pain in the past 7 days.</source>
        <translation>Elija un número para su peor dolor de los últimos 7 días.</translation>
    </message>
    <message>
        <source>Choose how often the spasms come.</source>
        <translation>Elija cada cuánto le dan los espasmos.</translation>
    </message>
    <message>
        <source>Choose how long a spasm usually lasts.</source>
        <translation>Elija cuánto suele durar un espasmo.</translation>
    </message>
    <message>
        <source>Choose whether it is getting better or worse.</source>
        <translation>Elija si va mejorando o empeorando.</translation>
    </message>
    <message>
        <source>Tell us when the spasms started.</source>
        <translation>Díganos cuándo empezaron los espasmos.</translation>
    </message>
    <message>
        <source>Enter the date they started.</source>
        <translation>Escriba la fecha en que empezaron.</translation>
    </message>
    <message>
        <source>Enter how many days, weeks, months or years ago.</source>
        <translation>Escriba hace cuántos días, semanas, meses o años.</translation>
    </message>
    <message>
        <source>Choose days, weeks, months or years.</source>
        <translation>Elija días, semanas, meses o años.</translation>
    </message>
    <message>
        <source>That date is in the future.</source>
        <translation>Esa fecha todavía no ha llegado.</translation>
    </message>
    <message>
        <source>That is before you were born.</source>
        <translation>Esa fecha es antes de que usted naciera.</translation>
    </message>
    <message>
        <source>Choose whether it started suddenly or gradually.</source>
        <translation>Elija si empezaron de repente o poco a poco.</translation>
    </message>
    <message>
        <source>Choose what was going on, or “No clear cause”.</source>
        <translation>Elija qué estaba pasando, o “Sin causa clara”.</translation>
    </message>
    <message>
        <source>Tell us briefly what else was going on.</source>
        <translation>Díganos en pocas palabras qué otra cosa pasaba.</translation>
    </message>
    <message>
        <source>Tell us briefly what the other condition is.</source>
        <translation>Díganos en pocas palabras cuál es el otro problema de salud.</translation>
    </message>
    <message>
        <source>“None of these” cannot go with other conditions.</source>
        <translation>Si marca “Ninguno de estos”, no puede marcar otros problemas.</translation>
    </message>
    <message>
        <source>Answer at least one row, or tick “I haven&apos;t tried anything yet”.</source>
        <translation>Conteste al menos una fila, o marque “Todavía no he probado nada”.</translation>
    </message>
    <message>
        <source>You ticked “I haven&apos;t tried anything yet” but marked something as tried. Please change one.</source>
        <translation>Marcó “Todavía no he probado nada”, pero también marcó algo que sí probó. Por favor, cambie una de las dos cosas.</translation>
    </message>
    <message>
        <source>Tell us what the other treatment was.</source>
        <translation>Díganos cuál fue el otro tratamiento.</translation>
    </message>
    <message>
        <source>Tick every symptom you have, or “None of these”.</source>
        <translation>Marque cada síntoma que tenga, o “Ninguno de estos”.</translation>
    </message>
    <message>
        <source>“None of these” cannot go with a ticked symptom.</source>
        <translation>Si marca “Ninguno de estos”, no puede marcar también un síntoma.</translation>
    </message>
    <message>
        <source>Please shorten this to {0} characters.</source>
        <translation>Esto debe tener {0} caracteres o menos.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Get ready for your spine appointment</source>
        <translation>Prepárese para su cita en la clínica de columna</translation>
    </message>
    <message>
        <source>Your doctor at {0} wants to know four things about your back spasms: how bad the pain is, how often the spasms come, when they started, and what you are doing for relief.</source>
        <translation>Su médico en {0} quiere saber cuatro cosas sobre sus espasmos de espalda: cuánto le duele, cada cuánto le dan los espasmos, cuándo empezaron y qué hace para aliviarse.</translation>
    </message>
    <message>
        <source>It takes about 3 minutes.</source>
        <translation>Toma unos 3 minutos.</translation>
    </message>
    <message>
        <source>At the end you get a one-page sheet to print and bring to your visit.</source>
        <translation>Al final, recibe una hoja de una página para imprimir y llevar a su cita.</translation>
    </message>
    <message>
        <source>Your answers stay on this computer. Nothing is sent over the internet.</source>
        <translation>Sus respuestas se quedan en esta computadora. No se envía nada por internet.</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Continuar donde me quedé</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>See past summaries</source>
        <translation>Ver resúmenes pasados</translation>
    </message>
    <message>
        <source>You have unfinished answers from {0}. Do you want to continue them?</source>
        <translation>Tiene respuestas sin terminar, guardadas el {0}. ¿Quiere seguir con ellas?</translation>
    </message>
</context>
</TS>
