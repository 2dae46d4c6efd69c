import type { Translation } from '../localize.js';

// French, in the "vous" form French physiotherapists use with their patients.
// Typography: a non-breaking space (\u00a0) before ":" "?" "!" and ";", inside « », and between a
// number and its unit, written as an escape so that it can be seen.

const plural = new Intl.PluralRules('fr');
/** Whether French takes the singular for `n` (0 and 1 do). */
const one = (n: number): boolean => plural.select(n) === 'one';

const STOP_IF_PAIN = 'Si vous ressentez une douleur dans le dos, arrêtez l’exercice\u00a0!';

const fr: Translation = {
  lang: 'fr',
  dir: 'ltr',
  messages: {
    // Durations
    '{0} {1}': '{0} et {1}',
    '{0} s': '{0}\u00a0s',
    '{0} min': '{0}\u00a0min',
    '{0} min {1} s': '{0}\u00a0min {1}\u00a0s',
    '{0} h': '{0}\u00a0h',
    '{0} h {1} min': '{0}\u00a0h {1}\u00a0min',
    '{0} seconds left': (seconds: number) => `Plus que ${seconds}\u00a0${one(seconds) ? 'seconde' : 'secondes'}`,

    // Doses ({n} counts are always above one here; the hold is already in words)
    '{0} sets of {1} on each side, hold each for {2}': '{0} séries de {1} répétitions de chaque côté, tenez {2} à chaque fois',
    '{0} sets of {1}, hold each for {2}': '{0} séries de {1} répétitions, tenez {2} à chaque fois',
    '{0} sets on each side, hold each for {1}': '{0} séries de chaque côté, tenez {1} à chaque fois',
    '{0} sets, hold each for {1}': '{0} séries, tenez {1} à chaque fois',
    '{0} times on each side, hold each for {1}': '{0} fois de chaque côté, tenez {1} à chaque fois',
    '{0} times, hold each for {1}': '{0} fois, tenez {1} à chaque fois',
    'Hold {0}': 'Tenez {0}',

    // A report to the clinic: Send to my physiotherapist, and <progress-report>
    '{0} of {1}': '{0} sur {1}',
    '{0} sessions, {1} finished': (n: number, f: number) => `${n} ${one(n) ? 'séance' : 'séances'}, ${f} ${one(f) ? 'terminée' : 'terminées'}`,
    'After {0}, from its rating': 'Après {0}, lors de l’évaluation',
    'Copy the link': 'Copier le lien',
    'Copying was not allowed here: the link is selected in its field, copy it with Ctrl+C or ⌘C.': 'La copie n’a pas été autorisée ici\u00a0: le lien est sélectionné dans son champ, copiez-le avec Ctrl+C ou ⌘C.',
    'Day': 'Jour',
    'E-mail to my clinic': 'Envoyer par e-mail à mon cabinet',
    'Ended early': 'Terminée plus tôt',
    'Every session': 'Toutes les séances',
    'Finished': 'Terminée',
    'First and last pain': 'Première et dernière douleur',
    'Level changes accepted': 'Changements de niveau acceptés',
    'Link to your report': 'Lien vers votre rapport',
    'Making the code…': 'Création du code…',
    'Moving to the next exercise': 'Passage à l’exercice suivant',
    'My exercise report': 'Mon rapport d’exercices',
    'My exercise report for my physiotherapist:': 'Mon rapport d’exercices pour mon kinésithérapeute\u00a0:',
    'No prescription was given to this page, so the report is not checked against one.': 'Aucune prescription n’a été donnée à cette page\u00a0: le rapport n’est comparé à aucune.',
    'None.': 'Aucun.',
    'not rated': 'non évalué',
    'Only if you want your physiotherapist to see it in the report.': 'Seulement si vous voulez que votre kinésithérapeute le voie dans le rapport.',
    'Open report': 'Ouvrir le rapport',
    'pain {0}': 'douleur {0}',
    'Pain and difficulty per exercise': 'Douleur et difficulté par exercice',
    'Pain over time': 'Douleur au fil du temps',
    'Pain stops': 'Arrêts pour douleur',
    'Paste the link the patient sent. It is read in this browser only: nothing is stored or sent.': 'Collez le lien envoyé par le patient. Il est lu dans ce navigateur seulement\u00a0: rien n’est enregistré ni envoyé.',
    'Prescribed': 'Prescrites',
    'Progress report': 'Rapport de suivi',
    'Progress report from {0}': 'Rapport de suivi de {0}',
    'QR code': 'Code QR',
    'QR code of the link to your report': 'Code QR du lien vers votre rapport',
    'Report shared.': 'Rapport partagé.',
    'Send to my physiotherapist': 'Envoyer à mon kinésithérapeute',
    'Send…': 'Envoyer…',
    'Session': 'Séance',
    'Sessions remembered before this version of the player have no ratings to send.': 'Les séances enregistrées avant cette version du lecteur n’ont pas d’évaluations à envoyer.',
    'Sessions week by week': 'Séances semaine par semaine',
    'Sharing did not work here: copy the link instead.': 'Le partage n’a pas fonctionné ici\u00a0: copiez plutôt le lien.',
    'Show this to your physiotherapist to scan.': 'Montrez-le à votre kinésithérapeute pour qu’il le scanne.',
    'Stopped for pain': 'Arrêtée pour douleur',
    'Stopped or ended early': 'Arrêtées ou terminées plus tôt',
    'The code could not be made.': 'Le code n’a pas pu être créé.',
    'The link is copied.': 'Le lien est copié.',
    'The prescription given to this page has no frequency, so sessions are not compared with it.': 'La prescription donnée à cette page n’a pas de fréquence\u00a0: les séances ne sont pas comparées avec elle.',
    'The report could not be made from what this browser remembers.': 'Le rapport n’a pas pu être créé à partir de ce que ce navigateur a enregistré.',
    'The report holds your sessions of the last {0} weeks and how each exercise felt: {1} sessions, {2} stopped for pain, {3} level changes. It is sent only if you send it, and nothing else about you is in it.': (weeks: number, sessions: number, stops: number, changes: number) =>
      `Le rapport contient vos séances des ${weeks} dernières semaines et votre ressenti pour chaque exercice\u00a0: ${sessions} ${one(sessions) ? 'séance' : 'séances'}, ${stops} ${one(stops) ? 'arrêtée' : 'arrêtées'} pour douleur, ${changes} ${one(changes) ? 'changement' : 'changements'} de niveau. Il n’est envoyé que si vous l’envoyez, et rien d’autre sur vous n’y figure.`,
    'This report cannot be read because it has problems:': 'Ce rapport ne peut pas être lu, car il présente des problèmes\u00a0:',
    'This report is not about the prescription on this page: its exercises, doses or frequency differ. Check which routine the patient was given before reading it.': 'Ce rapport ne porte pas sur la prescription de cette page\u00a0: ses exercices, ses doses ou sa fréquence diffèrent. Vérifiez quel programme le patient a reçu avant de le lire.',
    'Week of': 'Semaine du',
    'where it was stopped was not recorded': 'l’endroit de l’arrêt n’a pas été enregistré',
    'Your name (optional)': 'Votre nom (facultatif)',
    "Your patient's report link": 'Lien du rapport du patient',
    'Hold {0} on each side': 'Tenez {0} de chaque côté',

    // Kinds and levels
    Stretch: 'Étirement',
    Strength: 'Renforcement',
    Beginner: 'Débutant',
    Intermediate: 'Intermédiaire',
    Advanced: 'Avancé',

    // Phases (short labels)
    'Get ready': 'Préparez-vous',
    'Get into position': 'Mettez-vous en position',
    'Switch sides': 'Changez de côté',
    Rest: 'Repos',
    'Rest between sets': 'Repos entre les séries',
    'Left side': 'Côté gauche',
    'Right side': 'Côté droit',
    Hold: 'Maintenez',
    'Rep {0} of {1}': 'Répétition {0} sur {1}',
    'Set {0} of {1}': 'Série {0} sur {1}',

    // Spoken prompts and announcements
    'Get ready.': 'Préparez-vous.',
    'Get ready. Start on your left side.': 'Préparez-vous. Commencez par le côté gauche.',
    'Get into position for the next exercise.': 'Mettez-vous en position pour l’exercice suivant.',
    'Switch to your right side.': 'Passez au côté droit.',

    // Movement cues: shown under the phase label during a hold, and said as it begins (src/i18n/movement-cues.ts)
    'Pull your left knee towards your chest': 'Ramenez le genou gauche vers la poitrine',
    'Pull your right knee towards your chest': 'Ramenez le genou droit vers la poitrine',
    'Cross your left knee over to the right, shoulders flat': 'Passez le genou gauche vers la droite, épaules à plat',
    'Cross your right knee over to the left, shoulders flat': 'Passez le genou droit vers la gauche, épaules à plat',
    'Walk your hands to the left — feel the stretch along your right side': 'Avancez les mains vers la gauche — sentez l’étirement le long du côté droit',
    'Walk your hands to the right — feel the stretch along your left side': 'Avancez les mains vers la droite — sentez l’étirement le long du côté gauche',
    'Up … and down': 'Montez … et redescendez',
    'Up': 'Montez',
    'And down': 'Et redescendez',
    'Push up … and lower': 'Poussez sur les mains … et redescendez',
    'Push up': 'Poussez sur les mains',
    'Lift … and lower': 'Soulevez la poitrine … et redescendez',
    'Lift': 'Soulevez la poitrine',
    'And lower': 'Et redescendez',
    '{0}, {1}': '{0}, {1}',

    'Rest. Set {0} of {1} next.': 'Repos. Ensuite, série {0} sur {1}.',
    'Left side.': 'Côté gauche.',
    'Right side.': 'Côté droit.',
    'Hold {0}.': 'Tenez {0}.',
    'Set {0} of {1}.': 'Série {0} sur {1}.',
    '{0} repetitions, hold {1} each.': (reps: number, hold: string) =>
      one(reps) ? `${reps}\u00a0répétition, tenez ${hold}.` : `${reps}\u00a0répétitions, tenez ${hold} à chaque fois.`,
    'Done. Well done!': 'Terminé. Bravo\u00a0!',
    'Exercise {0} of {1}: {2}. {3}.': 'Exercice {0} sur {1}\u00a0: {2}. {3}.',
    'Do {0} repetitions at your own pace, holding {1} seconds each, then press Done.': (reps: number, hold: number) =>
      `Faites ${reps}\u00a0${one(reps) ? 'répétition' : 'répétitions'} à votre rythme, en tenant ${hold}\u00a0${
        one(hold) ? 'seconde' : 'secondes'
      }${one(reps) ? '' : ' à chaque fois'}, puis appuyez sur «\u00a0Terminé\u00a0».`,
    'Paused. How did {0} feel? Rate it, then continue.': 'Pause. {0}\u00a0: comment cela s’est-il passé\u00a0? Évaluez l’exercice, puis continuez.',
    'Session stopped.': 'Séance arrêtée.',

    // Hold timer
    'Hold timer': 'Minuteur de maintien',
    Ready: 'Prêt',
    Done: 'Terminé',
    'Done?': 'Terminé\u00a0?',
    '{0}: {1}': '{0}\u00a0: {1}',
    'Paused · {0}': 'En pause · {0}',
    '{0} in all': '{0} au total',
    '{0} left in all': 'Encore {0} au total',
    'All done: {0}': 'Terminé\u00a0: {0}',
    Start: 'Commencer',
    Pause: 'Pause',
    Resume: 'Reprendre',
    'Start again': 'Recommencer',
    Skip: 'Passer',
    Reset: 'Remettre à zéro',
    'Your screen may turn off: this browser cannot keep it awake.':
      'Votre écran peut s’éteindre\u00a0: ce navigateur ne peut pas le garder allumé.',
    // Sound: the check before start, and sound stopped by the browser
    'Test sound': 'Tester le son',
    'You will hear this during the exercises.': 'Vous entendrez ceci pendant les exercices.',
    "Sound played — if you heard nothing, turn your phone's sound up.": 'Son joué — si vous n’avez rien entendu, montez le son de votre téléphone.',
    "This browser can't play sound.": 'Ce navigateur ne peut pas jouer de son.',
    "This browser can't speak.": 'Ce navigateur ne peut pas parler.',
    "This browser can't play sound or speak.": 'Ce navigateur ne peut ni jouer de son ni parler.',
    'Tap to turn the sound back on': 'Touchez pour rétablir le son',
    'You stopped this routine in another tab because it hurt, so it was paused here too. Your place in it is no longer saved.':
      'Vous avez arrêté ce programme dans un autre onglet parce que vous aviez mal\u00a0: il a donc été mis en pause ici aussi. L’endroit où vous en êtes n’est plus enregistré.',
    'This timer cannot start because of its attributes:': 'Ce minuteur ne peut pas démarrer à cause de ses attributs\u00a0:',

    // Routine: before start
    Routine: 'Programme',
    '{0} exercises · about {1} in all': (count: number, time: string) =>
      `${count}\u00a0${one(count) ? 'exercice' : 'exercices'} · environ ${time} au total`,
    Sounds: 'Sons',
    Voice: 'Voix',
    Vibration: 'Vibration',
    Level: 'Niveau',
    Cues: 'Signaux',
    'You stopped at exercise {0} of {1}.': 'Vous avez arrêté à l’exercice {0} sur {1}.',
    'Resume where I left off': 'Reprendre là où j’en étais',
    'Start over': 'Recommencer depuis le début',
    // Level suggestions (issue 24).
    '{0} felt easy, with little or no pain, in your last {1} sessions. Ready for {2}: {3}?': '{0} : facile, avec peu ou pas de douleur, lors de vos {1} dernières séances. Passer au niveau {2} : {3} ?',
    '{0} hurt in your last session. Step back to {1}: {2}?': '{0} : douloureux lors de votre dernière séance. Revenir au niveau {1} : {2} ?',
    '{0} hurt in your last session, and there is no easier level. Talk to your clinic before you do it again.': '{0} : douloureux lors de votre dernière séance, et il n’y a pas de niveau plus facile. Parlez-en à votre cabinet avant de le refaire.',
    '{0}: {1} from now on ({2}).': '{0} : niveau {1} désormais ({2}).',
    'Accept': 'Accepter',
    'Not now': 'Pas maintenant',
    'OK': 'OK',
    'This browser did not let us save this change; it holds only until you close the page.': 'Ce navigateur ne nous a pas permis d’enregistrer ce changement ; il ne vaut que jusqu’à la fermeture de la page.',
    'Sessions this week: {0}': 'Séances cette semaine\u00a0: {0}',
    // Your history (issue 24)
    'Your history': 'Votre historique',
    'Kept in this browser only. Nothing is sent anywhere.': 'Conservé dans ce navigateur uniquement. Rien n’est envoyé nulle part.',
    'No sessions remembered yet. Your sessions will show here.': 'Aucune séance enregistrée pour l’instant. Vos séances s’afficheront ici.',
    'This week': 'Cette semaine',
    '{0} of {1} this week': '{0} sur {1} cette semaine',
    '{0} sessions': (n: number) => (one(n) ? `${n}\u00a0séance` : `${n}\u00a0séances`),
    'no session': 'aucune séance',
    'a session': 'une séance',
    'a day of your plan': 'un jour de votre programme',
    today: 'aujourd’hui',
    '{0} sessions since {1}': (n: number, since: string) => `${one(n) ? `${n}\u00a0séance` : `${n}\u00a0séances`} depuis le ${since}`,
    '{0} weeks with a session': (n: number) => (one(n) ? `${n}\u00a0semaine avec une séance` : `${n}\u00a0semaines avec au moins une séance`),
    '{0} weeks in a row': '{0}\u00a0semaines d’affilée',
    'Pain over the last six weeks': 'Douleur sur les six dernières semaines',
    'No pain rated in the last six weeks.': 'Aucune douleur notée ces six dernières semaines.',
    'Pain from 0 (none) to 10 (worst), by session': 'Douleur de 0 (aucune) à 10 (la pire), par séance',
    'latest {0}': 'dernière\u00a0: {0}',
    'Download my history': 'Télécharger mon historique',
    'Delete my history': 'Supprimer mon historique',
    'Delete everything this browser remembers of this routine? This cannot be undone.':
      'Supprimer tout ce que ce navigateur a gardé de ce programme\u00a0? C’est définitif.',
    'Yes, delete': 'Oui, supprimer',
    'Keep it': 'Le garder',
    'Your history is deleted.': 'Votre historique est supprimé.',
    'This browser did not let us delete your history.': 'Ce navigateur ne nous a pas permis de supprimer votre historique.',
    'Your history is saved as {0}.': 'Votre historique est enregistré sous le nom {0}.',
    'Back to the summary': 'Retour au récapitulatif',
    'This browser does not let us save progress here; the routine works, but nothing is saved.':
      'Ce navigateur ne nous permet pas d’enregistrer votre progression ici\u00a0; le programme fonctionne, mais rien n’est enregistré.',
    'This routine cannot be played because its data has problems:':
      'Ce programme ne peut pas être lancé, car ses données comportent des erreurs\u00a0:',

    // Routine: playing
    'Exercise {0} of {1} · {2} left': 'Exercice {0} sur {1} · encore {2}',
    'Full screen': 'Plein écran',
    'Exit full screen': 'Quitter le plein écran',
    'Routine progress': 'Avancement du programme',
    'How to do it': 'Comment faire',
    'Take care: {0}': 'Précautions\u00a0: {0}',
    'Your pace': 'À votre rythme',
    'Then: {0}': 'Ensuite\u00a0: {0}',
    'Next exercise: {0}': 'Exercice suivant\u00a0: {0}',
    'Last one!': 'Dernier exercice\u00a0!',
    Previous: 'Précédent',
    Next: 'Suivant',
    'Stop — this hurts': 'Stop, j’ai mal',

    // Routine: rating after an exercise
    'Paused for your rating': 'En pause pour votre évaluation',
    'How did {0} feel?': '{0}\u00a0: comment cela s’est-il passé\u00a0?',
    'Pain, from 0 (none) to 10 (worst)': 'Douleur, de 0 (aucune) à 10 (maximale)',
    'No pain': 'Aucune douleur',
    Moderate: 'Modérée',
    Worst: 'Maximale',
    Difficulty: 'Difficulté',
    Easy: 'Facile',
    'About right': 'Adapté',
    Hard: 'Difficile',
    'Pain of {0} is too much to go on.': 'Une douleur à {0} est trop forte pour continuer.',
    'Stop now': 'Arrêter maintenant',
    'Continue to the next exercise': 'Passer à l’exercice suivant',
    'Continue to the summary': 'Voir le bilan',

    // Routine: stopped and summary
    'Session stopped': 'Séance arrêtée',
    'You stopped after {0}.': 'Vous avez arrêté après l’exercice {0}.',
    'You stopped during {0}.': 'Vous avez arrêté pendant l’exercice {0}.',
    'You stopped during {0} ({1}).': 'Vous avez arrêté pendant l’exercice {0} ({1}).',
    'left side': 'côté gauche',
    'right side': 'côté droit',
    'repetition {0} of {1}': 'répétition {0} sur {1}',
    'set {0} of {1}': 'série {0} sur {1}',
    '{0} into the hold': 'après {0} de maintien',
    'Continue anyway': 'Continuer quand même',
    'Routine finished': 'Fin du programme',
    'Routine finished. Rest now.': 'Fin du programme. Reposez-vous maintenant.',
    'You rated the pain of {0} {1} out of 10: too much to go on.': 'Vous avez noté la douleur de {0} à {1} sur 10\u00a0: trop forte pour continuer.',
    'Move up a level when every exercise feels easy and causes no pain for a week.': 'Passez au niveau supérieur quand chaque exercice vous semble facile et sans douleur pendant une semaine.',
    'Stop the exercise and rest in a comfortable position.': 'Arrêtez l’exercice et reposez-vous dans une position confortable.',
    'Do not push through pain.': 'Ne forcez pas malgré la douleur.',
    'If the pain persists or gets worse, contact your physiotherapist or a doctor.':
      'Si la douleur persiste ou s’aggrave, contactez votre kinésithérapeute ou un médecin.',
    done: 'fait',
    skipped: 'sauté',
    'stopped here': 'arrêté ici',
    'not reached': 'non atteint',
    'pain {0} of 10': 'douleur {0} sur 10',
    'Time spent: {0}': 'Temps passé\u00a0: {0}',
    'Back to the routine': 'Retour au programme',
    'Routine complete. Well done!': 'Programme terminé. Bravo\u00a0!',
    '{0} of {1} exercises done.': (done: number, total: number) =>
      one(done) ? `${done}\u00a0exercice fait sur ${total}.` : `${done}\u00a0exercices faits sur ${total}.`,
    'This browser did not let us save this session; nothing is stored.':
      'Ce navigateur ne nous a pas permis d’enregistrer cette séance\u00a0; rien n’est conservé.',

    // Exercise card and printed handout
    'Works: {0}': 'Zones travaillées\u00a0: {0}',
    Steps: 'Étapes',
    'Progression: {0}': 'Progression\u00a0: {0}',
    'Take care': 'Précautions',
    'The timer cannot be shown: another script on this page already uses the name {0}.':
      'Le minuteur ne peut pas s’afficher\u00a0: un autre script de cette page utilise déjà le nom {0}.',
    'This exercise cannot be shown because its data has problems:':
      'Cet exercice ne peut pas être affiché, car ses données comportent des erreurs\u00a0:',
    'Level: {0}': 'Niveau\u00a0: {0}',
    'Tick each exercise when you have done it': 'Cochez chaque exercice une fois que vous l’avez fait',
    Exercise: 'Exercice',
    'Notes from your clinic': 'Notes de votre cabinet',
    // The handout: its pictures, fields, safety advice and warning signs
    'Then hold': 'Puis tenez',
    'Progression:': 'Progression\u00a0:',
    Date: 'Date',
    Physiotherapist: 'Kinésithérapeute',
    'Next appointment': 'Prochain rendez-vous',
    'If an exercise hurts': 'Si un exercice fait mal',
    'Warning signs: get urgent medical help': 'Signes d’alerte\u00a0: consultez en urgence',
    'Stop the exercises and see a doctor or an urgent care service straight away if you have back pain and any of these:': 'Arrêtez les exercices et consultez immédiatement un médecin ou un service d’urgence si vous avez mal au dos avec l’un de ces signes\u00a0:',
    'numbness or tingling around your bottom or genitals': 'engourdissement ou fourmillements autour des fesses ou des parties génitales',
    'changes in your bladder or bowels: you cannot pee, or you cannot control your pee or poo': 'changements de la vessie ou des intestins\u00a0: vous ne pouvez pas uriner, ou vous ne pouvez pas retenir vos urines ou vos selles',
    'weakness in one or both legs': 'faiblesse dans une jambe ou les deux',
    'pain spreading down a leg': 'douleur qui descend dans une jambe',
    'a fever (a high temperature) as well as back pain': 'de la fièvre (une température élevée) en plus du mal de dos',
    'Opening the routine from your link…': 'Ouverture du programme de votre lien…',

    // Text alternatives of the drawings
    'Starting position: lying flat on the back, legs straight, arms by the sides.':
      'Position de départ\u00a0: à plat sur le dos, jambes tendues, bras le long du corps.',
    'Held position: the left knee bent and pulled gently towards the chest with both hands, the right leg flat on the floor.':
      'Position maintenue\u00a0: le genou gauche plié et ramené doucement vers la poitrine avec les deux mains, la jambe droite à plat sur le sol.',
    'Held position: the right knee bent and pulled gently towards the chest with both hands, the left leg flat on the floor.':
      'Position maintenue\u00a0: le genou droit plié et ramené doucement vers la poitrine avec les deux mains, la jambe gauche à plat sur le sol.',
    'Starting position: lying flat on the back, legs straight, arms out to the sides on the floor.':
      'Position de départ\u00a0: à plat sur le dos, jambes tendues, bras écartés sur les côtés et posés sur le sol.',
    'Held position: the left knee bent and crossed over the body to the right, hips and lower back twisted, both shoulders flat on the floor.':
      'Position maintenue\u00a0: le genou gauche plié et croisé par-dessus le corps vers la droite, hanches et bas du dos en torsion, les deux épaules à plat sur le sol.',
    'Held position: the right knee bent and crossed over the body to the left, hips and lower back twisted, both shoulders flat on the floor.':
      'Position maintenue\u00a0: le genou droit plié et croisé par-dessus le corps vers la gauche, hanches et bas du dos en torsion, les deux épaules à plat sur le sol.',
    'Starting position: kneeling with the tops of the feet flat on the floor, arms and body stretched forward, hands on the floor.':
      'Position de départ\u00a0: à genoux, le dessus des pieds à plat sur le sol, bras et corps étirés vers l’avant, mains au sol.',
    'Held position: hands and upper body walked to the left, hips and knees staying in place, stretching the right side of the trunk.':
      'Position maintenue\u00a0: mains et haut du corps déplacés pas à pas vers la gauche, hanches et genoux restant en place, ce qui étire le côté droit du tronc.',
    'Held position: hands and upper body walked to the right, hips and knees staying in place, stretching the left side of the trunk.':
      'Position maintenue\u00a0: mains et haut du corps déplacés pas à pas vers la droite, hanches et genoux restant en place, ce qui étire le côté gauche du tronc.',
    'Starting position: lying on the back, knees bent, feet flat on the floor, hands behind the head.':
      'Position de départ\u00a0: sur le dos, genoux pliés, pieds à plat sur le sol, mains derrière la tête.',
    'Held position: shoulders lifted just off the floor by tightening the stomach, lower back still on the floor.':
      'Position maintenue\u00a0: épaules tout juste décollées du sol en contractant le ventre, bas du dos toujours au sol.',
    'Starting position: lying on the stomach, legs together, hands flat on the floor at shoulder level.':
      'Position de départ\u00a0: sur le ventre, jambes serrées, mains à plat sur le sol à hauteur des épaules.',
    'Held position: upper body pushed up on the arms, back arched, hips and legs still on the floor.':
      'Position maintenue\u00a0: haut du corps relevé en poussant sur les bras, dos cambré, hanches et jambes toujours au sol.',
    'Starting position: lying on the stomach, arms at the sides, legs together.':
      'Position de départ\u00a0: sur le ventre, bras le long du corps, jambes serrées.',
    'Held position: chest lifted off the floor, arms at the sides, hips and legs pressed into the floor.':
      'Position maintenue\u00a0: poitrine décollée du sol, bras le long du corps, hanches et jambes appuyées contre le sol.',
    'Starting position: lying on the stomach, legs together, arms at the sides, palms flat on the floor beside the waist.':
      'Position de départ\u00a0: sur le ventre, jambes serrées, bras le long du corps, paumes à plat au sol à côté de la taille.',
    'Held position: chest lifted off the floor with a light push from the hands, hips and legs pressed into the floor.':
      'Position maintenue\u00a0: poitrine décollée du sol avec une légère poussée des mains, hanches et jambes appuyées contre le sol.',
    'Left knee': 'Genou gauche',
    'Right knee': 'Genou droit',
    'To the left': 'Vers la gauche',
    'To the right': 'Vers la droite',

    // How often, and calendar reminders (src/adherence/)
    '{0} boxes a day: one for each time.': '{0}\u00a0cases par jour\u00a0: une pour chaque fois.',
    '{0} days a week': '{0}\u00a0jours par semaine',
    '● marks the days to do them.': '● indique les jours où les faire.',
    'A file for your calendar app, with a reminder at these times and the link to these exercises.':
      'Un fichier pour ton application d’agenda, avec un rappel à ces heures et le lien vers ces exercices.',
    'Add to calendar': 'Ajouter à l’agenda',
    'afternoons, {0}': 'l’après-midi, {0}',
    'Any {0} days of the week.': (n: number) => (one(n) ? 'Un jour de la semaine, au choix.' : `${n}\u00a0jours de la semaine, au choix.`),
    'Any days of the week will do: the days in your calendar are a suggestion; move them as suits you.':
      'N’importe quels jours de la semaine conviennent\u00a0: les jours de ton agenda sont une suggestion\u00a0; déplace-les comme il te convient.',
    'at {0}': 'à {0}',
    'evenings, {0}': 'le soir, {0}',
    'Every day': 'Tous les jours',
    'How often': 'À quelle fréquence',
    'How often: {0}': 'À quelle fréquence\u00a0: {0}',
    'mornings, {0}': 'le matin, {0}',
    'Once a week': 'Une fois par semaine',
    'Open your exercises with this link:': 'Ouvre tes exercices avec ce lien\u00a0:',
    'three times a day': 'trois fois par jour',
    'Time for your exercises: {0}': 'C’est l’heure de tes exercices\u00a0: {0}',
    'twice a day': 'deux fois par jour',
  },
  catalog: {
    exercises: {
      'knee-to-chest': {
        name: 'Genou vers la poitrine',
        targets: ['bas du dos', 'muscles fessiers'],
        steps: [
          'Allongez-vous à plat sur le dos',
          'Pliez une jambe au niveau du genou, de sorte que le mollet soit parallèle au tronc',
          'Attrapez la cuisse ou le genou',
          'Tirez doucement le genou vers la poitrine, aussi loin que possible',
        ],
        cautions: ['Tirez doucement\u00a0; ne forcez jamais l’étirement.', STOP_IF_PAIN],
        startPosition: 'Allongez-vous à plat sur le dos',
      },
      'lower-back-twist': {
        name: 'Torsion du bas du dos',
        targets: ['muscles paravertébraux (muscles situés tout autour de la colonne vertébrale)'],
        steps: [
          'Allongez-vous à plat sur le dos',
          'Pliez une jambe et croisez-la vers le côté opposé du corps',
          'Tournez les hanches et le bas du dos en gardant les épaules aussi à plat que possible',
          'Tournez jusqu’à sentir l’étirement dans le bas du dos',
        ],
        cautions: ['Tournez seulement jusqu’à sentir l’étirement dans le bas du dos.', STOP_IF_PAIN],
        startPosition: 'Allongez-vous à plat sur le dos',
      },
      'side-trunk-stretch': {
        name: 'Étirement latéral du tronc',
        targets: ['côté du tronc', 'grand dorsal (muscles sur le côté du tronc)'],
        steps: [
          'Mettez-vous à genoux au sol, le dessus des pieds à plat sur le sol',
          'Allongez-vous vers l’avant, les mains au sol',
          'Étirez les bras et le corps le plus loin possible',
          'Gardez les jambes et les genoux à plat au sol pendant l’étirement',
          'Toujours en extension, avancez les mains et le buste pas à pas sur le côté en gardant la taille droite',
        ],
        cautions: ['Gardez la taille droite quand vous vous déplacez sur le côté.', STOP_IF_PAIN],
        startPosition: 'Mettez-vous à genoux au sol, le dessus des pieds à plat sur le sol',
      },
      'half-crunch': {
        name: 'Demi-crunchs',
        targets: ['abdominaux de la face avant'],
        steps: [
          'Mettez-vous en position de relevé de buste (mains derrière la tête, à plat sur le dos, pieds à plat au sol)',
          'Contractez le ventre jusqu’à ce que les épaules décollent du sol',
        ],
        cautions: [
          'N’utilisez ni les bras, ni les coudes, ni l’élan pour soulever les épaules.',
          'Ces mouvements peuvent être difficiles, mais ne surmenez pas vos abdominaux.',
          STOP_IF_PAIN,
        ],
        startPosition: 'Mettez-vous en position de relevé de buste\u00a0: mains derrière la tête, à plat sur le dos, pieds à plat au sol',
      },
      'push-up-back-extension': {
        name: 'Extensions du dos en appui sur les mains',
        targets: ['bas du dos'],
        steps: [
          'Allongez-vous sur le ventre, les jambes serrées',
          'Placez les mains à plat sur le sol, à peu près à hauteur des épaules',
          'Poussez sur les mains\u00a0: les hanches et les jambes restent au sol, mais le haut du buste se soulève',
        ],
        cautions: ['Gardez les hanches et les jambes au sol.', STOP_IF_PAIN],
        startPosition: 'Allongez-vous sur le ventre, les jambes serrées',
      },
      'assisted-back-extension': {
        name: 'Extension du dos assistée',
        targets: ['bas du dos', 'muscles fessiers'],
        steps: [
          'Allongez-vous sur le ventre',
          'Gardez les bras le long du corps',
          'Gardez les jambes serrées',
          'Appuyez les hanches et les genoux contre le sol pour soulever la poitrine',
          'Aidez-vous des mains au début, puis décollez-les du sol pour faire l’exercice complet',
          'Maintenez la poitrine soulevée',
        ],
        cautions: [STOP_IF_PAIN],
        progression: 'Aidez-vous de vos mains au début, puis décollez-les du sol pour faire l’exercice complet.',
        startPosition: 'Allongez-vous sur le ventre, les bras le long du corps, les jambes serrées',
      },
    },
    routines: {
      'lower-back': { name: 'Bas du dos\u00a0: étirement et renforcement' },
      'lower-back-stretches': { name: 'Étirements du bas du dos' },
      'trunk-strength': { name: 'Renforcement du tronc' },
    },
  },
};

export default fr;
