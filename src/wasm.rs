//! The JavaScript boundary (see the widget issue). Thin: converts types only.
