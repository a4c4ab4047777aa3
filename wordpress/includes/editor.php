<?php
/**
 * The block editor: the claimlens sidebar (assets/sidebar.js) and the
 * claimlens block's editor side (assets/block.js). Both are plain scripts on
 * WordPress's own globals (wp.plugins, wp.editPost, wp.element, ...): no
 * build step. The sidebar runs the engine in a module Worker
 * (engine/worker.js), found relative to its own URL.
 *
 * @package claimlens
 */

defined( 'ABSPATH' ) || exit;

add_action( 'enqueue_block_editor_assets', 'claimlens_enqueue_editor' );

/** Enqueues the sidebar and the block for users who can edit posts. */
function claimlens_enqueue_editor() {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return;
	}
	$assets = plugins_url( 'assets/', CLAIMLENS_FILE );
	wp_enqueue_script(
		'claimlens-sidebar',
		$assets . 'sidebar.js',
		array( 'wp-plugins', 'wp-edit-post', 'wp-element', 'wp-components', 'wp-data', 'wp-blocks', 'wp-block-editor', 'wp-i18n' ),
		CLAIMLENS_VERSION,
		true
	);
	wp_enqueue_style( 'claimlens-sidebar', $assets . 'sidebar.css', array( 'wp-components' ), CLAIMLENS_VERSION );
	wp_enqueue_script(
		'claimlens-block',
		$assets . 'block.js',
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
		CLAIMLENS_VERSION,
		true
	);
}
