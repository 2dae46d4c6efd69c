import type { Translation } from '../localize.js';

// Arabic: Modern Standard Arabic, addressing the patient directly (masculine imperative).

const plural = new Intl.PluralRules('ar');
const number = new Intl.NumberFormat('ar');

/** A counted noun with Arabic's plural forms; `n` is written with the language's digits. */
function count(
  n: number,
  forms: { one: string; two: string; few: (n: string) => string; many: (n: string) => string; other: (n: string) => string },
): string {
  const written = number.format(n);
  switch (plural.select(n)) {
    case 'one':
      return forms.one;
    case 'two':
      return forms.two;
    case 'few':
      return forms.few(written);
    case 'many':
      return forms.many(written);
    default:
      return forms.other(written);
  }
}

/** Sessions, as the subject of a phrase: «٣ جلسات». */
const sessions = (n: number) =>
  count(n, { one: 'جلسة واحدة', two: 'جلستان', few: (w) => `${w} جلسات`, many: (w) => `${w} جلسة`, other: (w) => `${w} جلسة` });

/** Sets, as the subject of a phrase: «٣ مجموعات». */
const sets = (n: number) =>
  count(n, { one: 'مجموعة واحدة', two: 'مجموعتان', few: (w) => `${w} مجموعات`, many: (w) => `${w} مجموعة`, other: (w) => `${w} مجموعة` });

/** Repetitions, as the subject of a phrase: «١٠ تكرارات». */
const repetitions = (n: number) =>
  count(n, { one: 'تكرار واحد', two: 'تكراران', few: (w) => `${w} تكرارات`, many: (w) => `${w} تكرارًا`, other: (w) => `${w} تكرار` });

/** Repetitions after «من»: «٣ مجموعات من ١٠ تكرارات». */
const ofRepetitions = (n: number) =>
  count(n, { one: 'تكرار واحد', two: 'تكرارين', few: (w) => `${w} تكرارات`, many: (w) => `${w} تكرارًا`, other: (w) => `${w} تكرار` });

/** How many times: «٨ مرات». */
const times = (n: number) =>
  count(n, { one: 'مرة واحدة', two: 'مرتين', few: (w) => `${w} مرات`, many: (w) => `${w} مرة`, other: (w) => `${w} مرة` });

/** Seconds as the object of «اثبت»: «اثبت ثانيتين», «اثبت ١٠ ثوانٍ». */
const forSeconds = (n: number) =>
  count(n, { one: 'ثانية واحدة', two: 'ثانيتين', few: (w) => `${w} ثوانٍ`, many: (w) => `${w} ثانية`, other: (w) => `${w} ثانية` });

/** Seconds as a subject: «بقيت ثانيتان». */
const seconds = (n: number) =>
  count(n, { one: 'ثانية واحدة', two: 'ثانيتان', few: (w) => `${w} ثوانٍ`, many: (w) => `${w} ثانية`, other: (w) => `${w} ثانية` });

/** Exercises: «٦ تمارين». */
const exercises = (n: number) =>
  count(n, { one: 'تمرين واحد', two: 'تمرينان', few: (w) => `${w} تمارين`, many: (w) => `${w} تمرينًا`, other: (w) => `${w} تمرين` });

const STOP_IF_PAIN = 'إذا شعرت بألم في الظهر، فتوقف!';

