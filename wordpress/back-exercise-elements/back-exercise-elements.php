<?php
/**
 * Plugin Name:       Back Exercise Elements
 * Plugin URI:        https://github.com/back-exercise-elements/back-exercise-elements
 * Description:       Exercise cards, hold timers and a routine player for back-care exercises, as shortcodes and blocks whose text reads without JavaScript.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            back-exercise-elements contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       back-exercise-elements
 *
 * @package BackExerciseElements
 */

defined( 'ABSPATH' ) || exit;

define( 'BACKEX_VERSION', '0.1.0' );
define( 'BACKEX_FILE', __FILE__ );
define( 'BACKEX_DIR', plugin_dir_path( __FILE__ ) );

require_once BACKEX_DIR . 'includes/catalog.php';
require_once BACKEX_DIR . 'includes/authored-html.php';
require_once BACKEX_DIR . 'includes/attributes.php';
require_once BACKEX_DIR . 'includes/checks.php';
require_once BACKEX_DIR . 'includes/advice.php';
require_once BACKEX_DIR . 'includes/assets.php';
require_once BACKEX_DIR . 'includes/shortcodes.php';
require_once BACKEX_DIR . 'includes/blocks.php';
require_once BACKEX_DIR . 'includes/kses.php';

add_action( 'init', 'backex_register_assets' );
add_action( 'init', 'backex_register_shortcodes' );
add_action( 'init', 'backex_register_blocks' );
add_action( 'wp_enqueue_scripts', 'backex_enqueue_for_queried_posts' );
add_filter( 'wp_kses_allowed_html', 'backex_allow_elements', 10, 2 );
