<?php
/**
 * Runs the plugin's shortcode renderers and advice readers with php-cli alone, without WordPress:
 * the few WordPress functions they call are stubbed below, and the catalog comes with the input.
 * For test/wordpress/php-parity.test.ts, through test/wordpress/php-checks-plugin.mjs:
 *
 *   php checks.php < input.json > output.json
 *
 * Input: {"catalog": {...}, "cases": [...]}. Every text in a case is base64 of its bytes, so that
 * the test can send bytes that are not valid UTF-8 (a lone surrogate, as WTF-8). A case is one of
 * - {"render": "hold_timer"|"back_exercise"|"routine_player", "attributes": {name: base64 or true}}:
 *   the shortcode's renderer; answers {"problems": [...], "html": ...} (no problems when printed);
 * - {"advice": "html"|"block", "text": base64}: the advice's paragraphs, as the shortcode's content
 *   or as the block's field; answers {"lines": [...]};
 * - {"player": "html"|"block", "text": base64}: `[routine_player]` with that advice, as the
 *   shortcode or the block prints it; answers {"html": ...}.
 *
 * @package BackExerciseElements
 */

define( 'ABSPATH', __DIR__ . '/' );
define( 'BACKEX_DIR', dirname( __DIR__, 2 ) . '/wordpress/back-exercise-elements/' );

$backex_input = json_decode( stream_get_contents( STDIN ), true );
if ( ! is_array( $backex_input ) ) {
	fwrite( STDERR, 'checks.php: the input is not JSON: ' . json_last_error_msg() . "\n" );
	exit( 1 );
}

// phpcs:disable -- stand-ins for WordPress, as small as the plugin's use of them.
function __( $text ) {
	return $text;
}
function esc_html__( $text ) {
	return esc_html( $text );
}
function _n( $single, $plural, $number ) {
	return 1 === (int) $number ? $single : $plural;
}
function esc_html( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8', false );
}
function esc_attr( $text ) {
	return esc_html( $text );
}
function wp_json_encode( $data, $options = 0 ) {
	return json_encode( $data, $options );
}
function wp_json_file_decode( $file ) {
	return 'catalog.json' === basename( $file ) ? $GLOBALS['backex_input']['catalog'] : null;
}
function backex_enqueue_assets() {
}
// phpcs:enable

foreach ( array( 'catalog', 'authored-html', 'attributes', 'checks', 'advice', 'shortcodes' ) as $backex_file ) {
	require BACKEX_DIR . "includes/$backex_file.php";
}

$backex_output = array();
foreach ( $backex_input['cases'] as $backex_case ) {
	if ( isset( $backex_case['advice'] ) || isset( $backex_case['player'] ) ) {
		$backex_kind  = isset( $backex_case['advice'] ) ? $backex_case['advice'] : $backex_case['player'];
		$backex_text  = base64_decode( $backex_case['text'] );
		$backex_lines = 'html' === $backex_kind ? backex_advice_from_html( $backex_text ) : backex_advice_from_block( $backex_text );
		if ( isset( $backex_case['advice'] ) ) {
			$backex_output[] = array( 'lines' => $backex_lines );
		} else {
			// As render.php and the shortcode pass it: no paragraphs means the player's own advice.
			$backex_output[] = array( 'html' => backex_render_routine_player( array(), count( $backex_lines ) > 0 ? $backex_lines : null ) );
		}
		continue;
	}
	$backex_given = array();
	foreach ( $backex_case['attributes'] as $backex_name => $backex_value ) {
		$backex_given[ $backex_name ] = true === $backex_value ? true : base64_decode( $backex_value );
	}
	$backex_html     = call_user_func( 'backex_render_' . $backex_case['render'], $backex_given );
	$backex_problems = array();
	if ( 0 === strpos( $backex_html, '<div class="back-exercise-elements-error"' ) ) {
		preg_match_all( '/<li>(.*?)<\/li>/s', $backex_html, $backex_items );
		$backex_problems = array_map( 'htmlspecialchars_decode', $backex_items[1] );
	}
	$backex_output[] = array(
		'problems' => $backex_problems,
		'html'     => $backex_html,
	);
}
// Invalid UTF-8 in a problem (a broken label quoted back) is replaced, so that the answer is JSON.
echo json_encode( $backex_output, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE );
