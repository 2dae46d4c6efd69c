<?php
/**
 * Lets Authors and Contributors (and every user on multisite) keep hand-written elements: the
 * post HTML filter allows the three tags with their documented attributes (read from
 * custom-elements.json at build time) and nothing more. Event-handler attributes are never
 * allowed, and `<script>` stays stripped.
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Filter of `wp_kses_allowed_html`.
 *
 * @param array        $tags    Allowed tags and their attributes.
 * @param string|array $context The filter's context; only `post` (post content) is extended.
 * @return array
 */
function backex_allow_elements( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( backex_element_attributes() as $tag => $names ) {
		$allowed = array();
		foreach ( $names as $name ) {
			if ( 0 !== strpos( strtolower( $name ), 'on' ) ) {
				$allowed[ strtolower( $name ) ] = true;
			}
		}
		$tags[ $tag ] = $allowed;
	}
	return $tags;
}
