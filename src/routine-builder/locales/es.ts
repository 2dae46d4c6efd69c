import type { TranslatedMessage } from '../../i18n/localize.js';

// Spanish: the routine builder's own messages, loaded beside the shared ones (src/i18n/locales/es.ts)
// only on a page with the builder. The routine builder (a clinic's staff page; the printed lines address the patient)

const messages: Record<string, TranslatedMessage> = {
  '{0} added as exercise {1}.': 'Se añadió {0} como ejercicio {1}.',
  '{0} characters. The routine is in the part after #, which browsers never send to a server.':
    '{0} caracteres. La rutina va en la parte que sigue a #, que los navegadores nunca envían a ningún servidor.',
  '{0} moved to position {1} of {2}.': 'Se movió {0} a la posición {1} de {2}.',
  '{0} removed.': 'Se quitó {0}.',
  'Add {0}': 'Añadir {0}',
  'Add at least one exercise to the routine.': 'Añade al menos un ejercicio a la rutina.',
  'Add exercises': 'Añadir ejercicios',
  'Between exercises (s)': 'Entre ejercicios (s)',
  'Built-in exercises': 'Ejercicios incluidos',
  'By the patient (a Done button)': 'Por el paciente (botón «Hecho»)',
  'By the timer': 'Por el temporizador',
  'Copy HTML': 'Copiar HTML',
  'Copy link': 'Copiar enlace',
  'Copying was not allowed here: the text is selected in its field, copy it with Ctrl+C or ⌘C.':
    'Aquí no se permite copiar: el texto está seleccionado en su campo; cópialo con Ctrl+C o ⌘C.',
  'Exercises in the routine ({0})': 'Ejercicios de la rutina ({0})',
  'Fix the problems marked in red to see the preview.': 'Corrige los problemas marcados en rojo para ver la vista previa.',
  'For a blog or CMS page that loads the back-exercise-elements script. It reads well without the script too.':
    'Para una página de blog o CMS que cargue el script de back-exercise-elements. También se lee bien sin el script.',
  'From this page': 'De esta página',
  'Go to the first problem': 'Ir al primer problema',
  'Built-in routines, to start from': 'Rutinas incluidas, para empezar',
  'Add all of {0}': 'Añadir toda la rutina {0}',
  '{0} exercises added; the routine has {1}.': 'Se añadieron {0} ejercicios; la rutina tiene {1}.',
  'Hold (s)': 'Mantener (s)',
  'HTML copied.': 'HTML copiado.',
  'HTML to paste into a web page': 'HTML para pegar en una página web',
  'In the routine: {0}': 'En la rutina: {0}',
  'Link copied.': 'Enlace copiado.',
  'Link to the routine': 'Enlace a la rutina',
  'Making the QR code…': 'Generando el código QR…',
  'Move {0} down': 'Bajar {0}',
  'Move {0} up': 'Subir {0}',
  'Name of the routine': 'Nombre de la rutina',
  'No exercises yet: add them from the list.': 'Todavía no hay ejercicios: añádelos desde la lista.',
  'Note for the patient': 'Nota para el paciente',
  'On each side': 'En cada lado',
  'On your phone': 'En tu móvil',
  "Open the patient's page": 'Abrir la página del paciente',
  'Order of {0}': 'Orden de {0}',
  Preview: 'Vista previa',
  'Print handout': 'Imprimir la hoja para el paciente',
  'QR code of the link to the routine': 'Código QR del enlace a la rutina',
  Remove: 'Quitar',
  'Remove {0}': 'Quitar {0}',
  'Reorder with the arrow buttons, or Alt + Arrow Up or Down inside an exercise.':
    'Cambia el orden con los botones de flecha, o con Alt + flecha arriba o abajo dentro de un ejercicio.',
  Repetitions: 'Repeticiones',
  'Repetitions are paced': 'Ritmo de las repeticiones',
  'Rest between reps (s)': 'Descanso entre repeticiones (s)',
  'Rest between sets (s)': 'Descanso entre series (s)',
  "Scan the code with your phone's camera to open these exercises with a timer that guides you.":
    'Escanea el código con la cámara del móvil para abrir estos ejercicios con un temporizador que te guía.',
  Sets: 'Series',
  'Share with the patient': 'Compartir con el paciente',
  'Share…': 'Compartir…',
  'Sharing is possible once the routine has exercises and no problems.': 'Se puede compartir cuando la rutina tiene ejercicios y ningún problema.',
  'Shown before the patient starts and printed on the handout. Plain text.':
    'Se muestra antes de empezar y se imprime en la hoja del paciente. Solo texto.',
  'No rest: no time to come back to the start between repetitions.':
    'Sin descanso: no hay tiempo de volver a la posición inicial entre repeticiones.',
  "The name travels in the link and is printed on the handout. Use no patient's full name: links end up in messages.":
    'El nombre va en el enlace y se imprime en la hoja. No pongas el nombre completo del paciente: los enlaces acaban en mensajes.',
  'Some exercises or settings the page gave cannot be used:': 'Algunos ejercicios o ajustes que da la página no se pueden usar:',
  "The patient scans this code with the phone's camera to open the routine.":
    'El paciente escanea este código con la cámara del móvil para abrir la rutina.',
  'The preview shows here once the routine has exercises.': 'La vista previa aparece aquí cuando la rutina tiene ejercicios.',
  'The QR code could not be made.': 'No se pudo generar el código QR.',
  'The routine has a problem: {0}': 'La rutina tiene un problema: {0}',
  'Total time: {0}': 'Tiempo total: {0}',
  'Unknown exercise': 'Ejercicio desconocido',

  // How often, and the clinic's fields
  '24-hour, as 08:00 or 18:30. Optional: reminders are at 08:00 without it.': 'En formato de 24 horas, como 08:00 o 18:30. Opcional: sin ella, los recordatorios son a las 08:00.',
  "A calendar file with reminders on the prescribed days and the routine's link, to import on the patient's phone or send with the link.":
    'Un archivo de calendario con recordatorios en los días indicados y el enlace a la rutina, para importarlo en el teléfono del paciente o enviarlo con el enlace.',
  'A number of days a week': 'Un número de días a la semana',
  "Clinic's e-mail for the patient's reports": 'Correo de la clínica para los informes del paciente',
  Days: 'Días',
  'Days a week (1–7)': 'Días a la semana (1–7)',
  'No level suggestions': 'Sin sugerencias de nivel',
  'Not given': 'Sin indicar',
  'On these days': 'Estos días',
  'Optional. It travels in the link: the patient can send a report of their sessions to it.':
    'Opcional. Viaja en el enlace: el paciente puede enviar a esta dirección un informe de sus sesiones.',
  "The patient's player will not suggest moving up or down a level.": 'El reproductor del paciente no sugerirá subir ni bajar de nivel.',
  'Time of day': 'Hora del día',
  'Times a day (1–3)': 'Veces al día (1–3)',
  'Which days': 'Qué días',
  'With days given, the patient sees how often, the handout marks the days, and "Add to calendar" makes reminders.':
    'Con los días indicados, el paciente ve con qué frecuencia, la hoja impresa marca los días y «Añadir al calendario» crea recordatorios.',
};

export default messages;
