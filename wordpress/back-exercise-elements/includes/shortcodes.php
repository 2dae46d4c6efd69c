<?php
/**
 * The elements as server-rendered markup, shared by the shortcodes and the blocks, and the
 * shortcodes `[back_exercise]`, `[routine_player]` and `[hold_timer]`.
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the three shortcodes.
 */
function backex_register_shortcodes() {
	add_shortcode( 'back_exercise', 'backex_back_exercise_shortcode' );
	add_shortcode( 'routine_player', 'backex_routine_player_shortcode' );
	add_shortcode( 'hold_timer', 'backex_hold_timer_shortcode' );
}

/**
 * Adds attributes to the opening tag of an element's markup.
 *
 * @param string $html    Markup starting with the element's opening tag (its values escaped, so no `>` in them).
 * @param array  $entries List of [name, value] pairs, as backex_html_attributes.
 * @return string
 */
function backex_add_attributes( $html, array $entries ) {
	$end = strpos( $html, '>' );
	return substr( $html, 0, $end ) . backex_html_attributes( $entries ) . substr( $html, $end );
}

/**
 * `<back-exercise>` for a catalog exercise, its text inside (what reads without JavaScript), or a
 * visible error naming each bad attribute.
 *
 * @param array $given Attributes as name => value (true for a valueless one).
 * @return string Escaped HTML.
 */
function backex_render_back_exercise( array $given ) {
	$catalog = backex_catalog();
	$known   = array_merge( array( 'exercise', 'level', 'heading-level', 'cues', 'no-timer', 'no-drawings', 'each-side' ), array_keys( BACKEX_DOSE_ATTRIBUTES ) );
	$reader  = new Backex_Attribute_Reader( $given, $known );
	$before  = count( $reader->problems );
	$id      = $reader->has( 'exercise' ) ? (string) $given['exercise'] : '';
	if ( '' === $id ) {
		/* translators: %s: the known exercise ids */
		$reader->fail( 'exercise', sprintf( __( 'is required: one of %s', 'back-exercise-elements' ), implode( ', ', array_keys( $catalog['exercises'] ) ) ) );
	} elseif ( ! isset( $catalog['exercises'][ $id ] ) ) {
		/* translators: 1: the id as typed, quoted, 2: the known exercise ids */
		$reader->fail( 'exercise', sprintf( __( 'is not a known exercise, got %1$s; known exercises are %2$s', 'back-exercise-elements' ), backex_describe( $id ), implode( ', ', array_keys( $catalog['exercises'] ) ) ) );
	}
	$level = $reader->one_of( 'level', $catalog['levels'], 'beginner' );
	$dose  = $reader->dose();
	// As on the element: once the exercise, level and dose attributes read, the dose that plays must fit the limit.
	if ( count( $reader->problems ) === $before ) {
		$reader->whole_dose( array_merge( $catalog['exercises'][ $id ]['dose'], $dose ) );
	}
	$heading_level = $reader->heading_level( 'heading-level', 6 );
	$cues          = $reader->cues( 'cues' );
	$no_timer      = $reader->flag( 'no-timer' );
	$no_drawings   = $reader->flag( 'no-drawings' );
	if ( count( $reader->problems ) > 0 ) {
		return backex_error_html( __( 'This exercise cannot be shown because its data has problems:', 'back-exercise-elements' ), $reader->problems );
	}
	backex_enqueue_assets();
	$options = array(
		'level'   => $level,
		'dose'    => $dose,
		'catalog' => true,
	);
	if ( null !== $heading_level ) {
		$options['headingLevel'] = $heading_level;
	}
	return backex_add_attributes(
		backex_exercise_html( $catalog['exercises'][ $id ], $options ),
		array( array( 'cues', $cues ), array( 'no-timer', $no_timer ), array( 'no-drawings', $no_drawings ) )
	);
}

/**
 * `<routine-player>` for a catalog routine, its exercise list inside, and the safety advice (the
 * clinic's own when given, one paragraph each); or a visible error naming each bad attribute.
 *
 * @param array         $given  Attributes as name => value (true for a valueless one).
 * @param string[]|null $advice The clinic's safety advice as plain-text paragraphs (see
 *                              includes/advice.php), or null for the player's own.
 * @return string Escaped HTML.
 */
