// The posts a Contributor submits in the WordPress test: each shortcode (classic content, as
// typed), each block, hand-written elements, smuggled scripts, bad values, the clinic's advice as
// a shortcode's content (plain, and with "<5", paragraphs and a <br>), doses and labels at and past
// the limits, and a post without elements.

/** A 100-character Arabic label: 200 bytes, within the 120 characters a label may have. */
export const ARABIC_LABEL = 'تمرين أسفل الظهر '.repeat(6).slice(0, 99) + 'ر';

export const POSTS = {
  shortcodes: {
    title: 'Shortcodes',
    content: `Warm up gently first.

[back_exercise exercise="knee-to-chest" level="intermediate" hold="30"]

[routine_player routine="lower-back" remember rate]

[hold_timer hold="45" each-side]`,
  },
  blocks: {
    title: 'Blocks',
    content: `<!-- wp:back-exercise-elements/exercise-card {"exercise":"half-crunch","level":"advanced","cues":"none"} /-->

<!-- wp:back-exercise-elements/routine-player {"routine":"trunk-strength","level":"intermediate","remember":true,"rate":true,"safetyAdvice":"Stop and rest.\\nCall our clinic on 555 0100."} /-->`,
  },
  handWritten: {
    title: 'Hand-written elements',
    content: `<!-- wp:html -->
<back-exercise hold="5" each-side targets="hamstrings, lower back" level="beginner">
  <h2>Lying hamstring stretch</h2>
  <ol>
    <li>Lie flat on your back with both legs straight</li>
    <li>Loop a towel around one foot and raise the leg</li>
  </ol>
  <aside><p>If you experience back pain, stop!</p></aside>
</back-exercise>
<hold-timer hold="3" prepare="0" cues="none" label="Short hold"></hold-timer>
<routine-player routine="lower-back-stretches" level="advanced" remember></routine-player>
<!-- /wp:html -->`,
  },
  smuggled: {
    title: 'Smuggled',
    content: `<!-- wp:html -->
<p>Before</p>
<script>window.smuggled = 'script';</script>
<img src="/wp-includes/images/blank.gif" onerror="window.smuggled = 'onerror'">
<back-exercise exercise="knee-to-chest" onclick="window.smuggled = 'onclick'" style="position:fixed" data-evil="1"></back-exercise>
<hold-timer hold="10" onload="window.smuggled = 'onload'"></hold-timer>
<other-element>kept text</other-element>
<!-- /wp:html -->`,
  },
  badValues: {
    title: 'Bad values',
    content: `[back_exercise exercise="burpee" hold="abc"]

[hold_timer hold="0"]

[routine_player routine="lower-back" level="expert" remember="yes"]

[back_exercise]

[hold_timer hold="10" hlod="5"]`,
  },
  advice: {
    title: 'Clinic advice',
    content: `[routine_player routine="lower-back-stretches" level="advanced"]Stop and rest.
If it still hurts tomorrow, call us on 555 0100.[/routine_player]`,
  },
  adviceMarkup: {
    title: 'Clinic advice with markup',
    content: `[routine_player routine="lower-back-stretches"]If the pain is &lt;5, rest.
If it is 5 or more, stop<br>and call us on 555 0100.

<p>Bring this page</p><p>to your next appointment.</p>[/routine_player]`,
  },
  limits: {
    title: 'Limits',
    content: `[hold_timer hold="3600" reps="500" sets="50" each-side rest="3600"]

[back_exercise exercise="knee-to-chest" hold="3600" sets="2"]

[hold_timer hold="10" label="call \u202E0010 555\u202C"]

[hold_timer hold="3587" reps="3" label="${ARABIC_LABEL}"]`,
  },
  plain: {
    title: 'No elements here',
    content: 'Just words.',
  },
};
