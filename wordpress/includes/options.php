<?php
/**
 * The plugin's one option, `claimlens_options`: where the reader's widget
 * goes and on which post types.
 *
 * @package claimlens
 */

defined( 'ABSPATH' ) || exit;

/** Where the widget goes on the published post. */
const CLAIMLENS_PLACEMENTS = array( 'off', 'after', 'manual' );

/**
 * The defaults: after the content of posts.
 *
 * @return array{placement: string, post_types: string[]}
 */
function claimlens_default_options() {
	return array(
		'placement'  => 'after',
		'post_types' => array( 'post' ),
	);
}

/**
 * The saved options, completed with the defaults.
 *
 * @return array{placement: string, post_types: string[]}
 */
function claimlens_options() {
	$saved = get_option( 'claimlens_options', array() );
	return claimlens_sanitize_options( is_array( $saved ) ? $saved : array() );
}

/**
 * Keeps only known values: a placement from the list, public post types.
 *
 * @param mixed $input What the settings form (or a caller) gave.
 * @return array{placement: string, post_types: string[]}
 */
function claimlens_sanitize_options( $input ) {
	$defaults = claimlens_default_options();
	$input    = is_array( $input ) ? $input : array();

	$placement = isset( $input['placement'] ) ? sanitize_key( $input['placement'] ) : $defaults['placement'];
	if ( ! in_array( $placement, CLAIMLENS_PLACEMENTS, true ) ) {
		$placement = $defaults['placement'];
	}

	$post_types = $defaults['post_types'];
	if ( isset( $input['post_types'] ) && is_array( $input['post_types'] ) ) {
		$public     = get_post_types( array( 'public' => true ) );
		$post_types = array_values(
			array_filter(
				array_map( 'sanitize_key', $input['post_types'] ),
				function ( $type ) use ( $public ) {
					return isset( $public[ $type ] );
				}
			)
		);
	}

	return array(
		'placement'  => $placement,
		'post_types' => $post_types,
	);
}

/**
 * The URL of a file in the plugin's engine/ folder (the release build of
 * claimlens and the <claim-lens> element, copied there by package.sh).
 *
 * @param string $file A file name, e.g. "claim-lens.js".
 * @return string
 */
function claimlens_engine_url( $file ) {
	return plugins_url( 'engine/' . $file, CLAIMLENS_FILE );
}
