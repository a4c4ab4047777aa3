<?php
/**
 * Plugin Name:       claimlens
 * Plugin URI:        https://github.com/claimlens/claimlens
 * Description:       Who says so? Checks a post's sourcing claim by claim: in the block editor while you write (a sidebar with the summary and the unattributed factual claims), and beside the published post for readers. Runs in the browser; nothing is sent anywhere.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       claimlens
 *
 * @package claimlens
 */

defined( 'ABSPATH' ) || exit;

define( 'CLAIMLENS_VERSION', '0.1.0' );
define( 'CLAIMLENS_FILE', __FILE__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/editor.php';
require_once __DIR__ . '/includes/widget.php';
