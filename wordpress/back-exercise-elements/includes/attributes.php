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
 * A short, safe description of a typed value for an error message, as the library's
 * `describeValue`: quoted as JSON, so that control characters show escaped, with direction
 * controls escaped too (they cannot reorder the message) and broken bytes replaced; cut at 40
 * characters.
 *
 * @param string $value Value as typed.
 * @return string
 */
function backex_describe( $value ) {
	$text = backex_valid_utf8( (string) $value );
	if ( preg_match( '/^.{41}/su', $text ) ) {
		preg_match( '/^.{40}/su', $text, $start );
		$text = $start[0] . '…';
	}
	$quoted = (string) wp_json_encode( $text, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	return (string) preg_replace_callback(
		'/[\x{202A}-\x{202E}\x{2066}-\x{2069}]/u',
		function ( $control ) {
			// Three UTF-8 bytes: 1110xxxx 10xxxxxx 10xxxxxx.
			$bytes = array_values( unpack( 'C3', $control[0] ) );
			return sprintf( '\\u%04X', ( ( $bytes[0] & 0x0F ) << 12 ) | ( ( $bytes[1] & 0x3F ) << 6 ) | ( $bytes[2] & 0x3F ) );
		},
		$quoted
	);
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
	 * Whether `each-side` was given (read by dose()).
	 *
	 * @var bool
	 */
	private $each_side = false;

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
	 * An attribute's value as the element would read it: a valueless one (true) is empty text.
	 *
	 * @param string $name Attribute, given.
	 * @return string
	 */
	private function typed( $name ) {
		$value = $this->given[ $name ];
		return true === $value ? '' : (string) $value;
	}

	/**
	 * A whole number in plain decimal digits within bounds, white space around it allowed, or null
	 * when absent or bad (the library's `wholeNumberText`).
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
		$text   = $this->typed( $name );
		$number = backex_read_whole_number( $text, $min, $max );
		if ( null === $number ) {
			/* translators: 1: smallest number, 2: largest number, 3: the value as typed, quoted */
			$this->fail( $name, sprintf( __( 'must be a whole number from %1$d to %2$d, got %3$s', 'back-exercise-elements' ), $min, $max, backex_describe( $text ) ) );
		}
		return $number;
	}

	/**
	 * A heading level from 1 to `$max`, or null when absent, empty or `auto` (as the element reads it:
	 * one below the heading before it on the page).
	 *
	 * @param string $name Attribute.
	 * @param int    $max  Deepest level allowed.
	 * @return int|null
	 */
	public function heading_level( $name, $max ) {
		if ( ! isset( $this->given[ $name ] ) ) {
			return null;
		}
		$typed = $this->typed( $name );
		if ( backex_is_utf8( $typed ) && in_array( strtolower( backex_js_trim( $typed ) ), array( '', 'auto' ), true ) ) {
			return null;
		}
		return $this->whole_number( $name, 1, $max );
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
	 * The `cues` words (`beep voice vibrate`, any, or `none`; in any case, separated by any white
	 * space), or null when absent or empty (the element's default cues then apply).
	 *
	 * @param string $name Attribute.
	 * @return string|null
	 */
	public function cues( $name ) {
		if ( ! isset( $this->given[ $name ] ) ) {
			return null;
		}
		list( $tokens, $bad ) = backex_read_cues( $this->typed( $name ) );
		if ( null === $tokens ) {
			/* translators: 1: the cue words, 2: the word as typed, quoted */
			$this->fail( $name, sprintf( __( 'must be "none" or any of %1$s separated by spaces, got %2$s', 'back-exercise-elements' ), implode( ', ', BACKEX_CUE_TOKENS ), backex_describe( $bad ) ) );
			return null;
		}
		return count( $tokens ) > 0 ? implode( ' ', $tokens ) : null;
	}

	/**
	 * Plain text, checked as the library checks every text (see backex_check_text), trimmed; null
	 * when absent. Given but empty is an error, as it is on the element.
	 *
	 * @param string $name       Attribute.
	 * @param int    $max_length Longest allowed, in UTF-16 code units as JavaScript counts.
	 * @return string|null
	 */
	public function text( $name, $max_length ) {
		if ( ! isset( $this->given[ $name ] ) ) {
			return null;
		}
		list( $text, $problem ) = backex_check_text( $this->typed( $name ), $max_length );
		if ( null !== $problem ) {
			$this->fail( $name, $problem );
		}
		return $text;
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
		$this->each_side = $this->flag( 'each-side' );
		if ( $this->each_side ) {
			$dose['eachSide'] = true;
		}
		return $dose;
	}

	/**
	 * Checks the dose that plays (the exercise's own, or a timer's defaults, with every given
	 * attribute on top) against the library's limit for one exercise, at its longest level. The
	 * problem names the dose attributes given (`hold, reps, sets, each-side`), as the element does.
	 *
	 * @param array $whole The merged dose.
	 * @return bool Whether it fits.
	 */
	public function whole_dose( array $whole ) {
		$limit = backex_catalog()['limits']['exerciseTotalSeconds'];
		if ( backex_longest_dose_seconds( $whole ) <= $limit ) {
			return true;
		}
		$given = array();
		foreach ( array_keys( BACKEX_DOSE_ATTRIBUTES ) as $name ) {
			if ( isset( $this->given[ $name ] ) ) {
				$given[] = $name;
			}
		}
		if ( $this->each_side ) {
			$given[] = 'each-side';
		}
		$hours = $limit / 3600;
		/* translators: %s: the longest an exercise may take, in hours */
		$this->fail( count( $given ) > 0 ? implode( ', ', $given ) : 'dose', sprintf( _n( 'adds up to more than %s hour; lower the hold, repetitions or sets', 'adds up to more than %s hours; lower the hold, repetitions or sets', $hours, 'back-exercise-elements' ), $hours ) );
		return false;
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
		$items .= '<li>' . backex_escape_text( $problem ) . '</li>';
	}
	return '<div class="back-exercise-elements-error" role="alert"><p>' . esc_html( $intro ) . '</p><ul>' . $items . '</ul></div>';
}
