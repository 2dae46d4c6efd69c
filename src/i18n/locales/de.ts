import type { Translation } from '../localize.js';

/** German, informal "du" as German fitness and physio apps use it. */
const plural = new Intl.PluralRules('de');
const isOne = (n: number): boolean => plural.select(n) === 'one';

const STOP_IF_PAIN = 'Wenn du Rückenschmerzen spürst, hör auf!';

const de: Translation = {
  lang: 'de',
  dir: 'ltr',
  messages: {
    // Durations
    '{0} {1}': '{0} und {1}',
    '{0} s': '{0} s',
    '{0} min': '{0} min',
    '{0} min {1} s': '{0} min {1} s',
    '{0} h': '{0} h',
    '{0} h {1} min': '{0} h {1} min',

    // Dose sentences ({1}/{2} is a duration in words, already German)
    '{0} sets of {1} on each side, hold each for {2}': '{0} Sätze mit {1} Wiederholungen pro Seite, jeweils {2} halten',
    '{0} sets of {1}, hold each for {2}': '{0} Sätze mit {1} Wiederholungen, jeweils {2} halten',
    '{0} sets on each side, hold each for {1}': '{0} Sätze pro Seite, jeweils {1} halten',
    '{0} sets, hold each for {1}': '{0} Sätze, jeweils {1} halten',
    '{0} times on each side, hold each for {1}': '{0}-mal pro Seite, jeweils {1} halten',
    '{0} times, hold each for {1}': '{0}-mal, jeweils {1} halten',
    'Hold {0} on each side': 'Auf jeder Seite {0} halten',
    'Hold {0}': '{0} halten',

    // A report to the clinic: Send to my physiotherapist, and <progress-report>
    '{0} of {1}': '{0} von {1}',
    '{0} sessions, {1} finished': (n: number, f: number) => `${n} ${isOne(n) ? 'Einheit' : 'Einheiten'}, ${f} abgeschlossen`,
    'After {0}, from its rating': 'Nach {0}, bei der Bewertung',
    'Copy the link': 'Link kopieren',
    'Copying was not allowed here: the link is selected in its field, copy it with Ctrl+C or ⌘C.': 'Kopieren war hier nicht erlaubt: Der Link ist in seinem Feld markiert, kopiere ihn mit Strg+C oder ⌘C.',
    'Day': 'Tag',
    'E-mail to my clinic': 'Per E-Mail an meine Praxis',
    'Ended early': 'Vorzeitig beendet',
    'Every session': 'Alle Einheiten',
    'Finished': 'Abgeschlossen',
    'First and last pain': 'Erster und letzter Schmerz',
    'Level changes accepted': 'Angenommene Stufenwechsel',
    'Link to your report': 'Link zu deinem Bericht',
    'Making the code…': 'Code wird erstellt…',
    'Moving to the next exercise': 'Wechsel zur nächsten Übung',
    'My exercise report': 'Mein Übungsbericht',
    'My exercise report for my physiotherapist:': 'Mein Übungsbericht für die Physiotherapie:',
    'No prescription was given to this page, so the report is not checked against one.': 'Dieser Seite wurde keine Verordnung gegeben, daher wird der Bericht mit keiner abgeglichen.',
    'None.': 'Keine.',
    'not rated': 'nicht bewertet',
    'Only if you want your physiotherapist to see it in the report.': 'Nur wenn deine Physiotherapeutin oder dein Physiotherapeut ihn im Bericht sehen soll.',
    'Open report': 'Bericht öffnen',
    'pain {0}': 'Schmerz {0}',
    'Pain and difficulty per exercise': 'Schmerz und Schwierigkeit je Übung',
    'Pain over time': 'Schmerz im Verlauf',
    'Pain stops': 'Abbrüche wegen Schmerzen',
    'Paste the link the patient sent. It is read in this browser only: nothing is stored or sent.': 'Füge den Link ein, den die Patientin oder der Patient geschickt hat. Er wird nur in diesem Browser gelesen: Nichts wird gespeichert oder gesendet.',
    'Prescribed': 'Verordnet',
    'Progress report': 'Verlaufsbericht',
    'Progress report from {0}': 'Verlaufsbericht von {0}',
    'QR code': 'QR-Code',
    'QR code of the link to your report': 'QR-Code des Links zu deinem Bericht',
    'Report shared.': 'Bericht geteilt.',
    'Send to my physiotherapist': 'An meine Physiotherapie senden',
    'Send…': 'Senden…',
    'Session': 'Einheit',
    'Sessions remembered before this version of the player have no ratings to send.': 'Einheiten, die vor dieser Version des Players gespeichert wurden, haben keine Bewertungen zum Senden.',
    'Sessions week by week': 'Einheiten Woche für Woche',
    'Sharing did not work here: copy the link instead.': 'Teilen hat hier nicht funktioniert: Kopiere stattdessen den Link.',
    'Show this to your physiotherapist to scan.': 'Zeig diesen Code in deiner Praxis zum Scannen.',
    'Stopped for pain': 'Wegen Schmerzen abgebrochen',
    'Stopped or ended early': 'Abgebrochen oder vorzeitig beendet',
    'The code could not be made.': 'Der Code konnte nicht erstellt werden.',
    'The link is copied.': 'Der Link ist kopiert.',
    'The prescription given to this page has no frequency, so sessions are not compared with it.': 'Die Verordnung auf dieser Seite nennt keine Häufigkeit, daher werden die Einheiten nicht damit verglichen.',
    'The report could not be made from what this browser remembers.': 'Aus dem, was dieser Browser gespeichert hat, ließ sich kein Bericht erstellen.',
    'The report holds your sessions of the last {0} weeks and how each exercise felt: {1} sessions, {2} stopped for pain, {3} level changes. It is sent only if you send it, and nothing else about you is in it.': (weeks: number, sessions: number, stops: number, changes: number) =>
      `Der Bericht enthält deine Einheiten der letzten ${weeks} Wochen und wie sich jede Übung angefühlt hat: ${sessions} ${isOne(sessions) ? 'Einheit' : 'Einheiten'}, ${stops} wegen Schmerzen abgebrochen, ${changes} Stufenwechsel. Er wird nur gesendet, wenn du ihn sendest, und sonst steht nichts über dich darin.`,
    'This report cannot be read because it has problems:': 'Dieser Bericht kann nicht gelesen werden, weil er Fehler hat:',
    'This report is not about the prescription on this page: its exercises, doses or frequency differ. Check which routine the patient was given before reading it.': 'Dieser Bericht gehört nicht zur Verordnung auf dieser Seite: Übungen, Dosierungen oder Häufigkeit weichen ab. Prüfe, welche Übungsfolge die Patientin oder der Patient bekommen hat, bevor du ihn liest.',
    'Week of': 'Woche ab',
    'where it was stopped was not recorded': 'wo abgebrochen wurde, ist nicht festgehalten',
    'Your name (optional)': 'Dein Name (freiwillig)',
    "Your patient's report link": 'Berichtslink der Patientin oder des Patienten',

    // Kinds and levels
    Stretch: 'Dehnung',
    Strength: 'Kräftigung',
    Beginner: 'Anfänger',
    Intermediate: 'Mittel',
    Advanced: 'Fortgeschritten',
    Level: 'Stufe',
    'Level: {0}': 'Stufe: {0}',

    // Phases, counts and what is said aloud
    'Get ready': 'Mach dich bereit',
    'Get ready.': 'Mach dich bereit.',
    'Get ready. Start on your left side.': 'Mach dich bereit. Beginne mit der linken Seite.',
    'Get into position': 'Ausgangsposition einnehmen',
    'Get into position for the next exercise.': 'Nimm die Ausgangsposition für die nächste Übung ein.',
    'Switch sides': 'Seite wechseln',
    'Switch to your right side.': 'Wechsle zur rechten Seite.',

    // Movement cues: shown under the phase label during a hold, and said as it begins (src/i18n/movement-cues.ts)
    'Pull your left knee towards your chest': 'Zieh dein linkes Knie zur Brust',
    'Pull your right knee towards your chest': 'Zieh dein rechtes Knie zur Brust',
    'Cross your left knee over to the right, shoulders flat': 'Leg dein linkes Knie nach rechts hinüber, Schultern flach',
    'Cross your right knee over to the left, shoulders flat': 'Leg dein rechtes Knie nach links hinüber, Schultern flach',
    'Walk your hands to the left — feel the stretch along your right side': 'Wandere mit den Händen nach links – spür die Dehnung an deiner rechten Seite',
    'Walk your hands to the right — feel the stretch along your left side': 'Wandere mit den Händen nach rechts – spür die Dehnung an deiner linken Seite',
    'Up … and down': 'Hoch … und runter',
    'Up': 'Hoch',
    'And down': 'Und runter',
    'Push up … and lower': 'Hochdrücken … und senken',
    'Push up': 'Hochdrücken',
    'Lift … and lower': 'Anheben … und senken',
    'Lift': 'Anheben',
    'And lower': 'Und senken',
    '{0}, {1}': '{0}, {1}',

    Rest: 'Ausruhen',
    'Rest between sets': 'Ausruhen zwischen den Sätzen',
    'Rest. Set {0} of {1} next.': 'Ausruhen. Gleich kommt Satz {0} von {1}.',
    'Left side': 'Linke Seite',
    'Right side': 'Rechte Seite',
    'Left side.': 'Linke Seite.',
    'Right side.': 'Rechte Seite.',
    'left side': 'linke Seite',
    'right side': 'rechte Seite',
    Hold: 'Halten',
    'Hold {0}.': '{0} halten.',
    'Rep {0} of {1}': 'Wiederholung {0} von {1}',
    'Set {0} of {1}': 'Satz {0} von {1}',
    'Set {0} of {1}.': 'Satz {0} von {1}.',
    '{0} repetitions, hold {1} each.': (reps: number, hold: string) =>
      isOne(reps) ? `1 Wiederholung, ${hold} halten.` : `${reps} Wiederholungen, jeweils ${hold} halten.`,
    '{0} seconds left': (seconds: number) => (isOne(seconds) ? `Noch ${seconds} Sekunde` : `Noch ${seconds} Sekunden`),
    'Done. Well done!': 'Fertig. Gut gemacht!',
    'Exercise {0} of {1}: {2}. {3}.': 'Übung {0} von {1}: {2}. {3}.',
    'Do {0} repetitions at your own pace, holding {1} seconds each, then press Done.': (reps: number, hold: number) =>
      `Mach ${reps} ${isOne(reps) ? 'Wiederholung' : 'Wiederholungen'} in deinem eigenen Tempo und halte jeweils ${hold} ${
        isOne(hold) ? 'Sekunde' : 'Sekunden'
      }. Tippe dann auf „Fertig“.`,
    'Paused. How did {0} feel? Rate it, then continue.': 'Pausiert. Wie hat sich „{0}“ angefühlt? Bewerte die Übung und mach dann weiter.',

    // Hold timer
    'Hold timer': 'Halte-Timer',
    Ready: 'Bereit',
    Done: 'Fertig',
    'Done?': 'Fertig?',
    '{0}: {1}': '{0}: {1}',
    'Paused · {0}': 'Pausiert · {0}',
    '{0} in all': 'Insgesamt {0}',
    '{0} left in all': 'Insgesamt noch {0}',
    'All done: {0}': 'Alles geschafft: {0}',
    Start: 'Starten',
    'Start again': 'Noch einmal starten',
    Pause: 'Pausieren',
    Resume: 'Fortsetzen',
    Skip: 'Überspringen',
    Reset: 'Zurücksetzen',
    'Your screen may turn off: this browser cannot keep it awake.':
      'Dein Bildschirm könnte sich ausschalten: Dieser Browser kann ihn nicht eingeschaltet lassen.',
    // Sound: the check before start, and sound stopped by the browser
    'Test sound': 'Ton testen',
    'You will hear this during the exercises.': 'Das hörst du während der Übungen.',
    "Sound played — if you heard nothing, turn your phone's sound up.": 'Ton abgespielt – wenn du nichts gehört hast, stell den Ton deines Handys lauter.',
    "This browser can't play sound.": 'Dieser Browser kann keinen Ton abspielen.',
    "This browser can't speak.": 'Dieser Browser kann nicht sprechen.',
    "This browser can't play sound or speak.": 'Dieser Browser kann weder Ton abspielen noch sprechen.',
    'Tap to turn the sound back on': 'Tippen, um den Ton wieder einzuschalten',
    'You stopped this routine in another tab because it hurt, so it was paused here too. Your place in it is no longer saved.':
      'Du hast dieses Programm in einem anderen Tab wegen Schmerzen abgebrochen, deshalb wurde es auch hier pausiert. Wo du darin stehst, wird nicht mehr gespeichert.',
    'This timer cannot start because of its attributes:': 'Dieser Timer kann wegen seiner Attribute nicht starten:',

    // Routine: before start
    Routine: 'Übungsprogramm',
    '{0} exercises · about {1} in all': (count: number, total: string) =>
      `${count} ${isOne(count) ? 'Übung' : 'Übungen'} · insgesamt etwa ${total}`,
    Cues: 'Signale',
    Sounds: 'Töne',
    Voice: 'Sprachansage',
    Vibration: 'Vibration',
    'You stopped at exercise {0} of {1}.': 'Du hast bei Übung {0} von {1} aufgehört.',
    'Resume where I left off': 'Dort weitermachen, wo ich aufgehört habe',
    'Start over': 'Von vorn beginnen',
    // Level suggestions (issue 24).
    '{0} felt easy, with little or no pain, in your last {1} sessions. Ready for {2}: {3}?': '{0} ging in deinen letzten {1} Einheiten leicht, mit wenig oder keinen Schmerzen. Bereit für die Stufe {2}: {3}?',
    '{0} hurt in your last session. Step back to {1}: {2}?': '{0} hat in deiner letzten Einheit wehgetan. Zurück zur Stufe {1}: {2}?',
    '{0} hurt in your last session, and there is no easier level. Talk to your clinic before you do it again.': '{0} hat in deiner letzten Einheit wehgetan, und es gibt keine leichtere Stufe. Sprich mit deiner Praxis, bevor du die Übung wieder machst.',
    '{0}: {1} from now on ({2}).': '{0}: ab jetzt Stufe {1} ({2}).',
    'Accept': 'Annehmen',
    'Not now': 'Jetzt nicht',
    'OK': 'OK',
    'This browser did not let us save this change; it holds only until you close the page.': 'Dieser Browser hat diese Änderung nicht gespeichert; sie gilt nur, bis du die Seite schließt.',
    'Sessions this week: {0}': 'Einheiten diese Woche: {0}',
    // Your history (issue 24)
    'Your history': 'Dein Verlauf',
    'Kept in this browser only. Nothing is sent anywhere.': 'Nur in diesem Browser gespeichert. Nichts wird irgendwohin gesendet.',
    'No sessions remembered yet. Your sessions will show here.': 'Noch keine Einheiten gespeichert. Deine Einheiten erscheinen hier.',
    'This week': 'Diese Woche',
    '{0} of {1} this week': '{0} von {1} diese Woche',
    '{0} sessions': (n: number) => (isOne(n) ? '1 Einheit' : `${n} Einheiten`),
    'no session': 'keine Einheit',
    'a session': 'eine Einheit',
    'a day of your plan': 'ein Tag deines Plans',
    today: 'heute',
    '{0} sessions since {1}': (n: number, since: string) => (isOne(n) ? `1 Einheit seit dem ${since}` : `${n} Einheiten seit dem ${since}`),
    '{0} weeks with a session': (n: number) => (isOne(n) ? '1 Woche mit einer Einheit' : `${n} Wochen mit einer Einheit`),
    '{0} weeks in a row': '{0} Wochen in Folge',
    'Pain over the last six weeks': 'Schmerz in den letzten sechs Wochen',
    'No pain rated in the last six weeks.': 'In den letzten sechs Wochen keine Schmerzbewertung.',
    'Pain from 0 (none) to 10 (worst), by session': 'Schmerz von 0 (keiner) bis 10 (am stärksten), je Einheit',
    'latest {0}': 'zuletzt {0}',
    'Download my history': 'Meinen Verlauf herunterladen',
    'Delete my history': 'Meinen Verlauf löschen',
    'Delete everything this browser remembers of this routine? This cannot be undone.':
      'Alles löschen, was dieser Browser von diesem Programm gespeichert hat? Das lässt sich nicht rückgängig machen.',
    'Yes, delete': 'Ja, löschen',
    'Keep it': 'Behalten',
    'Your history is deleted.': 'Dein Verlauf ist gelöscht.',
    'This browser did not let us delete your history.': 'Dieser Browser hat uns deinen Verlauf nicht löschen lassen.',
    'Your history is saved as {0}.': 'Dein Verlauf ist als {0} gespeichert.',
    'Back to the summary': 'Zurück zur Zusammenfassung',
    'This browser does not let us save progress here; the routine works, but nothing is saved.':
      'Dieser Browser lässt uns hier keinen Fortschritt speichern. Das Programm funktioniert, aber nichts wird gespeichert.',
    'This routine cannot be played because its data has problems:':
      'Dieses Übungsprogramm kann nicht gestartet werden, weil seine Daten Fehler enthalten:',

    // Routine: playing
    'Exercise {0} of {1} · {2} left': 'Übung {0} von {1} · noch {2}',
    'Full screen': 'Vollbild',
    'Exit full screen': 'Vollbild beenden',
    'Routine progress': 'Fortschritt im Programm',
    'How to do it': 'So geht’s',
    'Take care: {0}': 'Bitte beachten: {0}',
    'Your pace': 'Dein Tempo',
    'Then: {0}': 'Danach: {0}',
    'Next exercise: {0}': 'Nächste Übung: {0}',
    'Last one!': 'Letzte Übung!',
    Previous: 'Zurück',
    Next: 'Weiter',
    'Stop — this hurts': 'Stopp – das tut weh',

    // Routine: rating
    'Paused for your rating': 'Pausiert für deine Bewertung',
    'How did {0} feel?': 'Wie hat sich „{0}“ angefühlt?',
    'Pain, from 0 (none) to 10 (worst)': 'Schmerz, von 0 (kein Schmerz) bis 10 (am schlimmsten)',
    'No pain': 'Kein Schmerz',
    Moderate: 'Mäßig',
    Worst: 'Am schlimmsten',
    Difficulty: 'Schwierigkeit',
    Easy: 'Leicht',
    'About right': 'Genau richtig',
    Hard: 'Schwer',
    'Pain of {0} is too much to go on.': 'Schmerz {0} ist zu stark, um weiterzumachen.',
    'Stop now': 'Jetzt aufhören',
    'Continue to the next exercise': 'Weiter zur nächsten Übung',
    'Continue to the summary': 'Weiter zur Zusammenfassung',

    // Routine: stopped and summary
    'Session stopped': 'Training abgebrochen',
    'Session stopped.': 'Training abgebrochen.',
    'You stopped after {0}.': 'Du hast nach „{0}“ abgebrochen.',
    'You stopped during {0}.': 'Du hast bei „{0}“ abgebrochen.',
    'You stopped during {0} ({1}).': 'Du hast bei „{0}“ abgebrochen ({1}).',
    'repetition {0} of {1}': 'Wiederholung {0} von {1}',
    'set {0} of {1}': 'Satz {0} von {1}',
    '{0} into the hold': 'nach {0} Halten',
    'Continue anyway': 'Trotzdem weitermachen',
    'Routine finished': 'Programm beendet',
    'Routine finished. Rest now.': 'Programm beendet. Ruh dich jetzt aus.',
    'You rated the pain of {0} {1} out of 10: too much to go on.': 'Du hast den Schmerz bei {0} mit {1} von 10 bewertet: zu stark, um weiterzumachen.',
    'Move up a level when every exercise feels easy and causes no pain for a week.': 'Geh eine Stufe höher, wenn sich eine Woche lang jede Übung leicht anfühlt und keine Schmerzen macht.',
    'Stop the exercise and rest in a comfortable position.': 'Brich die Übung ab und ruh dich in einer bequemen Position aus.',
    'Do not push through pain.': 'Mach nicht trotz Schmerzen weiter.',
    'If the pain persists or gets worse, contact your physiotherapist or a doctor.':
      'Wenn die Schmerzen anhalten oder stärker werden, wende dich an deine Physiotherapeutin oder deinen Physiotherapeuten oder an eine Ärztin oder einen Arzt.',
    done: 'erledigt',
    skipped: 'übersprungen',
    'stopped here': 'hier abgebrochen',
    'not reached': 'nicht erreicht',
    'pain {0} of 10': 'Schmerz {0} von 10',
    'Time spent: {0}': 'Dauer: {0}',
    'Back to the routine': 'Zurück zum Programm',
    'Routine complete. Well done!': 'Programm geschafft. Gut gemacht!',
    '{0} of {1} exercises done.': (done: number, total: number) =>
      `${done} von ${total} ${isOne(total) ? 'Übung' : 'Übungen'} erledigt.`,
    'This browser did not let us save this session; nothing is stored.':
      'Dieser Browser hat uns diese Einheit nicht speichern lassen. Es wurde nichts gespeichert.',

    // Exercise card and handout
    'The timer cannot be shown: another script on this page already uses the name {0}.':
      'Der Timer kann nicht angezeigt werden: Ein anderes Skript auf dieser Seite verwendet bereits den Namen {0}.',
    'This exercise cannot be shown because its data has problems:':
      'Diese Übung kann nicht angezeigt werden, weil ihre Daten Fehler enthalten:',
    'Works: {0}': 'Wirkt auf: {0}',
    Steps: 'Schritte',
    'Progression: {0}': 'Steigerung: {0}',
    'Take care': 'Bitte beachten',
    Exercise: 'Übung',
    'Tick each exercise when you have done it': 'Hake jede Übung ab, wenn du sie gemacht hast',
    'Notes from your clinic': 'Hinweise deiner Praxis',
    // The handout: its pictures, fields, safety advice and warning signs
    'Then hold': 'Dann halten',
    'Progression:': 'Steigerung:',
    Date: 'Datum',
    Physiotherapist: 'Physiotherapeut/in',
    'Next appointment': 'Nächster Termin',
    'If an exercise hurts': 'Wenn eine Übung schmerzt',
    'Warning signs: get urgent medical help': 'Warnzeichen: Hol dir sofort ärztliche Hilfe',
    'Stop the exercises and see a doctor or an urgent care service straight away if you have back pain and any of these:': 'Hör mit den Übungen auf und geh sofort zu einer Ärztin, einem Arzt oder in die Notaufnahme, wenn du Rückenschmerzen hast und eines davon bemerkst:',
    'numbness or tingling around your bottom or genitals': 'Taubheit oder Kribbeln am Po oder im Genitalbereich',
    'changes in your bladder or bowels: you cannot pee, or you cannot control your pee or poo': 'Veränderungen bei Blase oder Darm: Du kannst kein Wasser lassen, oder du kannst Urin oder Stuhl nicht halten',
    'weakness in one or both legs': 'Schwäche in einem oder beiden Beinen',
    'pain spreading down a leg': 'Schmerzen, die in ein Bein ausstrahlen',
    'a fever (a high temperature) as well as back pain': 'Fieber (erhöhte Temperatur) zusätzlich zu den Rückenschmerzen',
    'Opening the routine from your link…': 'Das Übungsprogramm aus deinem Link wird geöffnet …',

    // Text alternatives of the drawings
    'Starting position: lying flat on the back, legs straight, arms by the sides.':
      'Ausgangsposition: flach auf dem Rücken liegend, Beine gestreckt, Arme neben dem Körper.',
    'Held position: the left knee bent and pulled gently towards the chest with both hands, the right leg flat on the floor.':
      'Halteposition: das linke Knie gebeugt und mit beiden Händen sanft zur Brust gezogen, das rechte Bein flach auf dem Boden.',
    'Held position: the right knee bent and pulled gently towards the chest with both hands, the left leg flat on the floor.':
      'Halteposition: das rechte Knie gebeugt und mit beiden Händen sanft zur Brust gezogen, das linke Bein flach auf dem Boden.',
    'Starting position: lying flat on the back, legs straight, arms out to the sides on the floor.':
      'Ausgangsposition: flach auf dem Rücken liegend, Beine gestreckt, Arme seitlich ausgestreckt auf dem Boden.',
    'Held position: the left knee bent and crossed over the body to the right, hips and lower back twisted, both shoulders flat on the floor.':
      'Halteposition: das linke Knie gebeugt und über den Körper nach rechts geführt, Hüfte und unterer Rücken gedreht, beide Schultern flach auf dem Boden.',
    'Held position: the right knee bent and crossed over the body to the left, hips and lower back twisted, both shoulders flat on the floor.':
      'Halteposition: das rechte Knie gebeugt und über den Körper nach links geführt, Hüfte und unterer Rücken gedreht, beide Schultern flach auf dem Boden.',
    'Starting position: kneeling with the tops of the feet flat on the floor, arms and body stretched forward, hands on the floor.':
      'Ausgangsposition: kniend, die Fußrücken flach auf dem Boden, Arme und Oberkörper nach vorn gestreckt, Hände auf dem Boden.',
    'Held position: hands and upper body walked to the left, hips and knees staying in place, stretching the right side of the trunk.':
      'Halteposition: Hände und Oberkörper nach links gewandert, Hüfte und Knie bleiben an ihrem Platz, die rechte Rumpfseite wird gedehnt.',
    'Held position: hands and upper body walked to the right, hips and knees staying in place, stretching the left side of the trunk.':
      'Halteposition: Hände und Oberkörper nach rechts gewandert, Hüfte und Knie bleiben an ihrem Platz, die linke Rumpfseite wird gedehnt.',
    'Starting position: lying on the back, knees bent, feet flat on the floor, hands behind the head.':
      'Ausgangsposition: auf dem Rücken liegend, Knie gebeugt, Füße flach auf dem Boden, Hände hinter dem Kopf.',
    'Held position: shoulders lifted just off the floor by tightening the stomach, lower back still on the floor.':
      'Halteposition: die Schultern durch Anspannen des Bauchs knapp vom Boden abgehoben, der untere Rücken bleibt auf dem Boden.',
    'Starting position: lying on the stomach, legs together, hands flat on the floor at shoulder level.':
      'Ausgangsposition: auf dem Bauch liegend, Beine geschlossen, Hände auf Schulterhöhe flach auf dem Boden.',
    'Held position: upper body pushed up on the arms, back arched, hips and legs still on the floor.':
      'Halteposition: Oberkörper mit den Armen hochgedrückt, Rücken nach hinten gebogen, Hüfte und Beine bleiben auf dem Boden.',
    'Starting position: lying on the stomach, arms at the sides, legs together.':
      'Ausgangsposition: auf dem Bauch liegend, Arme neben dem Körper, Beine geschlossen.',
    'Held position: chest lifted off the floor, arms at the sides, hips and legs pressed into the floor.':
      'Halteposition: Brust vom Boden abgehoben, Arme neben dem Körper, Hüfte und Beine in den Boden gedrückt.',
    'Starting position: lying on the stomach, legs together, arms at the sides, palms flat on the floor beside the waist.':
      'Ausgangsposition: auf dem Bauch liegend, Beine geschlossen, Arme seitlich am Körper, Handflächen neben der Taille flach auf dem Boden.',
    'Held position: chest lifted off the floor with a light push from the hands, hips and legs pressed into the floor.':
      'Halteposition: Brust mit leichtem Druck der Hände vom Boden abgehoben, Hüfte und Beine in den Boden gedrückt.',
    'Left knee': 'Linkes Knie',
    'Right knee': 'Rechtes Knie',
    'To the left': 'Nach links',
    'To the right': 'Nach rechts',

    // How often, and calendar reminders (src/adherence/)
    '{0} boxes a day: one for each time.': '{0} Kästchen pro Tag: eines für jedes Mal.',
    '{0} days a week': '{0} Tage pro Woche',
    '● marks the days to do them.': '● markiert die Übungstage.',
    'A file for your calendar app, with a reminder at these times and the link to these exercises.':
      'Eine Datei für deine Kalender-App, mit einer Erinnerung zu diesen Zeiten und dem Link zu diesen Übungen.',
    'Add to calendar': 'Zum Kalender hinzufügen',
    'afternoons, {0}': 'nachmittags, {0}',
    'Any {0} days of the week.': (n: number) => (isOne(n) ? 'An einem beliebigen Tag der Woche.' : `An beliebigen ${n} Tagen der Woche.`),
    'Any days of the week will do: the days in your calendar are a suggestion; move them as suits you.':
      'Die Wochentage sind frei wählbar: Die Tage in deinem Kalender sind ein Vorschlag; verschiebe sie, wie es dir passt.',
    'at {0}': 'um {0}',
    'evenings, {0}': 'abends, {0}',
    'Every day': 'Jeden Tag',
    'How often': 'Wie oft',
    'How often: {0}': 'Wie oft: {0}',
    'mornings, {0}': 'morgens, {0}',
    'Once a week': 'Einmal pro Woche',
    'Open your exercises with this link:': 'Öffne deine Übungen mit diesem Link:',
    'three times a day': 'dreimal täglich',
    'Time for your exercises: {0}': 'Zeit für deine Übungen: {0}',
    'twice a day': 'zweimal täglich',
  },
  catalog: {
    exercises: {
      'knee-to-chest': {
        name: 'Knie zur Brust',
        targets: ['unterer Rücken', 'Gesäßmuskulatur'],
        steps: [
          'Leg dich flach auf den Rücken',
          'Beuge ein Bein im Knie, sodass die Wade parallel zum Oberkörper ist',
          'Greif den Oberschenkel oder das Knie',
          'Zieh das Knie sanft so weit wie möglich zur Brust',
        ],
        cautions: ['Zieh sanft und erzwinge die Dehnung nie.', STOP_IF_PAIN],
        startPosition: 'Leg dich flach auf den Rücken',
      },
      'lower-back-twist': {
        name: 'Drehung für den unteren Rücken',
        targets: ['paraspinale Muskulatur (Muskeln direkt an der Wirbelsäule)'],
        steps: [
          'Leg dich flach auf den Rücken',
          'Beuge ein Bein und führe es über den Körper zur anderen Seite',
          'Dreh Hüfte und unteren Rücken und halte dabei die Schultern so flach wie möglich',
          'Dreh so weit, bis du eine Dehnung im unteren Rücken spürst',
        ],
        cautions: ['Dreh nur so weit, bis du die Dehnung im unteren Rücken spürst.', STOP_IF_PAIN],
        startPosition: 'Leg dich flach auf den Rücken',
      },
      'side-trunk-stretch': {
        name: 'Seitliche Rumpfdehnung',
        targets: ['Rumpfseite', 'Latissimus dorsi (seitliche Rumpfmuskeln)'],
        steps: [
          'Knie dich auf den Boden, die Fußrücken liegen flach auf dem Boden',
          'Greif auf dem Boden nach vorn',
          'Streck Arme und Oberkörper so weit wie möglich',
          'Lass Beine und Knie beim Strecken flach auf dem Boden',
          'Wandere in der Streckung mit Händen und Oberkörper zur Seite und halte dabei die Taille gerade',
        ],
        cautions: ['Halte die Taille gerade, während du zur Seite wanderst.', STOP_IF_PAIN],
        startPosition: 'Knie dich auf den Boden, die Fußrücken liegen flach auf dem Boden',
      },
      'half-crunch': {
        name: 'Halbe Crunches',
        targets: ['vordere Bauchmuskulatur'],
        steps: [
          'Geh in die Sit-up-Position (Hände hinter dem Kopf, flach auf dem Rücken, Füße flach auf dem Boden)',
          'Spann den Bauch an, bis die Schultern vom Boden abheben',
        ],
        cautions: [
          'Heb die Schultern nicht mit Armen, Ellbogen oder Schwung an.',
          'Die Übung kann anstrengend sein, aber überlaste deine Bauchmuskeln nicht.',
          STOP_IF_PAIN,
        ],
        startPosition: 'Geh in die Sit-up-Position: Hände hinter dem Kopf, flach auf dem Rücken, Füße flach auf dem Boden',
      },
      'push-up-back-extension': {
        name: 'Rückenstreckung mit Hochdrücken',
        targets: ['unterer Rücken'],
        steps: [
          'Leg dich auf den Bauch, die Beine geschlossen',
          'Leg die Hände etwa auf Schulterhöhe flach auf den Boden',
          'Drück dich hoch, sodass Hüfte und Beine auf dem Boden bleiben, aber der Oberkörper sich hebt',
        ],
        cautions: ['Lass Hüfte und Beine auf dem Boden.', STOP_IF_PAIN],
        startPosition: 'Leg dich auf den Bauch, die Beine geschlossen',
      },
      'assisted-back-extension': {
        name: 'Unterstützte Rückenstreckung',
        targets: ['unterer Rücken', 'Gesäßmuskulatur'],
        steps: [
          'Leg dich auf den Bauch',
          'Lass die Arme neben dem Körper',
          'Halte die Beine geschlossen',
          'Drück Hüfte und Knie in den Boden, um die Brust anzuheben',
          'Hilf anfangs mit den Händen nach, heb sie dann für die volle Übung vom Boden ab',
          'Halte die Brust oben',
        ],
        cautions: [STOP_IF_PAIN],
        progression: 'Hilf anfangs mit den Händen nach und heb sie dann für die volle Übung vom Boden ab.',
        startPosition: 'Leg dich auf den Bauch, die Arme neben dem Körper, die Beine geschlossen',
      },
    },
    routines: {
      'lower-back': { name: 'Unterer Rücken: dehnen und kräftigen' },
      'lower-back-stretches': { name: 'Dehnübungen für den unteren Rücken' },
      'trunk-strength': { name: 'Rumpfkräftigung' },
    },
  },
};

export default de;
