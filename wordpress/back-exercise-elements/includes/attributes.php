<?php
/**
 * Reads shortcode and block attributes with the same bounds as the elements, and answers a bad
 * value with the same kind of plain, visible error: each problem names the attribute, quotes the
 * value and says what is allowed.
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/** The dose attributes, the dose field each sets and the field's bounds key. */
const BACKEX_DOSE_ATTRIBUTES = array(
	'hold'     => 'holdSeconds',
	'reps'     => 'reps',
	'sets'     => 'sets',
	'rest'     => 'restSeconds',
	'set-rest' => 'setRestSeconds',
	'prepare'  => 'prepareSeconds',
	'switch'   => 'switchSeconds',
);

/** Cue tokens of the elements' `cues` attribute (or `none` alone). */
const BACKEX_CUE_TOKENS = array( 'beep', 'voice', 'vibrate' );

/**
 * A short, safe description of a typed value for an error message: quoted, cut at 40 characters.
 *
 * @param string $value Value as typed.
 * @return string
 */
function backex_describe( $value ) {
	$text = (string) $value;
	if ( function_exists( 'mb_strlen' ) && mb_strlen( $text ) > 40 ) {
		$text = mb_substr( $text, 0, 40 ) . '…';
	} elseif ( strlen( $text ) > 40 ) {
		$text = substr( $text, 0, 40 ) . '…';
	}
	return '"' . $text . '"';
}

/**
 * Shortcode attributes as name => value, with valueless ones (`[routine_player remember]`) as `true`.
 *
 * @param array|string $atts Attributes as WordPress parses them ('' when there are none).
 * @return array
 */
function backex_normalize_shortcode_atts( $atts ) {
	$normalized = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// `[back_exercise]` alone gives '' rather than an empty list.
			$flag = strtolower( trim( (string) $value ) );
			if ( '' !== $flag ) {
				$normalized[ $flag ] = true;
			}
		} else {
			$normalized[ strtolower( $name ) ] = $value;
		}
	}
	return $normalized;
}

/**
 * Collects the problems of a set of attributes and the values read from them.
 */
class Backex_Attribute_Reader {
	/**
	 * Problems found, each `name: message`.
	 *
	 * @var string[]
	 */
	public $problems = array();

	/**
	 * Attributes as given.
	 *
	 * @var array
	 */
	private $given;

	/**
	 * Names this element knows.
	 *
	 * @var string[]
	 */
	private $known;

	/**
	 * Reader over given attributes.
	 *
	 * @param array    $given Attributes as name => value (true for a valueless one).
	 * @param string[] $known Every attribute name the shortcode or block accepts.
	 */
	public function __construct( array $given, array $known ) {
		$this->given = $given;
		$this->known = $known;
		foreach ( array_keys( $given ) as $name ) {
			if ( ! in_array( $name, $known, true ) ) {
				/* translators: 1: the attribute's name, 2: the known attribute names */
				$this->fail( $name, sprintf( __( 'is not a known attribute; known attributes are %s', 'back-exercise-elements' ), implode( ', ', $known ) ) );
			}
		}
	}

	/**
	 * Notes a problem with an attribute.
	 *
	 * @param string $name    Attribute.
	 * @param string $message What is wrong and what is allowed.
	 */
	public function fail( $name, $message ) {
		$this->problems[] = $name . ': ' . $message;
	}

	/**
	 * Whether the attribute was given.
	 *
	 * @param string $name Attribute.
	 * @return bool
	 */
	public function has( $name ) {
		return isset( $this->given[ $name ] ) && '' !== $this->given[ $name ] && false !== $this->given[ $name ];
	}

	/**
	 * A whole number in plain decimal digits within bounds, or null when absent or bad.
	 *
	 * @param string $name Attribute.
	 * @param int    $min  Smallest allowed.
	 * @param int    $max  Largest allowed.
	 * @return int|null
	 */
	public function whole_number( $name, $min, $max ) {
		if ( ! isset( $this->given[ $name ] ) ) {
			return null;
		}
		$value = $this->given[ $name ];
		$text  = true === $value ? '' : trim( (string) $value );
		if ( is_int( $value ) ) {
			$text = (string) $value;
		}
		if ( ! preg_match( '/^\d+$/', $text ) || (int) $text < $min || (int) $text > $max ) {
			/* translators: 1: smallest number, 2: largest number, 3: the value as typed, quoted */
			$this->fail( $name, sprintf( __( 'must be a whole number from %1$d to %2$d, got %3$s', 'back-exercise-elements' ), $min, $max, backex_describe( true === $value ? '' : $value ) ) );
			return null;
		}
		return (int) $text;
	}

