<?php
/**
 * The authored-HTML form of an exercise or routine, the same markup as the library's
 * `exerciseToHTML()` and `routineToHTML()` (a test compares the two for every catalog
 * exercise and routine). It reads as a complete exercise before and without the script.
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

const BACKEX_CARD_HEADING_LEVEL    = 3;
const BACKEX_ROUTINE_HEADING_LEVEL = 2;
const BACKEX_INDENT                = '  ';

/**
 * Text made safe for HTML, exactly as the library's exerciseToHTML() and routineToHTML() escape
 * it: unlike esc_html(), an `&` that starts an entity is escaped too, so typed text (a label, the
 * clinic's advice) reads as typed, `&amp;` included.
 *
 * @param string $text Plain text.
 * @return string
 */
function backex_escape_text( $text ) {
	return htmlspecialchars( $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', true );
}

/**
 * ` name="value"` for each present attribute (`true` for a boolean one), in the given order;
 * `null` and `false` leave the attribute out.
 *
 * @param array $entries List of [name, value] pairs.
 * @return string
 */
function backex_html_attributes( array $entries ) {
	$html = '';
	foreach ( $entries as $entry ) {
		list( $name, $value ) = $entry;
		if ( null === $value || false === $value ) {
			continue;
		}
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . backex_escape_text( (string) $value ) . '"';
	}
	return $html;
}

/**
 * Lines indented one step.
 *
 * @param string[] $lines HTML lines.
 * @return string[]
 */
function backex_indent( array $lines ) {
	return array_map(
		function ( $line ) {
			return BACKEX_INDENT . $line;
		},
		$lines
	);
}

/**
 * Every field of a dose for one level, defaults filled in.
 *
 * @param array  $dose  Dose as in the catalog (reps a number or per level).
 * @param string $level Level.
 * @return array
 */
function backex_dose_at_level( array $dose, $level ) {
	$defaults = backex_catalog()['doseDefaults'];
	return array(
		'holdSeconds'    => (int) $dose['holdSeconds'],
		'reps'           => (int) ( is_array( $dose['reps'] ) ? $dose['reps'][ $level ] : $dose['reps'] ),
		'sets'           => (int) $dose['sets'],
		'eachSide'       => (bool) $dose['eachSide'],
		'restSeconds'    => (int) ( isset( $dose['restSeconds'] ) ? $dose['restSeconds'] : $defaults['restSeconds'] ),
		'setRestSeconds' => (int) ( isset( $dose['setRestSeconds'] ) ? $dose['setRestSeconds'] : $defaults['setRestSeconds'] ),
		'prepareSeconds' => (int) ( isset( $dose['prepareSeconds'] ) ? $dose['prepareSeconds'] : $defaults['prepareSeconds'] ),
		'switchSeconds'  => (int) ( isset( $dose['switchSeconds'] ) ? $dose['switchSeconds'] : $defaults['switchSeconds'] ),
	);
}

/**
 * A duration in whole seconds as full words: `1 second`, `45 seconds`, `2 minutes`,
 * `1 minute 30 seconds`, and from an hour `1 hour`, `1 hour 30 minutes` (whole minutes), as the
 * library's `secondsInWords()`.
 *
 * @param int $total_seconds Seconds.
 * @return string
 */
function backex_seconds_in_words( $total_seconds ) {
	$seconds = max( 0, (int) $total_seconds );
	if ( $seconds < 60 ) {
		/* translators: %d: a number of seconds */
		return sprintf( _n( '%d second', '%d seconds', $seconds, 'back-exercise-elements' ), $seconds );
	}
	$minutes = intdiv( $seconds, 60 );
	if ( $minutes >= 60 ) {
		$hours = intdiv( $minutes, 60 );
		/* translators: %d: a number of hours */
		$large = sprintf( _n( '%d hour', '%d hours', $hours, 'back-exercise-elements' ), $hours );
		$rest  = $minutes % 60;
		/* translators: %d: a number of minutes */
		$small = 0 === $rest ? '' : sprintf( _n( '%d minute', '%d minutes', $rest, 'back-exercise-elements' ), $rest );
	} else {
		/* translators: %d: a number of minutes */
		$large = sprintf( _n( '%d minute', '%d minutes', $minutes, 'back-exercise-elements' ), $minutes );
		$rest  = $seconds % 60;
		/* translators: %d: a number of seconds */
		$small = 0 === $rest ? '' : sprintf( _n( '%d second', '%d seconds', $rest, 'back-exercise-elements' ), $rest );
	}
	if ( '' === $small ) {
		return $large;
	}
	/* translators: 1: the larger unit in words ("1 minute", "1 hour"), 2: the smaller ("30 seconds", "30 minutes") */
	return sprintf( __( '%1$s %2$s', 'back-exercise-elements' ), $large, $small );
}

/**
 * The dose for one level as one sentence, each number said once, as the library's `formatDose()`.
 *
 * @param array $dose A dose at one level (see backex_dose_at_level).
 * @return string
 */
function backex_format_dose( array $dose ) {
	$hold      = backex_seconds_in_words( $dose['holdSeconds'] );
	$reps      = $dose['reps'];
	$sets      = $dose['sets'];
	$each_side = $dose['eachSide'];
	if ( $sets > 1 && $reps > 1 ) {
		return $each_side
			/* translators: 1: sets, 2: repetitions, 3: a duration in words */
			? sprintf( __( '%1$d sets of %2$d on each side, hold each for %3$s', 'back-exercise-elements' ), $sets, $reps, $hold )
			/* translators: 1: sets, 2: repetitions, 3: a duration in words */
			: sprintf( __( '%1$d sets of %2$d, hold each for %3$s', 'back-exercise-elements' ), $sets, $reps, $hold );
	}
	if ( $sets > 1 ) {
		return $each_side
			/* translators: 1: sets, 2: a duration in words */
			? sprintf( __( '%1$d sets on each side, hold each for %2$s', 'back-exercise-elements' ), $sets, $hold )
			/* translators: 1: sets, 2: a duration in words */
			: sprintf( __( '%1$d sets, hold each for %2$s', 'back-exercise-elements' ), $sets, $hold );
	}
	if ( $reps > 1 ) {
		return $each_side
			/* translators: 1: repetitions, 2: a duration in words */
			? sprintf( __( '%1$d times on each side, hold each for %2$s', 'back-exercise-elements' ), $reps, $hold )
			/* translators: 1: repetitions, 2: a duration in words */
			: sprintf( __( '%1$d times, hold each for %2$s', 'back-exercise-elements' ), $reps, $hold );
	}
	return $each_side
		/* translators: %s: a duration in words */
		? sprintf( __( 'Hold %s on each side', 'back-exercise-elements' ), $hold )
		/* translators: %s: a duration in words */
		: sprintf( __( 'Hold %s', 'back-exercise-elements' ), $hold );
}

/**
 * A value only where it differs from the default the card assumes when the attribute is absent.
 *
 * @param int $value    Value.
 * @param int $fallback Default.
 * @return int|null
 */
function backex_unless_default( $value, $fallback ) {
	return $value === $fallback ? null : $value;
}

/**
 * The opening tag of a card that carries its whole exercise in attributes and text.
 *
 * @param array       $exercise      Exercise.
 * @param string      $level         Level.
 * @param int         $heading_level Heading level of the name.
 * @param string|null $pace          A routine item's own pace.
 * @return string
 */
function backex_authored_open( array $exercise, $level, $heading_level, $pace = null ) {
	$dose     = backex_dose_at_level( $exercise['dose'], $level );
	$defaults = backex_catalog()['doseDefaults'];
	return '<back-exercise' . backex_html_attributes(
		array(
			array( 'level', $level ),
			array( 'kind', $exercise['kind'] ),
			// The card splits targets on commas, so a target's own comma cannot be told apart.
			array( 'targets', count( $exercise['targets'] ) > 0 ? implode( ', ', $exercise['targets'] ) : null ),
			array( 'hold', $dose['holdSeconds'] ),
			array( 'reps', backex_unless_default( $dose['reps'], 1 ) ),
			array( 'sets', backex_unless_default( $dose['sets'], 1 ) ),
			array( 'each-side', $dose['eachSide'] ),
			array( 'rest', backex_unless_default( $dose['restSeconds'], $defaults['restSeconds'] ) ),
			array( 'set-rest', backex_unless_default( $dose['setRestSeconds'], $defaults['setRestSeconds'] ) ),
			array( 'prepare', backex_unless_default( $dose['prepareSeconds'], $defaults['prepareSeconds'] ) ),
			array( 'switch', backex_unless_default( $dose['switchSeconds'], $defaults['switchSeconds'] ) ),
			array( 'heading-level', backex_unless_default( $heading_level, BACKEX_CARD_HEADING_LEVEL ) ),
			array( 'pace', $pace ),
		)
	) . '>';
}

/**
 * The name, dose in words, steps, progression and cautions of an exercise at a level, as HTML lines.
 *
 * @param array  $exercise      Exercise.
 * @param string $level         Level.
 * @param int    $heading_level Heading level of the name.
 * @return string[]
 */
function backex_exercise_body( array $exercise, $level, $heading_level ) {
	$dose  = backex_dose_at_level( $exercise['dose'], $level );
	$steps = array();
	foreach ( $exercise['steps'] as $step ) {
		$steps[] = '<li>' . esc_html( $step ) . '</li>';
	}
	$body = array_merge(
		array(
			'<h' . $heading_level . '>' . esc_html( $exercise['name'] ) . '</h' . $heading_level . '>',
			'<p>' . esc_html( backex_format_dose( $dose ) ) . '</p>',
			'<ol>',
		),
		backex_indent( $steps ),
		array( '</ol>' )
	);
	if ( ! empty( $exercise['progression'] ) ) {
		/* translators: %s: how to make the exercise harder */
		$body[] = '<p>' . esc_html( sprintf( __( 'Progression: %s', 'back-exercise-elements' ), $exercise['progression'] ) ) . '</p>';
	}
	if ( count( $exercise['cautions'] ) > 0 ) {
		// A heading, not a <p> or <li>: the card reads every <p> and <li> of the aside as a caution.
		$label    = min( 6, $heading_level + 1 );
		$cautions = array();
		foreach ( $exercise['cautions'] as $caution ) {
			$cautions[] = '<li>' . esc_html( $caution ) . '</li>';
		}
		$body = array_merge(
			$body,
			array( '<aside>' ),
			backex_indent(
				array_merge(
					array( '<h' . $label . '>' . esc_html__( 'Take care', 'back-exercise-elements' ) . '</h' . $label . '>', '<ul>' ),
					backex_indent( $cautions ),
					array( '</ul>' )
				)
			),
			array( '</aside>' )
		);
	}
	return $body;
}

/**
 * The lines of one card written in HTML.
 *
 * @param array       $exercise      Exercise.
 * @param string      $level         Level.
 * @param int         $heading_level Heading level of the name.
 * @param string|null $pace          A routine item's own pace.
 * @return string[]
 */
function backex_card_lines( array $exercise, $level, $heading_level, $pace = null ) {
	return array_merge(
		array( backex_authored_open( $exercise, $level, $heading_level, $pace ) ),
		backex_indent( backex_exercise_body( $exercise, $level, $heading_level ) ),
		array( '</back-exercise>' )
	);
}

/**
 * The authored-HTML form of a catalog exercise, as `exerciseToHTML(id, options)`.
 *
 * @param array $exercise A catalog exercise (see backex_get_exercise).
 * @param array $options  `level` (default beginner), `headingLevel` (1–6, default 3), `dose` (given dose
 *                        fields: holdSeconds, reps, sets, eachSide, restSeconds, setRestSeconds,
 *                        prepareSeconds, switchSeconds), `catalog` (keep the catalog id). Validated by the caller.
 * @return string
 */
function backex_exercise_html( array $exercise, array $options = array() ) {
	$level         = isset( $options['level'] ) ? $options['level'] : 'beginner';
	$heading_level = isset( $options['headingLevel'] ) ? (int) $options['headingLevel'] : BACKEX_CARD_HEADING_LEVEL;
	$given         = isset( $options['dose'] ) ? array_filter(
		$options['dose'],
		function ( $value ) {
			return null !== $value;
		}
	) : array();
	$exercise['dose'] = array_merge( $exercise['dose'], $given );
	if ( empty( $options['catalog'] ) ) {
		return implode( "\n", backex_card_lines( $exercise, $level, $heading_level ) );
	}
	$open = '<back-exercise' . backex_html_attributes(
		array(
			array( 'exercise', $exercise['id'] ),
			array( 'level', $level ),
			array( 'hold', isset( $given['holdSeconds'] ) ? $given['holdSeconds'] : null ),
			array( 'reps', isset( $given['reps'] ) && ! is_array( $given['reps'] ) ? $given['reps'] : null ),
			array( 'sets', isset( $given['sets'] ) ? $given['sets'] : null ),
			array( 'each-side', isset( $given['eachSide'] ) ? $given['eachSide'] : null ),
			array( 'rest', isset( $given['restSeconds'] ) ? $given['restSeconds'] : null ),
			array( 'set-rest', isset( $given['setRestSeconds'] ) ? $given['setRestSeconds'] : null ),
			array( 'prepare', isset( $given['prepareSeconds'] ) ? $given['prepareSeconds'] : null ),
			array( 'switch', isset( $given['switchSeconds'] ) ? $given['switchSeconds'] : null ),
			array( 'heading-level', backex_unless_default( $heading_level, BACKEX_CARD_HEADING_LEVEL ) ),
		)
	) . '>';
	return implode(
		"\n",
		array_merge( array( $open ), backex_indent( backex_exercise_body( $exercise, $level, $heading_level ) ), array( '</back-exercise>' ) )
	);
}

/**
 * The player's own safety advice, shown after Stop — this hurts.
 *
 * @return string[]
 */
function backex_default_safety_advice() {
	return array(
		__( 'Stop the exercise and rest in a comfortable position.', 'back-exercise-elements' ),
		__( 'Do not push through pain.', 'back-exercise-elements' ),
		__( 'If the pain persists or gets worse, contact your physiotherapist or a doctor.', 'back-exercise-elements' ),
	);
}

/**
 * The authored-HTML form of a catalog routine, as `routineToHTML(id, options)`: the routine's name,
 * its exercises (cards, or sections in the catalog form) and the safety advice.
 *
 * @param array $routine A catalog routine (see backex_get_routine).
 * @param array $options `level`, `headingLevel` (1–5, default 2), `safetyAdvice` (paragraphs), `catalog`.
 * @return string
 */
function backex_routine_html( array $routine, array $options = array() ) {
	$level         = isset( $options['level'] ) ? $options['level'] : 'beginner';
	$heading_level = isset( $options['headingLevel'] ) ? (int) $options['headingLevel'] : BACKEX_ROUTINE_HEADING_LEVEL;
	$advice        = isset( $options['safetyAdvice'] ) ? $options['safetyAdvice'] : backex_default_safety_advice();
	$catalog       = ! empty( $options['catalog'] );
	$body          = array( '<h' . $heading_level . '>' . esc_html( $routine['name'] ) . '</h' . $heading_level . '>' );
	foreach ( $routine['exercises'] as $index => $exercise ) {
		$lines = $catalog
			? array_merge( array( '<section>' ), backex_indent( backex_exercise_body( $exercise, $level, $heading_level + 1 ) ), array( '</section>' ) )
			: backex_card_lines( $exercise, $level, $heading_level + 1, $routine['paces'][ $index ] );
		$body  = array_merge( $body, $lines );
	}
	foreach ( $advice as $paragraph ) {
		// The clinic's text as typed: escaped like routineToHTML() escapes it, `&amp;` included.
		$body[] = '<p slot="safety-advice">' . backex_escape_text( $paragraph ) . '</p>';
	}
	$open = $catalog
		? '<routine-player' . backex_html_attributes( array( array( 'routine', $routine['id'] ), array( 'level', $level ) ) ) . '>'
		: '<routine-player' . backex_html_attributes( array( array( 'name', $routine['name'] ), array( 'level', $level ) ) ) . '>';
	return implode( "\n", array_merge( array( $open ), backex_indent( $body ), array( '</routine-player>' ) ) );
}
