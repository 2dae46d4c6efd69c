import type { Translation } from '../localize.js';

// Spanish (neutral international), "tú" form, as a physiotherapist would say it to a patient.

const plural = new Intl.PluralRules('es');

/** `one` or `other` after a count, by the Spanish plural rule. */
function count(n: number, one: string, other: string): string {
  return `${n} ${plural.select(n) === 'one' ? one : other}`;
}

/** "queda 1 min" / "quedan 5 min": a duration already in words or short form, with the verb agreeing. */
function left(duration: string): string {
  return /^1 \D+$/.test(duration) ? `queda ${duration}` : `quedan ${duration}`;
}

const STOP_IF_PAIN = 'Si sientes dolor de espalda, ¡detente!';

const es: Translation = {
  lang: 'es',
  dir: 'ltr',
  messages: {
    '{0} {1}': '{0} y {1}',
    '{0} exercises · about {1} in all': (exercises: number, total: string) =>
      `${count(exercises, 'ejercicio', 'ejercicios')} · alrededor de ${total} en total`,
    '{0} in all': '{0} en total',
    '{0} left in all': (remaining: string) => {
      const text = left(remaining);
      return `${text.charAt(0).toUpperCase()}${text.slice(1)} en total`;
    },
    '{0} min': '{0} min',
    '{0} min {1} s': '{0} min {1} s',
    '{0} h': '{0} h',
    '{0} h {1} min': '{0} h {1} min',
    '{0} of {1} exercises done.': (done: number, total: number) =>
      `${done} de ${count(total, 'ejercicio hecho', 'ejercicios hechos')}.`,
    '{0} repetitions, hold {1} each.': (reps: number, hold: string) =>
      plural.select(reps) === 'one' ? `${reps} repetición, mantenla ${hold}.` : `${reps} repeticiones, mantén cada una ${hold}.`,
    '{0} s': '{0} s',
    'repetition {0} of {1}': 'repetición {0} de {1}',
    'set {0} of {1}': 'serie {0} de {1}',
    '{0} into the hold': 'a los {0} de mantener la posición',
    'Continue anyway': 'Continuar de todos modos',
    'Routine finished': 'Rutina terminada',
    'Routine finished. Rest now.': 'Rutina terminada. Descansa ahora.',
    'You rated the pain of {0} {1} out of 10: too much to go on.': 'Valoraste el dolor de {0} con {1} de 10: demasiado para continuar.',
    'Move up a level when every exercise feels easy and causes no pain for a week.': 'Sube de nivel cuando todos los ejercicios te resulten fáciles y no te causen dolor durante una semana.',
    '{0} seconds left': (seconds: number) =>
      plural.select(seconds) === 'one' ? `Queda ${seconds} segundo` : `Quedan ${seconds} segundos`,
    '{0} sets of {1} on each side, hold each for {2}': (sets: number, reps: number, hold: string) =>
      `${count(sets, 'serie', 'series')} de ${count(reps, 'repetición', 'repeticiones')} en cada lado, mantén cada una ${hold}`,
    '{0} sets of {1}, hold each for {2}': (sets: number, reps: number, hold: string) =>
      `${count(sets, 'serie', 'series')} de ${count(reps, 'repetición', 'repeticiones')}, mantén cada una ${hold}`,
    '{0} sets on each side, hold each for {1}': (sets: number, hold: string) =>
      `${count(sets, 'serie', 'series')} en cada lado, mantén cada una ${hold}`,
    '{0} sets, hold each for {1}': (sets: number, hold: string) => `${count(sets, 'serie', 'series')}, mantén cada una ${hold}`,
    '{0} times on each side, hold each for {1}': (times: number, hold: string) =>
      `${count(times, 'vez', 'veces')} en cada lado, mantén la posición ${hold} cada vez`,
    '{0} times, hold each for {1}': (times: number, hold: string) =>
      `${count(times, 'vez', 'veces')}, mantén la posición ${hold} cada vez`,
    '{0}: {1}': '{0}: {1}',
    'About right': 'Adecuado',
    Advanced: 'Avanzado',
    'All done: {0}': 'Terminado: {0}',
    'Back to the routine': 'Volver a la rutina',
    Beginner: 'Principiante',
    'Continue to the next exercise': 'Continuar con el siguiente ejercicio',
    'Continue to the summary': 'Continuar al resumen',
    Cues: 'Avisos',
    Difficulty: 'Dificultad',
    'Do {0} repetitions at your own pace, holding {1} seconds each, then press Done.': (reps: number, seconds: number) =>
      plural.select(reps) === 'one'
        ? `Haz ${reps} repetición a tu ritmo, mantenla ${count(seconds, 'segundo', 'segundos')} y luego pulsa Hecho.`
        : `Haz ${reps} repeticiones a tu ritmo, mantén cada una ${count(seconds, 'segundo', 'segundos')} y luego pulsa Hecho.`,
    'Do not push through pain.': 'No sigas si sientes dolor.',
    done: 'hecho',
    Done: 'Hecho',
    'Done?': '¿Hecho?',
    'Done. Well done!': 'Terminado. ¡Muy bien!',
    Easy: 'Fácil',
    Exercise: 'Ejercicio',
    'Exercise {0} of {1} · {2} left': (exercise: number, total: number, remaining: string) =>
      `Ejercicio ${exercise} de ${total} · ${left(remaining)}`,
    'Exercise {0} of {1}: {2}. {3}.': 'Ejercicio {0} de {1}: {2}. {3}.',
    'Exit full screen': 'Salir de pantalla completa',
    'Full screen': 'Pantalla completa',
    'Get into position': 'Colócate en posición',
    'Get into position for the next exercise.': 'Colócate para el siguiente ejercicio.',
    'Get ready': 'Prepárate',
    'Get ready.': 'Prepárate.',
    'Get ready. Start on your left side.': 'Prepárate. Empieza por el lado izquierdo.',
    Hard: 'Difícil',
    'Held position: chest lifted off the floor, arms at the sides, hips and legs pressed into the floor.':
      'Posición mantenida: pecho levantado del suelo, brazos a los lados, cadera y piernas presionando contra el suelo.',
    'Starting position: lying on the stomach, legs together, arms at the sides, palms flat on the floor beside the waist.':
      'Posición inicial: boca abajo, piernas juntas, brazos a los lados, palmas apoyadas en el suelo junto a la cintura.',
    'Held position: chest lifted off the floor with a light push from the hands, hips and legs pressed into the floor.':
      'Posición mantenida: pecho levantado del suelo con un ligero empuje de las manos, cadera y piernas presionando contra el suelo.',
    'Left knee': 'Rodilla izquierda',
    'Right knee': 'Rodilla derecha',
    'To the left': 'Hacia la izquierda',
    'To the right': 'Hacia la derecha',
    'Held position: hands and upper body walked to the left, hips and knees staying in place, stretching the right side of the trunk.':
      'Posición mantenida: manos y parte superior del cuerpo desplazadas hacia la izquierda, cadera y rodillas quietas en su sitio, estirando el lado derecho del tronco.',
    'Held position: hands and upper body walked to the right, hips and knees staying in place, stretching the left side of the trunk.':
      'Posición mantenida: manos y parte superior del cuerpo desplazadas hacia la derecha, cadera y rodillas quietas en su sitio, estirando el lado izquierdo del tronco.',
    'Held position: shoulders lifted just off the floor by tightening the stomach, lower back still on the floor.':
      'Posición mantenida: hombros apenas despegados del suelo al contraer el abdomen, zona lumbar todavía apoyada en el suelo.',
    'Held position: the left knee bent and crossed over the body to the right, hips and lower back twisted, both shoulders flat on the floor.':
      'Posición mantenida: la rodilla izquierda doblada y cruzada sobre el cuerpo hacia la derecha, cadera y zona lumbar giradas, ambos hombros apoyados en el suelo.',
    'Held position: the left knee bent and pulled gently towards the chest with both hands, the right leg flat on the floor.':
      'Posición mantenida: la rodilla izquierda doblada y llevada suavemente hacia el pecho con ambas manos, la pierna derecha extendida en el suelo.',
    'Held position: the right knee bent and crossed over the body to the left, hips and lower back twisted, both shoulders flat on the floor.':
      'Posición mantenida: la rodilla derecha doblada y cruzada sobre el cuerpo hacia la izquierda, cadera y zona lumbar giradas, ambos hombros apoyados en el suelo.',
    'Held position: the right knee bent and pulled gently towards the chest with both hands, the left leg flat on the floor.':
      'Posición mantenida: la rodilla derecha doblada y llevada suavemente hacia el pecho con ambas manos, la pierna izquierda extendida en el suelo.',
    'Held position: upper body pushed up on the arms, back arched, hips and legs still on the floor.':
      'Posición mantenida: parte superior del cuerpo elevada con los brazos, espalda arqueada, cadera y piernas todavía en el suelo.',
    Hold: 'Mantén',
    'Hold {0}': 'Mantén la posición {0}',

    // A report to the clinic: Send to my physiotherapist, and <progress-report>
    '{0} of {1}': '{0} de {1}',
    '{0} sessions, {1} finished': (n: number, f: number) => `${count(n, 'sesión', 'sesiones')}, ${count(f, 'completada', 'completadas')}`,
    'After {0}, from its rating': 'Después de {0}, al valorarlo',
    'Copy the link': 'Copiar el enlace',
    'Copying was not allowed here: the link is selected in its field, copy it with Ctrl+C or ⌘C.': 'Aquí no se permitió copiar: el enlace está seleccionado en su campo, cópialo con Ctrl+C o ⌘C.',
    'Day': 'Día',
    'E-mail to my clinic': 'Enviar por correo a mi clínica',
    'Ended early': 'Terminada antes',
    'Every session': 'Todas las sesiones',
    'Finished': 'Completada',
    'First and last pain': 'Primer y último dolor',
    'Level changes accepted': 'Cambios de nivel aceptados',
    'Link to your report': 'Enlace a tu informe',
    'Making the code…': 'Creando el código…',
    'Moving to the next exercise': 'Pasando al siguiente ejercicio',
    'My exercise report': 'Mi informe de ejercicios',
    'My exercise report for my physiotherapist:': 'Mi informe de ejercicios para mi fisioterapeuta:',
    'No prescription was given to this page, so the report is not checked against one.': 'No se dio ninguna prescripción a esta página, así que el informe no se compara con ninguna.',
    'None.': 'Ninguno.',
    'not rated': 'sin valorar',
    'Only if you want your physiotherapist to see it in the report.': 'Solo si quieres que tu fisioterapeuta lo vea en el informe.',
    'Open report': 'Abrir informe',
    'pain {0}': 'dolor {0}',
    'Pain and difficulty per exercise': 'Dolor y dificultad por ejercicio',
    'Pain over time': 'Dolor a lo largo del tiempo',
    'Pain stops': 'Paradas por dolor',
    'Paste the link the patient sent. It is read in this browser only: nothing is stored or sent.': 'Pega el enlace que envió el paciente. Se lee solo en este navegador: no se guarda ni se envía nada.',
    'Prescribed': 'Prescritas',
    'Progress report': 'Informe de progreso',
    'Progress report from {0}': 'Informe de progreso de {0}',
    'QR code': 'Código QR',
    'QR code of the link to your report': 'Código QR del enlace a tu informe',
    'Report shared.': 'Informe compartido.',
    'Send to my physiotherapist': 'Enviar a mi fisioterapeuta',
    'Send…': 'Enviar…',
    'Session': 'Sesión',
    'Sessions remembered before this version of the player have no ratings to send.': 'Las sesiones guardadas antes de esta versión del reproductor no tienen valoraciones que enviar.',
    'Sessions week by week': 'Sesiones semana a semana',
    'Sharing did not work here: copy the link instead.': 'Compartir no funcionó aquí: copia el enlace en su lugar.',
    'Show this to your physiotherapist to scan.': 'Muéstraselo a tu fisioterapeuta para que lo escanee.',
    'Stopped for pain': 'Detenida por dolor',
    'Stopped or ended early': 'Detenidas o terminadas antes',
    'The code could not be made.': 'No se pudo crear el código.',
    'The link is copied.': 'El enlace está copiado.',
    'The prescription given to this page has no frequency, so sessions are not compared with it.': 'La prescripción de esta página no tiene frecuencia, así que las sesiones no se comparan con ella.',
    'The report could not be made from what this browser remembers.': 'No se pudo crear el informe con lo que este navegador recuerda.',
    'The report holds your sessions of the last {0} weeks and how each exercise felt: {1} sessions, {2} stopped for pain, {3} level changes. It is sent only if you send it, and nothing else about you is in it.': (weeks: number, sessions: number, stops: number, changes: number) =>
      `El informe contiene tus sesiones de las últimas ${weeks} semanas y cómo sentiste cada ejercicio: ${count(sessions, 'sesión', 'sesiones')}, ${count(stops, 'detenida', 'detenidas')} por dolor, ${count(changes, 'cambio de nivel', 'cambios de nivel')}. Solo se envía si tú lo envías, y no contiene nada más sobre ti.`,
    'This report cannot be read because it has problems:': 'Este informe no se puede leer porque tiene problemas:',
    'This report is not about the prescription on this page: its exercises, doses or frequency differ. Check which routine the patient was given before reading it.': 'Este informe no corresponde a la prescripción de esta página: sus ejercicios, dosis o frecuencia son distintos. Comprueba qué rutina recibió el paciente antes de leerlo.',
    'Week of': 'Semana del',
    'where it was stopped was not recorded': 'no se registró dónde se detuvo',
    'Your name (optional)': 'Tu nombre (opcional)',
    "Your patient's report link": 'Enlace del informe del paciente',
    'Hold {0} on each side': 'Mantén la posición {0} en cada lado',
    'Hold {0}.': 'Mantén {0}.',
    'Hold timer': 'Temporizador',
    'How did {0} feel?': '¿Cómo te sentiste con {0}?',
    'How to do it': 'Cómo hacerlo',
    'If the pain persists or gets worse, contact your physiotherapist or a doctor.':
      'Si el dolor continúa o empeora, consulta a tu fisioterapeuta o a un médico.',
    Intermediate: 'Intermedio',
    'Last one!': '¡Es el último!',
    'left side': 'lado izquierdo',
    'Left side': 'Lado izquierdo',
    'Left side.': 'Lado izquierdo.',
    Level: 'Nivel',
    'Level: {0}': 'Nivel: {0}',
    Moderate: 'Moderado',
    Next: 'Siguiente',
    'Next exercise: {0}': 'Siguiente ejercicio: {0}',
    'No pain': 'Sin dolor',
    'not reached': 'sin empezar',
    'Notes from your clinic': 'Notas de tu clínica',
    // The handout: its pictures, fields, safety advice and warning signs
    'Then hold': 'Luego mantén',
    'Progression:': 'Progresión:',
    Date: 'Fecha',
    Physiotherapist: 'Fisioterapeuta',
    'Next appointment': 'Próxima cita',
    'If an exercise hurts': 'Si un ejercicio te duele',
    'Warning signs: get urgent medical help': 'Señales de alarma: busca atención médica urgente',
    'Stop the exercises and see a doctor or an urgent care service straight away if you have back pain and any of these:': 'Deja los ejercicios y acude enseguida a un médico o a urgencias si tienes dolor de espalda y alguna de estas señales:',
    'numbness or tingling around your bottom or genitals': 'entumecimiento u hormigueo alrededor de las nalgas o los genitales',
    'changes in your bladder or bowels: you cannot pee, or you cannot control your pee or poo': 'cambios en la vejiga o el intestino: no puedes orinar, o no puedes controlar la orina o las heces',
    'weakness in one or both legs': 'debilidad en una pierna o en las dos',
    'pain spreading down a leg': 'dolor que baja por una pierna',
    'a fever (a high temperature) as well as back pain': 'fiebre (temperatura alta) además del dolor de espalda',
    'Opening the routine from your link…': 'Abriendo la rutina de tu enlace…',
    'pain {0} of 10': 'dolor {0} de 10',
    'Pain of {0} is too much to go on.': 'Un dolor de {0} es demasiado para continuar.',
    'Pain, from 0 (none) to 10 (worst)': 'Dolor, de 0 (ninguno) a 10 (máximo)',
    Pause: 'Pausar',
    'Paused · {0}': 'En pausa · {0}',
    'Paused for your rating': 'En pausa para tu valoración',
    'Paused. How did {0} feel? Rate it, then continue.': 'En pausa. ¿Cómo te sentiste con {0}? Valóralo y luego continúa.',
    Previous: 'Anterior',
    'Progression: {0}': 'Progresión: {0}',
    Ready: 'Preparado',
    'Rep {0} of {1}': 'Repetición {0} de {1}',
    Reset: 'Reiniciar',
    Rest: 'Descansa',
    'Rest between sets': 'Descansa entre series',
    'Rest. Set {0} of {1} next.': 'Descansa. Después, serie {0} de {1}.',
    Resume: 'Reanudar',
    'Resume where I left off': 'Seguir donde lo dejé',
    'right side': 'lado derecho',
    'Right side': 'Lado derecho',
    'Right side.': 'Lado derecho.',
    Routine: 'Rutina',
    'Routine complete. Well done!': 'Rutina completada. ¡Muy bien!',
    'Routine progress': 'Progreso de la rutina',
    'Session stopped': 'Sesión detenida',
    'Session stopped.': 'Sesión detenida.',
    'Sessions this week: {0}': 'Sesiones esta semana: {0}',
    // Your history (issue 24)
    'Your history': 'Tu historial',
    'Kept in this browser only. Nothing is sent anywhere.': 'Se guarda solo en este navegador. No se envía nada a ningún sitio.',
    'No sessions remembered yet. Your sessions will show here.': 'Aún no hay sesiones guardadas. Tus sesiones aparecerán aquí.',
    'This week': 'Esta semana',
    '{0} of {1} this week': '{0} de {1} esta semana',
    '{0} sessions': (n: number) => count(n, 'sesión', 'sesiones'),
    'no session': 'ninguna sesión',
    'a session': 'una sesión',
    'a day of your plan': 'un día de tu plan',
    today: 'hoy',
    '{0} sessions since {1}': (n: number, since: string) => `${count(n, 'sesión', 'sesiones')} desde el ${since}`,
    '{0} weeks with a session': (n: number) => `${count(n, 'semana', 'semanas')} con alguna sesión`,
    '{0} weeks in a row': '{0} semanas seguidas',
    'Pain over the last six weeks': 'Dolor en las últimas seis semanas',
    'No pain rated in the last six weeks.': 'No has valorado el dolor en las últimas seis semanas.',
    'Pain from 0 (none) to 10 (worst), by session': 'Dolor de 0 (nada) a 10 (el peor), por sesión',
    'latest {0}': 'última: {0}',
    'Download my history': 'Descargar mi historial',
    'Delete my history': 'Borrar mi historial',
    'Delete everything this browser remembers of this routine? This cannot be undone.':
      '¿Borrar todo lo que este navegador guarda de esta rutina? No se puede deshacer.',
    'Yes, delete': 'Sí, borrar',
    'Keep it': 'Conservarlo',
    'Your history is deleted.': 'Tu historial se ha borrado.',
    'This browser did not let us delete your history.': 'Este navegador no nos ha dejado borrar tu historial.',
    'Your history is saved as {0}.': 'Tu historial se ha guardado como {0}.',
    'Back to the summary': 'Volver al resumen',
    'Set {0} of {1}': 'Serie {0} de {1}',
    'Set {0} of {1}.': 'Serie {0} de {1}.',
    Skip: 'Saltar',
    skipped: 'saltado',
    Sounds: 'Sonidos',
    Start: 'Empezar',
    'Start again': 'Empezar de nuevo',
    'Start over': 'Empezar desde el principio',
    // Level suggestions (issue 24).
    '{0} felt easy, with little or no pain, in your last {1} sessions. Ready for {2}: {3}?': '{0}: te resultó fácil, con poco o ningún dolor, en tus últimas {1} sesiones. ¿Pasas al nivel {2}: {3}?',
    '{0} hurt in your last session. Step back to {1}: {2}?': '{0}: te dolió en tu última sesión. ¿Vuelves al nivel {1}: {2}?',
    '{0} hurt in your last session, and there is no easier level. Talk to your clinic before you do it again.': '{0}: te dolió en tu última sesión y no hay un nivel más fácil. Habla con tu clínica antes de volver a hacerlo.',
    '{0}: {1} from now on ({2}).': '{0}: nivel {1} a partir de ahora ({2}).',
    'Accept': 'Aceptar',
    'Not now': 'Ahora no',
    'OK': 'De acuerdo',
    'This browser did not let us save this change; it holds only until you close the page.': 'Este navegador no nos dejó guardar este cambio; solo vale hasta que cierres la página.',
    'Starting position: kneeling with the tops of the feet flat on the floor, arms and body stretched forward, hands on the floor.':
      'Posición inicial: de rodillas con los empeines apoyados en el suelo, brazos y cuerpo estirados hacia delante, manos en el suelo.',
    'Starting position: lying flat on the back, legs straight, arms by the sides.':
      'Posición inicial: boca arriba en el suelo, piernas estiradas, brazos a los lados del cuerpo.',
    'Starting position: lying flat on the back, legs straight, arms out to the sides on the floor.':
      'Posición inicial: boca arriba en el suelo, piernas estiradas, brazos extendidos hacia los lados sobre el suelo.',
    'Starting position: lying on the back, knees bent, feet flat on the floor, hands behind the head.':
      'Posición inicial: boca arriba, rodillas dobladas, pies apoyados en el suelo, manos detrás de la cabeza.',
    'Starting position: lying on the stomach, arms at the sides, legs together.':
      'Posición inicial: boca abajo, brazos a los lados, piernas juntas.',
    'Starting position: lying on the stomach, legs together, hands flat on the floor at shoulder level.':
      'Posición inicial: boca abajo, piernas juntas, manos apoyadas en el suelo a la altura de los hombros.',
    Steps: 'Pasos',
    'Stop — this hurts': 'Parar: me duele',
    'Stop now': 'Parar ahora',
    'Stop the exercise and rest in a comfortable position.': 'Detén el ejercicio y descansa en una postura cómoda.',
    'stopped here': 'detenido aquí',
    Strength: 'Fuerza',
    Stretch: 'Estiramiento',
    'Switch sides': 'Cambia de lado',
    'Switch to your right side.': 'Cambia de lado: ahora el lado derecho.',

    // Movement cues: shown under the phase label during a hold, and said as it begins (src/i18n/movement-cues.ts)
    'Pull your left knee towards your chest': 'Lleva la rodilla izquierda hacia el pecho',
    'Pull your right knee towards your chest': 'Lleva la rodilla derecha hacia el pecho',
    'Cross your left knee over to the right, shoulders flat': 'Cruza la rodilla izquierda hacia la derecha, hombros en el suelo',
    'Cross your right knee over to the left, shoulders flat': 'Cruza la rodilla derecha hacia la izquierda, hombros en el suelo',
    'Walk your hands to the left — feel the stretch along your right side': 'Lleva las manos hacia la izquierda: siente el estiramiento en el costado derecho',
    'Walk your hands to the right — feel the stretch along your left side': 'Lleva las manos hacia la derecha: siente el estiramiento en el costado izquierdo',
    'Up … and down': 'Arriba … y abajo',
    'Up': 'Arriba',
    'And down': 'Y abajo',
    'Push up … and lower': 'Empuja hacia arriba … y baja',
    'Push up': 'Empuja hacia arriba',
    'Lift … and lower': 'Sube el pecho … y baja',
    'Lift': 'Sube el pecho',
    'And lower': 'Y baja',
    '{0}, {1}': '{0}, {1}',

    'Take care': 'Precauciones',
    'Take care: {0}': 'Precauciones: {0}',
    'Then: {0}': 'Después: {0}',
    'This browser did not let us save this session; nothing is stored.':
      'Este navegador no nos permitió guardar esta sesión; no se ha guardado nada.',
    'This browser does not let us save progress here; the routine works, but nothing is saved.':
      'Este navegador no nos permite guardar el progreso aquí; la rutina funciona, pero no se guarda nada.',
    'The timer cannot be shown: another script on this page already uses the name {0}.':
      'No se puede mostrar el temporizador: otro script de esta página ya usa el nombre {0}.',
    'This exercise cannot be shown because its data has problems:': 'No se puede mostrar este ejercicio porque sus datos tienen problemas:',
    'This routine cannot be played because its data has problems:': 'No se puede reproducir esta rutina porque sus datos tienen problemas:',
    'This timer cannot start because of its attributes:': 'Este temporizador no puede empezar debido a sus atributos:',
    'Tick each exercise when you have done it': 'Marca cada ejercicio cuando lo hayas hecho',
    'Time spent: {0}': 'Tiempo empleado: {0}',
    Vibration: 'Vibración',
    Voice: 'Voz',
    'Works: {0}': 'Trabaja: {0}',
    Worst: 'Máximo',
    'You stopped after {0}.': 'Te detuviste después de {0}.',
    'You stopped at exercise {0} of {1}.': 'Te detuviste en el ejercicio {0} de {1}.',
    'You stopped during {0} ({1}).': 'Te detuviste durante {0} ({1}).',
    'You stopped during {0}.': 'Te detuviste durante {0}.',
    'Your pace': 'A tu ritmo',
    'Your screen may turn off: this browser cannot keep it awake.':
      'Es posible que la pantalla se apague: este navegador no puede mantenerla encendida.',
    // Sound: the check before start, and sound stopped by the browser
    'Test sound': 'Probar el sonido',
    'You will hear this during the exercises.': 'Oirás esto durante los ejercicios.',
    "Sound played — if you heard nothing, turn your phone's sound up.": 'Sonido reproducido: si no has oído nada, sube el volumen del teléfono.',
    "This browser can't play sound.": 'Este navegador no puede reproducir sonido.',
    "This browser can't speak.": 'Este navegador no puede hablar.',
    "This browser can't play sound or speak.": 'Este navegador no puede reproducir sonido ni hablar.',
    'Tap to turn the sound back on': 'Toca para volver a activar el sonido',
    'You stopped this routine in another tab because it hurt, so it was paused here too. Your place in it is no longer saved.':
      'Detuviste esta rutina en otra pestaña porque te dolía, así que aquí también se ha puesto en pausa. Ya no se guarda por dónde vas.',

    // How often, and calendar reminders (src/adherence/)
    '{0} boxes a day: one for each time.': '{0} casillas por día: una para cada vez.',
    '{0} days a week': '{0} días a la semana',
    '● marks the days to do them.': '● marca los días en que hacerlos.',
    'A file for your calendar app, with a reminder at these times and the link to these exercises.':
      'Un archivo para tu aplicación de calendario, con un recordatorio a estas horas y el enlace a estos ejercicios.',
    'Add to calendar': 'Añadir al calendario',
    'afternoons, {0}': 'por la tarde, {0}',
    'Any {0} days of the week.': (n: number) => (plural.select(n) === 'one' ? 'Un día cualquiera de la semana.' : `${n} días cualesquiera de la semana.`),
    'Any days of the week will do: the days in your calendar are a suggestion; move them as suits you.':
      'Sirve cualquier día de la semana: los días de tu calendario son una sugerencia; cámbialos como te vaya mejor.',
    'at {0}': 'a las {0}',
    'evenings, {0}': 'por la noche, {0}',
    'Every day': 'Todos los días',
    'How often': 'Con qué frecuencia',
    'How often: {0}': 'Con qué frecuencia: {0}',
    'mornings, {0}': 'por la mañana, {0}',
    'Once a week': 'Una vez a la semana',
    'Open your exercises with this link:': 'Abre tus ejercicios con este enlace:',
    'three times a day': 'tres veces al día',
    'Time for your exercises: {0}': 'Hora de tus ejercicios: {0}',
    'twice a day': 'dos veces al día',
  },
  catalog: {
    exercises: {
      'knee-to-chest': {
        name: 'Rodilla al pecho',
        targets: ['zona lumbar', 'músculos glúteos'],
        steps: [
          'Acuéstate boca arriba',
          'Dobla una pierna por la rodilla, de modo que la pantorrilla quede paralela al tronco',
          'Sujeta el muslo o la rodilla',
          'Lleva la rodilla suavemente hacia el pecho, todo lo que puedas',
        ],
        cautions: ['Tira con suavidad; nunca fuerces el estiramiento.', STOP_IF_PAIN],
        startPosition: 'Acuéstate boca arriba',
      },
      'lower-back-twist': {
        name: 'Torsión lumbar',
        targets: ['músculos paravertebrales (los músculos que rodean directamente la columna)'],
        steps: [
          'Acuéstate boca arriba',
          'Dobla una pierna y crúzala hacia el lado contrario del cuerpo',
          'Gira la cadera y la zona lumbar, manteniendo los hombros lo más apoyados posible en el suelo',
          'Gira hasta que notes el estiramiento en la zona lumbar',
        ],
        cautions: ['Gira solo hasta que notes el estiramiento en la zona lumbar.', STOP_IF_PAIN],
        startPosition: 'Acuéstate boca arriba',
      },
      'side-trunk-stretch': {
        name: 'Estiramiento lateral del tronco',
        targets: ['costado del tronco', 'dorsal ancho (músculos laterales del torso)'],
        steps: [
          'Ponte de rodillas en el suelo, con los empeines apoyados en el suelo',
          'Estírate hacia delante sobre el suelo',
          'Extiende los brazos y el cuerpo todo lo que puedas',
          'Mantén las piernas y las rodillas apoyadas en el suelo mientras te estiras',
          'Con el cuerpo extendido, desplaza las manos y el tronco hacia un lado, avanzando con las manos y manteniendo la cintura recta',
        ],
        cautions: ['Mantén la cintura recta mientras te desplazas hacia el lado.', STOP_IF_PAIN],
        startPosition: 'Ponte de rodillas en el suelo, con los empeines apoyados en el suelo',
      },
      'half-crunch': {
        name: 'Medios abdominales',
        targets: ['abdominales frontales'],
        steps: [
          'Colócate en posición de abdominales (manos detrás de la cabeza, boca arriba, pies apoyados en el suelo)',
          'Contrae el abdomen hasta que los hombros se despeguen del suelo',
        ],
        cautions: [
          'No uses los brazos, los codos ni el impulso para levantar los hombros.',
          'Pueden costar, pero no sobrecargues los abdominales.',
          STOP_IF_PAIN,
        ],
        startPosition: 'Colócate en posición de abdominales: manos detrás de la cabeza, boca arriba, pies apoyados en el suelo',
      },
      'push-up-back-extension': {
        name: 'Extensiones de espalda con empuje de brazos',
        targets: ['zona lumbar'],
        steps: [
          'Acuéstate boca abajo con las piernas juntas',
          'Apoya las manos en el suelo, más o menos a la altura de los hombros',
          'Empuja hacia arriba, de modo que la cadera y las piernas se queden en el suelo y la parte superior del tronco se eleve',
        ],
        cautions: ['Mantén la cadera y las piernas en el suelo.', STOP_IF_PAIN],
        startPosition: 'Acuéstate boca abajo con las piernas juntas',
      },
      'assisted-back-extension': {
        name: 'Extensión de espalda asistida',
        targets: ['zona lumbar', 'músculos glúteos'],
        steps: [
          'Acuéstate boca abajo',
          'Mantén los brazos a los lados',
          'Mantén las piernas juntas',
          'Presiona la cadera y las rodillas contra el suelo para levantar el pecho',
          'Al principio ayúdate con las manos; después, despégalas del suelo para hacer el ejercicio completo',
          'Mantén el pecho elevado',
        ],
        cautions: [STOP_IF_PAIN],
        progression: 'Al principio ayúdate con las manos; después, despégalas del suelo para hacer el ejercicio completo.',
        startPosition: 'Acuéstate boca abajo, con los brazos a los lados y las piernas juntas',
      },
    },
    routines: {
      'lower-back': { name: 'Zona lumbar: estirar y fortalecer' },
      'lower-back-stretches': { name: 'Estiramientos lumbares' },
      'trunk-strength': { name: 'Fuerza del tronco' },
    },
  },
};

export default es;
