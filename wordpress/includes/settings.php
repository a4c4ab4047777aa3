<?php
/**
 * Settings → claimlens: the reader's widget placement and post types,
 * through the Settings API (options.php checks the nonce and the
 * manage_options capability when the form is saved).
 *
 * @package claimlens
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'claimlens_register_settings' );
add_action( 'admin_menu', 'claimlens_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( CLAIMLENS_FILE ), 'claimlens_action_links' );

/** Registers the option, its section and its fields. */
function claimlens_register_settings() {
	register_setting(
		'claimlens',
		'claimlens_options',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'claimlens_sanitize_options',
			'default'           => claimlens_default_options(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section(
		'claimlens_widget',
		__( 'On the published post', 'claimlens' ),
		'claimlens_widget_section_intro',
		'claimlens'
	);
	add_settings_field(
		'claimlens_placement',
		__( 'Sourcing check for readers', 'claimlens' ),
		'claimlens_placement_field',
		'claimlens',
		'claimlens_widget'
	);
	add_settings_field(
		'claimlens_post_types',
		__( 'Post types', 'claimlens' ),
		'claimlens_post_types_field',
		'claimlens',
		'claimlens_widget'
	);
}

/** Adds Settings → claimlens for users who can manage options. */
function claimlens_add_settings_page() {
	add_options_page(
		__( 'claimlens', 'claimlens' ),
		__( 'claimlens', 'claimlens' ),
		'manage_options',
		'claimlens',
		'claimlens_render_settings_page'
	);
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function claimlens_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		$url = admin_url( 'options-general.php?page=claimlens' );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'claimlens' ) . '</a>' );
	}
	return $links;
}

/** The section's introduction. */
function claimlens_widget_section_intro() {
	echo '<p>' . esc_html__( 'Readers can see the same check as editors: the article\'s claims by source (named, official, anonymous, unattributed), opinion or reporting, and the verdict. It runs in the reader\'s browser; nothing is sent anywhere. Editors always have the claimlens sidebar in the block editor.', 'claimlens' ) . '</p>';
}

/** Radio buttons: off, after the content, placed by hand. */
function claimlens_placement_field() {
	$current = claimlens_options()['placement'];
	$choices = array(
		'off'    => __( 'Off: readers do not see it', 'claimlens' ),
		'after'  => __( 'After the content of every post of the types below', 'claimlens' ),
		'manual' => __( 'Only where placed by hand: the claimlens block or the [claimlens] shortcode', 'claimlens' ),
	);
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Sourcing check for readers', 'claimlens' ) . '</legend>';
	foreach ( $choices as $value => $label ) {
		printf(
			'<label><input type="radio" name="claimlens_options[placement]" value="%1$s"%2$s> %3$s</label><br>',
			esc_attr( $value ),
			checked( $current, $value, false ),
			esc_html( $label )
		);
	}
	echo '</fieldset>';
}

/** Checkboxes: the public post types that get the widget after their content. */
function claimlens_post_types_field() {
	$current = claimlens_options()['post_types'];
	$types   = get_post_types( array( 'public' => true ), 'objects' );
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Post types', 'claimlens' ) . '</legend>';
	// An empty hidden value so that unticking every box saves an empty list.
	echo '<input type="hidden" name="claimlens_options[post_types][]" value="">';
	foreach ( $types as $type ) {
		if ( 'attachment' === $type->name ) {
			continue;
		}
		printf(
			'<label><input type="checkbox" name="claimlens_options[post_types][]" value="%1$s"%2$s> %3$s</label><br>',
			esc_attr( $type->name ),
			checked( in_array( $type->name, $current, true ), true, false ),
			esc_html( $type->labels->name )
		);
	}
	echo '</fieldset>';
	echo '<p class="description">' . esc_html__( 'Used by "After the content". A block or shortcode placed by hand works on any post type.', 'claimlens' ) . '</p>';
}

/** The settings page. */
function claimlens_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'claimlens' );
	do_settings_sections( 'claimlens' );
	submit_button();
	echo '</form></div>';
}