const ar: Translation = {
  lang: 'ar',
  dir: 'rtl',
  messages: {
    '{0} {1}': '{0} و{1}',
    '{0} exercises · about {1} in all': (n: number, total: string) => `${exercises(n)} · حوالي ${total} في المجموع`,
    '{0} in all': 'المدة الكلية: {0}',
    '{0} left in all': 'المتبقي الكلي: {0}',
    '{0} min': '{0} د',
    '{0} min {1} s': '{0} د {1} ث',
    '{0} h': '{0} س',
    '{0} h {1} min': '{0} س {1} د',
    '{0} of {1} exercises done.': 'التمارين المنجزة: {0} من {1}.',
    '{0} repetitions, hold {1} each.': (n: number, hold: string) => `${repetitions(n)}، اثبت ${hold} في كل مرة.`,
    '{0} s': '{0} ث',
    'repetition {0} of {1}': 'التكرار {0} من {1}',
    'set {0} of {1}': 'المجموعة {0} من {1}',
    '{0} into the hold': 'بعد {0} من بدء الثبات',
    'Continue anyway': 'تابع على أي حال',
    'Routine finished': 'انتهى البرنامج',
    'Routine finished. Rest now.': 'انتهى البرنامج. استرح الآن.',
    'You rated the pain of {0} {1} out of 10: too much to go on.': 'قيّمت ألم {0} بدرجة {1} من 10: أشد من أن تتابع.',
    'Move up a level when every exercise feels easy and causes no pain for a week.': 'انتقل إلى المستوى التالي عندما يصبح كل تمرين سهلًا ولا يسبب ألمًا طوال أسبوع.',
    '{0} seconds left': (n: number) => `بقيت ${seconds(n)}`,
    '{0} sets of {1} on each side, hold each for {2}': (s: number, r: number, hold: string) =>
      `${sets(s)} من ${ofRepetitions(r)} على كل جانب، مدة الثبات في كل مرة ${hold}`,
    '{0} sets of {1}, hold each for {2}': (s: number, r: number, hold: string) =>
      `${sets(s)} من ${ofRepetitions(r)}، مدة الثبات في كل مرة ${hold}`,
    '{0} sets on each side, hold each for {1}': (s: number, hold: string) =>
      `${sets(s)} على كل جانب، مدة الثبات في كل مجموعة ${hold}`,
    '{0} sets, hold each for {1}': (s: number, hold: string) => `${sets(s)}، مدة الثبات في كل مجموعة ${hold}`,
    '{0} times on each side, hold each for {1}': (n: number, hold: string) =>
      `${times(n)} على كل جانب، مدة الثبات في كل مرة ${hold}`,
    '{0} times, hold each for {1}': (n: number, hold: string) => `${times(n)}، مدة الثبات في كل مرة ${hold}`,
    '{0}: {1}': '{0}: {1}',
    'About right': 'مناسب',
    Advanced: 'متقدم',
    'All done: {0}': 'انتهى كل شيء: {0}',
    'Back to the routine': 'العودة إلى البرنامج',
    Beginner: 'مبتدئ',
    'Continue to the next exercise': 'تابع إلى التمرين التالي',
    'Continue to the summary': 'تابع إلى الملخص',
    Cues: 'التنبيهات',
    Difficulty: 'الصعوبة',
    'Do {0} repetitions at your own pace, holding {1} seconds each, then press Done.': (n: number, hold: number) =>
      `كرّر التمرين ${times(n)} بالسرعة التي تناسبك، واثبت ${forSeconds(hold)} في كل مرة، ثم اضغط «تم».`,
    'Do not push through pain.': 'لا تواصل التمرين رغم الألم.',
    done: 'تم',
    Done: 'تم',
    'Done?': 'انتهيت؟',
    'Done. Well done!': 'انتهى. أحسنت!',
    Easy: 'سهل',
    Exercise: 'التمرين',
    'Exercise {0} of {1} · {2} left': 'التمرين {0} من {1} · بقي {2}',
    'Exercise {0} of {1}: {2}. {3}.': 'التمرين {0} من {1}: {2}. {3}.',
    'Exit full screen': 'الخروج من ملء الشاشة',
    'Full screen': 'ملء الشاشة',
    'Get into position': 'اتخذ الوضعية',
    'Get into position for the next exercise.': 'اتخذ وضعية التمرين التالي.',
    'Get ready': 'استعد',
    'Get ready.': 'استعد.',
    'Get ready. Start on your left side.': 'استعد. ابدأ بجانبك الأيسر.',
    Hard: 'صعب',
    'Held position: chest lifted off the floor, arms at the sides, hips and legs pressed into the floor.':
      'وضعية الثبات: الصدر مرفوع عن الأرض، والذراعان بجانب الجسم، والوركان والساقان مضغوطة على الأرض.',
    'Starting position: lying on the stomach, legs together, arms at the sides, palms flat on the floor beside the waist.':
      'وضعية البداية: الاستلقاء على البطن، والساقان مضمومتان، والذراعان بجانب الجسم، وراحتا اليدين مبسوطتان على الأرض بجانب الخصر.',
    'Held position: chest lifted off the floor with a light push from the hands, hips and legs pressed into the floor.':
      'وضعية الثبات: الصدر مرفوع عن الأرض بدفعة خفيفة من اليدين، والوركان والساقان مضغوطة على الأرض.',
    'Left knee': 'الركبة اليسرى',
    'Right knee': 'الركبة اليمنى',
    'To the left': 'إلى اليسار',
    'To the right': 'إلى اليمين',
    'Held position: hands and upper body walked to the left, hips and knees staying in place, stretching the right side of the trunk.':
      'وضعية الثبات: اليدان والجزء العلوي من الجسم منقولة خطوة خطوة إلى اليسار، والوركان والركبتان ثابتة في مكانها، مع إطالة الجانب الأيمن من الجذع.',
    'Held position: hands and upper body walked to the right, hips and knees staying in place, stretching the left side of the trunk.':
      'وضعية الثبات: اليدان والجزء العلوي من الجسم منقولة خطوة خطوة إلى اليمين، والوركان والركبتان ثابتة في مكانها، مع إطالة الجانب الأيسر من الجذع.',
    'Held position: shoulders lifted just off the floor by tightening the stomach, lower back still on the floor.':
      'وضعية الثبات: الكتفان مرفوعان قليلًا عن الأرض بشدّ عضلات البطن، وأسفل الظهر لا يزال على الأرض.',
    'Held position: the left knee bent and crossed over the body to the right, hips and lower back twisted, both shoulders flat on the floor.':
      'وضعية الثبات: الركبة اليسرى مثنية ومنقولة فوق الجسم إلى اليمين، والوركان وأسفل الظهر في وضع التواء، والكتفان كلاهما ملاصقان للأرض.',
    'Held position: the left knee bent and pulled gently towards the chest with both hands, the right leg flat on the floor.':
      'وضعية الثبات: الركبة اليسرى مثنية ومسحوبة برفق نحو الصدر باليدين كلتيهما، والساق اليمنى ممدودة على الأرض.',
    'Held position: the right knee bent and crossed over the body to the left, hips and lower back twisted, both shoulders flat on the floor.':
      'وضعية الثبات: الركبة اليمنى مثنية ومنقولة فوق الجسم إلى اليسار، والوركان وأسفل الظهر في وضع التواء، والكتفان كلاهما ملاصقان للأرض.',
    'Held position: the right knee bent and pulled gently towards the chest with both hands, the left leg flat on the floor.':
      'وضعية الثبات: الركبة اليمنى مثنية ومسحوبة برفق نحو الصدر باليدين كلتيهما، والساق اليسرى ممدودة على الأرض.',
    'Held position: upper body pushed up on the arms, back arched, hips and legs still on the floor.':
      'وضعية الثبات: الجزء العلوي من الجسم مرفوع بالدفع على الذراعين، والظهر مقوّس، والوركان والساقان لا تزال على الأرض.',
    Hold: 'اثبت',
    'Hold {0}': 'مدة الثبات {0}',

    // A report to the clinic: Send to my physiotherapist, and <progress-report>
    '{0} of {1}': '{0} من {1}',
    '{0} sessions, {1} finished': 'الجلسات: {0}، المكتملة: {1}',
    'After {0}, from its rating': 'بعد {0}، عند تقييمه',
    'Copy the link': 'نسخ الرابط',
    'Copying was not allowed here: the link is selected in its field, copy it with Ctrl+C or ⌘C.': 'لم يُسمح بالنسخ هنا: الرابط محدد في حقله، انسخه بـ Ctrl+C أو ⌘C.',
    'Day': 'اليوم',
    'E-mail to my clinic': 'إرسال بالبريد الإلكتروني إلى عيادتي',
    'Ended early': 'انتهت مبكرًا',
    'Every session': 'كل الجلسات',
    'Finished': 'مكتملة',
    'First and last pain': 'أول وآخر ألم',
    'Level changes accepted': 'تغييرات المستوى المقبولة',
    'Link to your report': 'رابط تقريرك',
    'Making the code…': 'جارٍ إنشاء الرمز…',
    'Moving to the next exercise': 'الانتقال إلى التمرين التالي',
    'My exercise report': 'تقرير تماريني',
    'My exercise report for my physiotherapist:': 'تقرير تماريني لأخصائي العلاج الطبيعي:',
    'No prescription was given to this page, so the report is not checked against one.': 'لم تُعطَ هذه الصفحة أي وصفة، لذلك لا يُقارَن التقرير بأي وصفة.',
    'None.': 'لا شيء.',
    'not rated': 'غير مقيَّم',
    'Only if you want your physiotherapist to see it in the report.': 'فقط إن أردت أن يراه أخصائي العلاج الطبيعي في التقرير.',
    'Open report': 'فتح التقرير',
    'pain {0}': 'الألم {0}',
    'Pain and difficulty per exercise': 'الألم والصعوبة لكل تمرين',
    'Pain over time': 'الألم مع الوقت',
    'Pain stops': 'التوقفات بسبب الألم',
    'Paste the link the patient sent. It is read in this browser only: nothing is stored or sent.': 'الصق الرابط الذي أرسله المريض. يُقرأ في هذا المتصفح فقط: لا يُحفظ أي شيء ولا يُرسل.',
    'Prescribed': 'الموصوفة',
    'Progress report': 'تقرير التقدم',
    'Progress report from {0}': 'تقرير التقدم من {0}',
    'QR code': 'رمز QR',
    'QR code of the link to your report': 'رمز QR لرابط تقريرك',
    'Report shared.': 'تمت مشاركة التقرير.',
    'Send to my physiotherapist': 'إرسال إلى أخصائي العلاج الطبيعي',
    'Send…': 'إرسال…',
    'Session': 'الجلسة',
    'Sessions remembered before this version of the player have no ratings to send.': 'الجلسات المحفوظة قبل هذا الإصدار من المشغّل ليست لها تقييمات لإرسالها.',
    'Sessions week by week': 'الجلسات أسبوعًا بأسبوع',
    'Sharing did not work here: copy the link instead.': 'لم تنجح المشاركة هنا: انسخ الرابط بدلًا من ذلك.',
    'Show this to your physiotherapist to scan.': 'اعرضه على أخصائي العلاج الطبيعي ليمسحه.',
    'Stopped for pain': 'أُوقفت بسبب الألم',
    'Stopped or ended early': 'أُوقفت أو انتهت مبكرًا',
    'The code could not be made.': 'تعذّر إنشاء الرمز.',
    'The link is copied.': 'تم نسخ الرابط.',
    'The prescription given to this page has no frequency, so sessions are not compared with it.': 'الوصفة المعطاة لهذه الصفحة بلا تكرار محدد، لذلك لا تُقارَن الجلسات بها.',
    'The report could not be made from what this browser remembers.': 'تعذّر إنشاء التقرير مما يحفظه هذا المتصفح.',
    'The report holds your sessions of the last {0} weeks and how each exercise felt: {1} sessions, {2} stopped for pain, {3} level changes. It is sent only if you send it, and nothing else about you is in it.': 'يتضمن التقرير جلساتك في آخر {0} أسابيع وكيف شعرت بكل تمرين: الجلسات: {1}، المتوقفة بسبب الألم: {2}، تغييرات المستوى: {3}. لا يُرسل إلا إذا أرسلته أنت، ولا يتضمن أي شيء آخر عنك.',
    'This report cannot be read because it has problems:': 'لا يمكن قراءة هذا التقرير لأن فيه مشكلات:',
    'This report is not about the prescription on this page: its exercises, doses or frequency differ. Check which routine the patient was given before reading it.': 'هذا التقرير لا يخص الوصفة في هذه الصفحة: تمارينه أو جرعاته أو تكراره مختلفة. تحقق من الروتين الذي أُعطي للمريض قبل قراءته.',
    'Week of': 'أسبوع',
    'where it was stopped was not recorded': 'لم يُسجَّل موضع التوقف',
    'Your name (optional)': 'اسمك (اختياري)',
    "Your patient's report link": 'رابط تقرير المريض',
    'Hold {0} on each side': 'مدة الثبات {0} لكل جانب',
    'Hold {0}.': 'اثبت {0}.',
    'Hold timer': 'مؤقت الثبات',
    'How did {0} feel?': 'كيف شعرت أثناء تمرين {0}؟',
    'How to do it': 'طريقة الأداء',
    'If the pain persists or gets worse, contact your physiotherapist or a doctor.':
      'إذا استمر الألم أو ازداد سوءًا، فتواصل مع أخصائي العلاج الطبيعي أو مع طبيب.',
    Intermediate: 'متوسط',
    'Last one!': 'هذا آخر تمرين!',
    'left side': 'الجانب الأيسر',
    'Left side': 'الجانب الأيسر',
    'Left side.': 'الجانب الأيسر.',
    Level: 'المستوى',
    'Level: {0}': 'المستوى: {0}',
    Moderate: 'متوسط',
    Next: 'التالي',
    'Next exercise: {0}': 'التمرين التالي: {0}',
    'No pain': 'لا ألم',
    'not reached': 'لم تصل إليه',
    'Notes from your clinic': 'ملاحظات من عيادتك',
    // The handout: its pictures, fields, safety advice and warning signs
    'Then hold': 'ثم اثبت',
    'Progression:': 'التدرّج:',
    Date: 'التاريخ',
    Physiotherapist: 'أخصائي العلاج الطبيعي',
    'Next appointment': 'الموعد القادم',
    'If an exercise hurts': 'إذا آلمك تمرين',
    'Warning signs: get urgent medical help': 'علامات الخطر: اطلب مساعدة طبية عاجلة',
    'Stop the exercises and see a doctor or an urgent care service straight away if you have back pain and any of these:': 'توقف عن التمارين وراجع طبيبًا أو قسم الطوارئ فورًا إذا كان لديك ألم في الظهر مع أيٍّ مما يلي:',
    'numbness or tingling around your bottom or genitals': 'خدر أو تنميل حول المقعدة أو الأعضاء التناسلية',
    'changes in your bladder or bowels: you cannot pee, or you cannot control your pee or poo': 'تغيّر في المثانة أو الأمعاء: لا تستطيع التبول، أو لا تستطيع التحكم في البول أو البراز',
    'weakness in one or both legs': 'ضعف في إحدى الساقين أو كلتيهما',
    'pain spreading down a leg': 'ألم يمتد إلى أسفل الساق',
    'a fever (a high temperature) as well as back pain': 'حمّى (ارتفاع في الحرارة) مع ألم الظهر',
    'Opening the routine from your link…': 'جارٍ فتح البرنامج من الرابط…',
    'pain {0} of 10': 'الألم {0} من 10',
    'Pain of {0} is too much to go on.': 'ألم بدرجة {0} أشد من أن تتابع التمارين.',
    'Pain, from 0 (none) to 10 (worst)': 'الألم، من 0 (لا ألم) إلى 10 (أسوأ ألم)',
    Pause: 'إيقاف مؤقت',
    'Paused · {0}': 'متوقف مؤقتًا · {0}',
    'Paused for your rating': 'متوقف مؤقتًا لتقييمك',
    'Paused. How did {0} feel? Rate it, then continue.': 'توقف مؤقت. كيف شعرت أثناء تمرين {0}؟ قيّم التمرين، ثم تابع.',
    Previous: 'السابق',
    'Progression: {0}': 'التدرّج: {0}',
    Ready: 'جاهز',
    'Rep {0} of {1}': 'التكرار {0} من {1}',
    Reset: 'إعادة الضبط',
    Rest: 'استرح',
    'Rest between sets': 'استرح بين المجموعات',
    'Rest. Set {0} of {1} next.': 'استرح. التالي: المجموعة {0} من {1}.',
    Resume: 'استئناف',
    'Resume where I left off': 'المتابعة من حيث توقفت',
    'right side': 'الجانب الأيمن',
    'Right side': 'الجانب الأيمن',
    'Right side.': 'الجانب الأيمن.',
    Routine: 'برنامج تمارين',
    'Routine complete. Well done!': 'اكتمل البرنامج. أحسنت!',
    'Routine progress': 'تقدّم البرنامج',
    'Session stopped': 'تم إيقاف الجلسة',
    'Session stopped.': 'تم إيقاف الجلسة.',
    'Sessions this week: {0}': 'الجلسات هذا الأسبوع: {0}',
    // Your history (issue 24)
    'Your history': 'سجلّك',
    'Kept in this browser only. Nothing is sent anywhere.': 'محفوظ في هذا المتصفح فقط. لا يُرسَل أي شيء إلى أي مكان.',
    'No sessions remembered yet. Your sessions will show here.': 'لا توجد جلسات محفوظة بعد. ستظهر جلساتك هنا.',
    'This week': 'هذا الأسبوع',
    '{0} of {1} this week': (done: number, target: number) => `${number.format(done)} من ${number.format(target)} هذا الأسبوع`,
    '{0} sessions': (n: number) => sessions(n),
    'no session': 'لا جلسة',
    'a session': 'جلسة',
    'a day of your plan': 'يوم من خطتك',
    today: 'اليوم',
    '{0} sessions since {1}': (n: number, since: string) => `${sessions(n)} منذ ${since}`,
    '{0} weeks with a session': (n: number) =>
      `${count(n, { one: 'أسبوع واحد', two: 'أسبوعان', few: (w) => `${w} أسابيع`, many: (w) => `${w} أسبوعًا`, other: (w) => `${w} أسبوع` })} فيها جلسة`,
    '{0} weeks in a row': (n: number) =>
      `${count(n, { one: 'أسبوع واحد', two: 'أسبوعان', few: (w) => `${w} أسابيع`, many: (w) => `${w} أسبوعًا`, other: (w) => `${w} أسبوع` })} متتالية`,
    'Pain over the last six weeks': 'الألم خلال الأسابيع الستة الأخيرة',
    'No pain rated in the last six weeks.': 'لم تقيّم الألم خلال الأسابيع الستة الأخيرة.',
    'Pain from 0 (none) to 10 (worst), by session': 'الألم من 0 (لا ألم) إلى 10 (أشد ألم)، لكل جلسة',
    'latest {0}': 'الأخير: {0}',
    'Download my history': 'تنزيل سجلّي',
    'Delete my history': 'حذف سجلّي',
    'Delete everything this browser remembers of this routine? This cannot be undone.': 'حذف كل ما يحفظه هذا المتصفح عن هذا البرنامج؟ لا يمكن التراجع عن ذلك.',
    'Yes, delete': 'نعم، احذف',
    'Keep it': 'أبقِه',
    'Your history is deleted.': 'تم حذف سجلّك.',
    'This browser did not let us delete your history.': 'لم يسمح لنا هذا المتصفح بحذف سجلّك.',
    'Your history is saved as {0}.': 'تم حفظ سجلّك باسم {0}.',
    'Back to the summary': 'العودة إلى الملخص',
    'Set {0} of {1}': 'المجموعة {0} من {1}',
    'Set {0} of {1}.': 'المجموعة {0} من {1}.',
    Skip: 'تخطي',
    skipped: 'تم تخطيه',
    Sounds: 'أصوات التنبيه',
    Start: 'ابدأ',
    'Start again': 'ابدأ مرة أخرى',
    'Start over': 'ابدأ من البداية',
    // Level suggestions (issue 24).
    '{0} felt easy, with little or no pain, in your last {1} sessions. Ready for {2}: {3}?': '{0}: كان سهلًا، بألم قليل أو بلا ألم، في آخر {1} جلسات. هل أنت مستعد للمستوى {2}: {3}؟',
    '{0} hurt in your last session. Step back to {1}: {2}?': '{0}: سبّب ألمًا في جلستك الأخيرة. هل تعود إلى المستوى {1}: {2}؟',
    '{0} hurt in your last session, and there is no easier level. Talk to your clinic before you do it again.': '{0}: سبّب ألمًا في جلستك الأخيرة، ولا يوجد مستوى أسهل. تحدّث إلى عيادتك قبل أن تعيده.',
    '{0}: {1} from now on ({2}).': '{0}: المستوى {1} من الآن ({2}).',
    'Accept': 'قبول',
    'Not now': 'ليس الآن',
    'OK': 'حسنًا',
    'This browser did not let us save this change; it holds only until you close the page.': 'لم يسمح لنا هذا المتصفح بحفظ هذا التغيير؛ يبقى ساريًا فقط حتى تغلق الصفحة.',
    'Starting position: kneeling with the tops of the feet flat on the floor, arms and body stretched forward, hands on the floor.':
      'وضعية البداية: الجثو على الركبتين وظهر القدمين مبسوط على الأرض، والذراعان والجسم ممدودة إلى الأمام، واليدان على الأرض.',
    'Starting position: lying flat on the back, legs straight, arms by the sides.':
      'وضعية البداية: الاستلقاء على الظهر، والساقان مستقيمتان، والذراعان بجانب الجسم.',
    'Starting position: lying flat on the back, legs straight, arms out to the sides on the floor.':
      'وضعية البداية: الاستلقاء على الظهر، والساقان مستقيمتان، والذراعان ممدودتان إلى الجانبين على الأرض.',
    'Starting position: lying on the back, knees bent, feet flat on the floor, hands behind the head.':
      'وضعية البداية: الاستلقاء على الظهر، والركبتان مثنيتان، والقدمان مسطحتان على الأرض، واليدان خلف الرأس.',
    'Starting position: lying on the stomach, arms at the sides, legs together.':
      'وضعية البداية: الاستلقاء على البطن، والذراعان بجانب الجسم، والساقان مضمومتان.',
    'Starting position: lying on the stomach, legs together, hands flat on the floor at shoulder level.':
      'وضعية البداية: الاستلقاء على البطن، والساقان مضمومتان، والكفّان مبسوطتان على الأرض بمستوى الكتفين.',
    Steps: 'الخطوات',
    'Stop — this hurts': 'توقف — هذا يؤلمني',
    'Stop now': 'توقف الآن',
    'Stop the exercise and rest in a comfortable position.': 'أوقف التمرين واسترح في وضعية مريحة.',
    'stopped here': 'توقفت هنا',
    Strength: 'تقوية',
    Stretch: 'إطالة',
    'Switch sides': 'بدّل الجانب',
    'Switch to your right side.': 'انتقل إلى جانبك الأيمن.',

    // Movement cues: shown under the phase label during a hold, and said as it begins (src/i18n/movement-cues.ts)
    'Pull your left knee towards your chest': 'اسحب ركبتك اليسرى نحو صدرك',
    'Pull your right knee towards your chest': 'اسحب ركبتك اليمنى نحو صدرك',
    'Cross your left knee over to the right, shoulders flat': 'مرّر ركبتك اليسرى إلى اليمين، والكتفان على الأرض',
    'Cross your right knee over to the left, shoulders flat': 'مرّر ركبتك اليمنى إلى اليسار، والكتفان على الأرض',
    'Walk your hands to the left — feel the stretch along your right side': 'امشِ بيديك إلى اليسار — واشعر بالتمدد على طول جانبك الأيمن',
    'Walk your hands to the right — feel the stretch along your left side': 'امشِ بيديك إلى اليمين — واشعر بالتمدد على طول جانبك الأيسر',
    'Up … and down': 'ارتفع … ثم انزل',
    'Up': 'ارتفع',
    'And down': 'ثم انزل',
    'Push up … and lower': 'ادفع للأعلى … ثم انزل',
    'Push up': 'ادفع للأعلى',
    'Lift … and lower': 'ارفع صدرك … ثم انزل',
    'Lift': 'ارفع صدرك',
    'And lower': 'ثم انزل',
    '{0}, {1}': '{0}، {1}',

    'Take care': 'انتبه',
    'Take care: {0}': 'انتبه: {0}',
    'Then: {0}': 'بعد ذلك: {0}',
    'This browser did not let us save this session; nothing is stored.':
      'لم يسمح لنا هذا المتصفح بحفظ هذه الجلسة؛ لم يُخزَّن شيء.',
    'This browser does not let us save progress here; the routine works, but nothing is saved.':
      'لا يسمح لنا هذا المتصفح بحفظ تقدّمك هنا؛ البرنامج يعمل، لكن لن يُحفظ شيء.',
    'The timer cannot be shown: another script on this page already uses the name {0}.':
      'لا يمكن عرض المؤقت: يستخدم برنامج نصي آخر في هذه الصفحة الاسم {0} بالفعل.',
    'This exercise cannot be shown because its data has problems:': 'لا يمكن عرض هذا التمرين لأن في بياناته مشكلات:',
    'This routine cannot be played because its data has problems:': 'لا يمكن تشغيل هذا البرنامج لأن في بياناته مشكلات:',
    'This timer cannot start because of its attributes:': 'لا يمكن تشغيل هذا المؤقت بسبب سماته:',
    'Tick each exercise when you have done it': 'ضع علامة على كل تمرين بعد أن تؤديه',
    'Time spent: {0}': 'الوقت المستغرق: {0}',
    Vibration: 'الاهتزاز',
    Voice: 'التوجيه الصوتي',
    'Works: {0}': 'يستهدف: {0}',
    Worst: 'أسوأ ألم',
    'You stopped after {0}.': 'توقفت بعد تمرين {0}.',
    'You stopped at exercise {0} of {1}.': 'توقفت عند التمرين {0} من {1}.',
    'You stopped during {0} ({1}).': 'توقفت أثناء تمرين {0} ({1}).',
    'You stopped during {0}.': 'توقفت أثناء تمرين {0}.',
    'Your pace': 'بالسرعة التي تناسبك',
    'Your screen may turn off: this browser cannot keep it awake.': 'قد تنطفئ شاشتك: هذا المتصفح لا يستطيع إبقاءها مضاءة.',
    // Sound: the check before start, and sound stopped by the browser
    'Test sound': 'اختبار الصوت',
    'You will hear this during the exercises.': 'ستسمع هذا أثناء التمارين.',
    "Sound played — if you heard nothing, turn your phone's sound up.": 'تم تشغيل الصوت — إن لم تسمع شيئًا، فارفع صوت هاتفك.',
    "This browser can't play sound.": 'لا يستطيع هذا المتصفح تشغيل الصوت.',
    "This browser can't speak.": 'لا يستطيع هذا المتصفح النطق.',
    "This browser can't play sound or speak.": 'لا يستطيع هذا المتصفح تشغيل الصوت ولا النطق.',
    'Tap to turn the sound back on': 'اضغط لإعادة تشغيل الصوت',
    'You stopped this routine in another tab because it hurt, so it was paused here too. Your place in it is no longer saved.':
      'أوقفت هذا البرنامج في علامة تبويب أخرى لأنه آلمك، لذلك أُوقف مؤقتًا هنا أيضًا. لم يعد موضعك فيه يُحفظ.',

    // How often, and calendar reminders (src/adherence/)
    '{0} boxes a day: one for each time.': (n: number) => `${count(n, { one: 'مربع واحد', two: 'مربعان', few: (w) => `${w} مربعات`, many: (w) => `${w} مربعًا`, other: (w) => `${w} مربع` })} في اليوم: واحد لكل مرة.`,
    '{0} days a week': (n: number) => `${count(n, { one: 'يوم واحد', two: 'يومان', few: (w) => `${w} أيام`, many: (w) => `${w} يومًا`, other: (w) => `${w} يوم` })} في الأسبوع`,
    '● marks the days to do them.': 'العلامة ● تحدد أيام التمارين.',
    'A file for your calendar app, with a reminder at these times and the link to these exercises.':
      'ملف لتطبيق التقويم لديك، فيه تذكير في هذه الأوقات ورابط هذه التمارين.',
    'Add to calendar': 'أضف إلى التقويم',
    'afternoons, {0}': 'بعد الظهر، {0}',
    'Any {0} days of the week.': (n: number) =>
      `${count(n, { one: 'أي يوم واحد', two: 'أي يومين', few: (w) => `أي ${w} أيام`, many: (w) => `أي ${w} يومًا`, other: (w) => `أي ${w} يوم` })} من الأسبوع.`,
    'Any days of the week will do: the days in your calendar are a suggestion; move them as suits you.':
      'أي أيام من الأسبوع تفي بالغرض: الأيام في تقويمك مجرد اقتراح، فانقلها كما يناسبك.',
    'at {0}': 'الساعة {0}',
    'evenings, {0}': 'مساءً، {0}',
    'Every day': 'كل يوم',
    'How often': 'كم مرة',
    'How often: {0}': 'كم مرة: {0}',
    'mornings, {0}': 'صباحًا، {0}',
    'Once a week': 'مرة في الأسبوع',
    'Open your exercises with this link:': 'افتح تمارينك بهذا الرابط:',
    'three times a day': 'ثلاث مرات في اليوم',
    'Time for your exercises: {0}': 'حان وقت تمارينك: {0}',
    'twice a day': 'مرتين في اليوم',
  },
  catalog: {
    exercises: {
      'knee-to-chest': {
        name: 'الركبة إلى الصدر',
        targets: ['أسفل الظهر', 'عضلات الأرداف'],
        steps: [
          'استلقِ مستويًا على ظهرك',
          'اثنِ إحدى ساقيك عند الركبة، بحيث تصبح ربلة الساق موازية للجذع',
          'أمسك فخذك أو ركبتك',
          'اسحب ركبتك برفق نحو صدرك قدر ما تستطيع',
        ],
        cautions: ['اسحب برفق؛ لا تُجبر جسمك على الإطالة أبدًا.', STOP_IF_PAIN],
        startPosition: 'استلقِ مستويًا على ظهرك',
      },
      'lower-back-twist': {
        name: 'التواء أسفل الظهر',
        targets: ['العضلات المجاورة للعمود الفقري (العضلات المحيطة بالعمود الفقري مباشرة)'],
        steps: [
          'استلقِ مستويًا على ظهرك',
          'اثنِ إحدى ساقيك ومرّرها فوق جسمك إلى الجهة المقابلة',
          'لُفّ وركيك وأسفل ظهرك مع إبقاء كتفيك ملاصقين للأرض قدر الإمكان',
          'واصل اللفّ حتى تشعر بالإطالة في أسفل ظهرك',
        ],
        cautions: ['لُفّ فقط إلى أن تشعر بالإطالة في أسفل ظهرك.', STOP_IF_PAIN],
        startPosition: 'استلقِ مستويًا على ظهرك',
      },
      'side-trunk-stretch': {
        name: 'إطالة جانب الجذع',
        targets: ['جانب الجذع', 'العضلة الظهرية العريضة (عضلات جانب الجذع)'],
        steps: [
          'اجثُ على ركبتيك على الأرض، مع بسط ظهر قدميك على الأرض',
          'امتدّ إلى الأمام على الأرض',
          'مدّ ذراعيك وجسمك إلى أقصى حد ممكن',
          'أبقِ ساقيك وركبتيك ملاصقة للأرض أثناء الامتداد',
          'وأنت ممدود، انقل يديك وجذعك زحفًا إلى الجانب مع إبقاء خصرك مستقيمًا',
        ],
        cautions: ['أبقِ خصرك مستقيمًا أثناء تحرّكك إلى الجانب.', STOP_IF_PAIN],
        startPosition: 'اجثُ على ركبتيك على الأرض، مع بسط ظهر قدميك على الأرض',
      },
      'half-crunch': {
        name: 'نصف الكرنش',
        targets: ['عضلات البطن الأمامية'],
        steps: [
          'اتخذ وضعية تمرين الجلوس من الاستلقاء (اليدان خلف الرأس، والظهر مستوٍ على الأرض، والقدمان مسطحتان على الأرض)',
          'شُدّ عضلات بطنك حتى يرتفع كتفاك عن الأرض',
        ],
        cautions: [
          'لا تستخدم ذراعيك أو مرفقيك أو قوة الاندفاع لرفع كتفيك.',
          'قد يكون هذا التمرين صعبًا، لكن لا تُرهق عضلات بطنك.',
          STOP_IF_PAIN,
        ],
        startPosition: 'اتخذ وضعية تمرين الجلوس من الاستلقاء: اليدان خلف الرأس، والظهر مستوٍ على الأرض، والقدمان مسطحتان على الأرض',
      },
      'push-up-back-extension': {
        name: 'بسط الظهر بالدفع على اليدين',
        targets: ['أسفل الظهر'],
        steps: [
          'استلقِ على بطنك مع ضمّ ساقيك',
          'ضع كفّيك مبسوطتين على الأرض بمستوى كتفيك تقريبًا',
          'ادفع جسمك إلى الأعلى، بحيث يبقى الوركان والساقان على الأرض ويرتفع الجزء العلوي من الجذع',
        ],
        cautions: ['أبقِ وركيك وساقيك على الأرض.', STOP_IF_PAIN],
        startPosition: 'استلقِ على بطنك مع ضمّ ساقيك',
      },
      'assisted-back-extension': {
        name: 'بسط الظهر بالمساعدة',
        targets: ['أسفل الظهر', 'عضلات الأرداف'],
        steps: [
          'استلقِ على بطنك',
          'أبقِ ذراعيك بجانبيك',
          'أبقِ ساقيك مضمومتين',
          'اضغط بوركيك وركبتيك على الأرض لترفع صدرك',
          'استعن بيديك في البداية، ثم ارفعهما عن الأرض لأداء التمرين كاملًا',
          'أبقِ صدرك مرفوعًا في الهواء',
        ],
        cautions: [STOP_IF_PAIN],
        progression: 'استعن بيديك في البداية، ثم ارفعهما عن الأرض لأداء التمرين كاملًا.',
        startPosition: 'استلقِ على بطنك، وذراعاك بجانبيك، وساقاك مضمومتان',
      },
    },
    routines: {
      'lower-back': { name: 'أسفل الظهر: إطالة وتقوية' },
      'lower-back-stretches': { name: 'تمارين إطالة أسفل الظهر' },
      'trunk-strength': { name: 'تقوية الجذع' },
    },
  },
};

export default ar;