function backex_render_routine_player( array $given, $advice = null ) {
	$catalog = backex_catalog();
	$known   = array( 'routine', 'level', 'heading-level', 'cues', 'pace', 'remember', 'rate', 'pain-threshold', 'no-drawings', 'no-focus-mode-on-phones' );
	$reader  = new Backex_Attribute_Reader( $given, $known );
	$id      = $reader->one_of( 'routine', array_keys( $catalog['routines'] ), 'lower-back' );
	$level   = $reader->one_of( 'level', $catalog['levels'], 'beginner' );
	$heading = $reader->heading_level( 'heading-level', 5 );
	$cues    = $reader->cues( 'cues' );
	$pace    = $reader->one_of( 'pace', array( 'timer', 'done' ) );
	$pain    = $reader->whole_number( 'pain-threshold', 1, 10 );
	$flags   = array();
	foreach ( array( 'remember', 'rate', 'no-drawings', 'no-focus-mode-on-phones' ) as $flag ) {
		$flags[ $flag ] = $reader->flag( $flag );
	}
	if ( count( $reader->problems ) > 0 ) {
		return backex_error_html( __( 'This routine cannot be played because its data has problems:', 'back-exercise-elements' ), $reader->problems );
	}
	backex_enqueue_assets();
	$options = array(
		'level'   => $level,
		'catalog' => true,
	);
	if ( null !== $heading ) {
		$options['headingLevel'] = $heading;
	}
	if ( null !== $advice && count( $advice ) > 0 ) {
		$options['safetyAdvice'] = $advice;
	}
	return backex_add_attributes(
		backex_routine_html( $catalog['routines'][ $id ], $options ),
		array(
			array( 'cues', $cues ),
			array( 'pace', $pace ),
			array( 'remember', $flags['remember'] ),
			array( 'rate', $flags['rate'] ),
			array( 'pain-threshold', $pain ),
			array( 'no-drawings', $flags['no-drawings'] ),
			array( 'no-focus-mode-on-phones', $flags['no-focus-mode-on-phones'] ),
		)
	);
}

/**
 * `<hold-timer>` with its dose in words inside (what reads without JavaScript), or a visible error.
 *
 * @param array $given Attributes as name => value (true for a valueless one).
 * @return string Escaped HTML.
 */
function backex_render_hold_timer( array $given ) {
	$catalog = backex_catalog();
	$known   = array_merge( array( 'level', 'cues', 'label', 'no-dose', 'each-side' ), array_keys( BACKEX_DOSE_ATTRIBUTES ) );
	$reader  = new Backex_Attribute_Reader( $given, $known );
	$before  = count( $reader->problems );
	$dose    = $reader->dose();
	if ( ! isset( $given['hold'] ) ) {
		$reader->fail( 'hold', __( 'is required: the length of one hold in whole seconds', 'back-exercise-elements' ) );
	}
	$whole = array_merge(
		array(
			'reps'     => 1,
			'sets'     => 1,
			'eachSide' => false,
		),
		$dose
	);
	// As on the element: once the dose attributes read, the dose that plays must fit the limit.
	if ( count( $reader->problems ) === $before ) {
		$reader->whole_dose( $whole );
	}
	$level   = $reader->one_of( 'level', $catalog['levels'] );
	$cues    = $reader->cues( 'cues' );
	$label   = $reader->text( 'label', 120 );
	$no_dose = $reader->flag( 'no-dose' );
	if ( count( $reader->problems ) > 0 ) {
		return backex_error_html( __( 'This timer cannot start because of its attributes:', 'back-exercise-elements' ), $reader->problems );
	}
	backex_enqueue_assets();
	$full = backex_dose_at_level( $whole, 'beginner' );
	$open = '<hold-timer' . backex_html_attributes(
		array(
			array( 'hold', $dose['holdSeconds'] ),
			array( 'reps', isset( $dose['reps'] ) ? $dose['reps'] : null ),
			array( 'sets', isset( $dose['sets'] ) ? $dose['sets'] : null ),
			array( 'each-side', $full['eachSide'] ),
			array( 'rest', isset( $dose['restSeconds'] ) ? $dose['restSeconds'] : null ),
			array( 'set-rest', isset( $dose['setRestSeconds'] ) ? $dose['setRestSeconds'] : null ),
			array( 'prepare', isset( $dose['prepareSeconds'] ) ? $dose['prepareSeconds'] : null ),
			array( 'switch', isset( $dose['switchSeconds'] ) ? $dose['switchSeconds'] : null ),
			array( 'level', $level ),
			array( 'cues', $cues ),
			array( 'label', $label ),
			array( 'no-dose', $no_dose ),
		)
	) . '>';
	return $open . "\n" . BACKEX_INDENT . '<p>' . esc_html( backex_format_dose( $full ) ) . '</p>' . "\n</hold-timer>";
}

/**
 * `[back_exercise exercise="knee-to-chest" level="intermediate" hold="30"]`
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function backex_back_exercise_shortcode( $atts ) {
	return backex_render_back_exercise( backex_normalize_shortcode_atts( $atts ) );
}

/**
 * `[routine_player routine="lower-back" remember rate]`, or with the clinic's safety advice inside:
 * `[routine_player]Stop and call us on 555 0100.[/routine_player]`
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content Safety advice, as post content (HTML): a paragraph per line or per `<p>`.
 * @return string
 */
function backex_routine_player_shortcode( $atts, $content = null ) {
	return backex_render_routine_player( backex_normalize_shortcode_atts( $atts ), null === $content ? null : backex_advice_from_html( $content ) );
}

/**
 * `[hold_timer hold="45" each-side]`
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function backex_hold_timer_shortcode( $atts ) {
	return backex_render_hold_timer( backex_normalize_shortcode_atts( $atts ) );
}
