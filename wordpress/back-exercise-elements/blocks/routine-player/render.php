<?php
/**
 * Renders the routine player block: `<routine-player>` with its exercise list and the clinic's
 * safety advice inside.
 *
 * @package BackExerciseElements
 *
 * @var array $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

$backex_given  = backex_block_to_element_attributes(
	$attributes,
	array(
		'routine'  => 'routine',
		'level'    => 'level',
		'cues'     => 'cues',
		'remember' => 'remember',
		'rate'     => 'rate',
	)
);
$backex_advice = backex_advice_from_block( isset( $attributes['safetyAdvice'] ) ? (string) $attributes['safetyAdvice'] : '' );
?>
<div <?php echo get_block_wrapper_attributes(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress escapes the wrapper's attributes. ?>>
<?php echo backex_render_routine_player( $backex_given, count( $backex_advice ) > 0 ? $backex_advice : null ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value is escaped with esc_html/esc_attr where the markup is built. ?>
</div>
