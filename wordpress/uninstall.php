<?php
/**
 * Deleting the plugin (Plugins → Delete) removes its option from every site.
 * claimlens stores nothing else: no tables, no post meta, no files.
 *
 * @package claimlens
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $claimlens_site ) {
		switch_to_blog( $claimlens_site );
		delete_option( 'claimlens_options' );
		restore_current_blog();
	}
} else {
	delete_option( 'claimlens_options' );
}
