import type { TranslatedMessage } from '../../i18n/localize.js';

// Arabic: the routine builder's own messages, loaded beside the shared ones (src/i18n/locales/ar.ts)
// only on a page with the builder. The routine builder (a clinic's staff page; the printed lines address the patient directly)

const number = new Intl.NumberFormat('ar');

const messages: Record<string, TranslatedMessage> = {
  '{0} added as exercise {1}.': (name: string, position: number) => `أُضيف ${name} بوصفه التمرين ${number.format(position)}.`,
  '{0} characters. The routine is in the part after #, which browsers never send to a server.': (length: number) =>
    `${number.format(length)} حرفًا. الروتين في الجزء الذي يلي #، ولا ترسله المتصفحات إلى أي خادم أبدًا.`,
  '{0} moved to position {1} of {2}.': (name: string, position: number, total: number) =>
    `نُقل ${name} إلى الموضع ${number.format(position)} من ${number.format(total)}.`,
  '{0} removed.': 'أُزيل {0}.',
  'Add {0}': 'أضف {0}',
  'Add at least one exercise to the routine.': 'أضف تمرينًا واحدًا على الأقل إلى الروتين.',
  'Add exercises': 'إضافة تمارين',
  'Between exercises (s)': 'بين التمارين (ث)',
  'Built-in exercises': 'التمارين المضمّنة',
  'By the patient (a Done button)': 'بيد المريض (زر «تم»)',
  'By the timer': 'بالمؤقّت',
  'Copy HTML': 'انسخ HTML',
  'Copy link': 'انسخ الرابط',
  'Copying was not allowed here: the text is selected in its field, copy it with Ctrl+C or ⌘C.':
    'النسخ غير مسموح هنا: النص محدَّد في حقله، انسخه بـ Ctrl+C أو ⌘C.',
  'Exercises in the routine ({0})': (count: number) => `تمارين الروتين (${number.format(count)})`,
  'Fix the problems marked in red to see the preview.': 'أصلح المشكلات المعلَّمة بالأحمر لترى المعاينة.',
  'For a blog or CMS page that loads the back-exercise-elements script. It reads well without the script too.':
    'لصفحة مدوّنة أو نظام إدارة محتوى تحمّل سكربت back-exercise-elements. وتُقرأ جيدًا من دون السكربت أيضًا.',
  'From this page': 'من هذه الصفحة',
  'Go to the first problem': 'انتقل إلى أول مشكلة',
  'Built-in routines, to start from': 'روتينات مضمّنة للبدء منها',
  'Add all of {0}': 'أضف كل تمارين «{0}»',
  '{0} exercises added; the routine has {1}.': (added: number, total: number) => `أُضيفت تمارين عددها ${number.format(added)}؛ في الروتين الآن ${number.format(total)}.`,
  'Hold (s)': 'الثبات (ث)',
  'HTML copied.': 'نُسخ HTML.',
  'HTML to paste into a web page': 'HTML للّصق في صفحة ويب',
  'In the routine: {0}': (count: number) => `في الروتين: ${number.format(count)}`,
  'Link copied.': 'نُسخ الرابط.',
  'Link to the routine': 'رابط الروتين',
  'Making the QR code…': 'يجري إنشاء رمز QR…',
  'Move {0} down': 'انقل {0} إلى الأسفل',
  'Move {0} up': 'انقل {0} إلى الأعلى',
  'Name of the routine': 'اسم الروتين',
  'No exercises yet: add them from the list.': 'لا تمارين بعد: أضفها من القائمة.',
  'Note for the patient': 'ملاحظة للمريض',
  'On each side': 'على كل جانب',
  'On your phone': 'على هاتفك',
  "Open the patient's page": 'افتح صفحة المريض',
  'Order of {0}': 'ترتيب {0}',
  Preview: 'معاينة',
  'Print handout': 'اطبع ورقة المريض',
  'QR code of the link to the routine': 'رمز QR لرابط الروتين',
  Remove: 'أزِل',
  'Remove {0}': 'أزِل {0}',
  'Reorder with the arrow buttons, or Alt + Arrow Up or Down inside an exercise.':
    'غيّر الترتيب بأزرار الأسهم، أو بـ Alt مع السهم للأعلى أو للأسفل داخل التمرين.',
  Repetitions: 'التكرارات',
  'Repetitions are paced': 'إيقاع التكرارات',
  'Rest between reps (s)': 'الراحة بين التكرارات (ث)',
  'Rest between sets (s)': 'الراحة بين المجموعات (ث)',
  "Scan the code with your phone's camera to open these exercises with a timer that guides you.":
    'امسح الرمز بكاميرا هاتفك لتفتح هذه التمارين مع مؤقّت يرشدك.',
  Sets: 'المجموعات',
  'Share with the patient': 'شارك مع المريض',
  'Share…': 'مشاركة…',
  'Sharing is possible once the routine has exercises and no problems.': 'تصبح المشاركة ممكنة حين يضم الروتين تمارين ولا مشكلات فيه.',
  'Shown before the patient starts and printed on the handout. Plain text.':
    'تظهر قبل أن يبدأ المريض وتُطبع على ورقته. نص عادي فقط.',
  'No rest: no time to come back to the start between repetitions.':
    'لا راحة: لا وقت للعودة إلى وضعية البداية بين التكرارات.',
  "The name travels in the link and is printed on the handout. Use no patient's full name: links end up in messages.":
    'يُنقل الاسم في الرابط ويُطبع على الورقة. لا تستخدم الاسم الكامل للمريض: فالروابط تنتهي في الرسائل.',
  'Some exercises or settings the page gave cannot be used:': 'بعض التمارين أو الإعدادات التي قدّمتها الصفحة لا يمكن استخدامها:',
  "The patient scans this code with the phone's camera to open the routine.":
    'يمسح المريض هذا الرمز بكاميرا الهاتف ليفتح الروتين.',
  'The preview shows here once the routine has exercises.': 'تظهر المعاينة هنا حين يضم الروتين تمارين.',
  'The QR code could not be made.': 'تعذّر إنشاء رمز QR.',
  'The routine has a problem: {0}': 'في الروتين مشكلة: {0}',
  'Total time: {0}': 'المدة الكاملة: {0}',
  'Unknown exercise': 'تمرين غير معروف',

  // How often, and the clinic's fields
  '24-hour, as 08:00 or 18:30. Optional: reminders are at 08:00 without it.': 'بنظام ٢٤ ساعة، مثل 08:00 أو 18:30. اختياري: من دونه تكون التذكيرات الساعة 08:00.',
  "A calendar file with reminders on the prescribed days and the routine's link, to import on the patient's phone or send with the link.":
    'ملف تقويم فيه تذكيرات في الأيام المحددة ورابط الروتين، ليُستورد على هاتف المريض أو يُرسل مع الرابط.',
  'A number of days a week': 'عدد من الأيام في الأسبوع',
  "Clinic's e-mail for the patient's reports": 'بريد العيادة الإلكتروني لتقارير المريض',
  Days: 'الأيام',
  'Days a week (1–7)': 'أيام في الأسبوع (١–٧)',
  'No level suggestions': 'بلا اقتراحات للمستوى',
  'Not given': 'غير محدد',
  'On these days': 'في هذه الأيام',
  'Optional. It travels in the link: the patient can send a report of their sessions to it.':
    'اختياري. ينتقل مع الرابط: يستطيع المريض أن يرسل إليه تقريرًا عن جلساته.',
  "The patient's player will not suggest moving up or down a level.": 'لن يقترح مشغّل المريض الانتقال إلى مستوى أعلى أو أدنى.',
  'Time of day': 'الوقت من اليوم',
  'Times a day (1–3)': 'مرات في اليوم (١–٣)',
  'Which days': 'أي أيام',
  'With days given, the patient sees how often, the handout marks the days, and "Add to calendar" makes reminders.':
    'مع تحديد الأيام يرى المريض كم مرة يتمرن، وتحدد الورقة المطبوعة الأيام، ويُنشئ «أضف إلى التقويم» تذكيرات.',
};

export default messages;
