<?php
/**
 * The clinic's safety advice, from the text inside `[routine_player]…[/routine_player]` or the
 * Routine player block's field, as paragraphs of plain text. The text is split into paragraphs
 * first and each paragraph is then treated as text (escaped where it is printed, never stripped as
 * a whole), so that `If the pain is <5, rest.` keeps its words and two paragraphs stay two.
 *
 * The block's field and the editor's preview (blocks/editor.js, adviceLines) follow the same
 * rule, so that the published page shows what the preview shows.
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Where one paragraph of advice ends: a line break, a `<br>`, or a `<p>` or `</p>` tag. The same
 * pattern is in blocks/editor.js.
 */
const BACKEX_ADVICE_BREAK = '~\r\n|[\n\x{0B}\x{0C}\r\x{85}\x{2028}\x{2029}]|<br[ \t\n\f\r]*/?>|</?p(?:[ \t\n\f\r/][^>]*)?>~iu';

/**
 * Splits advice at its paragraph breaks (see BACKEX_ADVICE_BREAK) and trims each paragraph as
 * JavaScript's trim() does; empty paragraphs are dropped.
 *
 * @param string   $text  Advice.
 * @param callable $clean What to do to each paragraph before it is trimmed.
 * @return string[]
 */
function backex_split_advice( $text, $clean ) {
	$paragraphs = array();
	foreach ( preg_split( BACKEX_ADVICE_BREAK, backex_valid_utf8( (string) $text ) ) as $piece ) {
		$paragraph = backex_js_trim( call_user_func( $clean, $piece ) );
		if ( '' !== $paragraph ) {
			$paragraphs[] = $paragraph;
		}
	}
	return $paragraphs;
}

/**
 * The paragraphs of advice written as post content, inside `[routine_player]`: HTML, through the
 * editor's automatic paragraphs and typography (so `<p>`, `<br />` and entities such as `&#8217;`).
 * Comments and every tag but the breaks are removed first, as an HTML parser reads them (a tag may
 * span lines), so markup is never shown as markup; `<` not followed by a letter is text, so `<5`
 * stays. Then the text is split at its breaks and each paragraph has its entities decoded.
 *
 * @param string $html The shortcode's content.
 * @return string[] Plain-text paragraphs.
 */
function backex_advice_from_html( $html ) {
	$text = preg_replace( array( '/<!--.*?(?:-->|\z)/s', '~<(?!/?(?:p|br)[ \t\n\f\r/>])/?[a-z][^>]*>~i' ), '', backex_valid_utf8( (string) $html ) );
	return backex_split_advice(
		$text,
		function ( $paragraph ) {
			return html_entity_decode( $paragraph, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
	);
}

/**
 * The paragraphs of the Routine player block's advice field: plain text in which a line break, a
 * `<br>` or a `<p>`/`</p>` starts a new paragraph; everything else is shown as typed.
 *
 * The editor stores the field with `&`, `<` and `>` written as `&amp;`, `&lt;` and `&gt;`, because
 * WordPress's HTML filter for Authors and Contributors would otherwise cut `<5, rest.` out of it
 * on save; those three are read back here. A field saved before (plain text) reads the same,
 * unless it held one of those three entities literally.
 *
 * @param string $stored The block attribute as saved.
 * @return string[] Plain-text paragraphs.
 */
function backex_advice_from_block( $stored ) {
	return backex_split_advice(
		strtr(
			(string) $stored,
			array(
				'&lt;'  => '<',
				'&gt;'  => '>',
				'&amp;' => '&',
			)
		),
		'strval'
	);
}
