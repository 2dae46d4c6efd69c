<?php
/**
 * Uninstall: the plugin stores nothing (no options, no post meta, no tables, no files outside its
 * folder), so there is nothing to remove here; WordPress deletes the plugin's own files.
 *
 * @package BackExerciseElements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
