// The claimlens block in the editor: a placeholder saying where readers will
// see the sourcing check. The block is dynamic (rendered by PHP,
// includes/widget.php), so it saves nothing of its own.
(function (wp) {
  "use strict";
  const { registerBlockType } = wp.blocks;
  const { createElement: h } = wp.element;
  const { Placeholder } = wp.components;
  const { useBlockProps } = wp.blockEditor;
  const { __ } = wp.i18n;

  registerBlockType("claimlens/widget", {
    apiVersion: 2,
    title: __("claimlens sourcing check", "claimlens"),
    description: __("Shows readers the article's claims by source, beside the published post.", "claimlens"),
    category: "widgets",
    icon: "format-quote",
    keywords: ["sources", "fact check", "claims"],
    supports: { html: false, multiple: false },
    edit: function Edit() {
      return h(
        "div",
        useBlockProps(),
        h(Placeholder, {
          icon: "format-quote",
          label: __("claimlens sourcing check", "claimlens"),
          instructions: __(
            "Readers see this post's claims by source here (unless claimlens is turned off in Settings → claimlens).",
            "claimlens",
          ),
        }),
      );
    },
    save: function save() {
      return null;
    },
  });
})(window.wp);