	/**
	 * One of a list of words, or the fallback when absent.
	 *
	 * @param string      $name     Attribute.
	 * @param string[]    $allowed  Allowed values.
	 * @param string|null $fallback Value when absent.
	 * @return string|null
	 */
	public function one_of( $name, array $allowed, $fallback = null ) {
		if ( ! isset( $this->given[ $name ] ) ) {
			return $fallback;
		}
		$value = $this->given[ $name ];
		if ( ! is_string( $value ) || ! in_array( $value, $allowed, true ) ) {
			/* translators: 1: allowed values, 2: the value as typed, quoted */
			$this->fail( $name, sprintf( __( 'must be one of %1$s, got %2$s', 'back-exercise-elements' ), implode( ', ', $allowed ), backex_describe( true === $value ? '' : $value ) ) );
			return $fallback;
		}
		return $value;
	}

	/**
	 * A valueless attribute: present (written alone, or as `name="name"`, `name="true"` or a block's true) or not.
	 *
	 * @param string $name Attribute.
	 * @return bool
	 */
	public function flag( $name ) {
		if ( ! isset( $this->given[ $name ] ) ) {
			return false;
		}
		$value = $this->given[ $name ];
		if ( true === $value || false === $value ) {
			return $value;
		}
		if ( in_array( strtolower( trim( (string) $value ) ), array( '', 'true', $name ), true ) ) {
			return true;
		}
		/* translators: %s: the value as typed, quoted */
		$this->fail( $name, sprintf( __( 'is an on/off attribute: write it alone, without a value, got %s', 'back-exercise-elements' ), backex_describe( $value ) ) );
		return false;
	}

	/**
	 * The `cues` tokens (`beep voice vibrate`, any, or `none`), or null when absent or empty.
	 *
	 * @param string $name Attribute.
	 * @return string|null
	 */
	public function cues( $name ) {
		if ( ! $this->has( $name ) ) {
			return null;
		}
		$tokens = preg_split( '/\s+/', trim( (string) $this->given[ $name ] ) );
		foreach ( $tokens as $token ) {
			if ( ! in_array( $token, BACKEX_CUE_TOKENS, true ) && ! ( 'none' === $token && 1 === count( $tokens ) ) ) {
				/* translators: 1: the cue words, 2: the word as typed, quoted */
				$this->fail( $name, sprintf( __( 'must be "none" or any of %1$s separated by spaces, got %2$s', 'back-exercise-elements' ), implode( ', ', BACKEX_CUE_TOKENS ), backex_describe( $token ) ) );
				return null;
			}
		}
		return implode( ' ', $tokens );
	}

	/**
	 * Plain text without markup, or null when absent.
	 *
	 * @param string $name       Attribute.
	 * @param int    $max_length Longest allowed.
	 * @return string|null
	 */
	public function text( $name, $max_length ) {
		if ( ! $this->has( $name ) ) {
			return null;
		}
		$value = trim( (string) $this->given[ $name ] );
		if ( preg_match( '/<\/?[a-z!?][^>]*>/i', $value ) ) {
			/* translators: %s: the value as typed, quoted */
			$this->fail( $name, sprintf( __( 'must be plain text without HTML tags, got %s', 'back-exercise-elements' ), backex_describe( $value ) ) );
			return null;
		}
		if ( strlen( $value ) > $max_length ) {
			/* translators: %d: the longest allowed length */
			$this->fail( $name, sprintf( __( 'must be at most %d characters', 'back-exercise-elements' ), $max_length ) );
			return null;
		}
		return $value;
	}

	/**
	 * The dose attributes given, as dose fields (each within the library's limits).
	 *
	 * @return array
	 */
	public function dose() {
		$limits = backex_catalog()['limits'];
		$dose   = array();
		foreach ( BACKEX_DOSE_ATTRIBUTES as $name => $field ) {
			$value = $this->whole_number( $name, $limits[ $field ]['min'], $limits[ $field ]['max'] );
			if ( null !== $value ) {
				$dose[ $field ] = $value;
			}
		}
		if ( $this->flag( 'each-side' ) ) {
			$dose['eachSide'] = true;
		}
		return $dose;
	}
}

/**
 * The visible error that stands in for an element whose attributes have problems, like the
 * element's own: a sentence and one line per problem. Also logged for the site's developer when
 * WP_DEBUG is on.
 *
 * @param string   $intro    The sentence (already translated).
 * @param string[] $problems Problems, each `name: message`.
 * @return string
 */
function backex_error_html( $intro, array $problems ) {
	$items = '';
	foreach ( $problems as $problem ) {
		$items .= '<li>' . esc_html( $problem ) . '</li>';
	}
	return '<div class="back-exercise-elements-error" role="alert"><p>' . esc_html( $intro ) . '</p><ul>' . $items . '</ul></div>';
}
