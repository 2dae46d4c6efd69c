<?php
/**
 * Renders the exercise card block: `<back-exercise>` with the exercise's text inside.
 *
 * @package BackExerciseElements
 *
 * @var array $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

$backex_given = backex_block_to_element_attributes(
	$attributes,
	array(
		'exercise' => 'exercise',
		'level'    => 'level',
		'cues'     => 'cues',
	)
);
?>
<div <?php echo get_block_wrapper_attributes(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress escapes the wrapper's attributes. ?>>
<?php echo backex_render_back_exercise( $backex_given ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value is escaped with esc_html/esc_attr where the markup is built. ?>
</div>
