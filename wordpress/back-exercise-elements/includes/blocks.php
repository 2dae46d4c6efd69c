<?php
/**
 * Two dynamic blocks, an exercise card and a routine player (block.json, rendered by render.php),
 * and their editor script, which needs no build step.
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script and both blocks.
 */
function backex_register_blocks() {
	wp_register_script(
		'back-exercise-elements-editor',
		plugins_url( 'blocks/editor.js', BACKEX_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		BACKEX_VERSION,
		true
	);
	$catalog   = backex_catalog();
	$exercises = array();
	foreach ( $catalog['exercises'] as $id => $exercise ) {
		$exercises[] = array(
			'value' => $id,
			'label' => $exercise['name'],
		);
	}
	$routines = array();
	foreach ( $catalog['routines'] as $id => $routine ) {
		$routines[] = array(
			'value' => $id,
			'label' => $routine['name'],
		);
	}
	wp_add_inline_script(
		'back-exercise-elements-editor',
		'window.backExerciseElements = ' . wp_json_encode(
			array(
				'bundle'    => add_query_arg( 'ver', BACKEX_VERSION, backex_bundle_url() ),
				'exercises' => $exercises,
				'routines'  => $routines,
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( 'back-exercise-elements-editor', 'back-exercise-elements' );
	register_block_type( BACKEX_DIR . 'blocks/exercise-card' );
	register_block_type( BACKEX_DIR . 'blocks/routine-player' );
}

/**
 * A block's attributes as the element attributes that backex_render_* read: empty text and
 * false switches are absent.
 *
 * @param array $attributes Block attributes.
 * @param array $names      Block attribute => element attribute.
 * @return array
 */
function backex_block_to_element_attributes( array $attributes, array $names ) {
	$given = array();
	foreach ( $names as $block_name => $element_name ) {
		if ( ! isset( $attributes[ $block_name ] ) ) {
			continue;
		}
		$value = $attributes[ $block_name ];
		if ( '' === $value || false === $value ) {
			continue;
		}
		$given[ $element_name ] = is_bool( $value ) ? $value : (string) $value;
	}
	return $given;
}
