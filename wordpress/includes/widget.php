<?php
/**
 * The reader's widget on the published post: <claim-lens> after the content
 * (placement "after"), or where the claimlens block or the [claimlens]
 * shortcode was placed by hand (either placement but "off").
 *
 * The widget reads the text of the element its `for` attribute names, so the
 * post's content is wrapped in <div id="claimlens-article-ID"> whenever a
 * widget for that post is on the page.
 *
 * @package claimlens
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'claimlens_register_widget' );
add_filter( 'the_content', 'claimlens_filter_content', 20 );
add_filter( 'script_loader_tag', 'claimlens_module_tag', 10, 3 );

/** Registers the front-end assets, the shortcode and the block. */
function claimlens_register_widget() {
	wp_register_script( 'claimlens-element', claimlens_engine_url( 'claim-lens.js' ), array(), CLAIMLENS_VERSION, true );
	wp_register_style( 'claimlens-widget', plugins_url( 'assets/widget.css', CLAIMLENS_FILE ), array(), CLAIMLENS_VERSION );
	add_shortcode( 'claimlens', 'claimlens_shortcode' );
	register_block_type(
		'claimlens/widget',
		array(
			'api_version'     => 2,
			'title'           => __( 'claimlens sourcing check', 'claimlens' ),
			'category'        => 'widgets',
			'supports'        => array(
				'html'     => false,
				'multiple' => false,
			),
			'render_callback' => 'claimlens_render_block',
		)
	);
}

/**
 * Prints the element's script as a module (WordPress 6.1 has no
 * wp_enqueue_script_module; claim-lens.js is an ES module that imports the
 * engine beside it).
 *
 * @param string $tag    The <script> tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    Its URL.
 * @return string
 */
function claimlens_module_tag( $tag, $handle, $src ) {
	if ( 'claimlens-element' !== $handle ) {
		return $tag;
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
	return sprintf( '<script type="module" src="%1$s" id="%2$s"></script>' . "\n", esc_url( $src ), esc_attr( $handle . '-js' ) );
}

/**
 * Whether the widget may show on this request at all: not with placement
 * "off", not in feeds, the REST API or the admin.
 *
 * @return bool
 */
function claimlens_widget_enabled() {
	if ( is_admin() || is_feed() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		return false;
	}
	return 'off' !== claimlens_options()['placement'];
}

/**
 * The posts that have a widget on this page (so their content gets wrapped),
 * and records one more when given.
 *
 * @param int|null $post_id A post whose widget was just placed.
 * @return array<int, true>
 */
function claimlens_placed( $post_id = null ) {
	static $placed = array();
	if ( $post_id ) {
		$placed[ $post_id ] = true;
	}
	return $placed;
}

/**
 * The widget for one post.
 *
 * @param int $post_id The post whose content it analyses.
 * @return string HTML.
 */
function claimlens_widget_html( $post_id ) {
	wp_enqueue_script( 'claimlens-element' );
	wp_enqueue_style( 'claimlens-widget' );
	claimlens_placed( $post_id );
	return sprintf(
		'<aside class="claimlens-widget" aria-label="%1$s"><claim-lens for="#%2$s"></claim-lens></aside>',
		esc_attr__( 'Sourcing check', 'claimlens' ),
		esc_attr( 'claimlens-article-' . $post_id )
	);
}

/**
 * [claimlens]: the widget where the shortcode is.
 *
 * @return string
 */
function claimlens_shortcode() {
	$post_id = get_the_ID();
	if ( ! $post_id || ! claimlens_widget_enabled() ) {
		return '';
	}
	return claimlens_widget_html( $post_id );
}

/**
 * The claimlens/widget block: the same as the shortcode.
 *
 * @return string
 */
function claimlens_render_block() {
	return claimlens_shortcode();
}

/**
 * Wraps the post's content for its widget, and adds the widget after it
 * with placement "after" on the single view of a chosen post type.
 *
 * @param string $content The post's content, blocks and shortcodes already rendered.
 * @return string
 */
function claimlens_filter_content( $content ) {
	$post_id = get_the_ID();
	if ( ! $post_id || ! claimlens_widget_enabled() ) {
		return $content;
	}
	$placed  = claimlens_placed();
	$options = claimlens_options();
	$after   = '';
	if ( ! isset( $placed[ $post_id ] )
		&& 'after' === $options['placement']
		&& is_singular( $options['post_types'] )
		&& get_queried_object_id() === $post_id
	) {
		$after = claimlens_widget_html( $post_id );
	} elseif ( ! isset( $placed[ $post_id ] ) ) {
		return $content;
	}
	return sprintf(
		'<div class="claimlens-article" id="%1$s">%2$s</div>%3$s',
		esc_attr( 'claimlens-article-' . $post_id ),
		$content, // Already the filtered content of the post.
		$after
	);
}
