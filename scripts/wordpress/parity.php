<?php
/**
 * Renders parity cases with the plugin's PHP renderer inside the test WordPress, for comparison
 * with the library's exerciseToHTML()/routineToHTML(). Run by scripts/wordpress/run.mjs:
 *
 *   php parity.php <wordpress folder> <host:port>  < cases.json  > markup.json
 *
 * @package BackExerciseElements
 */

$_SERVER['HTTP_HOST']   = $argv[2];
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';

if ( ! function_exists( 'backex_exercise_html' ) ) {
	fwrite( STDERR, "the plugin is not active\n" );
	exit( 1 );
}
$cases  = json_decode( stream_get_contents( STDIN ), true );
$markup = array();
foreach ( $cases as $case ) {
	$markup[] = 'exercise' === $case['kind']
		? backex_exercise_html( backex_get_exercise( $case['id'] ), $case['options'] )
		: backex_routine_html( backex_get_routine( $case['id'] ), $case['options'] );
}
echo wp_json_encode( $markup );
