/**
 * Editor side of the two blocks. Plain JavaScript on the `wp.*` globals, with no build step: the
 * plugin ships what is in the repository, and the blocks only need a sidebar of choices and the
 * real element as their preview. Both blocks are dynamic (render.php), so `save` is empty.
 */
(function (wp, settings) {
  'use strict';

  var el = wp.element.createElement;
  var useEffect = wp.element.useEffect;
  var useRef = wp.element.useRef;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var SelectControl = wp.components.SelectControl;
  var ToggleControl = wp.components.ToggleControl;
  var TextareaControl = wp.components.TextareaControl;

  var LEVELS = [
    { value: 'beginner', label: __('Beginner', 'back-exercise-elements') },
    { value: 'intermediate', label: __('Intermediate', 'back-exercise-elements') },
    { value: 'advanced', label: __('Advanced', 'back-exercise-elements') },
  ];
  var CUES = [
    { value: '', label: __('The element’s default', 'back-exercise-elements') },
    { value: 'beep', label: __('Beeps', 'back-exercise-elements') },
    { value: 'beep vibrate', label: __('Beeps and vibration', 'back-exercise-elements') },
    { value: 'beep voice vibrate', label: __('Beeps, voice and vibration', 'back-exercise-elements') },
    { value: 'voice', label: __('Voice', 'back-exercise-elements') },
    { value: 'none', label: __('None', 'back-exercise-elements') },
  ];

  /**
   * Loads the elements' bundle into the document the block is drawn in (the editor page, or the
   * editor's iframe on newer WordPress), once, so that the preview is the real element.
   */
  function useElements(ref) {
    useEffect(function () {
      var doc = ref.current && ref.current.ownerDocument;
      if (!doc || doc.querySelector('script[data-back-exercise-elements]')) return;
      var script = doc.createElement('script');
      script.type = 'module';
      script.src = settings.bundle;
      script.setAttribute('data-back-exercise-elements', '');
      doc.head.appendChild(script);
    }, []);
  }

  /**
   * Where one paragraph of the safety advice ends: a line break, a `<br>`, or a `<p>` or `</p>`
   * tag. The same pattern is BACKEX_ADVICE_BREAK in includes/advice.php, which prints the page.
   */
  var ADVICE_BREAK = /\r\n|[\n\v\f\r\x85\u2028\u2029]|<br[ \t\n\f\r]*\/?>|<\/?p(?:[ \t\n\f\r/][^>]*)?>/i;
  var ADVICE_ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

  /**
   * The advice field as saved: `&`, `<` and `>` as entities, so that WordPress's HTML filter for
   * Authors and Contributors leaves `<5, rest.` alone when the post is saved.
   */
  function storeAdvice(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  /** The advice field as typed, from what was saved (a field saved before as plain text reads as it is). */
  function typedAdvice(stored) {
    return stored.replace(/&(?:lt|gt|amp);/g, function (entity) {
      return ADVICE_ENTITIES[entity];
    });
  }

  /**
   * The advice's paragraphs, each shown as text: exactly what backex_advice_from_block() prints on
   * the published page.
   */
  function adviceLines(stored) {
    return typedAdvice(stored)
      .split(ADVICE_BREAK)
      .map(function (line) {
        return line.trim();
      })
      .filter(Boolean);
  }

  /** The element's attributes for React: absent when empty or off. */
  function present(value) {
    return value === '' || value === false ? undefined : value;
  }

  function levelAndCues(attributes, setAttributes) {
    return [
      el(SelectControl, {
        key: 'level',
        label: __('Level', 'back-exercise-elements'),
        value: attributes.level,
        options: LEVELS,
        onChange: function (level) {
          setAttributes({ level: level });
        },
      }),
      el(SelectControl, {
        key: 'cues',
        label: __('Cues', 'back-exercise-elements'),
        value: attributes.cues,
        options: CUES,
        onChange: function (cues) {
          setAttributes({ cues: cues });
        },
      }),
    ];
  }

  wp.blocks.registerBlockType('back-exercise-elements/exercise-card', {
    edit: function (props) {
      var attributes = props.attributes;
      var ref = useRef(null);
      useElements(ref);
      return el(
        'div',
        useBlockProps({ ref: ref }),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Exercise', 'back-exercise-elements') },
            el(SelectControl, {
              label: __('Exercise', 'back-exercise-elements'),
              value: attributes.exercise,
              options: settings.exercises,
              onChange: function (exercise) {
                props.setAttributes({ exercise: exercise });
              },
            }),
            levelAndCues(attributes, props.setAttributes),
          ),
        ),
        el('back-exercise', { exercise: attributes.exercise, level: attributes.level, cues: present(attributes.cues) }),
      );
    },
    save: function () {
      return null;
    },
  });

  wp.blocks.registerBlockType('back-exercise-elements/routine-player', {
    edit: function (props) {
      var attributes = props.attributes;
      var ref = useRef(null);
      useElements(ref);
      var advice = adviceLines(attributes.safetyAdvice);
      return el(
        'div',
        useBlockProps({ ref: ref }),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Routine', 'back-exercise-elements') },
            el(SelectControl, {
              label: __('Routine', 'back-exercise-elements'),
              value: attributes.routine,
              options: settings.routines,
              onChange: function (routine) {
                props.setAttributes({ routine: routine });
              },
            }),
            levelAndCues(attributes, props.setAttributes),
            el(ToggleControl, {
              label: __('Remember progress in the visitor’s browser', 'back-exercise-elements'),
              checked: attributes.remember,
              onChange: function (remember) {
                props.setAttributes({ remember: remember });
              },
            }),
            el(ToggleControl, {
              label: __('Ask for pain and difficulty ratings', 'back-exercise-elements'),
              checked: attributes.rate,
              onChange: function (rate) {
                props.setAttributes({ rate: rate });
              },
            }),
            el(TextareaControl, {
              label: __('Safety advice after “Stop — this hurts”', 'back-exercise-elements'),
              help: __('Your clinic’s own advice, such as its phone number; one paragraph per line. Empty: the player’s own advice.', 'back-exercise-elements'),
              value: typedAdvice(attributes.safetyAdvice),
              onChange: function (typed) {
                props.setAttributes({ safetyAdvice: storeAdvice(typed) });
              },
            }),
          ),
        ),
        el(
          'routine-player',
          {
            routine: attributes.routine,
            level: attributes.level,
            cues: present(attributes.cues),
            remember: present(attributes.remember),
            rate: present(attributes.rate),
          },
          advice.map(function (paragraph, index) {
            return el('p', { key: index, slot: 'safety-advice' }, paragraph);
          }),
        ),
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp, window.backExerciseElements);
