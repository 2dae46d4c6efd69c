<?php
/**
 * The library's text and number rules (src/model/checker.ts, src/cues/cue-options.ts and the
 * exercise limit of src/model/limits.ts), ported so that a shortcode or block refuses exactly what
 * the element would refuse. Where JavaScript and PHP differ by default, the JavaScript meaning is
 * kept: what counts as white space (String.prototype.trim and `\s`), and a text's length in UTF-16
 * code units (`string.length`). A broken character is a lone surrogate in JavaScript and invalid
 * UTF-8 here. A test feeds the same inputs to both sides (test/wordpress/php-parity.test.ts).
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/** JavaScript's white space and line terminators (what `trim()` removes and `\s` matches), as a PCRE class for the `u` flag. */
const BACKEX_JS_SPACE = '[\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';

/** Characters that take no space: a text of only these and white space is empty to a reader. */
const BACKEX_INVISIBLE = '[\x{200B}-\x{200D}\x{2060}\x{FEFF}]';

/** Bidirectional overrides, embeddings and isolates, which can make text read differently from what it says. */
const BACKEX_BIDI_CONTROLS = '/[\x{202A}-\x{202E}\x{2066}-\x{2069}]/u';

/** Control characters the library refuses (tab, line feed and carriage return are allowed). */
const BACKEX_CONTROL_CHARACTERS = '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/';

/** An HTML tag, a comment or a processing instruction, as the library recognises markup in text. */
const BACKEX_MARKUP = '/<\/?[a-z!?][^>]*>/i';

/**
 * Whether a string is valid UTF-8 (the PHP side of JavaScript's "no lone surrogate").
 *
 * @param string $text Text.
 * @return bool
 */
function backex_is_utf8( $text ) {
	return 1 === preg_match( '//u', $text );
}

/**
 * A string with every byte that is not part of a valid UTF-8 character replaced by U+FFFD, as a
 * browser shows it (the `u` patterns below need valid UTF-8). No extension needed.
 *
 * @param string $text Text.
 * @return string
 */
