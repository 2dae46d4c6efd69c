<?php
/**
 * The elements' script and stylesheet, loaded only on pages that show an element. The script is
 * the library's single-file bundle, an ES module: a script module on WordPress 6.5 and later, a
 * `<script type="module">` tag before that. Everything is served from the plugin's own folder.
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

const BACKEX_HANDLE = 'back-exercise-elements';

/**
 * The bundle's address; its chunks (drawings, languages) load from beside it.
 *
 * @return string
 */
function backex_bundle_url() {
	return plugins_url( 'assets/back-exercise-elements.bundle.js', BACKEX_FILE );
}

/**
 * Registers the stylesheet, and the script module where WordPress has them (6.5+).
 */
function backex_register_assets() {
	wp_register_style( BACKEX_HANDLE, plugins_url( 'assets/elements.css', BACKEX_FILE ), array(), BACKEX_VERSION );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( BACKEX_HANDLE, backex_bundle_url(), array(), BACKEX_VERSION );
	}
}

/**
 * Asks for the script and stylesheet on this page. Called when an element is rendered and, ahead of
 * that, for posts that will show one (so that the stylesheet is in `<head>`).
 */
function backex_enqueue_assets() {
	static $enqueued = false;
	if ( $enqueued || is_admin() ) {
		return;
	}
	$enqueued = true;
	wp_enqueue_style( BACKEX_HANDLE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( BACKEX_HANDLE );
	} else {
		add_action( 'wp_footer', 'backex_print_module_tag' );
	}
}

/**
 * Before WordPress 6.5: the bundle as a module script tag.
 */
function backex_print_module_tag() {
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => add_query_arg( 'ver', BACKEX_VERSION, backex_bundle_url() ),
			'id'   => BACKEX_HANDLE . '-js',
		)
	);
}

/**
 * Whether a post's content uses an element: a shortcode, a block or hand-written markup.
 *
 * @param string $content Post content.
 * @return bool
 */
function backex_content_uses_elements( $content ) {
	foreach ( array( 'back_exercise', 'routine_player', 'hold_timer' ) as $shortcode ) {
		if ( has_shortcode( $content, $shortcode ) ) {
			return true;
		}
	}
	return has_block( 'back-exercise-elements/exercise-card', $content )
		|| has_block( 'back-exercise-elements/routine-player', $content )
		|| 1 === preg_match( '/<(back-exercise|hold-timer|routine-player)[\s>\/]/i', $content );
}

/**
 * Enqueues the assets in `<head>` when one of the posts this page shows uses an element.
 */
function backex_enqueue_for_queried_posts() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && backex_content_uses_elements( $post->post_content ) ) {
			backex_enqueue_assets();
			return;
		}
	}
}
