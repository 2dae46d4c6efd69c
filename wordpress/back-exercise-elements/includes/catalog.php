<?php
/**
 * The built-in catalog, exported from the library at build time (data/catalog.json).
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The whole catalog: levels, dose defaults and limits, exercises and routines by id.
 *
 * @return array
 */
function backex_catalog() {
	static $catalog = null;
	if ( null === $catalog ) {
		// A file of the plugin itself, read from disk: no request is made.
		$catalog = wp_json_file_decode( BACKEX_DIR . 'data/catalog.json', array( 'associative' => true ) );
		if ( ! is_array( $catalog ) ) {
			$catalog = array(
				'levels'       => array( 'beginner', 'intermediate', 'advanced' ),
				'doseDefaults' => array(),
				'limits'       => array(),
				'exercises'    => array(),
				'routines'     => array(),
			);
		}
	}
	return $catalog;
}

/**
 * A built-in exercise by id.
 *
 * @param string $id Catalog id such as `knee-to-chest`.
 * @return array|null
 */
function backex_get_exercise( $id ) {
	$exercises = backex_catalog()['exercises'];
	return isset( $exercises[ $id ] ) ? $exercises[ $id ] : null;
}

/**
 * A built-in routine by id, with its exercises and their doses resolved.
 *
 * @param string $id Catalog id such as `lower-back`.
 * @return array|null
 */
function backex_get_routine( $id ) {
	$routines = backex_catalog()['routines'];
	return isset( $routines[ $id ] ) ? $routines[ $id ] : null;
}

/**
 * The documented attributes of each element, from custom-elements.json at build time.
 *
 * @return array<string, string[]>
 */
function backex_element_attributes() {
	static $attributes = null;
	if ( null === $attributes ) {
		$attributes = wp_json_file_decode( BACKEX_DIR . 'data/elements.json', array( 'associative' => true ) );
		if ( ! is_array( $attributes ) ) {
			$attributes = array();
		}
	}
	return $attributes;
}
