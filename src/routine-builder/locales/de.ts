import type { TranslatedMessage } from '../../i18n/localize.js';

// German: the routine builder's own messages, loaded beside the shared ones (src/i18n/locales/de.ts)
// only on a page with the builder. The routine builder (a clinic's staff page, without "du" or "Sie"; the printed lines address the patient with "du")

const messages: Record<string, TranslatedMessage> = {
  '{0} added as exercise {1}.': '{0} als Übung {1} hinzugefügt.',
  '{0} characters. The routine is in the part after #, which browsers never send to a server.':
    '{0} Zeichen. Die Übungsfolge steht im Teil nach #, den Browser nie an einen Server senden.',
  '{0} moved to position {1} of {2}.': '{0} an Position {1} von {2} verschoben.',
  '{0} removed.': '{0} entfernt.',
  'Add {0}': '{0} hinzufügen',
  'Add at least one exercise to the routine.': 'Mindestens eine Übung zur Übungsfolge hinzufügen.',
  'Add exercises': 'Übungen hinzufügen',
  'Between exercises (s)': 'Zwischen den Übungen (s)',
  'Built-in exercises': 'Mitgelieferte Übungen',
  'By the patient (a Done button)': 'Vom Patienten (Schaltfläche „Fertig“)',
  'By the timer': 'Vom Timer',
  'Copy HTML': 'HTML kopieren',
  'Copy link': 'Link kopieren',
  'Copying was not allowed here: the text is selected in its field, copy it with Ctrl+C or ⌘C.':
    'Kopieren ist hier nicht erlaubt: Der Text ist in seinem Feld markiert und lässt sich mit Strg+C oder ⌘C kopieren.',
  'Exercises in the routine ({0})': 'Übungen in der Übungsfolge ({0})',
  'Fix the problems marked in red to see the preview.': 'Für die Vorschau zuerst die rot markierten Probleme beheben.',
  'For a blog or CMS page that loads the back-exercise-elements script. It reads well without the script too.':
    'Für eine Blog- oder CMS-Seite, die das Skript von back-exercise-elements lädt. Auch ohne Skript gut lesbar.',
  'From this page': 'Von dieser Seite',
  'Go to the first problem': 'Zum ersten Problem',
  'Built-in routines, to start from': 'Mitgelieferte Übungsfolgen als Ausgangspunkt',
  'Add all of {0}': 'Alle Übungen von „{0}“ hinzufügen',
  '{0} exercises added; the routine has {1}.': '{0} Übungen hinzugefügt; die Übungsfolge hat jetzt {1}.',
  'Hold (s)': 'Halten (s)',
  'HTML copied.': 'HTML kopiert.',
  'HTML to paste into a web page': 'HTML zum Einfügen in eine Webseite',
  'In the routine: {0}': 'In der Übungsfolge: {0}',
  'Link copied.': 'Link kopiert.',
  'Link to the routine': 'Link zur Übungsfolge',
  'Making the QR code…': 'QR-Code wird erstellt …',
  'Move {0} down': '{0} nach unten verschieben',
  'Move {0} up': '{0} nach oben verschieben',
  'Name of the routine': 'Name der Übungsfolge',
  'No exercises yet: add them from the list.': 'Noch keine Übungen: aus der Liste hinzufügen.',
  'Note for the patient': 'Hinweis für den Patienten',
  'On each side': 'Auf jeder Seite',
  'On your phone': 'Auf deinem Handy',
  "Open the patient's page": 'Seite des Patienten öffnen',
  'Order of {0}': 'Reihenfolge von {0}',
  Preview: 'Vorschau',
  'Print handout': 'Merkblatt drucken',
  'QR code of the link to the routine': 'QR-Code des Links zur Übungsfolge',
  Remove: 'Entfernen',
  'Remove {0}': '{0} entfernen',
  'Reorder with the arrow buttons, or Alt + Arrow Up or Down inside an exercise.':
    'Reihenfolge mit den Pfeilschaltflächen ändern, oder mit Alt + Pfeil nach oben oder unten innerhalb einer Übung.',
  Repetitions: 'Wiederholungen',
  'Repetitions are paced': 'Tempo der Wiederholungen',
  'Rest between reps (s)': 'Pause zwischen Wiederholungen (s)',
  'Rest between sets (s)': 'Pause zwischen Sätzen (s)',
  "Scan the code with your phone's camera to open these exercises with a timer that guides you.":
    'Scanne den Code mit der Kamera deines Handys, um diese Übungen mit einem Timer zu öffnen, der dich anleitet.',
  Sets: 'Sätze',
  'Share with the patient': 'Mit dem Patienten teilen',
  'Share…': 'Teilen …',
  'Sharing is possible once the routine has exercises and no problems.': 'Teilen ist möglich, sobald die Übungsfolge Übungen und keine Probleme hat.',
  'Shown before the patient starts and printed on the handout. Plain text.':
    'Wird vor dem Start angezeigt und auf das Merkblatt gedruckt. Nur Text.',
  'No rest: no time to come back to the start between repetitions.':
    'Keine Pause: keine Zeit, zwischen den Wiederholungen in die Ausgangsposition zurückzukommen.',
  "The name travels in the link and is printed on the handout. Use no patient's full name: links end up in messages.":
    'Der Name steht im Link und auf dem Merkblatt. Keine vollständigen Patientennamen: Links landen in Nachrichten.',
  'Some exercises or settings the page gave cannot be used:': 'Einige Übungen oder Einstellungen der Seite sind nicht verwendbar:',
  "The patient scans this code with the phone's camera to open the routine.":
    'Der Patient scannt diesen Code mit der Handykamera und öffnet so die Übungsfolge.',
  'The preview shows here once the routine has exercises.': 'Die Vorschau erscheint hier, sobald die Übungsfolge Übungen hat.',
  'The QR code could not be made.': 'Der QR-Code konnte nicht erstellt werden.',
  'The routine has a problem: {0}': 'Die Übungsfolge hat ein Problem: {0}',
  'Total time: {0}': 'Gesamtdauer: {0}',
  'Unknown exercise': 'Unbekannte Übung',

  // How often, and the clinic's fields
  '24-hour, as 08:00 or 18:30. Optional: reminders are at 08:00 without it.': '24-Stunden-Format, z. B. 08:00 oder 18:30. Optional: Ohne Angabe erinnern die Erinnerungen um 08:00.',
  "A calendar file with reminders on the prescribed days and the routine's link, to import on the patient's phone or send with the link.":
    'Eine Kalenderdatei mit Erinnerungen an den verordneten Tagen und dem Link zur Übungsfolge, zum Importieren auf dem Handy des Patienten oder zum Mitsenden mit dem Link.',
  'A number of days a week': 'Eine Anzahl Tage pro Woche',
  "Clinic's e-mail for the patient's reports": 'E-Mail-Adresse der Praxis für Berichte des Patienten',
  Days: 'Tage',
  'Days a week (1–7)': 'Tage pro Woche (1–7)',
  'No level suggestions': 'Keine Vorschläge zur Stufe',
  'Not given': 'Keine Angabe',
  'On these days': 'An diesen Tagen',
  'Optional. It travels in the link: the patient can send a report of their sessions to it.':
    'Optional. Sie steht im Link: Der Patient kann einen Bericht über seine Einheiten an sie senden.',
  "The patient's player will not suggest moving up or down a level.": 'Der Player des Patienten schlägt keinen Wechsel zu einer höheren oder niedrigeren Stufe vor.',
  'Time of day': 'Uhrzeit',
  'Times a day (1–3)': 'Mal pro Tag (1–3)',
  'Which days': 'An welchen Tagen',
  'With days given, the patient sees how often, the handout marks the days, and "Add to calendar" makes reminders.':
    'Mit Angabe der Tage sieht der Patient, wie oft er übt, das Merkblatt markiert die Tage und „Zum Kalender hinzufügen“ erstellt Erinnerungen.',
};

export default messages;