function backex_valid_utf8( $text ) {
	if ( backex_is_utf8( $text ) ) {
		return $text;
	}
	// ENT_SUBSTITUTE replaces what is broken; decoding only the five escapes gives the text back.
	return htmlspecialchars_decode( htmlspecialchars( $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8' ), ENT_QUOTES );
}

/**
 * A string as JavaScript's `trim()` leaves it: PHP's own trim() knows neither U+00A0 nor U+3000,
 * and removes NUL, which JavaScript keeps. The text must be valid UTF-8.
 *
 * @param string $text Text.
 * @return string
 */
function backex_js_trim( $text ) {
	return (string) preg_replace( '/^' . BACKEX_JS_SPACE . '+|' . BACKEX_JS_SPACE . '+$/u', '', $text );
}

/**
 * The length JavaScript gives a string (UTF-16 code units): one per character, two for a character
 * outside the Basic Multilingual Plane such as an emoji. Counted on the UTF-8 bytes, so that no
 * extension is needed: every byte that does not continue a character, plus one per 4-byte lead byte.
 *
 * @param string $text Valid UTF-8.
 * @return int
 */
function backex_utf16_length( $text ) {
	return strlen( $text ) - preg_match_all( '/[\x80-\xBF]/', $text ) + preg_match_all( '/[\xF0-\xF4]/', $text );
}

/**
 * Checks a text as the library's `Checker.text` does: not empty (nor only white space and
 * zero-width characters), at most `$max_length` UTF-16 code units once trimmed, no HTML tags, no
 * control characters, no direction overrides or isolates, no broken characters.
 *
 * @param string $text       The text as given.
 * @param int    $max_length Longest allowed, in UTF-16 code units as JavaScript counts.
 * @return array{0: string|null, 1: string|null} The trimmed text, or null and what is wrong.
 */
function backex_check_text( $text, $max_length ) {
	$text = (string) $text;
	if ( ! backex_is_utf8( $text ) ) {
		return array( null, __( 'must not contain a broken character (invalid UTF-8)', 'back-exercise-elements' ) );
	}
	$trimmed = backex_js_trim( $text );
	if ( '' === preg_replace( '/' . BACKEX_JS_SPACE . '|' . BACKEX_INVISIBLE . '/u', '', $trimmed ) ) {
		return array( null, __( 'must not be empty', 'back-exercise-elements' ) );
	}
	$length = backex_utf16_length( $trimmed );
	if ( $length > $max_length ) {
		/* translators: 1: the longest allowed length, 2: the length given */
		return array( null, sprintf( __( 'must be at most %1$d characters, got %2$d', 'back-exercise-elements' ), $max_length, $length ) );
	}
	if ( preg_match( BACKEX_MARKUP, $trimmed ) ) {
		/* translators: %s: the text as typed, quoted */
		return array( null, sprintf( __( 'must be plain text without HTML tags, got %s', 'back-exercise-elements' ), backex_describe( $trimmed ) ) );
	}
	if ( preg_match( BACKEX_CONTROL_CHARACTERS, $trimmed ) ) {
		return array( null, __( 'must not contain control characters', 'back-exercise-elements' ) );
	}
	if ( preg_match( BACKEX_BIDI_CONTROLS, $trimmed ) ) {
		return array( null, __( 'must not contain bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069)', 'back-exercise-elements' ) );
	}
	return array( $trimmed, null );
}

/**
 * Reads a whole number typed as text, as the library's `Checker.wholeNumberText`: plain decimal
 * digits (no sign, point, exponent or hex), white space around them allowed, within bounds.
 *
 * @param string $text Text as typed.
 * @param int    $min  Smallest allowed.
 * @param int    $max  Largest allowed.
 * @return int|null The number, or null when it is not allowed.
 */
function backex_read_whole_number( $text, $min, $max ) {
	$text = (string) $text;
	if ( ! backex_is_utf8( $text ) ) {
		return null;
	}
	$digits = backex_js_trim( $text );
	if ( ! preg_match( '/^[0-9]+$/D', $digits ) ) {
		return null;
	}
	// Leading zeros are allowed ("007" is 7); more than nine digits after them are past every bound.
	$significant = ltrim( $digits, '0' );
	if ( strlen( $significant ) > 9 ) {
		return null;
	}
	$number = (int) $significant;
	return $number >= $min && $number <= $max ? $number : null;
}

/**
 * Reads a `cues` value as the library's `parseCues`: `none` alone, or any of the cue words
 * separated by white space, in any case; empty means no cues at all.
 *
 * @param string $text Text as typed.
 * @return array{0: string[]|null, 1: string|null} The cue words (lower case, as typed), or null and the word not allowed.
 */
function backex_read_cues( $text ) {
	$text = (string) $text;
	if ( ! backex_is_utf8( $text ) ) {
		return array( null, $text );
	}
	// Only ASCII letters are lowered: no other letter lowers to one of the cue words' letters.
	$tokens = preg_split( '/' . BACKEX_JS_SPACE . '+/u', strtr( backex_js_trim( $text ), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz' ), -1, PREG_SPLIT_NO_EMPTY );
	if ( array( 'none' ) === $tokens ) {
		return array( $tokens, null );
	}
	foreach ( $tokens as $token ) {
		if ( ! in_array( $token, BACKEX_CUE_TOKENS, true ) ) {
			return array( null, $token );
		}
	}
	return array( $tokens, null );
}

/**
 * The longest any level of a dose takes, in seconds, by the library's rule for the exercise
 * limit (`longestSeconds`): every hold and rest of every repetition on every side, and a rest
 * after every set, at the level with the most repetitions.
 *
 * @param array $dose A whole dose (reps a number or one per level; rest and set rest may be absent).
 * @return int
 */
function backex_longest_dose_seconds( array $dose ) {
	$defaults = backex_catalog()['doseDefaults'];
	$reps     = is_array( $dose['reps'] ) ? max( array_map( 'intval', $dose['reps'] ) ) : (int) $dose['reps'];
	$sides    = empty( $dose['eachSide'] ) ? 1 : 2;
	$rest     = isset( $dose['restSeconds'] ) ? (int) $dose['restSeconds'] : (int) $defaults['restSeconds'];
	$set_rest = isset( $dose['setRestSeconds'] ) ? (int) $dose['setRestSeconds'] : (int) $defaults['setRestSeconds'];
	$sets     = (int) $dose['sets'];
	return $sets * $sides * $reps * ( (int) $dose['holdSeconds'] + $rest ) + $sets * $set_rest;
}
