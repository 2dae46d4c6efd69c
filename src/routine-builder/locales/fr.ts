import type { TranslatedMessage } from '../../i18n/localize.js';

// French: the routine builder's own messages, loaded beside the shared ones (src/i18n/locales/fr.ts)
// only on a page with the builder. The routine builder (a clinic's staff page; the printed lines address the patient with "vous")

const messages: Record<string, TranslatedMessage> = {
  '{0} added as exercise {1}.': 'Exercice {1} ajouté : {0}.',
  '{0} characters. The routine is in the part after #, which browsers never send to a server.':
    '{0} caractères. La séance se trouve dans la partie après #, que les navigateurs n’envoient jamais à un serveur.',
  '{0} moved to position {1} of {2}.': 'Déplacé en position {1} sur {2} : {0}.',
  '{0} removed.': 'Retiré de la séance : {0}.',
  'Add {0}': 'Ajouter {0}',
  'Add at least one exercise to the routine.': 'Ajoutez au moins un exercice à la séance.',
  'Add exercises': 'Ajouter des exercices',
  'Between exercises (s)': 'Entre les exercices (s)',
  'Built-in exercises': 'Exercices fournis',
  'By the patient (a Done button)': 'Par le patient (bouton « Terminé »)',
  'By the timer': 'Par le minuteur',
  'Copy HTML': 'Copier le HTML',
  'Copy link': 'Copier le lien',
  'Copying was not allowed here: the text is selected in its field, copy it with Ctrl+C or ⌘C.':
    'La copie n’est pas autorisée ici : le texte est sélectionné dans son champ, copiez-le avec Ctrl+C ou ⌘C.',
  'Exercises in the routine ({0})': 'Exercices de la séance ({0})',
  'Fix the problems marked in red to see the preview.': 'Corrigez les problèmes signalés en rouge pour voir l’aperçu.',
  'For a blog or CMS page that loads the back-exercise-elements script. It reads well without the script too.':
    'Pour une page de blog ou de CMS qui charge le script de back-exercise-elements. Elle se lit bien aussi sans le script.',
  'From this page': 'De cette page',
  'Go to the first problem': 'Aller au premier problème',
  'Built-in routines, to start from': 'Séances fournies, pour commencer',
  'Add all of {0}': 'Ajouter toute la séance « {0} »',
  '{0} exercises added; the routine has {1}.': '{0} exercices ajoutés ; la séance en compte {1}.',
  'Hold (s)': 'Maintien (s)',
  'HTML copied.': 'HTML copié.',
  'HTML to paste into a web page': 'HTML à coller dans une page web',
  'In the routine: {0}': 'Dans la séance : {0}',
  'Link copied.': 'Lien copié.',
  'Link to the routine': 'Lien vers la séance',
  'Making the QR code…': 'Création du code QR…',
  'Move {0} down': 'Descendre {0}',
  'Move {0} up': 'Monter {0}',
  'Name of the routine': 'Nom de la séance',
  'No exercises yet: add them from the list.': 'Aucun exercice pour l’instant : ajoutez-les depuis la liste.',
  'Note for the patient': 'Note pour le patient',
  'On each side': 'De chaque côté',
  'On your phone': 'Sur votre téléphone',
  "Open the patient's page": 'Ouvrir la page du patient',
  'Order of {0}': 'Ordre de {0}',
  Preview: 'Aperçu',
  'Print handout': 'Imprimer la fiche',
  'QR code of the link to the routine': 'Code QR du lien vers la séance',
  Remove: 'Retirer',
  'Remove {0}': 'Retirer {0}',
  'Reorder with the arrow buttons, or Alt + Arrow Up or Down inside an exercise.':
    'Changez l’ordre avec les boutons fléchés, ou avec Alt + flèche haut ou bas dans un exercice.',
  Repetitions: 'Répétitions',
  'Repetitions are paced': 'Rythme des répétitions',
  'Rest between reps (s)': 'Repos entre répétitions (s)',
  'Rest between sets (s)': 'Repos entre séries (s)',
  "Scan the code with your phone's camera to open these exercises with a timer that guides you.":
    'Scannez le code avec l’appareil photo de votre téléphone pour ouvrir ces exercices avec un minuteur qui vous guide.',
  Sets: 'Séries',
  'Share with the patient': 'Partager avec le patient',
  'Share…': 'Partager…',
  'Sharing is possible once the routine has exercises and no problems.': 'Le partage est possible dès que la séance a des exercices et aucun problème.',
  'Shown before the patient starts and printed on the handout. Plain text.':
    'Affichée avant le début et imprimée sur la fiche. Texte simple.',
  'No rest: no time to come back to the start between repetitions.':
    'Pas de repos\u00a0: pas le temps de revenir au départ entre les répétitions.',
  "The name travels in the link and is printed on the handout. Use no patient's full name: links end up in messages.":
    'Le nom figure dans le lien et sur la fiche imprimée. N’y mettez pas le nom complet du patient\u00a0: les liens finissent dans des messages.',
  'Some exercises or settings the page gave cannot be used:': 'Certains exercices ou réglages fournis par la page sont inutilisables :',
  "The patient scans this code with the phone's camera to open the routine.":
    'Le patient scanne ce code avec l’appareil photo de son téléphone pour ouvrir la séance.',
  'The preview shows here once the routine has exercises.': 'L’aperçu s’affiche ici dès que la séance a des exercices.',
  'The QR code could not be made.': 'Le code QR n’a pas pu être créé.',
  'The routine has a problem: {0}': 'La séance a un problème : {0}',
  'Total time: {0}': 'Durée totale : {0}',
  'Unknown exercise': 'Exercice inconnu',

  // How often, and the clinic's fields
  '24-hour, as 08:00 or 18:30. Optional: reminders are at 08:00 without it.': 'Sur 24\u00a0heures, comme 08:00 ou 18:30. Facultatif\u00a0: sans heure, les rappels sont à 08:00.',
  "A calendar file with reminders on the prescribed days and the routine's link, to import on the patient's phone or send with the link.":
    'Un fichier d’agenda avec des rappels les jours prescrits et le lien vers la routine, à importer sur le téléphone du patient ou à envoyer avec le lien.',
  'A number of days a week': 'Un nombre de jours par semaine',
  "Clinic's e-mail for the patient's reports": 'Adresse e-mail du cabinet pour les comptes rendus du patient',
  Days: 'Jours',
  'Days a week (1–7)': 'Jours par semaine (1–7)',
  'No level suggestions': 'Pas de suggestion de niveau',
  'Not given': 'Non précisé',
  'On these days': 'Ces jours-là',
  'Optional. It travels in the link: the patient can send a report of their sessions to it.':
    'Facultatif. Elle voyage dans le lien\u00a0: le patient peut y envoyer un compte rendu de ses séances.',
  "The patient's player will not suggest moving up or down a level.": 'Le lecteur du patient ne proposera pas de monter ou de descendre d’un niveau.',
  'Time of day': 'Heure',
  'Times a day (1–3)': 'Fois par jour (1–3)',
  'Which days': 'Quels jours',
  'With days given, the patient sees how often, the handout marks the days, and "Add to calendar" makes reminders.':
    'Avec des jours précisés, le patient voit à quelle fréquence, la fiche marque les jours et «\u00a0Ajouter à l’agenda\u00a0» crée des rappels.',
};

export default messages;
